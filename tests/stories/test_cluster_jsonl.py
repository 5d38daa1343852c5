"""The batch contract: JSON lines in, (id, story id) pairs out, in date order, bad lines named."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from newsloom.stories.batch import cluster_jsonl

ECB = Path(__file__).resolve().parents[3] / "shared" / "data" / "clustering" / "ecbplus-train-dev.jsonl.gz"

QUAKE = ("Quake shakes Torvik", "A magnitude 6.1 earthquake struck Torvik on Tuesday, the Torvik Seismic Institute "
         "said. Buildings collapsed in the old town and 14 people died, mayor Hanne Lisberg said.")
QUAKE_2 = ("Torvik earthquake kills 14", "Fourteen people died when a 6.1 earthquake hit Torvik. Mayor Hanne "
           "Lisberg said rescuers searched the old town; the Torvik Seismic Institute recorded aftershocks.")
FINAL = ("Casterby win the Harlow Cup", "Casterby Rovers beat Dunmore 3-1 in the Harlow Cup final at Eastgate "
         "Stadium, with two goals from striker Omar Feld.")


def _line(doc_id, title_text, date=None, **extra):
    title, text = title_text
    return json.dumps({"id": doc_id, "title": title, "text": text, "date": date, **extra})


def test_reports_of_one_event_share_a_story_and_output_keeps_file_order():
    lines = [_line("q1", QUAKE), _line("f1", FINAL), _line("q2", QUAKE_2), ""]
    pairs = cluster_jsonl(lines)
    assert [doc_id for doc_id, _ in pairs] == ["q1", "f1", "q2"]
    story = dict(pairs)
    assert story["q1"] == story["q2"] != story["f1"]


def test_documents_are_clustered_in_date_order_when_dated():
    lines = [_line("late", FINAL, "2024-04-02T10:00:00Z"), _line("early", QUAKE, "2024-04-01T08:00:00+00:00"),
             _line("undated", QUAKE_2)]
    story = dict(cluster_jsonl(lines))
    assert story["early"] == "story-1"
    assert story["late"] == "story-2"
    assert story["undated"] == story["early"]


def test_file_order_without_dates():
    story = dict(cluster_jsonl([_line("late", FINAL), _line("early", QUAKE)]))
    assert story == {"late": "story-1", "early": "story-2"}


@pytest.mark.parametrize(("bad", "message"), [
    ("{not json", "line 2: not JSON"),
    ('["a list"]', "line 2: not a JSON object"),
    ('{"title": "no id", "text": "x"}', "line 2: missing or empty 'id'"),
    ('{"id": "b", "title": 5, "text": "x"}', "line 2: 'title' must be a string"),
    ('{"id": "b", "title": "t", "text": "x", "date": "last Tuesday"}', "line 2: 'date' is not ISO 8601"),
    ('{"id": "a", "title": "t", "text": "x"}', "line 2: duplicate id 'a'"),
    ('{"id": "b", "title": "", "text": ""}', "line 2: needs a 'title' or a 'text'"),
])
def test_a_bad_line_is_rejected_with_its_number(bad, message):
    with pytest.raises(ValueError, match=message):
        cluster_jsonl([_line("a", QUAKE), bad])


def test_ecb_plus_events_are_found_without_being_given_their_number():
    if not ECB.exists():
        pytest.skip(f"ECB+ data not found at {ECB} (reference data lives in ../shared)")
    with gzip.open(ECB, "rt", encoding="utf-8") as f:
        lines = f.read().splitlines()
    gold = {row["id"]: row["event"] for row in map(json.loads, lines)}
    story = dict(cluster_jsonl(lines))
    precision = recall = 0.0
    members: dict[str, set[str]] = {}
    events: dict[str, set[str]] = {}
    for doc_id, story_id in story.items():
        members.setdefault(story_id, set()).add(doc_id)
        events.setdefault(gold[doc_id], set()).add(doc_id)
    for doc_id, story_id in story.items():
        shared = len(members[story_id] & events[gold[doc_id]])
        precision += shared / len(members[story_id])
        recall += shared / len(events[gold[doc_id]])
    precision, recall = precision / len(story), recall / len(story)
    assert 2 * precision * recall / (precision + recall) >= 0.8
