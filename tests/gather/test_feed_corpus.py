"""feedparser's own test corpus (2,100 well-formed, ill-formed, entity and encoding cases):
whatever a feed throws at Newsloom, parsing it gives a Feed and never an exception."""

from __future__ import annotations

import tarfile
from pathlib import Path

import pytest

from newsloom.gather import parse_feed
from newsloom.model import Feed

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "data" / "feeds" / "feedparser-tests.tar.gz"


@pytest.mark.skipif(not CORPUS.exists(), reason=f"feedparser test corpus not found at {CORPUS} (only in the dev workspace)")
def test_every_corpus_file_parses_without_raising():
    parsed = 0
    with tarfile.open(CORPUS) as archive:
        for member in archive:
            if not member.isfile() or not member.name.endswith((".xml", ".json")):
                continue
            body = archive.extractfile(member).read()
            feed = parse_feed(body, "https://example.org/feed")
            assert isinstance(feed, Feed), member.name
            for lead in feed.leads:
                assert lead.url.startswith(("http://", "https://")), member.name
                assert "<script" not in lead.summary.lower(), member.name
            parsed += 1
    assert parsed > 2000
