"""The `newsloom` command. Thin: it parses, calls the pipeline, runners and store, and prints.

Command names, flags and output shapes (notably `articles --json` and `extract --json`) are a
contract other tools and the benchmarks rely on.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import json
import shutil
import sys
from pathlib import Path
from typing import Annotated, Iterator, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from newsloom import sources as sourcing
from newsloom.config import ConfigError, Settings, load_settings
from newsloom.gather import write_opml
from newsloom.gather.opml import OpmlError
from newsloom.output import article_json, extracted_json, human_age
from newsloom.store import Store

app = typer.Typer(help="Newsloom: a self-hosted automatic news aggregator.", no_args_is_help=True,
                  pretty_exceptions_enable=False)
sources_app = typer.Typer(help="Add, import, export and inspect sources.", no_args_is_help=True)
app.add_typer(sources_app, name="sources")
out = Console()
err = Console(stderr=True)


def settings() -> Settings:
    try:
        return load_settings()
    except ConfigError as exc:
        _fail(f"configuration: {exc}")


def open_store(s: Settings, *, create: bool = True) -> Store:
    """Open (and migrate) the database, creating the data directory when asked."""
    if create:
        s.data_dir.mkdir(parents=True, exist_ok=True)
    elif not s.database_url and not (s.data_dir / "newsloom.db").exists():
        _fail(f"no database in {s.data_dir}: run `newsloom init` first")
    store = Store(s.sqlalchemy_url)
    store.upgrade()
    return store


@app.command()
def init() -> None:
    """Create the data directory and database, and load the default sources."""
    s = settings()
    store = open_store(s)
    added = sourcing.add_all(store, sourcing.default_sources(), s) if s.default_sources else 0
    out.print(f"Newsloom is ready in [bold]{s.data_dir}[/] ({s.sqlalchemy_url.split('://')[0]}); "
              f"{len(store.sources())} sources, {added} default feeds offered.")


@sources_app.command("add")
def sources_add(url: str) -> None:
    """Add a feed URL, or a site URL whose feeds are found by autodiscovery."""
    s = settings()
    store = open_store(s)
    try:
        source, channels = asyncio.run(sourcing.discover(url, s))
    except sourcing.SourceError as exc:
        _fail(str(exc))
    sourcing.add_all(store, [(source, channels)], s)
    out.print(f"Added [bold]{source.name}[/]: {', '.join(c.url for c in channels)}")


@sources_app.command("import")
def sources_import(file: Path) -> None:
    """Import sources from an OPML file."""
    s = settings()
    try:
        found = sourcing.from_opml(file.read_bytes())
    except (OSError, OpmlError) as exc:
        _fail(f"cannot import {file}: {exc}")
    count = sourcing.add_all(open_store(s), found, s)
    out.print(f"Imported {len(found)} sources ({count} feeds) from {file}.")


@sources_app.command("export")
def sources_export() -> None:
    """Print every source as OPML."""
    sys.stdout.write(write_opml(open_store(settings(), create=False).export_sources()))


@sources_app.command("list")
def sources_list(as_json: Annotated[bool, typer.Option("--json", help="One JSON object per source.")] = False) -> None:
    """Show each source's health: last fetch, status, last error, items per day."""
    health = open_store(settings(), create=False).sources()
    if as_json:
        for h in health:
            print(json.dumps({"id": h.id, "name": h.name, "status": h.status, "last_fetch": _iso(h.last_fetch_at),
                              "last_error": h.last_error, "items_per_day": round(h.items_per_day, 2),
                              "articles": h.article_count, "feeds": [c.url for c in h.channels],
                              "extraction_warning": h.extraction_warning}))
        return
    table = Table()
    table.add_column("Source", min_width=12)
    for name in ("Status", "Last fetch", "Items/day", "Articles"):
        table.add_column(name)
    table.add_column("Last error", overflow="ellipsis", no_wrap=True, max_width=60)
    colours = {"ok": "green", "failing": "red", "never fetched": "yellow", "paused": "dim"}
    for h in health:
        status = f"[{colours.get(h.status, 'white')}]{h.status}[/]"
        if h.extraction_warning:
            status += "\n[yellow]extraction broken?[/]"
        table.add_row(h.name, status, human_age(h.last_fetch_at), f"{h.items_per_day:.1f}", str(h.article_count),
                      (h.last_error or h.extraction_warning or "")[:80])
    out.print(table)


@app.command()
def crawl(once: Annotated[bool, typer.Option("--once", help="One pass over every due channel, then exit.")] = False) -> None:
    """Poll due channels and ingest their articles."""
    if not once:
        _fail("use `newsloom crawl --once` for one pass, or `newsloom run` to crawl continuously")
    s = settings()
    store = open_store(s, create=False)
    report = asyncio.run(_crawl_with_bar(s, store))
    out.print(f"Polled {report.channels} channels ({report.channel_errors} failing), "
              f"{report.new_articles} new articles, {report.lead_only} kept from their feed only, "
              f"{report.rejected} rejected, in {report.seconds:.1f}s.")


@app.command()
def run(host: Optional[str] = None, port: Optional[int] = None) -> None:
    """Gather continuously and serve the site, in one process."""
    s = _with_address(settings(), host, port)
    store = open_store(s)
    if not store.sources() and s.default_sources:
        sourcing.add_all(store, sourcing.default_sources(), s)
    asyncio.run(_run(s, store))


@app.command()
def serve(host: Optional[str] = None, port: Optional[int] = None) -> None:
    """Serve the site alone."""
    s = _with_address(settings(), host, port)
    asyncio.run(_serve(s, open_store(s)))


@app.command()
def articles(
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
    limit: Annotated[int, typer.Option("--limit", min=1)] = 20,
) -> None:
    """Stored articles, newest first."""
    views = open_store(settings(), create=False).latest_articles(limit=limit)
    for view in views:
        if as_json:
            print(json.dumps(article_json(view), ensure_ascii=False))
        else:
            out.print(f"[bold]{view.title}[/]\n  {view.source_name} · {_iso(view.published) or 'undated'} · {view.url}")


@app.command()
def extract(
    inputs: Annotated[Optional[list[str]], typer.Argument(help=".html or .html.gz files, or http(s) URLs")] = None,
    url: Annotated[Optional[str], typer.Option(help="The page URL of a single file.")] = None,
    manifest: Annotated[Optional[Path], typer.Option(help="TSV of path<TAB>url lines.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per input.")] = False,
) -> None:
    """Extract articles from files or URLs, without a database."""
    from newsloom.extract import extract_article

    jobs = list(_extract_jobs(inputs or [], url, manifest))
    if not jobs:
        _fail("nothing to extract: give files, URLs or --manifest")
    failed = 0
    for path, page_url, html in _load_pages(jobs, settings()):
        result = extract_article(html, page_url) if isinstance(html, (str, bytes)) else html
        record = extracted_json(path, page_url, result)
        failed += bool(record.get("error"))
        if as_json:
            print(json.dumps(record, ensure_ascii=False))
        else:
            out.print(f"[bold]{path}[/]: {record.get('title') or record.get('error')}\n{(record.get('text') or '')[:500]}\n")
    if failed == len(jobs):
        raise typer.Exit(1)


@app.command()
def cluster(
    input: Annotated[Path, typer.Option("--input", help="JSONL: id, title, text, optional date, source, url, language.")],
    output: Annotated[Path, typer.Option("--output", help="TSV of id<TAB>story_id lines.")],
) -> None:
    """Weave documents into stories, with the live pipeline's clusterer, without a database."""
    from newsloom.stories import cluster_jsonl

    try:
        with input.open(encoding="utf-8") as lines:
            assignments = cluster_jsonl(lines)
    except OSError as exc:
        _fail(f"cannot read {input}: {exc}")
    except ValueError as exc:
        _fail(f"{input}: {exc}")
    output.write_text("".join(f"{doc_id}\t{story_id}\n" for doc_id, story_id in assignments), encoding="utf-8")
    stories = len({story_id for _, story_id in assignments})
    out.print(f"{len(assignments)} documents in {stories} stories, written to {output}.")


@app.command()
def enrich(
    files: Annotated[list[Path], typer.Argument(help=".txt, .html or .html.gz files")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per input.")] = False,
) -> None:
    """People, organisations, places, topics and keywords of texts or pages, without a database."""
    from newsloom.enrich import enrich_file, enrichment_json

    for path in files:
        try:
            record = enrichment_json(enrich_file(path))
        except (OSError, EOFError, ValueError) as exc:
            _fail(f"cannot enrich {path}: {exc}")
        if as_json:
            print(json.dumps(record, ensure_ascii=False))
            continue
        out.print(f"[bold]{path}[/] ({record['language']}) topics: {', '.join(record['topics'])}")
        for entity in record["entities"]:
            out.print(f"  {entity['type']:<12} {entity['name']} ×{entity['count']}")
        for place in record["places"]:
            out.print(f"  {'place':<12} {place['name']} ({place['country']}, {place['lat']:.2f}, {place['lon']:.2f})")


@app.command()
def demo(
    host: Optional[str] = None,
    port: Optional[int] = None,
    new_every: Annotated[float, typer.Option(help="Seconds between new articles per simulated outlet.")] = 30.0,
) -> None:
    """Start the simulated web and run Newsloom against it, offline."""
    from newsloom.simweb import run_in_thread

    s = _with_address(settings(), host, port)
    s = s.replace(data_dir=s.data_dir / "demo", database_url="", allow_hosts=("127.0.0.0/8",), host_delay_s=0.2,
                  min_poll_interval_s=10.0, default_poll_interval_s=10.0, crawl_tick_s=2.0, default_sources=False)
    shutil.rmtree(s.data_dir, ignore_errors=True)  # simulated outlets get new ports on every start
    simulated = run_in_thread(new_every_s=new_every)
    try:
        store = open_store(s)
        sourcing.add_all(store, sourcing.from_opml(simulated.web.opml()), s)
        out.print(f"Simulated web with {len(simulated.web.outlets)} outlets is up; "
                  f"Newsloom demo on http://{s.host}:{s.port}")
        asyncio.run(_run(s, store))
    finally:
        simulated.stop()


async def _crawl_with_bar(s: Settings, store: Store):
    from newsloom.run.local import LocalRunner

    columns = (TextColumn("[bold]crawling"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=False) as bar:
        task = bar.add_task("crawl", total=0)

        class _Bar:
            def add_total(self, n: int) -> None:
                bar.update(task, total=(bar.tasks[0].total or 0) + n)

            def advance(self, n: int = 1) -> None:
                bar.advance(task, n)

        async with LocalRunner(s, store, progress=_Bar()) as runner:
            return await runner.crawl_once()


async def _run(s: Settings, store: Store) -> None:
    from newsloom.run.local import LocalRunner

    stop = asyncio.Event()
    async with LocalRunner(s, store) as runner:
        crawler = asyncio.create_task(runner.run_forever(stop))
        try:
            await _serve(s, store)
        finally:
            stop.set()
            crawler.cancel()  # a pass cut short is safe: every write is idempotent
            with contextlib.suppress(asyncio.CancelledError):
                await crawler


async def _serve(s: Settings, store: Store) -> None:
    import uvicorn

    from newsloom.web.app import create_app

    config = uvicorn.Config(create_app(s, store), host=s.host, port=s.port, log_level="warning")
    out.print(f"Serving on http://{s.host}:{s.port}")
    await uvicorn.Server(config).serve()


def _extract_jobs(inputs: list[str], url: str | None, manifest: Path | None) -> Iterator[tuple[str, str]]:
    if url and len(inputs) != 1:
        _fail("--url names the page URL of a single input")
    for item in inputs:
        yield item, url or (item if item.startswith(("http://", "https://")) else "")
    if manifest:
        try:
            lines = manifest.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            _fail(f"cannot read manifest {manifest}: {exc}")
        for number, line in enumerate(lines, 1):
            if not line.strip() or line.startswith("#"):
                continue
            path, _, page_url = line.partition("\t")
            resolved = Path(path) if Path(path).is_absolute() else manifest.parent / path
            yield str(resolved), page_url.strip()


def _load_pages(jobs: list[tuple[str, str]], s: Settings):
    """Yield (path, url, html-or-error) for each job; URLs are fetched through the guarded fetcher."""
    from newsloom.model import Rejected, Rejection

    for path, page_url in jobs:
        if path.startswith(("http://", "https://")):
            page = asyncio.run(_fetch_once(path, s))
            yield path, getattr(page, "url", path), page.text if hasattr(page, "text") else Rejected(
                path, Rejection.FETCH_FAILED, str(page))
            continue
        try:
            data = Path(path).read_bytes()
            if path.endswith(".gz"):
                data = gzip.decompress(data)
        except (OSError, EOFError, gzip.BadGzipFile) as exc:
            yield path, page_url, Rejected(path, Rejection.NOT_HTML, f"cannot read: {exc}")
            continue
        yield path, page_url, data


async def _fetch_once(url: str, s: Settings):
    from newsloom.fetch import Fetcher
    from newsloom.pipeline import PAGE_ACCEPT

    async with Fetcher(s) as fetcher:
        return await fetcher.get(url, accept=PAGE_ACCEPT)


def _with_address(s: Settings, host: str | None, port: int | None) -> Settings:
    return s.replace(host=host or s.host, port=port or s.port)


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def _fail(message: str):
    err.print(f"[red]error:[/] {message}")
    raise typer.Exit(1)


if __name__ == "__main__":
    app()
