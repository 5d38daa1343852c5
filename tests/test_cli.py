"""The `newsloom` command as a user types it, against the simulated web."""

from __future__ import annotations

import gzip
import json

import pytest
from typer.testing import CliRunner

from newsloom.cli import app
from newsloom.simweb import run_in_thread

JSON_KEYS = {"id", "url", "canonical_url", "source", "title", "byline", "published", "language", "image", "text"}
EXTRACT_KEYS = {"path", "url", "title", "text", "byline", "published", "image", "language", "site_name",
                "canonical_url"}


@pytest.fixture(scope="module")
def simweb():
    world = run_in_thread(seed=7, backlog=3, feed_size=20)
    yield world.web
    world.stop()


@pytest.fixture
def newsloom(tmp_path):
    env = {
        "NEWSLOOM_DATA_DIR": str(tmp_path / "data"),
        "NEWSLOOM_CONFIG": str(tmp_path / "absent.toml"),
        "NEWSLOOM_ALLOW_HOSTS": "127.0.0.0/8",
        "NEWSLOOM_HOST_DELAY_S": "0.01",
        "NEWSLOOM_EXTRACT_WORKERS": "1",
    }
    runner = CliRunner()

    def invoke(*args: str, ok: bool = True):
        result = runner.invoke(app, list(args), env=env, catch_exceptions=False)
        if ok:
            assert result.exit_code == 0, result.output
        return result

    return invoke


def test_init_creates_the_database_and_loads_the_default_sources(newsloom, tmp_path):
    result = newsloom("init")
    assert (tmp_path / "data" / "newsloom.db").exists()
    assert "sources" in result.output
    listed = [json.loads(line) for line in newsloom("sources", "list", "--json").stdout.splitlines()]
    assert len(listed) >= 40 and {s["status"] for s in listed} == {"never fetched"}
    newsloom("init")  # twice is harmless
    assert len(newsloom("sources", "list", "--json").stdout.splitlines()) == len(listed)


def test_import_crawl_and_read_articles_as_json(newsloom, simweb, tmp_path):
    opml = tmp_path / "simweb.opml"
    opml.write_text(simweb.opml(), encoding="utf-8")
    newsloom("init")
    newsloom("sources", "import", str(opml))
    crawled = newsloom("crawl", "--once")
    assert "new articles" in crawled.output

    lines = newsloom("articles", "--json", "--limit", "5").stdout.splitlines()
    assert len(lines) == 5
    records = [json.loads(line) for line in lines]
    assert all(JSON_KEYS <= set(r) for r in records)
    assert all(r["text"] and r["title"] and r["source"] for r in records)
    dates = [r["published"] for r in records if r["published"]]
    assert dates == sorted(dates, reverse=True)

    health = {s["name"]: s for s in map(json.loads, newsloom("sources", "list", "--json").stdout.splitlines())}
    outlets = {o.name for o in simweb.outlets}
    assert {name for name, s in health.items() if s["status"] == "ok"} >= outlets
    assert "Source" in newsloom("sources", "list").stdout


def test_sources_add_finds_a_sites_feed_by_autodiscovery_and_export_lists_it(newsloom, simweb):
    newsloom("init")
    site = next(o for o in simweb.outlets if not o.is_aggregator)
    added = newsloom("sources", "add", site.home_url)
    assert "Added" in added.output
    exported = newsloom("sources", "export").stdout
    assert exported.lstrip().startswith("<?xml") and "<opml" in exported
    assert any(url in exported for url in site.feed_urls)


def test_sources_add_explains_what_went_wrong(newsloom, simweb):
    newsloom("init")
    result = newsloom("sources", "add", "ftp://example.invalid/feed", ok=False)
    assert result.exit_code == 1 and "http" in result.output
    result = newsloom("sources", "add", "http://10.1.2.3/rss", ok=False)
    assert result.exit_code == 1 and "blocked_address" in result.output


def test_commands_that_need_a_database_say_so(newsloom):
    result = newsloom("articles", ok=False)
    assert result.exit_code == 1 and "newsloom init" in result.output


def test_extract_files_and_a_manifest_without_a_database(newsloom, simweb, tmp_path):
    import urllib.request

    article = next(a for a in simweb.published() if not a.junk)
    html = urllib.request.urlopen(article.url).read()
    plain, zipped = tmp_path / "a.html", tmp_path / "b.html.gz"
    plain.write_bytes(html)
    zipped.write_bytes(gzip.compress(html))
    (tmp_path / "pages.tsv").write_text(f"a.html\t{article.url}\nb.html.gz\t{article.url}\n")

    one = json.loads(newsloom("extract", str(plain), "--url", article.url, "--json").stdout)
    assert EXTRACT_KEYS <= set(one)
    assert one["title"] == article.title and article.paragraphs[0][:60] in one["text"]
    assert one["url"] == article.url

    many = [json.loads(x) for x in newsloom("extract", "--manifest", str(tmp_path / "pages.tsv"), "--json").stdout.splitlines()]
    assert [r["text"] for r in many] == [one["text"], one["text"]]
    assert not (tmp_path / "data").exists()  # no database was created


def test_extract_reports_unreadable_input_and_fails(newsloom, tmp_path):
    broken = tmp_path / "broken.html.gz"
    broken.write_bytes(b"not gzip at all")
    result = newsloom("extract", str(broken), "--json", ok=False)
    assert result.exit_code == 1
    assert "cannot read" in json.loads(result.stdout)["error"]
