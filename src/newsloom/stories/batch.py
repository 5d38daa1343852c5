"""The batch contract behind `newsloom cluster --input DOCS.jsonl --output ASSIGN.tsv`.

One JSON object per line (`id`, `title`, `text`, optional `date`, `source`, `url`, `language`)
goes through the very clusterer the live pipeline uses, in date order when dates exist and in
file order otherwise, so an evaluation measures what users get.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime

from newsloom.stories.cluster import StoryClusterer, StoryDoc, Tuning

_OPTIONAL = ("source", "url", "language")


def cluster_jsonl(lines: Iterable[str], tuning: Tuning | None = None) -> list[tuple[str, str]]:
    """(id, story id) for every document, in input order; story ids are final (merges resolved).

    An undated line keeps its place after the dated line before it. A malformed line raises
    ValueError naming its line number; blank lines are skipped.
    """
    docs = read_docs(lines)
    clusterer = StoryClusterer(tuning)
    assigned = {doc.id: clusterer.add(doc) for doc in _arrival_order(docs)}
    return [(doc.id, clusterer.resolve(assigned[doc.id])) for doc in docs]


def read_docs(lines: Iterable[str]) -> list[StoryDoc]:
    """Parse and check every line; ValueError("line N: ...") on the first bad one."""
    docs: list[StoryDoc] = []
    seen: set[str] = set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            doc = _parse(line)
        except ValueError as err:
            raise ValueError(f"line {number}: {err}") from None
        if doc.id in seen:
            raise ValueError(f"line {number}: duplicate id {doc.id!r}")
        seen.add(doc.id)
        docs.append(doc)
    return docs


def _parse(line: str) -> StoryDoc:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as err:
        raise ValueError(f"not JSON ({err.msg} at column {err.colno})") from None
    if not isinstance(obj, dict):
        raise ValueError("not a JSON object")
    doc_id = obj.get("id")
    if isinstance(doc_id, bool) or not isinstance(doc_id, str | int) or str(doc_id) == "":
        raise ValueError("missing or empty 'id'")
    fields = {}
    for name in ("title", "text", *_OPTIONAL):
        value = obj.get(name)
        if value is not None and not isinstance(value, str):
            raise ValueError(f"'{name}' must be a string")
        fields[name] = value
    if not (fields["title"] or fields["text"]):
        raise ValueError("needs a 'title' or a 'text'")
    return StoryDoc(id=str(doc_id), title=fields["title"] or "", text=fields["text"] or "",
                    date=_date(obj.get("date")), source=fields["source"], url=fields["url"],
                    language=fields["language"])


def _date(value: object) -> datetime | None:
    if value is None or value == "" or value == "None":
        return None
    if not isinstance(value, str):
        raise ValueError("'date' must be an ISO 8601 string")
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"'date' is not ISO 8601: {value!r}") from None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _arrival_order(docs: list[StoryDoc]) -> list[StoryDoc]:
    """Date order, stable; an undated document rides with the dated one before it in the file."""
    if not any(doc.date for doc in docs):
        return docs
    first = min(doc.date for doc in docs if doc.date)
    keys = []
    current = first
    for doc in docs:
        current = doc.date or current
        keys.append(current)
    order = sorted(range(len(docs)), key=lambda i: keys[i])
    return [docs[i] for i in order]
