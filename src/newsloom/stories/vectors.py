"""What an editor reads in an article to tell its story: weighted words, names and numbers.

An article becomes a sparse unit vector (a dict) over three kinds of feature: content words
(lower-cased, lightly stemmed, the title's counted extra), names (capitalised words and runs of
them that do not merely start a sentence: people, places, organisations) and numbers (death
tolls, scores, amounts). Names and numbers are what tell two storms or two elections apart,
so they weigh more than words. Every feature is weighted by an inverse document frequency
learned online from the stream itself, with old counts halved now and then so the weights
follow the news of the moment and memory stays bounded.

Written by hand: the libraries that do this (scikit-learn, spaCy) are batch-only or need models,
and the default install stays light.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

Vector = dict[str, float]

_TOKEN = re.compile(
    r"(?P<num>\d+(?:[.,]\d+)*%?)"
    r"|(?P<word>[^\W\d_]+(?:['’\-][^\W\d_]+)*)"
    r"|(?P<stop>[.!?;:\n\"“”«»¿¡(]|``|'')",
)
_NUMBER_SEPARATORS = str.maketrans("", "", ",.")
_CAPITALISED = re.compile(r"[A-ZÀ-ÞĀ-Ž][^\W_]*")


@dataclass(frozen=True, slots=True)
class Weights:
    """How much each kind of feature counts; tuned on ECB+ train topics (see bench/stories.py)."""

    title: float = 0.0
    """Extra occurrences credited to every content word of the headline."""
    name: float = 2.5
    number: float = 0.8
    word: float = 1.0
    idf_power: float = 1.0
    """Above 1, rare features (names, figures) outweigh the vocabulary every report of a kind shares."""


def features(title: str, text: str) -> Counter[str]:
    """Raw counts of every feature of an article: `w:` content words, `e:` names, `n:` numbers.

    The title is counted once as written (it usually opens the text too) and its words get
    `Weights.title` extra credit when the vectoriser weighs them.
    """
    counts: Counter[str] = Counter()
    _scan(text or "", counts)
    if title and not (text or "").lstrip().startswith(title.strip()[:40]):
        _scan(title, counts)
    return counts


class Vectoriser:
    """Turns articles into weighted unit vectors with document frequencies learned online.

    `observe` must see an article before it is vectorised, so the first article of a new
    story already counts in its own rare words' frequencies.
    """

    def __init__(self, weights: Weights | None = None, halve_every: int = 200_000, prior_docs: float = 50.0) -> None:
        """`prior_docs` pretends that many unseen articles lack every feature, so a fresh index
        does not treat the words its first few articles share as common words."""
        self.weights = weights or Weights()
        self.prior_docs = prior_docs
        self.halve_every = halve_every
        self.docs = 0.0
        self._df: dict[str, float] = {}
        self._seen_since_halving = 0

    def observe(self, feats: Counter[str]) -> None:
        """Count one article's features in the document frequencies."""
        df = self._df
        for key in feats:
            df[key] = df.get(key, 0.0) + 1.0
        self.docs += 1.0
        self._seen_since_halving += 1
        if self._seen_since_halving >= self.halve_every:
            self._halve()

    def idf(self, key: str) -> float:
        return math.log((self.docs + self.prior_docs) / (self._df.get(key, 0.0) + 0.5))

    def vector(self, feats: Counter[str], title_words: Counter[str] | None = None) -> Vector:
        """A unit vector: (1 + log tf) x idf x the weight of the feature's kind."""
        w = self.weights
        kind_weight = {"w": w.word, "e": w.name, "n": w.number}
        vec: Vector = {}
        for key, tf in feats.items():
            if title_words and key in title_words:
                tf += w.title * title_words[key]
            idf = self.idf(key)
            if idf <= 0.0:
                continue
            vec[key] = (1.0 + math.log(tf)) * idf ** w.idf_power * kind_weight[key[0]]
        return normalised_parts(vec)

    def _halve(self) -> None:
        """Halve every count so frequencies follow recent news, dropping words no longer seen."""
        self._df = {k: v / 2.0 for k, v in self._df.items() if v >= 1.0}
        self.docs /= 2.0
        self._seen_since_halving = 0


def title_words(title: str) -> Counter[str]:
    """The content-word features of a headline, for `Vectoriser.vector`'s title credit."""
    counts: Counter[str] = Counter()
    _scan(title or "", counts)
    return Counter({k: v for k, v in counts.items() if k[0] == "w"})


def normalised(vec: Vector) -> Vector:
    norm = math.sqrt(sum(v * v for v in vec.values()))
    if norm == 0.0:
        return {}
    return {k: v / norm for k, v in vec.items()}


def normalised_parts(vec: Vector) -> Vector:
    """Words and names (with figures) each scaled to unit length, so `part_cosines` can weigh them."""
    words = normalised({k: v for k, v in vec.items() if k[0] == "w"})
    words.update(normalised({k: v for k, v in vec.items() if k[0] != "w"}))
    return words


def part_norms(vec: Vector) -> tuple[float, float]:
    """Lengths of the word part and of the name part of a vector."""
    w = e = 0.0
    for k, v in vec.items():
        if k[0] == "w":
            w += v * v
        else:
            e += v * v
    return math.sqrt(w) or 1.0, math.sqrt(e) or 1.0


def part_cosines(a: Vector, b: Vector) -> tuple[float, float]:
    """Unnormalised dot products of the word parts and of the name parts of two vectors."""
    if len(a) > len(b):
        a, b = b, a
    w = e = 0.0
    for k, v in a.items():
        other = b.get(k)
        if other is not None:
            if k[0] == "w":
                w += v * other
            else:
                e += v * other
    return w, e


def cosine(a: Vector, b: Vector) -> float:
    """Dot product of two unit vectors (iterating over the smaller one)."""
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(k, 0.0) for k, v in a.items())


def _scan(text: str, counts: Counter[str]) -> None:
    """Add the features of one text to `counts`, tracking sentence starts for the name heuristic."""
    text = unicodedata.normalize("NFKC", text)
    sentence_start = True
    run: list[str] = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        token = match.group()
        if kind == "word":
            lower = token.lower()
            capitalised = _CAPITALISED.fullmatch(token) is not None
            if capitalised and not (sentence_start and lower in _STOPWORDS):
                if not (sentence_start and not run and _common_opener(lower)):
                    run.append(token)
                    sentence_start = False
                    if lower not in _STOPWORDS:
                        counts["w:" + _stem(lower)] += 1
                    continue
            _flush(run, counts)
            if lower not in _STOPWORDS and len(lower) > 1:
                counts["w:" + _stem(lower)] += 1
            sentence_start = False
        elif kind == "num":
            _flush(run, counts)
            counts["n:" + token.translate(_NUMBER_SEPARATORS)] += 1
            sentence_start = False
        else:
            _flush(run, counts)
            sentence_start = True
    _flush(run, counts)


def _common_opener(lower: str) -> bool:
    """A capitalised first word of a sentence that is an ordinary word, not a name."""
    return lower in _STOPWORDS or lower in _OPENERS


def _flush(run: list[str], counts: Counter[str]) -> None:
    """Record a run of capitalised words as a name, and each of its words as a name too."""
    if not run:
        return
    words = [w for w in run if w.lower() not in _STOPWORDS]
    for word in words:
        counts["e:" + word.lower()] += 1
    if len(words) > 1:
        counts["e:" + " ".join(w.lower() for w in words)] += 1
    run.clear()


def _stem(word: str) -> str:
    """A light suffix stripper so "storms"/"storm" and "killed"/"kills" meet; not linguistics."""
    if word.endswith("'s") or word.endswith("’s"):
        word = word[:-2]
    if len(word) <= 4:
        return word
    for suffix, repl in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: len(word) - len(suffix)] + repl
    return word


_SUFFIXES = (("ies", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""))

_STOPWORDS = frozenset("""
a about above after again against all also am an and any are aren't as at be because been before being
below between both but by can could did didn't do does doesn't doing don't down during each few for from
further had has have having he he'd he'll he's her here here's hers herself him himself his how how's i
i'd i'll i'm i've if in into is isn't it it's its itself let's me more most mr mrs ms my myself no nor
not of off on once only or other ought our ours ourselves out over own said same say says she she'd
she'll she's should so some such than that that's the their theirs them themselves then there there's
these they they'd they'll they're they've this those through to too under until up very was wasn't we
we'd we'll we're we've were weren't what what's when when's where where's which while who who's whom why
why's will with won't would you you'd you'll you're you've your yours yourself yourselves just now new
one two three told like get got also may might must us per via yet still even since many much well
monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow week year years
el la los las un una unos unas de del al y o en por para con sin sobre que se su sus es son fue han ha
como más pero lo le les este esta estos estas ese esa dijo según entre tras hasta desde ya muy también
der die das den dem des ein eine einer eines und oder in im auf mit von zu zum zur für ist sind war wurde
nicht auch sich es er sie wir ihr bei nach aus um wie dass als noch nur
le les des un une et ou dans sur avec pour par pas est sont qui au aux du ce cette ces il elle ils
""".split())

_OPENERS = frozenset("""
another according after although among as at before but despite during even following for however if
in meanwhile more most once over since so some still that the then there these this those though
thousands hundreds dozens while with yet police officials authorities witnesses
""".split())
