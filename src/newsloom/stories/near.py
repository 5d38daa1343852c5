"""Near-duplicate detection: wire copies, republications and revisions of one text.

Exact hashes (`dedupe.content_hash`) miss a copy as soon as an outlet trims a paragraph, drops
the dateline or an aggregator wraps it in junk. Here every text becomes the set of its 5-word
shingles, summarised by a MinHash, and a MinHash LSH index (datasketch) finds the earlier
texts sharing many shingles in one lookup. Two reports of one event written independently
share almost no 5-word sequence, while a copy keeps nearly all of them, so the decision is
sharp: a text is a copy when at least `CONTAINMENT` (0.8) of the shorter text's shingles lie
in the longer one and the two are of comparable length (estimated Jaccard at least
`MIN_JACCARD`, 0.5). Containment rather than plain Jaccard, because a lightly edited copy
(headline changed, dateline dropped, last paragraphs cut) keeps all its own shingles but has
fewer than the original: Jaccard alone would call a copy that cut a quarter of the text
unrelated.

The original of a group of copies is the text from the outlet that the text itself names as
its origin (a dateline such as "PARIS (Meridian Wire) —" or a "— Reuters" credit), and
otherwise the earliest published. The index holds a window of the most recent texts and
forgets the oldest beyond it, so memory stays bounded however long it runs.
"""

from __future__ import annotations

import re
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime

import numpy as np
from datasketch import MinHash, MinHashLSH

SHINGLE_WORDS = 5
NUM_PERM = 128
CONTAINMENT = 0.8
MIN_JACCARD = 0.5
LSH_THRESHOLD = 0.45
"""Candidates are fetched at a lower Jaccard than any copy can have, then checked exactly."""
MIN_SHINGLES = 8
"""A text shorter than this (a headline, a teaser) is not fingerprinted: too many texts share it."""

_WORD = re.compile(r"[^\W_]+")
_CREDIT = re.compile(r"\(([^()\n]{2,40})\)\s*[-–—:]|[-–—]\s*([A-Z][\w&.' ]{1,38}?)\s*$")
_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=1, scheme="affine32")


@dataclass(frozen=True, slots=True)
class CopyMatch:
    """What a newly added text is a copy or revision of.

    `original_id` is the group's original. It is usually an earlier text; it is `doc_id` itself
    when the new text turns out to be the original of texts seen before it (it names its own
    outlet as the origin, or it was published earlier and arrived late), and then `superseded`
    is the text that was the original until now.
    """

    doc_id: str
    original_id: str
    similarity: float
    """Estimated share of the shorter text's shingles found in the other (containment)."""
    relation: str
    """"copy" (another outlet) or "revision" (the same outlet republished it)."""
    superseded: str | None = None


@dataclass(slots=True)
class _Entry:
    minhash: MinHash
    shingles: int
    published: datetime | None
    source: str
    credit: str
    original: str
    """Id of this text's group original (itself when it is one)."""


class CopyIndex:
    """An online index of recent texts that says which earlier text a new one copies."""

    def __init__(self, window: int = 50_000) -> None:
        self.window = window
        self._lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
        self._entries: OrderedDict[str, _Entry] = OrderedDict()

    def __len__(self) -> int:
        return len(self._entries)

    def add(self, doc_id: str, text: str, published: datetime | None = None,
            source: str | None = None) -> CopyMatch | None:
        """Index `text` and say what it copies; None when it is no near-copy of a text in the window."""
        if doc_id in self._entries:
            raise ValueError(f"{doc_id!r} is already indexed")
        shingles = _shingles(text)
        if len(shingles) < MIN_SHINGLES:
            return None
        minhash = MinHash(num_perm=NUM_PERM, seed=1, scheme="affine32", permutations=_TEMPLATE.permutations)
        minhash.update_batch(shingles)
        entry = _Entry(minhash, len(shingles), published, _fold(source or ""), _credit(text), doc_id)
        best = self._best_match(entry)
        match = None if best is None else self._join_group(doc_id, entry, self._entries[best[1]], best[0])
        self._lsh.insert(doc_id, minhash)
        self._entries[doc_id] = entry
        self._evict()
        return match

    def original(self, doc_id: str) -> str | None:
        """The id of the current original of a text still in the window (itself when it is one);
        the original may itself have left the window."""
        entry = self._entries.get(doc_id)
        if entry is None:
            return None
        while entry.original != doc_id:
            doc_id = entry.original
            entry = self._entries.get(doc_id)
            if entry is None:
                break
        return doc_id

    def _best_match(self, entry: _Entry) -> tuple[float, str] | None:
        best: tuple[float, str] | None = None
        for other_id in self._lsh.query(entry.minhash):
            other = self._entries[other_id]
            jaccard = float(np.count_nonzero(entry.minhash.hashvalues == other.minhash.hashvalues)) / NUM_PERM
            if jaccard < MIN_JACCARD:
                continue
            shared = jaccard * (entry.shingles + other.shingles) / (1.0 + jaccard)
            containment = min(1.0, shared / min(entry.shingles, other.shingles))
            if containment >= CONTAINMENT and (best is None or containment > best[0]):
                best = (containment, other_id)
        return best

    def _join_group(self, doc_id: str, entry: _Entry, match: _Entry, containment: float) -> CopyMatch:
        """Attach the new text to its group and decide which text is the group's original."""
        current_id = self.original(match.original) or match.original
        current = self._entries.get(current_id, match)
        if current_id in self._entries and _better_original(entry, current):
            current.original = doc_id
            relation = "revision" if entry.source and entry.source == current.source else "copy"
            return CopyMatch(doc_id, doc_id, containment, relation, superseded=current_id)
        entry.original = current_id
        relation = "revision" if entry.source and entry.source == current.source else "copy"
        return CopyMatch(doc_id, current_id, containment, relation)

    def _evict(self) -> None:
        while len(self._entries) > self.window:
            old_id, _ = self._entries.popitem(last=False)
            self._lsh.remove(old_id)


def _better_original(new: _Entry, current: _Entry) -> bool:
    """Whether the new text should be the group's original instead of the current one."""
    credit = current.credit or new.credit
    if credit:
        new_credited = bool(new.source) and _credited(credit, new.source)
        current_credited = bool(current.source) and _credited(credit, current.source)
        if new_credited != current_credited:
            return new_credited
    if new.published and current.published:
        return new.published < current.published
    return False


def _credited(credit: str, source: str) -> bool:
    """Whether a folded credit names a folded source: all words of one are words of the other."""
    a, b = set(credit.split()), set(source.split())
    return a <= b or b <= a


def _credit(text: str) -> str:
    """The outlet a text names as its origin, folded: "(Meridian Wire) —" early on, or "— Reuters" last."""
    head = _CREDIT.search(text[:300])
    if head and head.group(1):
        return _fold(head.group(1))
    tail = _CREDIT.search(text.rstrip()[-60:])
    if tail and tail.group(2):
        return _fold(tail.group(2))
    return ""


def _fold(text: str) -> str:
    return " ".join(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


def _shingles(text: str) -> set[bytes]:
    words = _WORD.findall(unicodedata.normalize("NFKC", text).casefold())
    if len(words) < SHINGLE_WORDS:
        return set()
    return {" ".join(words[i:i + SHINGLE_WORDS]).encode() for i in range(len(words) - SHINGLE_WORDS + 1)}
