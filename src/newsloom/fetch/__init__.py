"""The fetch stage: polite, guarded HTTP, and when to poll each channel next.

`Fetcher` turns a URL into a `Page` or a `FetchError` within every limit in Settings;
`next_poll` and `server_floor_s` decide a channel's polling interval.
"""

from newsloom.fetch.client import Fetcher
from newsloom.fetch.schedule import next_poll, server_floor_s

__all__ = ["Fetcher", "next_poll", "server_floor_s"]
