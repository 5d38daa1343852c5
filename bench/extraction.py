"""Extraction benchmark: Newsloom's extract stage beside plain trafilatura, on the same pages.

Reads the corpora in ../shared/data/extraction (in place, from their archives) and prints one
markdown table with the targets of the extraction issue:

- trafilatura-eval (990 pages): precision/recall/F1 of "must appear"/"must not appear"
  segments, counts summed over all pages, as the corpus README defines them. trafilatura is
  also scored with the settings of its own published evaluation, to check that this harness
  reproduces the published F1 (0.924 for trafilatura 2.2).
- Fundus fixtures (258 pages): exact title, exact author set, publishing date to the day and
  to the minute (timezone-aware), mean body token F1.
- Mozilla Readability and newspaper4k fixtures: title/byline/date/language agreement, each
  over the pages whose fixture has that field.
- milliseconds per page (median, p95), both extractors timed in this process on every page,
  taking turns at going first.

The normalisations behind each comparison are in `extraction_metrics.py`. `--failures PATH`
writes one JSON line per page and field Newsloom gets wrong, with trafilatura's answer beside it.

    python bench/extraction.py [--corpus NAME ...] [--limit N] [--failures PATH]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import extraction_metrics as m  # noqa: E402
import trafilatura  # noqa: E402
from extraction_data import CORPORA, Page, archive_path, load_corpus  # noqa: E402

from newsloom.extract import extract_article  # noqa: E402
from newsloom.model import Rejected  # noqa: E402

DATA_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "extraction"
NL, TR = "Newsloom", "trafilatura"
PUBLISHED_TRAFILATURA_F1 = 0.924
BODY_MISS_BELOW = 0.8
"""A Fundus page whose body token F1 is under this is written to the failures file."""


@dataclass(slots=True)
class Output:
    """What one extractor made of one page, in the shape the scorers read."""

    text: str | None = None
    title: str | None = None
    authors: str | None = None
    published: datetime | date | str | None = None
    language: str | None = None
    error: str | None = None


@dataclass
class Tally:
    """Running scores of one extractor; `hits[metric]` is (matches, pages counted)."""

    segments: m.Segments = field(default_factory=m.Segments)
    hits: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    seen: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    body_f1: list[float] = field(default_factory=list)
    ms: list[float] = field(default_factory=list)

    def score(self, metric: str, ok: bool) -> None:
        self.hits[metric][0] += ok
        self.hits[metric][1] += 1


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    if not DATA_DIR.is_dir() or not any(archive_path(DATA_DIR, c).is_file() for c in args.corpus):
        print(f"extraction benchmark skipped: no corpora under {DATA_DIR} (they live beside the repository, not in it)")
        return 0
    tallies = {NL: Tally(), TR: Tally(), "reference": Tally()}
    failures = open(args.failures, "w", encoding="utf-8") if args.failures else None  # noqa: SIM115
    counts: dict[str, int] = {}
    try:
        for corpus in args.corpus:
            if not archive_path(DATA_DIR, corpus).is_file():
                print(f"skipping {corpus}: {archive_path(DATA_DIR, corpus)} is absent", file=sys.stderr)
                continue
            pages = load_corpus(DATA_DIR, corpus, args.limit)
            counts[corpus] = len(pages)
            for record in _run_corpus(corpus, pages, tallies):
                if failures:
                    failures.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
    finally:
        if failures:
            failures.close()
    print(render_table(tallies, counts))
    return 0


def render_table(tallies: dict[str, Tally], counts: dict[str, int]) -> str:
    """The one markdown table: a metric per row; Newsloom, trafilatura and the target as columns."""
    rows = [_row("metric", NL, TR, "target"), "|---|---|---|---|"]
    if "trafilatura-eval" in counts:
        rows += _segment_rows(tallies, counts["trafilatura-eval"])
    if "fundus" in counts:
        rows += _fundus_rows(tallies[NL], tallies[TR], counts["fundus"])
    for corpus, label in (("readability", "Readability"), ("newspaper4k", "newspaper4k")):
        if corpus in counts:
            rows += _agreement_rows(tallies[NL], tallies[TR], corpus, label)
    if tallies[NL].ms:
        rows += _speed_rows(tallies[NL].ms, tallies[TR].ms)
    return "\n".join(rows)


def _segment_rows(tallies: dict[str, Tally], pages: int) -> list[str]:
    nl, tr, ref = tallies[NL].segments, tallies[TR].segments, tallies["reference"].segments
    reference = f"{ref.f1:.3f} (P {ref.precision:.3f} R {ref.recall:.3f})"
    return [
        _row(f"trafilatura-eval precision ({pages} pages)", f"{nl.precision:.3f}", f"{tr.precision:.3f}",
             f"≥ {tr.precision:.3f} {_mark(nl.precision >= tr.precision)}"),
        _row("trafilatura-eval recall", f"{nl.recall:.3f}", f"{tr.recall:.3f}", ""),
        _row("trafilatura-eval F1", f"{nl.f1:.3f}", f"{tr.f1:.3f}", f"≥ 0.935 {_mark(nl.f1 >= 0.935)}"),
        _row("trafilatura-eval F1, trafilatura run as its published evaluation runs it", "—", reference,
             f"published {PUBLISHED_TRAFILATURA_F1} (2.2.0); installed {trafilatura.__version__}"),
    ]


def _fundus_rows(nl: Tally, tr: Tally, pages: int) -> list[str]:
    def gated(metric: str, floor: float) -> str:
        return f"≥ {floor:.0%} and ≥ trafilatura {_mark(_beats(nl, tr, metric, floor))}"

    return [
        _row(f"Fundus title exact ({pages} pages)", _rate(nl, "fundus.title"), _rate(tr, "fundus.title"),
             gated("fundus.title", 0.95)),
        _row("Fundus author set exact", _rate(nl, "fundus.authors"), _rate(tr, "fundus.authors"),
             gated("fundus.authors", 0.85)),
        _row("Fundus date exact to the day", _rate(nl, "fundus.day"), _rate(tr, "fundus.day"), gated("fundus.day", 0.95)),
        _row("Fundus date exact to the minute (trafilatura's default date has no time)",
             _rate(nl, "fundus.minute"), _rate(tr, "fundus.minute"), ""),
        _row("Fundus body token F1 (mean)", f"{_mean(nl.body_f1):.3f}", f"{_mean(tr.body_f1):.3f}", ""),
    ]


def _agreement_rows(nl: Tally, tr: Tally, corpus: str, label: str) -> list[str]:
    rows = []
    for metric, what in (("title", "title"), ("authors", "byline"), ("day", "date (day)"), ("language", "language")):
        key = f"{corpus}.{metric}"
        rows.append(_row(f"{label} {what} agreement (n={nl.hits[key][1]})", _rate(nl, key), _rate(tr, key), ""))
    return rows


def _speed_rows(nl_ms: list[float], tr_ms: list[float]) -> list[str]:
    ratio = m.percentile(nl_ms, 50) / m.percentile(tr_ms, 50)
    return [
        _row(f"ms per page, median ({len(nl_ms)} pages)", f"{m.percentile(nl_ms, 50):.1f}",
             f"{m.percentile(tr_ms, 50):.1f}", f"≤ 1.3 × trafilatura: {ratio:.2f}× {_mark(ratio <= 1.3)}"),
        _row("ms per page, p95", f"{m.percentile(nl_ms, 95):.1f}", f"{m.percentile(tr_ms, 95):.1f}", ""),
    ]


def _row(*cells: str) -> str:
    return "| " + " | ".join(cells) + " |"


def _run_corpus(corpus: str, pages: list[Page], tallies: dict[str, Tally]) -> Iterator[dict[str, Any]]:
    """Extract every page with both extractors and score it; yields Newsloom's misses."""
    if pages:
        # warm-up: lazy imports and first-call set-up are not a per-page cost
        run_newsloom(pages[0])
        run_trafilatura(pages[0])
    started = time.perf_counter()
    for index, page in enumerate(pages):
        runners = [(NL, run_newsloom), (TR, run_trafilatura)]
        outputs: dict[str, Output] = {}
        for name, runner in runners if index % 2 == 0 else runners[::-1]:
            begin = time.perf_counter()
            outputs[name] = runner(page)
            tallies[name].ms.append((time.perf_counter() - begin) * 1000)
        yield from _SCORERS[corpus](page, outputs, tallies)
        if (index + 1) % 100 == 0:
            print(f"{corpus}: {index + 1}/{len(pages)} pages, {time.perf_counter() - started:.0f}s", file=sys.stderr)


def run_newsloom(page: Page) -> Output:
    """Newsloom through its public API; a rejection is an empty output carrying its reason."""
    try:
        result = extract_article(page.html, page.url)
    except Exception as error:  # noqa: BLE001 - a crash is scored as an empty output
        return Output(error=f"crash: {type(error).__name__}: {error}")
    if isinstance(result, Rejected):
        return Output(error=f"rejected {result.reason}: {result.detail}")
    return Output(result.text, result.title, result.byline, result.published, result.language)


def run_trafilatura(page: Page) -> Output:
    """Plain trafilatura with default options, metadata included."""
    try:
        doc = trafilatura.bare_extraction(page.html, url=page.url, with_metadata=True)
    except Exception as error:  # noqa: BLE001 - a crash is scored as an empty output
        return Output(error=f"crash: {type(error).__name__}: {error}")
    if doc is None:
        return Output(error="no result")
    return Output(doc.text, doc.title, doc.author, doc.date, doc.language)


def run_trafilatura_reference(page: Page) -> str | None:
    """trafilatura exactly as its own evaluation runs it (tests/eval_common.py, fallback mode)."""
    try:
        return trafilatura.extract(
            page.html, fast=False, include_comments=False, include_tables=True, include_formatting=False
        )
    except Exception:  # noqa: BLE001 - a crash is scored as an empty output
        return None


def _score_segments(page: Page, outputs: dict[str, Output], tallies: dict[str, Tally]) -> Iterator[dict[str, Any]]:
    must, must_not = page.gold["with"], page.gold["without"]
    for name, output in outputs.items():
        tallies[name].segments.add(m.count_segments(must, must_not, output.text))
    tallies["reference"].segments.add(m.count_segments(must, must_not, run_trafilatura_reference(page)))
    missing, leaked = m.segment_misses(must, must_not, outputs[NL].text)
    if missing or leaked:
        tr_missing, tr_leaked = m.segment_misses(must, must_not, outputs[TR].text)
        yield {
            **_where(page, "segments"),
            "missing": missing,
            "leaked": leaked,
            "trafilatura_missing": tr_missing,
            "trafilatura_leaked": tr_leaked,
            "newsloom_error": outputs[NL].error,
            "newsloom_chars": len(outputs[NL].text or ""),
            "trafilatura_chars": len(outputs[TR].text or ""),
        }


def _score_fundus(page: Page, outputs: dict[str, Output], tallies: dict[str, Tally]) -> Iterator[dict[str, Any]]:
    gold = page.gold
    checks: dict[str, Callable[[Output], bool]] = {
        "title": lambda out: m.same_title(out.title, gold["title"]),
        "authors": lambda out: m.same_authors(out.authors, gold["authors"]),
        "day": lambda out: m.same_day(out.published, gold["published"]),
        "minute": lambda out: m.same_minute(out.published, gold["published"]),
    }
    for metric, check in checks.items():
        results = {name: check(out) for name, out in outputs.items()}
        for name, ok in results.items():
            tallies[name].score(f"fundus.{metric}", ok)
        if not results[NL]:
            yield _field_miss(page, metric, gold, outputs, results[TR])
    bodies = {name: m.token_prf(out.text, gold["body"]) for name, out in outputs.items()}
    for name, (_, _, f1) in bodies.items():
        tallies[name].body_f1.append(f1)
    if bodies[NL][2] < BODY_MISS_BELOW:
        yield {
            **_where(page, "body"),
            "newsloom_prf": [round(x, 3) for x in bodies[NL]],
            "trafilatura_prf": [round(x, 3) for x in bodies[TR]],
            "newsloom_error": outputs[NL].error,
            "newsloom_start": (outputs[NL].text or "")[:300],
            "gold_start": gold["body"][:300],
        }


def _score_agreement(page: Page, outputs: dict[str, Output], tallies: dict[str, Tally]) -> Iterator[dict[str, Any]]:
    gold = page.gold
    checks: dict[str, tuple[bool, Callable[[Output], bool]]] = {
        "title": (bool(gold.get("title")), lambda out: m.same_title(out.title, gold["title"])),
        "authors": (
            bool(m.name_set(gold.get("authors"))),
            lambda out: m.same_authors(out.authors, gold["authors"]),
        ),
        "day": (
            m.parse_when(gold.get("published")) is not None,
            lambda out: m.same_day(out.published, gold["published"]),
        ),
        "language": (bool(gold.get("language")), lambda out: m.same_language(out.language, gold["language"])),
    }
    for metric, (has_gold, check) in checks.items():
        if not has_gold:
            continue
        results = {name: check(out) for name, out in outputs.items()}
        for name, ok in results.items():
            tallies[name].score(f"{page.corpus}.{metric}", ok)
            tallies[name].seen[f"{page.corpus}.{metric}"] += bool(getattr(outputs[name], _FIELD[metric]))
        if not results[NL]:
            yield _field_miss(page, metric, gold, outputs, results[TR])


_FIELD = {"title": "title", "authors": "authors", "day": "published", "minute": "published", "language": "language"}


def _field_miss(
    page: Page, metric: str, gold: dict[str, Any], outputs: dict[str, Output], trafilatura_ok: bool
) -> dict[str, Any]:
    attribute = _FIELD[metric]
    gold_key = "published" if attribute == "published" else metric
    return {
        **_where(page, metric),
        "gold": gold.get(gold_key),
        "newsloom": getattr(outputs[NL], attribute),
        "trafilatura": getattr(outputs[TR], attribute),
        "trafilatura_ok": trafilatura_ok,
        "newsloom_error": outputs[NL].error,
    }


def _where(page: Page, metric: str) -> dict[str, Any]:
    return {"corpus": page.corpus, "page": page.name, "url": page.url, "metric": metric}


def _rate(tally: Tally, key: str) -> str:
    matched, total = tally.hits[key]
    if not total:
        return "—"
    cell = f"{matched / total:.1%}"
    if key in tally.seen and not tally.seen[key]:
        cell += " (never extracted)"
    return cell


def _beats(nl: Tally, tr: Tally, key: str, floor: float) -> bool:
    (a, n), (b, _) = nl.hits[key], tr.hits[key]
    return bool(n) and a / n >= floor and a >= b


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def _mark(ok: bool) -> str:
    return "✓" if ok else "✗"


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", action="append", choices=CORPORA, help="corpus to run (repeatable; default: all)")
    parser.add_argument("--limit", type=int, default=None, help="at most N pages per corpus, for a quick run")
    parser.add_argument("--failures", type=Path, default=None, help="write Newsloom's per-page misses to this JSONL file")
    args = parser.parse_args(argv)
    args.corpus = args.corpus or list(CORPORA)
    return args


_SCORERS = {
    "trafilatura-eval": _score_segments,
    "fundus": _score_fundus,
    "readability": _score_agreement,
    "newspaper4k": _score_agreement,
}

if __name__ == "__main__":
    sys.exit(main())
