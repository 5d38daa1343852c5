"""Key phrases (RAKE over runs of content words) and an extractive summary (central sentences).

Both are a few dozen lines of counting; the libraries that do them (yake, sumy, gensim) bring
heavy dependencies or models for no better result on news, so they are written here.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from newsloom.enrich.lexicon import FUNCTION_WORDS
from newsloom.enrich.spans import sentences

MAX_KEYWORDS = 10
MAX_PHRASE_WORDS = 3
SUMMARY_SENTENCES = 3
MAX_SENTENCES = 300
"""A story's summary looks at this many sentences at most, to keep its cost flat."""
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_SPLIT = re.compile(r"[,.;:!?()\[\]\"“”‘—–]|\s[-–]\s|\n")
_EXTRA_STOP = frozenset(
    """also like just well get got make made take took told say see seen going go come came
    would could year years time times people way day week month percent per cent""".split()
)
_STOP = FUNCTION_WORDS | _EXTRA_STOP


def extract_keywords(texts: list[str], titles: list[str] = ()) -> list[str]:
    """The document's (or story's) key phrases, best first; phrases in a title count double."""
    degree: Counter[str] = Counter()
    freq: Counter[str] = Counter()
    phrases: Counter[tuple[str, ...]] = Counter()
    for text, weight in [*((t, 1) for t in texts), *((t, 2) for t in titles)]:
        for phrase in _phrases(text):
            phrases[phrase] += weight
            for word in phrase:
                freq[word] += weight
                degree[word] += weight * len(phrase)
    def score(phrase: tuple[str, ...]) -> float:
        quality = sum(degree[w] / freq[w] for w in phrase) / len(phrase)
        return phrases[phrase] * (1 + 0.5 * (len(phrase) - 1)) + 0.1 * quality
    ranked = sorted(phrases, key=lambda p: (-score(p), p))
    chosen: list[str] = []
    for phrase in ranked:
        text = " ".join(phrase)
        if any(text in c or c in text for c in chosen):
            continue
        chosen.append(text)
        if len(chosen) == MAX_KEYWORDS:
            break
    return chosen


def summarise(texts: list[str], n: int = SUMMARY_SENTENCES) -> list[str]:
    """The `n` sentences most like the rest of the text(s), in reading order."""
    pool = [s for text in texts for s in sentences(text) if 6 <= len(s.split()) <= 60][:MAX_SENTENCES]
    if len(pool) <= n:
        return pool
    bags = [Counter(w for w in _content_words(s)) for s in pool]
    df = Counter(w for bag in bags for w in bag)
    idf = {w: math.log(len(pool) / c) + 1.0 for w, c in df.items()}
    vectors = [{w: c * idf[w] for w, c in bag.items()} for bag in bags]
    norms = [math.sqrt(sum(v * v for v in vec.values())) or 1.0 for vec in vectors]
    centrality = []
    for i, vec in enumerate(vectors):
        total = 0.0
        for j, other in enumerate(vectors):
            if i != j:
                total += sum(v * other.get(w, 0.0) for w, v in vec.items()) / (norms[i] * norms[j])
        centrality.append(total + (0.5 if i == 0 else 0.0))
    best = sorted(sorted(range(len(pool)), key=lambda i: -centrality[i])[:n])
    return [pool[i] for i in best]


def _phrases(text: str):
    """Runs of content words; a run too long to be one phrase gives its word pairs instead."""
    for chunk in _SPLIT.split(text):
        run: list[str] = []
        for word in [*_WORD.findall(chunk), ""]:
            low = word.lower()
            if low and low not in _STOP and len(low) >= 3:
                run.append(low)
                continue
            if len(run) <= MAX_PHRASE_WORDS:
                yield from ([tuple(run)] if run else [])
            else:
                yield from (tuple(run[i:i + 2]) for i in range(len(run) - 1))
            run = []


def _content_words(sentence: str):
    return (w.lower() for w in _WORD.findall(sentence) if w.lower() not in _STOP and len(w) > 2)
