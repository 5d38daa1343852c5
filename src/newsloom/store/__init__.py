"""Newsloom's storage: SQLite (WAL, FTS5) by default, PostgreSQL as the alternative.

Only this package touches the database. Everything else talks to a `Store` in terms of
`newsloom.model` types and gets back the read-only views defined in `views.py`.
"""

from newsloom.store.store import Store
from newsloom.store.views import ArticleView, ChannelHealth, SearchHit, SourceHealth

__all__ = ["ArticleView", "ChannelHealth", "SearchHit", "SourceHealth", "Store"]
