"""The built-in named-entity recogniser: people, organisations and place mentions, by rule.

No light library recognises entities without a model download, so this is written by hand:
capitalised spans are trimmed of sentence-initial common words, titles (President, Gen.) mark
people, cue words (Ministry, Party, Inc) and acronyms mark organisations, and the gazetteer
marks places. It is fast (tens of microseconds a sentence) and roughly right for any
Latin-script language; spaCy is the better-recall option for a future `nlp` extra.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsloom.enrich.aliases import known_alias
from newsloom.enrich.gazetteer import gazetteer
from newsloom.enrich.lexicon import (
    FUNCTION_WORDS,
    ORG_CUES,
    PERSON_PREFIXES,
    PLACE_FIRST,
    PLACE_LAST,
    STOP_NAMES,
    TITLES,
)
from newsloom.enrich.spans import Span, capitalised_spans, lower_words, sentences

_DOMAIN_AFTER = re.compile(r"^\.(?:[a-z]{2,}|[A-Z]{2,})\b")
_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z][A-Z0-9&]{1,6}$")
_SPEECH_AFTER = re.compile(r"^,? (?:said|says|told|added|wrote|who|, \d)")
_NOT_PERSON_BEFORE = frozenset("the on at in into via a an".split())


@dataclass(slots=True)
class Mention:
    """One sighting of a name; `type` is person, organisation, place or unknown (decided later)."""

    text: str
    type: str
    qualifier: str = ""
    """A state or country written right after a place (Paris, Texas)."""
    titled: bool = False
    written: str = ""
    """The spelling in the text, where `text` is a canonical name (ISIS for Islamic State)."""


def find_mentions(text: str) -> list[Mention]:
    """Every name-like mention in `text`, typed as far as the span itself tells."""
    lowered = lower_words(text)
    mentions: list[Mention] = []
    for sentence in sentences(text):
        spans = capitalised_spans(sentence)
        for i, span in enumerate(spans):
            if _DOMAIN_AFTER.match(span.after):
                continue
            nxt = spans[i + 1] if i + 1 < len(spans) else None
            mentions.extend(_classify(span, lowered, nxt))
    return mentions


def _classify(span: Span, lowered: set[str], nxt: Span | None) -> list[Mention]:
    words = [t.text for t in span.tokens]
    while words and not _ACRONYM.match(words[0]) and (words[0].lower() in FUNCTION_WORDS or (
            len(words) == len(span.tokens) and span.tokens[0].initial and words[0].lower() in lowered)):
        words = words[1:]
        span = Span(span.tokens[1:], span.after, "")
    while words and (words[0].lower() in STOP_NAMES or (len(words) > 1 and words[0].split("-")[-1].islower())):
        words = words[1:]
    while words and words[-1].lower() in STOP_NAMES:
        words = words[:-1]
    if not words or all(len(w) < 2 for w in words) or (len(words) > 1 and all(w.isupper() for w in words)):
        return []
    return _typed(words, span, nxt)


def _typed(words: list[str], span: Span, nxt: Span | None) -> list[Mention]:
    """Type a trimmed span: alias, title + person, place, organisation cue, or unknown."""
    text = " ".join(words)
    alias = known_alias(text)
    if alias is not None:
        return [Mention(alias[0], alias[1], written=text)]
    if _is_place(text):
        return [Mention(text, "place", _qualifier(span, nxt))]
    if "of" in words[1:-1]:
        cut = words.index("of", 1)
        left = words[:cut]
        if not any(w.lower() in ORG_CUES or w.lower() in TITLES for w in left):
            right = words[cut + 1:]
            right = right[1:] if right and right[0] == "the" else right
            return [*_typed(left, span, None), *(_typed(right, span, nxt) if right else [])]
    if words[0].lower() in PLACE_FIRST or words[-1].lower() in PLACE_LAST:
        if len(words) > 1:
            return [Mention(text, "place")]
    if any(w.lower().rstrip(".") in ORG_CUES for w in words[1:]) and not _has_title(words):
        return [Mention(text, "organisation")]
    lead, rest = _split_title(words)
    if lead is not None:
        return [*lead, Mention(" ".join(rest), "person", titled=True)] if rest else lead
    country = gazetteer().demonym_country(words[0]) if len(words) > 1 else None
    if country is not None:
        return [Mention(words[0], "place"), *_typed(words[1:], span, nxt)]
    if len(words) == 1:
        return _single(words[0], span)
    if words[0].lower() in PERSON_PREFIXES or _SPEECH_AFTER.match(span.after):
        return [Mention(text, "person")]
    if any(w.lower() in ORG_CUES for w in words):
        return [Mention(text, "organisation")]
    return [Mention(text, "organisation" if span.before in _NOT_PERSON_BEFORE else "unknown")]


def _single(word: str, span: Span) -> list[Mention]:
    parts = word.split("-")
    if len(parts) > 1 and parts[-1].islower():
        return _single("-".join(parts[:-1]), span)
    if len(parts) > 1 and all(gazetteer().demonym_country(p) or _is_place(p) for p in parts):
        return [Mention(p, "place") for p in parts]
    if gazetteer().demonym_country(word):
        return [Mention(word, "place")]
    if _ACRONYM.match(word):
        return [Mention(word, "organisation")]
    if word.lower() in TITLES or word.lower() in ORG_CUES:
        return []
    return [Mention(word, "person" if _SPEECH_AFTER.match(span.after) else "unknown")]


def _split_title(words: list[str]) -> tuple[list[Mention] | None, list[str]]:
    """Leading demonyms/places and title words, as place mentions, and the name after them."""
    last_title = -1
    for i, word in enumerate(words):
        low = word.lower()
        if low in TITLES or low.rstrip(".") in TITLES:
            last_title = i
        elif not (gazetteer().demonym_country(word) or _is_place(word)):
            break
    if last_title < 0:
        return None, words
    lead = [Mention(w, "place") for w in words[:last_title]
            if gazetteer().demonym_country(w) or _is_place(w)]
    rest = words[last_title + 1:]
    if rest and rest[0].lower() in FUNCTION_WORDS:
        rest = []
    return lead, rest


def _has_title(words: list[str]) -> bool:
    return words[0].lower() in TITLES and len(words) > 1 and words[-1].lower() not in ORG_CUES


def _is_place(text: str) -> bool:
    return bool(gazetteer().lookup(text))


def _qualifier(span: Span, nxt: Span | None) -> str:
    if nxt is None or not span.after.startswith(", ") or not span.after[2:].startswith(nxt.text):
        return ""
    return nxt.text if _is_place(nxt.text) else ""
