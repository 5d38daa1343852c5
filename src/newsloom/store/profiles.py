"""What Newsloom learns about each source's pages, kept in `source_profiles`.

Two things share a source's row: its boilerplate profile (the fingerprints of the lines it
repeats on page after page, as JSON; `newsloom.extract.boilerplate` owns the format) and its
rolling extraction statistics, which show when a redesign broke extraction: the share of
fetched pages that gave article text and their usual length, each as a long-run ("usual")
and a short-run ("recent") moving average.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from newsloom.model import Article
from newsloom.store.schema import articles, channels, source_profiles

USUAL_RATE = 1 / 100
"""Weight of one page in the long-run averages: they remember a few hundred pages."""
RECENT_RATE = 1 / 10
"""Weight of one page in the short-run averages: a broken extraction shows within a dozen pages."""
MIN_HISTORY = 30
"""Pages a source needs before its recent pages are judged against its usual ones."""
LENGTH_DROP = 0.4
"""Recent articles shorter than this share of the usual length look broken."""
SUCCESS_DROP = 0.4
"""A success rate this far (absolute) below the usual one looks broken."""


@dataclass(slots=True)
class ExtractionStats:
    """How a source's pages have been extracting, as moving averages.

    While the recent pages look broken the usual averages stand still, so a long outage keeps
    its warning instead of becoming the new normal; they move again once extraction recovers.
    """

    pages: int = 0
    chars_usual: float | None = None
    chars_recent: float | None = None
    success_usual: float | None = None
    success_recent: float | None = None

    def observe(self, extracted: bool, chars: int = 0) -> None:
        """Count one fetched page: whether it gave article text, and how many characters."""
        frozen = self.warning() is not None
        self.pages += 1
        self.success_recent = _moving(self.success_recent, float(extracted), RECENT_RATE)
        if not frozen:
            self.success_usual = _moving(self.success_usual, float(extracted), USUAL_RATE)
        if extracted:
            self.chars_recent = _moving(self.chars_recent, float(chars), RECENT_RATE)
            if not frozen:
                self.chars_usual = _moving(self.chars_usual, float(chars), USUAL_RATE)

    def warning(self) -> str | None:
        """Why this source's extraction looks broken, in words; None while it looks fine."""
        if self.pages < MIN_HISTORY:
            return None
        usual, recent = self.success_usual, self.success_recent
        if usual is not None and recent is not None and usual - recent >= SUCCESS_DROP:
            return (f"extraction broken? only {recent:.0%} of recent pages gave article text, "
                    f"against {usual:.0%} usually")
        usual, recent = self.chars_usual, self.chars_recent
        if usual and recent is not None and recent < LENGTH_DROP * usual:
            return (f"extraction broken? recent articles average {recent:,.0f} characters, "
                    f"against {usual:,.0f} usually")
        return None


def load_boilerplate(conn: sa.Connection, source_id: int) -> str | None:
    query = sa.select(source_profiles.c.boilerplate).where(source_profiles.c.source_id == source_id)
    return conn.execute(query).scalar()


def save_boilerplate(conn: sa.Connection, source_id: int, profile_json: str) -> None:
    _upsert(conn, source_id, {"boilerplate": profile_json})


def load_stats(conn: sa.Connection, source_id: int) -> ExtractionStats | None:
    row = conn.execute(sa.select(source_profiles).where(source_profiles.c.source_id == source_id)).first()
    return stats_from_row(row) if row is not None else None


def save_stats(conn: sa.Connection, source_id: int, stats: ExtractionStats) -> None:
    _upsert(conn, source_id, {"pages": stats.pages, "chars_usual": stats.chars_usual,
                              "chars_recent": stats.chars_recent, "success_usual": stats.success_usual,
                              "success_recent": stats.success_recent})


def stats_from_row(row: Any) -> ExtractionStats:
    return ExtractionStats(row.pages or 0, row.chars_usual, row.chars_recent, row.success_usual, row.success_recent)


def channel_source(conn: sa.Connection, channel_id: int) -> int | None:
    return conn.execute(sa.select(channels.c.source_id).where(channels.c.id == channel_id)).scalar()


def latest_bodies(conn: sa.Connection, source_id: int, limit: int) -> list[Article]:
    """The source's latest extracted articles (id, title, text and HTML filled in), newest first."""
    query = (
        sa.select(articles.c.id, articles.c.url, articles.c.canonical_url, articles.c.title, articles.c.text,
                  articles.c.html)
        .where(articles.c.source_id == source_id, articles.c.error.is_(None))
        .order_by(articles.c.first_seen.desc(), articles.c.id.desc())
        .limit(limit)
    )
    return [Article(url=row.url, canonical_url=row.canonical_url, title=row.title, text=row.text, html=row.html,
                    id=row.id) for row in conn.execute(query)]


def replace_bodies(conn: sa.Connection, bodies: list[tuple[int, str, str, str]]) -> None:
    """Rewrite (article id, text, html, content hash) in place: same row, id and URLs."""
    statement = (
        sa.update(articles)
        .where(articles.c.id == sa.bindparam("b_id"))
        .values(text=sa.bindparam("b_text"), html=sa.bindparam("b_html"), content_hash=sa.bindparam("b_hash"))
    )
    conn.execute(statement, [{"b_id": i, "b_text": t, "b_html": h, "b_hash": c} for i, t, h, c in bodies])


def _upsert(conn: sa.Connection, source_id: int, values: dict[str, Any]) -> None:
    values = {**values, "updated_at": datetime.now(UTC)}
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    statement = dialect.insert(source_profiles).values(source_id=source_id, **values)
    conn.execute(statement.on_conflict_do_update(index_elements=["source_id"], set_=values))


def _moving(average: float | None, value: float, rate: float) -> float:
    return value if average is None else average + rate * (value - average)
