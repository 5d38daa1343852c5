"""Enrichment benchmark: the seed article's entities, entity F1, topic accuracy and speed.

Run with `python bench/enrich.py`; reads ../shared when present and prints one markdown table.
"""

from __future__ import annotations

import gzip
import json
import sys
import time
from pathlib import Path

from newsloom.enrich import enrich_text
from newsloom.enrich.gazetteer import fold

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
SEED = SHARED / "seed" / "aggregated-article.txt"
ECB = SHARED / "clustering" / "ecbplus-train-dev.jsonl.gz"
GOLD = ROOT / "bench" / "data" / "entities-gold.jsonl"
JUNK = {"images", "copyright", "khumaer", "khumaer.us", "friday", "thursday", "x", "twitter"}
HELD_APART_FROM = 14
"""ECB+ topics below this number were read while writing the topic cue words."""
ECB_TOPIC_LABELS = {
    1: "entertainment", 2: "entertainment", 3: "crime", 4: "entertainment", 5: "sports",
    6: "entertainment", 7: "sports", 8: "crime", 9: "politics", 10: "sports", 11: "politics",
    12: "world", 13: "crime", 14: "disaster", 16: "crime", 18: "crime", 19: "world", 20: "disaster",
    21: "crime", 22: "crime", 23: "disaster", 24: "crime", 25: "sports", 26: "crime",
    27: "technology", 28: "politics", 29: "sports", 30: "technology", 31: "sports", 32: "crime",
    33: "crime", 34: "health", 35: "sports",
}
"""Our labelling of each ECB+ topic by its kind of story (see bench/data/README-enrich.md)."""


def main() -> None:
    rows: list[tuple[str, str]] = []
    if SEED.exists():
        rows += _seed_rows(SEED.read_text("utf-8"))
    else:
        print(f"seed article absent at {SEED}; skipping its rows", file=sys.stderr)
    rows += _entity_f1_rows()
    rows.append(_simweb_row())
    docs = _ecb_docs()
    if docs:
        rows += _topic_rows(docs)
        rows.append(_speed_row([d["text"] for d in docs]))
    print("| measure | default (rules + GeoNames) |\n|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")


def _seed_rows(text: str) -> list[tuple[str, str]]:
    e = enrich_text(text)
    def names(kind: str) -> str:
        return ", ".join(f"{x.name} ({x.count})" for x in e.entities if x.type == kind)
    places = ", ".join(f"{p.name} {p.country} {p.lat:.2f},{p.lon:.2f}" for p in e.places)
    junk = [x.name for x in e.entities if fold(x.name) in JUNK]
    return [("seed: people", names("person")), ("seed: organisations", names("organisation")),
            ("seed: places", places), ("seed: junk entities", ", ".join(junk) or "none"),
            ("seed: topics / keywords", f"{', '.join(e.topics)} / {', '.join(e.keywords[:6])}")]


def _entity_f1_rows() -> list[tuple[str, str]]:
    tp = fp = fn = tp_untyped = 0
    for line in GOLD.read_text("utf-8").splitlines():
        item = json.loads(line)
        gold = {(fold(n), t) for n, t in item["entities"]}
        found = set()
        for ent in enrich_text(item["text"]).entities:
            spellings = {fold(ent.name), *map(fold, ent.aliases)}
            match = next(((n, t) for n, t in gold if n in spellings), None)
            found.add((match[0], ent.type) if match else (fold(ent.name), ent.type))
            tp_untyped += bool(match)
        tp += len(gold & found)
        fp += len(found - gold)
        fn += len(gold - found)
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    f1 = 2 * p * r / max(p + r, 1e-9)
    return [("entity P / R / F1 (typed, 22 annotated ECB+ sentences)", f"{p:.2f} / {r:.2f} / {f1:.2f}"),
            ("entity spans found regardless of type", f"{tp_untyped} of {tp + fn}")]


def _ecb_docs() -> list[dict]:
    if not ECB.exists():
        print(f"ECB+ absent at {ECB}; skipping topic accuracy and speed", file=sys.stderr)
        return []
    with gzip.open(ECB, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def _topic_rows(docs: list[dict]) -> list[tuple[str, str]]:
    results = {"read": [0, 0], "held": [0, 0]}
    for doc in docs:
        number = int(doc["topic"].split("/")[-1])
        label = ECB_TOPIC_LABELS.get(number)
        if label is None:
            continue
        part = "held" if number >= HELD_APART_FROM else "read"
        topics = enrich_text(doc["text"]).topics
        results[part][0] += bool(topics) and topics[0] == label
        results[part][1] += 1
    return [(f"topic top-1 accuracy, ECB+ topics {'>=' if k == 'held' else '<'} {HELD_APART_FROM}"
             f" ({'held apart' if k == 'held' else 'seen while writing rules'})",
             f"{ok / max(n, 1):.2f} ({ok}/{n})") for k, (ok, n) in results.items()]


SIMWEB_LABELS = {"storm": "disaster", "election": "politics", "summit": "world", "trial": "crime",
                 "strike": "business", "market": "business", "final": "sports", "attack": "crime"}
"""The topic each simulated-web event kind is about (labelled by us; nothing was tuned on it)."""


def _simweb_row(slots: int = 40) -> tuple[str, str]:
    import random

    from newsloom.simweb.prose import Voice, write_report
    from newsloom.simweb.world import World

    world, ok, n = World(7), 0, 0
    for slot in range(slots):
        for event in world.events_at(slot):
            report = write_report(event, Voice("Wire"), random.Random(slot), slot % 7)
            topics = enrich_text("\n".join(report.paragraphs), title=report.headline).topics
            ok += bool(topics) and topics[0] == SIMWEB_LABELS[event.kind]
            n += 1
    return ("topic top-1 accuracy, simulated-web reports (held apart)", f"{ok / n:.2f} ({ok}/{n})")


def _speed_row(texts: list[str]) -> tuple[str, str]:
    enrich_text(texts[0])
    start = time.perf_counter()
    for text in texts:
        enrich_text(text)
    elapsed = time.perf_counter() - start
    return ("articles/s (ECB+ articles, one process)", f"{len(texts) / elapsed:.0f} ({len(texts)} articles)")


if __name__ == "__main__":
    main()
