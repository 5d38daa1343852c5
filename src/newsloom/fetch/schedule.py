"""When to poll a channel next: as often as it publishes, never more often than its server asks.

Polling too rarely makes news late; polling too often costs publishers bandwidth for
nothing. A channel's interval therefore follows its own publishing rate, is held between
the user's `min_poll_interval_s` and `max_poll_interval_s`, and never goes below the floor
the server set (feed ttl, Cache-Control, Retry-After). A failing channel backs off
exponentially with jitter, so many channels failing together (a host down, a network
outage) do not come back in lockstep, and it is never dropped: at worst it is tried once
per `max_poll_interval_s`. Everything here is pure, so the scheduler is tested without time
passing.
"""

from __future__ import annotations

import random
import re
import statistics
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

from newsloom.config import Settings
from newsloom.model import Channel, Poll

QUIET_GROWTH = 1.5
"""Factor an interval grows by per poll while a channel is quieter than usual: gentle, so a
channel that wakes up is noticed soon, yet a dead one reaches the maximum in about a day."""

RECENT_ITEMS = 20
"""Publish times that make up the rate: recent enough to follow a change of pace."""

_FUTURE_SLACK = timedelta(minutes=10)
_MAX_AGE = re.compile(r"(?:^|[,\s])(s-maxage|max-age)\s*=\s*\"?(\d+)", re.I)


def next_poll(
    channel: Channel,
    poll: Poll,
    publish_times: list[datetime],
    settings: Settings,
    now: datetime,
    rng: random.Random | None = None,
) -> tuple[float, datetime, int]:
    """(interval_s, next_poll_at, failures) for a channel just polled.

    `publish_times` are the publish times of the channel's recent items (their feed dates,
    or when Newsloom first saw them where the feed gives none); duplicates and order do not
    matter. `rng` is only used to jitter the backoff after a failure.

    After a success the server's floor (`poll.min_interval_s`) is honoured up to
    `max_poll_interval_s`: a cache lifetime is a hint, while the maximum is the user's promise
    that every channel is looked at at least that often. After a failure an explicit
    Retry-After is honoured in full.
    """
    now = _aware(now)
    if poll.error is not None:
        interval = _backoff(channel, poll, settings, rng or random.Random())
        return interval, now + timedelta(seconds=interval), channel.failures + 1
    interval = _adapted(channel, poll, publish_times, settings, now)
    floor = min(poll.min_interval_s or 0.0, settings.max_poll_interval_s)
    interval = max(_clamp(interval, settings), floor)
    return interval, now + timedelta(seconds=interval), 0


def server_floor_s(headers: dict[str, str], feed_ttl_s: float | None) -> float | None:
    """The shortest interval the server asked for: the largest of Cache-Control max-age or
    s-maxage, Retry-After and the feed's ttl that are present; None when none is.

    A response that may be cached for ten minutes will not change for a poller within ten
    minutes either, so polling sooner only costs the publisher.
    """
    lowered = {name.lower(): value for name, value in headers.items()}
    floors: list[float] = [float(feed_ttl_s)] if feed_ttl_s else []
    cache_control = lowered.get("cache-control", "")
    if not re.search(r"no-cache|no-store", cache_control, re.I):
        floors.extend(float(seconds) for _, seconds in _MAX_AGE.findall(cache_control))
    retry = retry_after_s(lowered.get("retry-after"), lowered.get("date"))
    if retry is not None:
        floors.append(retry)
    floors = [floor for floor in floors if floor > 0]
    return max(floors) if floors else None


def retry_after_s(value: str | None, date_header: str | None = None) -> float | None:
    """Seconds a Retry-After value asks for (delta-seconds or an HTTP date), or None.

    A date is measured from the response's Date header when there is one, because that
    shares the server's clock, and from now otherwise.
    """
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    start = _date_header(date_header) or datetime.now(UTC)
    return max(0.0, (_aware(when) - _aware(start)).total_seconds())


def _adapted(
    channel: Channel, poll: Poll, publish_times: list[datetime], settings: Settings, now: datetime
) -> float:
    """The interval the channel's own behaviour suggests, before clamping.

    With a few items known, poll twice per typical gap between them (the median, so one
    burst or one quiet night does not swing it), which finds an item on average a quarter
    gap after it appears. When the channel has been silent for longer than its typical gap
    it is publishing more slowly than its history says, so the interval grows gently from
    where it is. With too little history the poll itself is the signal: nothing new grows
    the interval, several new items in one interval halve it.
    """
    current = channel.interval_s if channel.interval_s > 0 else settings.default_poll_interval_s
    if channel.failures:
        current = min(current, settings.default_poll_interval_s)  # back from an outage: start afresh
    times = _recent(publish_times, now)
    if len(times) >= 3:
        gap = statistics.median((b - a).total_seconds() for a, b in zip(times, times[1:]))
        if (now - times[-1]).total_seconds() > gap:
            return max(gap / 2, current * QUIET_GROWTH)
        return gap / 2
    fresh = sum(1 for t in times if t > now - timedelta(seconds=current))
    if poll.not_modified or fresh == 0:
        return current * QUIET_GROWTH
    if fresh >= 2:
        return current / 2
    return current


def _backoff(channel: Channel, poll: Poll, settings: Settings, rng: random.Random) -> float:
    """Decorrelated-jitter backoff: each failure waits a random 1x to 3x the previous interval.

    That doubles the wait on average per failure while spreading channels that failed
    together. At the cap the draw is kept in the top fifth below it, so a long outage still
    leaves the channel polled about once per `max_poll_interval_s`. A server's Retry-After
    (or other floor) is honoured even above the cap: it said when to come back.
    """
    cap = settings.max_poll_interval_s
    previous = max(channel.interval_s, settings.min_poll_interval_s)
    upper = min(previous * 3, cap)
    lower = min(previous, 0.8 * cap)
    interval = rng.uniform(lower, upper) if upper > lower else upper
    server = max(poll.error.retry_after_s or 0.0, poll.min_interval_s or 0.0) if poll.error else 0.0
    return max(interval, settings.min_poll_interval_s, server)


def _clamp(interval: float, settings: Settings) -> float:
    return min(max(interval, settings.min_poll_interval_s), settings.max_poll_interval_s)


def _recent(publish_times: list[datetime], now: datetime) -> list[datetime]:
    """The newest distinct publish times, oldest first; times in the future are clock errors."""
    distinct = sorted({_aware(t) for t in publish_times if _aware(t) <= now + _FUTURE_SLACK})
    return distinct[-RECENT_ITEMS:]


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _date_header(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return _aware(parsedate_to_datetime(value))
    except (TypeError, ValueError, IndexError):
        return None
