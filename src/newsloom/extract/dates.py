"""Reading a page's publication and modification times, with the page's own timezone.

Pages state a time in several places (JSON-LD, meta tags, <time> elements) and often
carelessly: a JSON-LD "2023-04-28 18:11:01" without offset beside a meta tag that says
"2023-04-28T18:11:01+02:00", or a day alone ("2024-10-23") where another tag has the
minute. So the value chosen by order of trust is completed from the page's other values:

- a time without an offset takes the offset the page uses elsewhere (the first aware value
  on the page); only a page that never states an offset is read as UTC;
- a day without a time (or at exactly midnight, how CMSs write a bare day) gives way to a
  full timestamp from another value on the page that falls on the same day.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, time
from email.utils import parsedate_to_datetime

_DAY_ONLY = re.compile(r"^\s*\d{4}-\d{2}-\d{2}\s*$")


def pick_date(trusted: list[str | None], page_values: list[str]) -> datetime | None:
    """The first parseable value of `trusted`, completed from `page_values` (see module docstring)."""
    chosen = next((parsed for parsed in map(_parse, trusted) if parsed is not None), None)
    if chosen is None:
        return None
    others = [parsed for parsed in map(_parse, [*trusted, *page_values]) if parsed is not None]
    if _is_bare_day(chosen):
        timed = next((other for other in others if not _is_bare_day(other) and _same_day(other, chosen)), None)
        if timed is not None:
            chosen = timed
    if chosen.tzinfo is None:
        offset = next((other.tzinfo for other in others if other.tzinfo is not None), UTC)
        chosen = chosen.replace(tzinfo=offset)
    return chosen


def parse_datetime(value: str | None) -> datetime | None:
    """An ISO 8601 or RFC 2822 date as a timezone-aware datetime (naive ones are taken as UTC)."""
    parsed = _parse(value)
    if parsed is None or parsed.tzinfo is not None:
        return parsed
    return parsed.replace(tzinfo=UTC)


def _parse(value: str | None) -> datetime | None:
    """A date as written: naive when the value has no offset; None when not a plausible date."""
    if not value:
        return None
    value = value.strip()
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        try:
            parsed = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
    if not 1990 <= parsed.year <= datetime.now(UTC).year + 1:
        return None
    if _DAY_ONLY.match(value):
        parsed = parsed.replace(tzinfo=None)
    return parsed


def _is_bare_day(moment: datetime) -> bool:
    return moment.time() == time(0, 0)


def _same_day(moment: datetime, day: datetime) -> bool:
    """Whether a timestamp falls on a day, read in the timestamp's own timezone."""
    return moment.date() == day.date()
