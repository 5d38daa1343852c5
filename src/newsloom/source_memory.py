"""What the pipeline remembers about each source between its pages.

Kept apart from `pipeline.py`, which is the flow; this is the state that one step of the flow
(`record_outcomes`) consults and updates.
"""

from __future__ import annotations

from newsloom.extract.boilerplate import WINDOW, BoilerplateProfile, learn_and_strip, strip
from newsloom.model import Article, Lead, Rejected, Rejection
from newsloom.store import Store
from newsloom.store.profiles import ExtractionStats
from newsloom.stories import content_hash

# Verdicts that mean the page was there but extraction found no article in it.
_EXTRACTION_FAILURES = {Rejection.NO_TEXT, Rejection.NOT_AN_ARTICLE}
SAVE_EVERY = 50
"""A source's profile and statistics are written back after this many of its pages (and at `flush`)."""


class SourceMemory:
    """What the pipeline learns about each source as its pages go by: the boilerplate profile
    that cleans its articles (`newsloom.extract.boilerplate`) and the statistics that tell when
    its pages stop extracting (`SourceHealth.extraction_warning`).

    Learning is counting, far cheaper than a database round trip, so both are kept here between
    pages and written back every `SAVE_EVERY` pages of a source and on `flush`. When a line
    becomes boilerplate, the source's latest stored articles (`WINDOW` of them) are cleaned of
    it too, so the pages it was learned from do not keep it. Not thread-safe: a runner uses
    one from a single thread (the local runner's store thread).
    """

    def __init__(self, store: Store, reclean: bool = True):
        self.store = store
        self.reclean = reclean
        self._sources: dict[int, int | None] = {}
        self._profiles: dict[int, BoilerplateProfile | None] = {}
        self._stats: dict[int, ExtractionStats] = {}
        self._unsaved: dict[int, int] = {}
        self._to_reclean: set[int] = set()

    def prepare(self, lead: Lead, outcome: Article | Rejected) -> Article | Rejected:
        """Learn from one outcome of `lead`'s source; the article cleaned of what is known."""
        source_id = self._source_of(lead.channel_id)
        if source_id is None or (isinstance(outcome, Article) and outcome.error):
            return outcome  # a page that was never fetched says nothing about its source's pages
        if isinstance(outcome, Rejected):
            if outcome.reason in _EXTRACTION_FAILURES:
                self._stats_of(source_id).observe(False)
                self._count(source_id)
            return outcome
        self._stats_of(source_id).observe(True, len(outcome.text))
        profile, cleaned = learn_and_strip(self._profile_of(source_id), outcome)
        self._profiles[source_id] = profile
        if profile.crossed and self.reclean:
            self._to_reclean.add(source_id)
        if cleaned is not outcome:
            cleaned.content_hash = content_hash(cleaned.text)
        self._count(source_id)
        return cleaned

    def flush(self) -> None:
        """Write back every profile and statistic changed since it was last written."""
        for source_id in [s for s, n in self._unsaved.items() if n]:
            self._save(source_id)

    def reclean_stored(self) -> None:
        """Clean the latest stored articles of each source that learned a new line since the last
        call; called once its batch is saved, so that the pages learned from are among them."""
        for source_id in sorted(self._to_reclean):
            profile = self._profiles[source_id]
            changed = []
            for stored in self.store.latest_bodies(source_id, WINDOW):
                cleaned = strip(stored, profile)
                if cleaned is not stored:
                    changed.append((stored.id, cleaned.text, cleaned.html, content_hash(cleaned.text)))
            self.store.replace_bodies(changed)
        self._to_reclean.clear()

    def _source_of(self, channel_id: int | None) -> int | None:
        if channel_id is None:
            return None
        if channel_id not in self._sources:
            self._sources[channel_id] = self.store.channel_source(channel_id)
        return self._sources[channel_id]

    def _profile_of(self, source_id: int) -> BoilerplateProfile | None:
        if source_id not in self._profiles:
            self._profiles[source_id] = self.store.boilerplate(source_id)
        return self._profiles[source_id]

    def _stats_of(self, source_id: int) -> ExtractionStats:
        if source_id not in self._stats:
            self._stats[source_id] = self.store.extraction_stats(source_id) or ExtractionStats()
        return self._stats[source_id]

    def _count(self, source_id: int) -> None:
        self._unsaved[source_id] = self._unsaved.get(source_id, 0) + 1
        if self._unsaved[source_id] >= SAVE_EVERY:
            self._save(source_id)

    def _save(self, source_id: int) -> None:
        profile = self._profiles.get(source_id)
        if profile is not None:
            self.store.save_boilerplate(source_id, profile)
        self.store.save_extraction_stats(source_id, self._stats_of(source_id))
        self._unsaved[source_id] = 0
