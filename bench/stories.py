"""Story benchmark: Newsloom's story clustering against gold events, beside a TF-IDF baseline.

- ECB+ train+dev (772 articles, 66 events in 33 topics of two similar events each): BCubed
  precision/recall/F1, V-measure and adjusted Rand index of the stories against `event`, and the
  share of topics whose two events were kept apart (each event's articles mostly in its own
  story, not the other's). Newsloom reads the articles one by one in file order and is never
  given the number of events. The baseline is TF-IDF with average-link agglomerative
  clustering cut at a cosine distance threshold; both were tuned on the train topics only, so
  the dev rows are held out.
- SemEval-2022 Task 8 pairs with texts: Pearson correlation of the same-story score with
  `Overall` (1 = same story ... 4 = unrelated, so a good score correlates negatively), and the
  accuracy of the same-story decision, "same" meaning Overall <= 2.
- Throughput: the rate of assigning articles to stories with 100,000 articles in the live
  window, and the memory the clusterer holds.

Needs ../shared (skips each part whose data is absent) and scikit-learn for the baseline only:

    .venv/bin/python bench/stories.py [--window 100000]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import os
import random
import re
import sys
import tarfile
import time
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np

from newsloom.stories.batch import cluster_jsonl
from newsloom.stories.cluster import StoryClusterer, StoryDoc, Tuning

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
ECB = SHARED / "data" / "clustering" / "ecbplus-train-dev.jsonl.gz"
SEMEVAL = SHARED / "data" / "similarity" / "semeval2022-task8.tar.gz"
SEMEVAL_TEXTS = ("semeval2022-task8/hfl_text_samples/training_set.csv",
                 "semeval2022-task8/hfl_text_samples/testing_set.csv")
BASELINE_THRESHOLDS = np.arange(0.5, 1.0, 0.02)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--window", type=int, default=100_000, help="articles in the live window")
    args = parser.parse_args()
    rows: list[tuple[str, str, str]] = []
    if ECB.exists():
        rows += ecb_rows()
    else:
        print(f"skipping ECB+: {ECB} not found", file=sys.stderr)
    if SEMEVAL.exists():
        rows += semeval_rows()
    else:
        print(f"skipping SemEval: {SEMEVAL} not found", file=sys.stderr)
    rows += throughput_rows(args.window)
    print("| measure | Newsloom | TF-IDF average-link baseline |")
    print("|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


# ECB+ ---------------------------------------------------------------------------------------

def ecb_rows() -> list[tuple[str, str, str]]:
    with gzip.open(ECB, "rt", encoding="utf-8") as f:
        lines = [line for line in f.read().splitlines() if line.strip()]
    docs = [json.loads(line) for line in lines]
    train = [i for i, d in enumerate(docs) if d["split"] == "train"]
    threshold = _tune_baseline([docs[i] for i in train])
    out = []
    for name, idx in (("train+dev", list(range(len(docs)))), ("dev (held out)", [i for i in range(len(docs)) if docs[i]["split"] != "train"])):
        part = [docs[i] for i in idx]
        gold = [d["event"] for d in part]
        start = time.perf_counter()
        ours = [story for _, story in cluster_jsonl(lines[i] for i in idx)]
        ms = (time.perf_counter() - start) * 1000 / len(part)
        start = time.perf_counter()
        base = _baseline(part, threshold)
        base_ms = (time.perf_counter() - start) * 1000 / len(part)
        a, b = _scores(part, gold, ours), _scores(part, gold, base)
        out += [(f"ECB+ {name}: {label}", x, y) for label, x, y in zip(_LABELS, a, b)]
        out.append((f"ECB+ {name}: time per article", f"{ms:.2f} ms", f"{base_ms:.2f} ms (batch)"))
    out.append(("ECB+ baseline threshold (tuned on train)", "-", f"cosine distance {threshold:.2f}"))
    return out


_LABELS = ("BCubed P / R / F1", "V-measure", "adjusted Rand index", "stories found (gold events)",
           "topics with both events kept apart")


def _scores(docs: list[dict], gold: list[str], pred: list[str]) -> tuple[str, ...]:
    from sklearn.metrics import adjusted_rand_score, v_measure_score

    p, r, f = bcubed(gold, pred)
    return (f"{p:.3f} / {r:.3f} / **{f:.3f}**", f"{v_measure_score(gold, pred):.3f}",
            f"{adjusted_rand_score(gold, pred):.3f}", f"{len(set(pred))} ({len(set(gold))})",
            f"{kept_apart(docs, pred):.0%}")


def bcubed(gold: list[str], pred: list[str]) -> tuple[float, float, float]:
    """Per-article precision and recall of its predicted cluster against its gold one, averaged."""
    by_gold, by_pred = defaultdict(set), defaultdict(set)
    for i, (g, p) in enumerate(zip(gold, pred)):
        by_gold[g].add(i)
        by_pred[p].add(i)
    precision = recall = 0.0
    for g, p in zip(gold, pred):
        shared = len(by_gold[g] & by_pred[p])
        precision += shared / len(by_pred[p])
        recall += shared / len(by_gold[g])
    precision, recall = precision / len(gold), recall / len(gold)
    return precision, recall, 2 * precision * recall / (precision + recall)


def kept_apart(docs: list[dict], pred: list[str]) -> float:
    """Share of topics whose events each have a different majority story."""
    by_topic: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for doc, story in zip(docs, pred):
        by_topic[doc["topic"]][doc["event"]][story] += 1
    apart = 0
    for events in by_topic.values():
        majorities = {counts.most_common(1)[0][0] for counts in events.values()}
        apart += len(majorities) == len(events)
    return apart / len(by_topic)


def _baseline(docs: list[dict], threshold: float) -> list[str]:
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    matrix = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(
        [d["title"] + "\n" + d["text"] for d in docs])
    model = AgglomerativeClustering(n_clusters=None, distance_threshold=threshold, metric="cosine",
                                    linkage="average")
    return [str(label) for label in model.fit_predict(matrix.toarray())]


def _tune_baseline(docs: list[dict]) -> float:
    gold = [d["event"] for d in docs]
    return max(BASELINE_THRESHOLDS, key=lambda t: bcubed(gold, _baseline(docs, t))[2])


# SemEval-2022 Task 8 --------------------------------------------------------------------------

def semeval_rows() -> list[tuple[str, str, str]]:
    pairs = _semeval_pairs()
    overall = np.array([p["Overall"] for p in pairs])
    same = overall <= 2.0
    texts = sorted({t for p in pairs for t in (p["text1"], p["text2"])})
    clusterer = StoryClusterer()
    for text in texts:
        clusterer.vectoriser.observe(_features(text))
    ours = np.array([clusterer.similarity(_doc("a", p["text1"]), _doc("b", p["text2"])) for p in pairs])
    base = _tfidf_pair_scores(pairs, texts)
    join = clusterer.tuning.join
    base_cut = max(np.unique(base), key=lambda t: np.mean((base >= t) == same))
    our_cut = max(np.unique(ours), key=lambda t: np.mean((ours >= t) == same))
    return [
        (f"SemEval-2022 T8 ({len(pairs)} pairs): Pearson with Overall (1 = same)",
         f"{np.corrcoef(ours, overall)[0, 1]:.3f}", f"{np.corrcoef(base, overall)[0, 1]:.3f}"),
        ("SemEval same-story accuracy (Overall <= 2; share of same: "
         f"{same.mean():.0%})", f"{np.mean((ours >= join) == same):.3f} (at its join threshold {join})",
         f"{np.mean((base >= base_cut) == same):.3f} (threshold {base_cut:.2f} tuned on these pairs)"),
        ("SemEval same-story accuracy, threshold tuned on these pairs",
         f"{np.mean((ours >= our_cut) == same):.3f} (at {our_cut:.2f})", "-"),
    ]


def _semeval_pairs() -> list[dict]:
    pairs: dict[str, dict] = {}
    with tarfile.open(SEMEVAL) as tar:
        for name in SEMEVAL_TEXTS:
            with io.TextIOWrapper(tar.extractfile(name), encoding="utf-8") as f:
                for row in csv.DictReader(f):
                    if row["text1"].strip() and row["text2"].strip():
                        pairs.setdefault(row["pair_id"], {**row, "Overall": float(row["Overall"])})
    return list(pairs.values())


def _doc(doc_id: str, text: str) -> StoryDoc:
    return StoryDoc(doc_id, "", text)


def _features(text: str):
    from newsloom.stories.vectors import features

    return features("", text)


def _tfidf_pair_scores(pairs: list[dict], texts: list[str]) -> np.ndarray:
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectoriser = TfidfVectorizer(sublinear_tf=True).fit(texts)
    a = vectoriser.transform([p["text1"] for p in pairs])
    b = vectoriser.transform([p["text2"] for p in pairs])
    return np.asarray(a.multiply(b).sum(axis=1)).ravel()


# Throughput -----------------------------------------------------------------------------------

def throughput_rows(window: int) -> list[tuple[str, str, str]]:
    """Fill a window of `window` articles, then time the next tenth as many with the window full."""
    extra = max(1000, window // 10)
    docs = synthetic_articles(window + extra)
    clusterer = StoryClusterer(Tuning(max_age=None, max_articles=window))
    rss_before = _rss_mib()
    start = time.perf_counter()
    for doc in docs[:window]:
        clusterer.add(doc)
    fill_s = time.perf_counter() - start
    start = time.perf_counter()
    for doc in docs[window:]:
        clusterer.add(doc)
    steady_s = time.perf_counter() - start
    held = _rss_mib() - rss_before
    return [
        (f"assignment rate, {clusterer.live_articles:,} articles in the live window",
         f"**{extra / steady_s:,.0f} articles/s** ({steady_s * 1000 / extra:.2f} ms each)", "-"),
        (f"filling the window ({window:,} articles)", f"{window / fill_s:,.0f} articles/s", "-"),
        ("memory held by the clusterer (RSS growth)",
         f"{held:,.0f} MiB ({clusterer.live_stories:,} live stories)", "-"),
    ]


def synthetic_articles(count: int) -> list[StoryDoc]:
    """Simulated outlets' coverage, replicated with renamed people and places to reach `count`.

    Each replica renames every capitalised word and shifts the dates, so it holds as many new,
    distinct stories as the original slots, in the same vocabulary; generating them is cheap.
    """
    from newsloom.simweb.newsroom import Newsroom
    from newsloom.simweb.outlets import choose_outlets

    specs = choose_outlets(None)
    slots = max(1, min(count, 20_000) // len(specs))
    newsroom = Newsroom(3, specs, slots, 0, datetime(2024, 1, 1, tzinfo=UTC))
    base = sorted((newsroom.story(s.slug, n) for s in specs for n in range(slots)), key=lambda s: s.published)
    span = base[-1].published - base[0].published + timedelta(hours=1)
    docs: list[StoryDoc] = []
    replica = 0
    while len(docs) < count:
        rename = _renamer(replica)
        for story in base[: count - len(docs)]:
            text = "\n".join(story.report.paragraphs)
            docs.append(StoryDoc(f"{replica}/{story.outlet.slug}/{story.number}", rename(story.title),
                                 rename(text), story.published + replica * span, story.outlet.name))
        replica += 1
    return docs


def _renamer(replica: int):
    if replica == 0:
        return lambda text: text
    rng = random.Random(replica)
    suffix = "".join(rng.choice("aeiou") + rng.choice("lmnrstvk") for _ in range(2))
    pattern = re.compile(r"\b([A-Z][a-z]+)\b")
    return lambda text: pattern.sub(lambda m: m.group(1) + suffix, text)


def _rss_mib() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


if __name__ == "__main__":
    main()
