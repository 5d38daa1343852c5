"""Writing a news report about an event, in one outlet's voice.

Each outlet's reporters pick their own headline, lede, wording of every fact, order, quotes
and paragraphing from the phrasebook, so two outlets covering one event share names, places
and numbers but hardly a sentence: the way independent reports of one story look.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from newsloom.simweb.names import Loc
from newsloom.simweb.phrases import KindBank, Phrasebook, phrasebook
from newsloom.simweb.world import Event

MIN_PARAGRAPHS = 5
MAX_PARAGRAPHS = 12


@dataclass(frozen=True, slots=True)
class Voice:
    """How one outlet writes."""

    outlet: str
    language: str = "en"
    dateline: str = ""
    """Prefix of the first paragraph, e.g. "{CITY} (Wire) - "; empty for none."""
    max_sentences: int = 2
    """Most sentences in one paragraph (tabloids write one, broadsheets three)."""
    title_case: bool = False
    closer_chance: float = 0.4


@dataclass(frozen=True, slots=True)
class Report:
    headline: str
    paragraphs: tuple[str, ...]
    dateline: str = ""

    @property
    def summary(self) -> str:
        return self.paragraphs[0][len(self.dateline):]


class _Values(dict[str, str]):
    """An event's facts as text in one language, ready to fill templates."""

    small_numbers: tuple[str, ...] = ()


def write_report(event: Event, voice: Voice, rng: random.Random, weekday: int) -> Report:
    """A whole article about `event`: headline and 5-12 paragraphs, the lede first."""
    book = phrasebook(voice.language)
    bank = book.kinds[event.kind]
    values = _values(event, book, bank, voice, weekday)
    headline = _headline(rng.choice(bank.headlines), values, voice)
    dateline = voice.dateline.format(CITY=event.place.city.upper(), city=event.place.city) if voice.dateline else ""
    lede = dateline + _fill(rng.choice(bank.ledes), values)
    units = _body_units(bank, book, values, voice, rng)
    paragraphs = _paragraphs(units, voice.max_sentences, rng.randint(MIN_PARAGRAPHS, MAX_PARAGRAPHS) - 1, rng)
    return Report(headline, (lede, *paragraphs), dateline)


def edit_copy(original: Report, event: Event, voice: Voice, rng: random.Random, weekday: int) -> Report:
    """A light edit of a wire report: a new headline, no dateline, the last paragraph or two cut.

    Only whole paragraphs and the dateline prefix are removed, so every kept paragraph is
    still a substring of the original: what a copy-detector should recognise.
    """
    book = phrasebook(voice.language)
    values = _values(event, book, book.kinds[event.kind], voice, weekday)
    headline = _headline(rng.choice(book.kinds[event.kind].headlines), values, voice)
    paragraphs = [original.paragraphs[0][len(original.dateline):], *original.paragraphs[1:]]
    cut = min(rng.randint(1, 2), len(paragraphs) - MIN_PARAGRAPHS)
    return Report(headline, tuple(paragraphs[: len(paragraphs) - max(cut, 0)]))


def _values(event: Event, book: Phrasebook, bank: KindBank, voice: Voice, weekday: int) -> _Values:
    values = _Values((key, _format(value, book)) for key, value in event.facts.items())
    if bank.switch:
        flag = bool(event.facts[bank.switch])
        values.update({word: choices[flag] for word, choices in bank.words.items()})
    values["weekday"] = book.weekdays[weekday]
    values["outlet"] = voice.outlet
    values.small_numbers = book.small_numbers
    return values


def _format(value: str | int | float | Loc, book: Phrasebook) -> str:
    if isinstance(value, Loc):
        return value.get(book.language)
    if isinstance(value, bool) or isinstance(value, str):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}".replace(",", book.thousands) if value >= book.group_from else str(value)
    return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", book.decimal)


def _fill(template: str, values: _Values) -> str:
    """The template with the facts filled in, as a sentence: capitalised, a small leading number spelled out."""
    text = template.format_map(values)
    words = values.small_numbers
    if words and text[:1].isdigit() and text[1:2] == " ":
        text = words[int(text[0])] + text[1:]
    return text[:1].upper() + text[1:]


def _headline(template: str, values: _Values, voice: Voice) -> str:
    text = _fill(template, values)
    if not voice.title_case:
        return text
    small = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "as", "by", "and", "with", "after"}
    words = text.split(" ")
    return " ".join(w if (i and w in small) or not w[:1].islower() else w[:1].upper() + w[1:]
                    for i, w in enumerate(words))


def _body_units(bank: KindBank, book: Phrasebook, values: _Values, voice: Voice,
                rng: random.Random) -> list[tuple[str, bool]]:
    """Sentences after the lede, as (text, is_quote), most important first with some shuffling."""
    ranked = sorted(enumerate(bank.facts), key=lambda item: item[0] + rng.uniform(0, 3.5))
    facts = [_fill(rng.choice(wordings), values) for _, wordings in ranked]
    speakers = rng.sample(bank.speakers, k=min(len(bank.speakers), rng.randint(1, 3)))
    quotes = [_quote(s.key, s.title, rng.choice(s.quotes), book, values, rng) for s in speakers]
    units: list[tuple[str, bool]] = [(f, False) for f in facts]
    position = rng.randint(1, 3)
    for quote in quotes:
        units.insert(min(position, len(units)), (quote, True))
        position += rng.randint(3, 5)
    for line in rng.sample(bank.background, k=min(len(bank.background), rng.randint(1, 2))):
        units.append((_fill(line, values), False))
    if rng.random() < voice.closer_chance:
        units.append((_fill(rng.choice(book.closers), values), False))
    return units


def _quote(key: str, title: str, quote: str, book: Phrasebook, values: _Values,
           rng: random.Random) -> str:
    attribution = rng.choice(book.attributions)
    return attribution.format(quote=_fill(quote, values), name=values[key], title=title.format_map(values),
                              outlet=values["outlet"])


def _paragraphs(units: list[tuple[str, bool]], max_sentences: int, wanted: int,
                rng: random.Random) -> list[str]:
    """Group sentences into about `wanted` paragraphs; a quote always stands alone."""
    units = units[: wanted * max_sentences]
    groups = [[text] for text, _ in units]
    is_quote = [quote for _, quote in units]
    while len(groups) > wanted:
        joinable = [i for i in range(len(groups) - 1)
                    if not is_quote[i] and not is_quote[i + 1] and len(groups[i]) + len(groups[i + 1]) <= max_sentences]
        if not joinable:
            break
        i = rng.choice(joinable)
        groups[i] += groups.pop(i + 1)
        is_quote.pop(i + 1)
    return [" ".join(group) for group in groups[: MAX_PARAGRAPHS - 1]]
