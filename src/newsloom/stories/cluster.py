"""Online story clustering: each article joins the story it reports, or starts a new one.

Articles arrive one at a time and nobody says how many stories there are. An article is
compared with the centroids of the live stories (sums of their articles' vectors, see
`vectors`), found through an inverted index on each story's heaviest features so that only a
few dozen stories are scored even with 100,000 articles in the window. It joins the best story
when the similarity, discounted by the time between the article and the story, clears a
threshold; otherwise it starts a story. When an article is close to two stories that turn out
to be one, they merge: the larger keeps its id and the other id redirects to it (`resolve`).

Stories leave the live window when they have not been updated for `max_age`, or when the
window holds more than `max_articles` articles (the stalest go first), so memory is bounded.
"""

from __future__ import annotations

import heapq
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from newsloom.stories.vectors import Vector, Vectoriser, Weights, features, part_cosines, part_norms, title_words


@dataclass(frozen=True, slots=True)
class StoryDoc:
    """An article as the clusterer sees it."""

    id: str
    title: str
    text: str
    date: datetime | None = None
    source: str | None = None
    url: str | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Tuning:
    """The clusterer's knobs; the defaults are tuned on ECB+ train topics (bench/stories.py)."""

    join: float = 0.24
    names_share: float = 0.7
    """How much the names-and-figures cosine counts against the words cosine (geometric mean)."""
    """Least time-discounted cosine between an article and a story centroid to join it."""
    merge: float = 0.5
    """Least cosine between two story centroids to merge them."""
    merge_min: int = 2
    """Stories smaller than this are not merged (a lone article joins, it does not merge)."""
    grace: timedelta = timedelta(days=2)
    """Time apart that costs nothing: coverage of one event spreads over a day or two."""
    half_life: timedelta = timedelta(days=1)
    """Beyond the grace, every half-life apart halves the similarity."""
    max_age: timedelta | None = timedelta(days=7)
    """A story not updated for this long (in article time) leaves the live window."""
    max_articles: int = 200_000
    """Most articles in the live window; the stalest stories leave first beyond it."""
    centroid_terms: int = 300
    """Features kept in a story centroid (the heaviest)."""
    index_terms: int = 25
    """A story's heaviest features listed in the inverted index."""
    query_terms: int = 20
    """An article's heaviest features looked up in the inverted index."""
    postings_scanned: int = 400
    """Most recent stories read from one feature's postings."""
    candidates: int = 40
    """Most stories scored in full for one article."""
    shortlist_share: float = 0.3
    """Stories whose index hits weigh less than this share of the best one's are not scored."""


@dataclass(slots=True, eq=False)
class _Story:
    id: str
    centroid: Vector
    norms: tuple[float, float]
    first: datetime | None
    last: datetime | None
    indexed: tuple[str, ...] = ()
    members: int = field(default=0)


class StoryClusterer:
    """Assigns articles to stories online, in arrival order; see the module docstring."""

    def __init__(self, tuning: Tuning | None = None, weights: Weights | None = None,
                 id_prefix: str = "story-") -> None:
        self.tuning = tuning or Tuning()
        self.vectoriser = Vectoriser(weights)
        self._prefix = id_prefix
        self._next = 1
        self._stories: OrderedDict[str, _Story] = OrderedDict()
        """Live stories, least recently updated first."""
        self._postings: dict[str, dict[str, None]] = {}
        self._redirects: dict[str, str] = {}
        self._articles = 0
        self._newest: datetime | None = None

    def add(self, doc: StoryDoc) -> str:
        """The id of the story `doc` joins (or starts); ids of merged stories redirect via `resolve`."""
        vec = self._observe(doc)
        when = doc.date
        if when is not None and (self._newest is None or when > self._newest):
            self._newest = when
        self._expire()
        scored = self._score(vec, when)
        if scored and scored[0][0] >= self.tuning.join:
            story = scored[0][1]
            self._join(story, vec, when)
        else:
            story = self._start(vec, when)
        story = self._merge_into_neighbours(story)
        self._articles += 1
        return story.id

    def resolve(self, story_id: str) -> str:
        """The id a story goes by now: itself, or the story it was merged into."""
        root = story_id
        while root in self._redirects:
            root = self._redirects[root]
        while story_id != root:
            step = self._redirects[story_id]
            self._redirects[story_id] = root
            story_id = step
        return root

    def similarity(self, a: StoryDoc, b: StoryDoc) -> float:
        """The same-story score of two articles: the cosine of their vectors, discounted by time.

        Uses the document frequencies learned so far, without counting `a` or `b`.
        """
        va, vb = self._vector(a), self._vector(b)
        return self._combine(va, vb, (1.0, 1.0)) * self._decay(a.date, b.date, b.date)

    @property
    def live_stories(self) -> int:
        return len(self._stories)

    @property
    def live_articles(self) -> int:
        return sum(s.members for s in self._stories.values())

    def _observe(self, doc: StoryDoc) -> Vector:
        feats = features(doc.title, doc.text)
        self.vectoriser.observe(feats)
        return self.vectoriser.vector(feats, title_words(doc.title))

    def _vector(self, doc: StoryDoc) -> Vector:
        return self.vectoriser.vector(features(doc.title, doc.text), title_words(doc.title))

    def _score(self, vec: Vector, when: datetime | None, exclude: str = "") -> list[tuple[float, _Story]]:
        """Candidate stories through the inverted index, scored in full, best first."""
        t = self.tuning
        partial: dict[str, float] = {}
        for key, weight in heapq.nlargest(t.query_terms, vec.items(), key=lambda kv: kv[1]):
            posting = self._postings.get(key)
            if not posting:
                continue
            for n, sid in enumerate(reversed(posting)):
                if n >= t.postings_scanned:
                    break
                partial[sid] = partial.get(sid, 0.0) + weight
        shortlist = heapq.nlargest(t.candidates, partial.items(), key=lambda kv: kv[1])
        if shortlist:
            floor = shortlist[0][1] * t.shortlist_share
            shortlist = [pair for pair in shortlist if pair[1] >= floor]
        scored = []
        for sid, _ in shortlist:
            if sid == exclude:
                continue
            story = self._stories[sid]
            sim = self._combine(vec, story.centroid, story.norms) * self._decay(when, story.first, story.last)
            scored.append((sim, story))
        scored.sort(key=lambda pair: pair[0], reverse=True)
        return scored

    def _combine(self, vec: Vector, other: Vector, norms: tuple[float, float]) -> float:
        """Geometric mean of the words and the names cosines: a story needs both to agree."""
        w, e = part_cosines(vec, other)
        w, e = max(w / norms[0], 0.0), max(e / norms[1], 0.0)
        share = self.tuning.names_share
        return w ** (1.0 - share) * e ** share

    def _decay(self, when: datetime | None, first: datetime | None, last: datetime | None) -> float:
        """1 within the grace period of the story's span, halving every half-life beyond it."""
        if when is None or first is None or last is None:
            return 1.0
        if when < first:
            gap = first - when
        elif when > last:
            gap = when - last
        else:
            return 1.0
        excess = (gap - self.tuning.grace) / self.tuning.half_life
        return 1.0 if excess <= 0 else 0.5 ** excess

    def _start(self, vec: Vector, when: datetime | None) -> _Story:
        story = _Story(f"{self._prefix}{self._next}", dict(vec), (1.0, 1.0), when, when, members=1)
        self._next += 1
        self._stories[story.id] = story
        self._reindex(story)
        return story

    def _join(self, story: _Story, vec: Vector, when: datetime | None) -> None:
        centroid = story.centroid
        for key, value in vec.items():
            centroid[key] = centroid.get(key, 0.0) + value
        story.members += 1
        if when is not None:
            story.first = when if story.first is None or when < story.first else story.first
            story.last = when if story.last is None or when > story.last else story.last
        self._settle(story)

    def _settle(self, story: _Story) -> None:
        """Prune the centroid to its heaviest features, refresh its norm, index and recency."""
        limit = self.tuning.centroid_terms
        if len(story.centroid) > 2 * limit:
            story.centroid = dict(heapq.nlargest(limit, story.centroid.items(), key=lambda kv: kv[1]))
        story.norms = part_norms(story.centroid)
        self._stories.move_to_end(story.id)
        self._reindex(story)

    def _merge_into_neighbours(self, story: _Story) -> _Story:
        """Merge the stories whose centroids now agree with this one's: coverage showed they are one.

        Checked when a story reaches 2, 4, 8... articles: its centroid has changed enough by then
        to be worth a look, and the check stays off the per-article cost."""
        if story.members < self.tuning.merge_min or story.members & (story.members - 1):
            return story
        nw, ne = story.norms
        query = {k: v / (nw if k[0] == "w" else ne) for k, v in story.centroid.items()}
        for sim, other in self._score(query, None, exclude=story.id)[:3]:
            if sim < self.tuning.merge or other.members < self.tuning.merge_min:
                break
            if other.id not in self._stories or self._decay(story.last, other.first, other.last) < 1.0:
                continue
            keep, gone = (story, other) if story.members >= other.members else (other, story)
            for key, value in gone.centroid.items():
                keep.centroid[key] = keep.centroid.get(key, 0.0) + value
            keep.members += gone.members
            keep.first = _earliest(keep.first, gone.first)
            keep.last = _latest(keep.last, gone.last)
            self._drop(gone)
            self._redirects[gone.id] = keep.id
            self._settle(keep)
            story = keep
        return story

    def _reindex(self, story: _Story) -> None:
        top = tuple(k for k, _ in heapq.nlargest(self.tuning.index_terms, story.centroid.items(),
                                                  key=lambda kv: kv[1]))
        for key in story.indexed:
            posting = self._postings.get(key)
            if posting is not None:
                posting.pop(story.id, None)
                if not posting:
                    del self._postings[key]
        for key in top:
            self._postings.setdefault(key, {})[story.id] = None
        story.indexed = top

    def _drop(self, story: _Story) -> None:
        for key in story.indexed:
            posting = self._postings.get(key)
            if posting is not None:
                posting.pop(story.id, None)
                if not posting:
                    del self._postings[key]
        story.indexed = ()
        del self._stories[story.id]

    def _expire(self) -> None:
        """Let stale stories leave the live window: too old, or beyond the article budget."""
        t = self.tuning
        cutoff = self._newest - t.max_age if self._newest is not None and t.max_age is not None else None
        while self._stories:
            story = next(iter(self._stories.values()))
            too_old = cutoff is not None and story.last is not None and story.last < cutoff
            if not too_old and self._articles < t.max_articles:
                break
            self._drop(story)
            self._articles -= story.members


def _earliest(a: datetime | None, b: datetime | None) -> datetime | None:
    return b if a is None else a if b is None else min(a, b)


def _latest(a: datetime | None, b: datetime | None) -> datetime | None:
    return b if a is None else a if b is None else max(a, b)
