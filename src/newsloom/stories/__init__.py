"""From articles to stories: one identity per article, and the copies of it.

`canonical_url` gives an article's one URL; `content_hash` spots republished copies of its text.
"""

from .dedupe import content_hash
from .urls import canonical_url

__all__ = ["canonical_url", "content_hash"]
