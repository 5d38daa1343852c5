"""From articles to stories: one identity per article, the copies of it, and the story it tells.

`canonical_url` gives an article's one URL; `content_hash` spots republished copies of its text;
`CopyIndex` finds near-copies (wire copies, edits, republications) and their original;
`StoryClusterer` weaves articles into stories online; `cluster_jsonl` is its batch contract.
"""

from .batch import cluster_jsonl
from .cluster import StoryClusterer, StoryDoc
from .dedupe import content_hash
from .urls import canonical_url


def __getattr__(name: str):
    """`CopyIndex` and `CopyMatch` load datasketch (about a second): only when first asked for."""
    if name in ("CopyIndex", "CopyMatch"):
        from . import near

        return getattr(near, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["CopyIndex", "CopyMatch", "StoryClusterer", "StoryDoc", "canonical_url", "cluster_jsonl", "content_hash"]
