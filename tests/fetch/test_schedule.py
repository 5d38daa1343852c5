"""Channels are polled as often as they publish, no more often than servers ask, and failing
channels back off without ever being dropped."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from newsloom.config import Settings
from newsloom.fetch import next_poll, server_floor_s
from newsloom.model import Channel, FetchError, FetchReason, Poll

NOW = datetime(2026, 5, 4, 12, 0, tzinfo=UTC)
SETTINGS = Settings()  # polls between 5 minutes and a day, 30 minutes to start with


def every(gap: timedelta, count: int = 10, last: timedelta = timedelta(0)) -> list[datetime]:
    """Publish times `gap` apart, the newest `last` ago."""
    return [NOW - last - gap * n for n in range(count)]


def ok(**fields) -> Poll:
    return Poll(channel_url="https://news.example/feed", fetched_at=NOW, **fields)


def failed(retry_after_s: float | None = None) -> Poll:
    error = FetchError("https://news.example/feed", FetchReason.HTTP_STATUS, "HTTP 503", 503, retry_after_s)
    return ok(error=error)


def test_a_busy_channel_is_polled_twice_per_publishing_gap():
    interval, at, failures = next_poll(Channel("u"), ok(), every(timedelta(minutes=20)), SETTINGS, NOW)
    assert interval == 600 and at == NOW + timedelta(seconds=600) and failures == 0


def test_a_slow_channel_is_polled_less_often_than_the_default():
    interval, _, _ = next_poll(Channel("u"), ok(), every(timedelta(hours=6)), SETTINGS, NOW)
    assert interval == 3 * 3600


def test_the_interval_stays_within_the_configured_bounds():
    frantic, _, _ = next_poll(Channel("u"), ok(), every(timedelta(minutes=1)), SETTINGS, NOW)
    sleepy, _, _ = next_poll(Channel("u"), ok(), every(timedelta(days=3)), SETTINGS, NOW)
    assert frantic == SETTINGS.min_poll_interval_s
    assert sleepy == SETTINGS.max_poll_interval_s


def test_a_channel_gone_quieter_than_usual_backs_off_gently():
    history = every(timedelta(minutes=20), last=timedelta(hours=2))
    interval, _, _ = next_poll(Channel("u", interval_s=600), ok(), history, SETTINGS, NOW)
    assert interval == 900


def test_without_history_nothing_new_lengthens_and_a_burst_shortens():
    channel = Channel("u", interval_s=1800)
    unchanged, _, _ = next_poll(channel, ok(not_modified=True), [], SETTINGS, NOW)
    burst = [NOW - timedelta(minutes=5), NOW - timedelta(minutes=10)]
    busy, _, _ = next_poll(channel, ok(), burst, SETTINGS, NOW)
    assert unchanged == 2700 and busy == 900


def test_the_servers_floor_is_never_undercut():
    interval, _, _ = next_poll(
        Channel("u"), ok(min_interval_s=7200), every(timedelta(minutes=20)), SETTINGS, NOW
    )
    assert interval == 7200


def test_the_server_floor_comes_from_cache_control_retry_after_and_ttl():
    assert server_floor_s({"Cache-Control": "public, max-age=600"}, None) == 600
    assert server_floor_s({"cache-control": "max-age=600, s-maxage=900"}, 300) == 900
    assert server_floor_s({"Cache-Control": "max-age=60"}, 1200) == 1200
    assert server_floor_s({"Retry-After": "3600", "Cache-Control": "max-age=60"}, None) == 3600
    assert server_floor_s({"Cache-Control": "no-store, max-age=600"}, None) is None
    assert server_floor_s({}, None) is None
    dated = {"Date": "Mon, 04 May 2026 12:00:00 GMT", "Retry-After": "Mon, 04 May 2026 12:30:00 GMT"}
    assert server_floor_s(dated, None) == 1800


def test_a_failing_channel_backs_off_with_jitter_up_to_the_cap_and_is_never_dropped():
    rng = random.Random(7)
    channel = Channel("u", interval_s=600)
    waits = []
    for _ in range(20):
        interval, at, failures = next_poll(channel, failed(), [], SETTINGS, NOW, rng)
        assert at == NOW + timedelta(seconds=interval)
        channel.interval_s, channel.failures = interval, failures
        waits.append(interval)
    assert channel.failures == 20
    assert waits[:6] == sorted(waits[:6]) and waits[5] > 8 * 600
    assert max(waits) <= SETTINGS.max_poll_interval_s
    assert min(waits[-5:]) >= 0.8 * SETTINGS.max_poll_interval_s


def test_backoff_is_jittered_so_failing_channels_spread_out():
    channel = Channel("u", interval_s=1800, failures=2)
    draws = {next_poll(channel, failed(), [], SETTINGS, NOW, random.Random(seed))[0] for seed in range(20)}
    assert len(draws) == 20
    assert all(1800 <= wait <= 5400 for wait in draws)


def test_retry_after_is_honoured_even_beyond_the_cap():
    two_days = 2 * 86400.0
    interval, _, _ = next_poll(Channel("u"), failed(retry_after_s=two_days), [], SETTINGS, NOW, random.Random(1))
    assert interval == two_days


def test_a_recovered_channel_returns_to_its_publishing_rate():
    channel = Channel("u", interval_s=80000, failures=5)
    interval, _, failures = next_poll(channel, ok(), every(timedelta(minutes=30)), SETTINGS, NOW)
    assert (interval, failures) == (900, 0)
