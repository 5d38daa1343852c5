"""Readers for the extraction corpora in ../shared/data/extraction, read in place from their archives.

Each corpus becomes a list of `Page`: the raw HTML bytes (every extractor decodes them itself,
as in trafilatura's published evaluation), the URL the page was crawled from, and its gold
labels under corpus-independent keys (`with`/`without`, `title`, `authors`, `published`,
`language`, `body`). A tar.gz is read in one sequential pass, since seeking backwards in a
gzip stream means decompressing it again from the start.
"""

from __future__ import annotations

import gzip
import json
import tarfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CORPORA = ("trafilatura-eval", "fundus", "readability", "newspaper4k")
READABILITY_URL = "http://fakehost/test/page.html"
"""Readability.js runs its test pages under this address; relative links resolve against it."""


@dataclass(slots=True)
class Page:
    corpus: str
    name: str
    url: str
    html: bytes
    gold: dict[str, Any] = field(default_factory=dict)


def archive_path(data_dir: Path, corpus: str) -> Path:
    """Where a corpus' archive lives under the shared data folder."""
    return data_dir / _ARCHIVES[corpus]


def load_corpus(data_dir: Path, corpus: str, limit: int | None = None) -> list[Page]:
    """The pages of one corpus, in the corpus' own order, at most `limit` of them."""
    return _READERS[corpus](archive_path(data_dir, corpus), limit)


def _trafilatura_eval(archive: Path, limit: int | None) -> list[Page]:
    root = "trafilatura-eval/tests/"
    files = _read_members(archive, lambda name: name.startswith((root + "cache/", root + "eval/", root + "evaldata.json")))
    evaldata = json.loads(files[root + "evaldata.json"])
    pages = []
    for url, item in list(evaldata.items())[:limit]:
        # the corpus' own rule: a page is looked up in cache/ first, then in eval/
        html = files.get(f"{root}cache/{item['file']}") or files.get(f"{root}eval/{item['file']}")
        if html is not None:
            gold = {"with": item["with"], "without": item["without"]}
            pages.append(Page("trafilatura-eval", item["file"], url, html, gold))
    return pages


def _fundus(archive: Path, limit: int | None) -> list[Page]:
    root = "fundus-parser-fixtures/tests/resources/parser/test_data/"
    files = _read_members(archive, lambda name: name.endswith((".json", ".html.gz")))
    index = json.loads(files["fundus-parser-fixtures/html_to_expected.json"])
    pages = []
    for html_name, info in list(index.items())[:limit]:
        expected = json.loads(files[root + info["expected_json"]])[info["version_key"]]
        gold = {
            "title": expected.get("title"),
            "authors": expected.get("authors") or [],
            "published": expected.get("publishing_date"),
            "body": _fundus_body(expected.get("body") or {}),
        }
        pages.append(Page("fundus", html_name, info["url"], gzip.decompress(files[root + html_name]), gold))
    return pages


def _fundus_body(body: dict[str, Any]) -> str:
    """Fundus' body as one text: summary, then each section's headline and paragraphs."""
    parts = list(body.get("summary") or [])
    for section in body.get("sections") or []:
        parts += section.get("headline") or []
        parts += section.get("paragraphs") or []
    return "\n".join(parts)


def _readability(archive: Path, limit: int | None) -> list[Page]:
    files = _read_members(archive, lambda name: name.endswith(("/source.html", "/expected-metadata.json")))
    cases = sorted({name.rsplit("/", 2)[1] for name in files})
    pages = []
    for case in cases[:limit]:
        prefix = f"mozilla-readability-test-pages/test/test-pages/{case}/"
        if prefix + "source.html" not in files or prefix + "expected-metadata.json" not in files:
            continue
        meta = json.loads(files[prefix + "expected-metadata.json"])
        gold = {
            "title": meta.get("title"),
            "authors": meta.get("byline"),
            "published": meta.get("publishedTime"),
            "language": meta.get("lang"),
        }
        pages.append(Page("readability", case, READABILITY_URL, files[prefix + "source.html"], gold))
    return pages


def _newspaper4k(archive: Path, limit: int | None) -> list[Page]:
    root = "newspaper4k-fixtures/tests/data/"
    files = _read_members(archive, lambda name: name.startswith((root + "metadata/", root + "html/")))
    metadata = [name for name in files if name.startswith(root + "metadata/") and name.endswith(".json")]
    names = sorted(name[len(root + "metadata/") : -len(".json")] for name in metadata)
    pages = []
    for name in names:
        html = files.get(f"{root}html/{name}.html")
        if html is None:
            continue
        meta = json.loads(files[f"{root}metadata/{name}.json"])
        gold = {
            "title": meta.get("title"),
            "authors": meta.get("authors") or [],
            "published": meta.get("publish_date"),
            "language": meta.get("language"),
        }
        pages.append(Page("newspaper4k", name, meta.get("url") or f"https://example.invalid/{name}", html, gold))
    return pages[:limit]


def _read_members(archive: Path, want: Callable[[str], bool]) -> dict[str, bytes]:
    """The wanted regular files of a tar archive, read in one pass."""
    found: dict[str, bytes] = {}
    with tarfile.open(archive, "r:*") as tar:
        for member in tar:
            if member.isfile() and want(member.name):
                handle = tar.extractfile(member)
                if handle is not None:
                    found[member.name] = handle.read()
    return found


_ARCHIVES = {
    "trafilatura-eval": "trafilatura-eval.tar.gz",
    "fundus": "fundus-parser-fixtures.tar.gz",
    "readability": "mozilla-readability-test-pages.tar.gz",
    "newspaper4k": "newspaper4k-fixtures.tar.gz",
}
_READERS: dict[str, Callable[[Path, int | None], list[Page]]] = {
    "trafilatura-eval": _trafilatura_eval,
    "fundus": _fundus,
    "readability": _readability,
    "newspaper4k": _newspaper4k,
}
