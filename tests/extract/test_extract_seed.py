"""The real case Newsloom was built for: a report as an automatic aggregator republished it, with
that site's ownership line on top, one of its own headlines injected between paragraphs and its
disclaimer at the bottom. Read from ../shared (never copied into the repository); skipped when absent."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from newsloom.extract import extract_article
from newsloom.model import Article

SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "seed" / "aggregated-article.txt"
PAGE_URL = "https://aggregator.example/2025/03/14/world-news-report/"


def seed_lines() -> list[str]:
    if not SEED.is_file():
        pytest.skip(f"seed article not found at {SEED} (it lives in the development checkout's ../shared)")
    return [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]


def injected_headline(lines: list[str]) -> int:
    """The injected headline is the one line between paragraphs that is not a sentence."""
    candidates = [i for i, line in enumerate(lines[1:-1], 1) if not re.search(r"[.!?\"”’)]$", line)]
    assert len(candidates) == 1, candidates
    return candidates[0]


def aggregator_page(lines: list[str], headline: int) -> str:
    """The seed wrapped the way such sites publish: theme chrome around one <p> per line."""
    paragraphs = []
    for i, line in enumerate(lines):
        text = html.escape(line)
        if i == headline:
            slug = "-".join(re.findall(r"[a-z0-9]+", line.lower()))
            text = f'<a href="https://aggregator.example/2025/03/13/{slug}/">{text}</a>'
        paragraphs.append(f"<p>{text}</p>")
    return f"""<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8">
    <title>World news report - Aggregator</title></head><body>
    <header class="site-header"><a href="/">Aggregator</a><nav><a href="/world/">World</a>
    <a href="/politics/">Politics</a><a href="/business/">Business</a></nav></header>
    <div class="content-area"><article class="post"><h1 class="entry-title">World news report</h1>
    <div class="entry-meta">Posted on <time datetime="2025-03-14T10:00:00+00:00">March 14, 2025</time></div>
    <div class="entry-content">{"".join(paragraphs)}</div></article>
    <aside class="widget"><h2>Recent posts</h2><ul><li><a href="/a/">Story A</a></li><li><a href="/b/">Story B</a></li></ul></aside>
    </div><footer>Aggregator theme</footer></body></html>"""


def test_aggregator_junk_is_removed_and_every_report_paragraph_kept():
    lines = seed_lines()
    headline = injected_headline(lines)
    copyright_line, disclaimer = lines[0], lines[-1]
    report = [line for i, line in enumerate(lines) if i not in (0, headline, len(lines) - 1)]

    article = extract_article(aggregator_page(lines, headline), PAGE_URL)

    assert isinstance(article, Article), article
    paragraphs = article.text.split("\n\n")
    assert paragraphs == report
    for junk in (copyright_line, lines[headline], disclaimer):
        assert junk not in article.text
        assert html.escape(junk) not in article.html
    assert article.language == "en"
