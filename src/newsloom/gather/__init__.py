"""Where leads come from: feed documents and OPML source lists.

`parse_feed` turns one fetched feed into leads; `read_opml`/`write_opml` move source lists in
and out. Autodiscovery helpers live in `newsloom.gather.discover`.
"""

from .feeds import parse_feed
from .opml import read_opml, write_opml

__all__ = ["parse_feed", "read_opml", "write_opml"]
