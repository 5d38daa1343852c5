"""Scoring rules of the extraction benchmark, kept apart from I/O so tests can pin them down.

Every comparison the benchmark makes lives here, with its normalisation spelled out, because a
benchmark figure means nothing unless one can say exactly what counted as a match:

- segments (trafilatura-eval): whitespace-normalised substring test, counts summed over pages,
  as the corpus README defines it; a crash or a rejection is an empty output.
- titles: Unicode NFKC, invisible format characters dropped, whitespace collapsed,
  case-folded, then equal.
- authors: the set of names, each normalised like a title and without full stops ("S.A."
  is "S A"), after splitting a byline on the usual separators and dropping a leading "By";
  pieces with digits (dates glued to a byline) are not names.
- dates: timezone-aware; see `same_day` and `same_minute`.
- languages: primary subtag, case-folded (`en-US` agrees with `en`).
- body text: bag-of-tokens F1; CJK and Thai characters count one token each, since those
  scripts do not separate words with spaces.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime

_WS = re.compile(r"\s+")
_BY = re.compile(r"^(?:by|von|par|por|door|av)\s+", re.IGNORECASE)
_NAME_SPLIT = re.compile(r"\s*(?:[,;|/\n&]|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bi\b|\bog\b|\ben\b)\s*", re.IGNORECASE)
_SCRIPT_CHAR = "\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN = re.compile(rf"[{_SCRIPT_CHAR}]|[^\W{_SCRIPT_CHAR}]+")


@dataclass
class Segments:
    """Segment hit counts of trafilatura-eval, summed over pages (micro-averaged)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, other: Segments) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.tn += other.tn

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def accuracy(self) -> float:
        return _ratio(self.tp + self.tn, self.tp + self.fp + self.fn + self.tn)

    @property
    def f1(self) -> float:
        return _ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)


def normalise_ws(text: str) -> str:
    """Whitespace runs become one space, as trafilatura's own evaluation does."""
    return _WS.sub(" ", text).strip()


def count_segments(must: list[str], must_not: list[str], output: str | None) -> Segments:
    """Score one page: a "must appear" segment found is a TP, missing a FN; a "must not
    appear" segment found is a FP, absent a TN. No output (crash, rejection) finds nothing."""
    text = normalise_ws(output or "")
    found = sum(1 for segment in must if text and normalise_ws(segment) in text)
    leaked = sum(1 for segment in must_not if text and normalise_ws(segment) in text)
    return Segments(tp=found, fn=len(must) - found, fp=leaked, tn=len(must_not) - leaked)


def segment_misses(must: list[str], must_not: list[str], output: str | None) -> tuple[list[str], list[str]]:
    """The segments one page got wrong: (missing "must appear", leaked "must not appear")."""
    text = normalise_ws(output or "")
    missing = [s for s in must if not text or normalise_ws(s) not in text]
    leaked = [s for s in must_not if text and normalise_ws(s) in text]
    return missing, leaked


def tokens(text: str) -> list[str]:
    """Case-folded word tokens; each CJK or Thai character is a token of its own."""
    return _TOKEN.findall(unicodedata.normalize("NFKC", text).casefold())


def token_f1(predicted: str | None, gold: str) -> float:
    """Bag-of-tokens F1 of an extracted text against the gold text (0 for no output)."""
    return token_prf(predicted, gold)[2]


def token_prf(predicted: str | None, gold: str) -> tuple[float, float, float]:
    """Bag-of-tokens precision, recall and F1: low precision is junk kept, low recall text lost."""
    guess, truth = Counter(tokens(predicted or "")), Counter(tokens(gold))
    overlap = sum((guess & truth).values())
    if not overlap:
        empty = 1.0 if not guess and not truth else 0.0
        return empty, empty, empty
    precision = overlap / sum(guess.values())
    recall = overlap / sum(truth.values())
    return precision, recall, 2 * precision * recall / (precision + recall)


def normalise_text(text: str | None) -> str:
    """NFKC, invisible format characters (soft hyphen, zero-width space) dropped, whitespace
    collapsed, case-folded: the form titles and names are compared in."""
    visible = "".join(ch for ch in unicodedata.normalize("NFKC", text or "") if unicodedata.category(ch) != "Cf")
    return normalise_ws(visible).casefold()


def same_title(predicted: str | None, gold: str | None) -> bool:
    return bool(gold) and normalise_text(predicted) == normalise_text(gold)


def name_set(byline: str | list[str] | tuple[str, ...] | None) -> frozenset[str]:
    """The author names in a byline string or list, normalised; dates and empties dropped."""
    if not byline:
        return frozenset()
    pieces = [byline] if isinstance(byline, str) else list(byline)
    names: set[str] = set()
    for piece in pieces:
        for part in _NAME_SPLIT.split(unicodedata.normalize("NFKC", piece)):
            name = normalise_text(_BY.sub("", normalise_ws(part.replace(".", ". "))).replace(".", ""))
            if name and not any(ch.isdigit() for ch in name) and name != "by":
                names.add(name)
    return frozenset(names)


def same_authors(predicted: str | list[str] | None, gold: str | list[str] | None) -> bool:
    """Author sets equal; a gold without authors is only matched by no authors."""
    return name_set(predicted) == name_set(gold)


def parse_when(value: str | date | datetime | None) -> datetime | date | None:
    """An ISO date or datetime string as a date/datetime; a bare day stays a `date`."""
    if value is None or isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return value
    text = value.strip().replace("Z", "+00:00")
    if not text:
        return None
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def same_day(predicted: str | date | datetime | None, gold: str | date | datetime | None) -> bool:
    """Same calendar day, seen in the gold's own timezone.

    An aware prediction is converted to the gold's offset first, so 23:30-05:00 and
    04:30+00:00 the next day agree. A naive gold (publisher's local time, zone unknown) is
    compared with the prediction's own wall-clock day. A bare-day prediction is taken as it is.
    """
    guess, truth = parse_when(predicted), parse_when(gold)
    if guess is None or truth is None:
        return False
    if isinstance(guess, datetime) and isinstance(truth, datetime) and guess.tzinfo and truth.tzinfo:
        guess = guess.astimezone(truth.tzinfo)
    return _day(guess) == _day(truth)


def same_minute(predicted: str | date | datetime | None, gold: str | date | datetime | None) -> bool:
    """Same instant to the minute. Needs a time on both sides: a bare day never matches.

    Two aware values compare as instants; when either is naive, wall-clock times are compared.
    """
    guess, truth = parse_when(predicted), parse_when(gold)
    if not isinstance(guess, datetime) or not isinstance(truth, datetime):
        return False
    if guess.tzinfo and truth.tzinfo:
        guess = guess.astimezone(truth.tzinfo)
    else:
        guess, truth = guess.replace(tzinfo=None), truth.replace(tzinfo=None)
    return guess.replace(second=0, microsecond=0) == truth.replace(second=0, microsecond=0)


def same_language(predicted: str | None, gold: str | None) -> bool:
    """Same primary language subtag: `en-US`, `en_GB` and `EN` all agree with `en`."""
    return bool(gold) and _primary(predicted) == _primary(gold)


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100) by linear interpolation; NaN for no values."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100
    low, high = math.floor(rank), math.ceil(rank)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def _primary(tag: str | None) -> str:
    return re.split(r"[-_]", (tag or "").strip().casefold(), maxsplit=1)[0]


def _day(moment: date | datetime) -> date:
    return moment.date() if isinstance(moment, datetime) else moment


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else 0.0
