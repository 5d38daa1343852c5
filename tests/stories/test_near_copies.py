"""Wire copies, light edits and republications are recognised, and folded under the right original."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from newsloom.simweb.outlets import CATALOGUE
from newsloom.simweb.prose import edit_copy, write_report
from newsloom.simweb.world import World
from newsloom.stories.near import CopyIndex

T0 = datetime(2024, 3, 4, 9, 0, tzinfo=UTC)
VOICES = {spec.name: spec.voice for spec in CATALOGUE if spec.language == "en"}
WIRE = "Meridian Wire"


def _event(slot: int = 1):
    return World(7).events_at(slot)[0]


def _text(report) -> str:
    return "\n".join(report.paragraphs)


def _wire_report(event):
    return write_report(event, VOICES[WIRE], random.Random(1), weekday=0)


def test_verbatim_and_edited_wire_copies_point_at_the_wire_original():
    event = _event()
    wire = _wire_report(event)
    edited = edit_copy(wire, event, VOICES["The Harbour Herald"], random.Random(2), weekday=0)
    index = CopyIndex()
    assert index.add("wire-1", _text(wire), T0, WIRE) is None
    verbatim = index.add("riverside-1", _text(wire), T0 + timedelta(minutes=3), "Riverside Post")
    light = index.add("herald-1", _text(edited), T0 + timedelta(minutes=5), "The Harbour Herald")
    assert verbatim is not None and verbatim.original_id == "wire-1" and verbatim.relation == "copy"
    assert light is not None and light.original_id == "wire-1"
    assert light.similarity >= 0.8


def test_an_aggregator_copy_of_a_copy_still_points_at_the_first_publication():
    event = _event()
    wire = _text(_wire_report(event))
    index = CopyIndex()
    index.add("wire-1", wire, T0, WIRE)
    index.add("riverside-1", wire, T0 + timedelta(minutes=3), "Riverside Post")
    wrapped = "© Trendpulse\n" + wire + "\nImages are for reference only. All rights reserved."
    match = index.add("trendpulse-1", wrapped, T0 + timedelta(minutes=9), "Trendpulse")
    assert match is not None and match.original_id == "wire-1"


def test_independent_reports_of_one_event_are_not_copies():
    event = _event()
    index = CopyIndex()
    for n, outlet in enumerate(VOICES):
        report = write_report(event, VOICES[outlet], random.Random(n), weekday=0)
        assert index.add(f"{outlet}-1", _text(report), T0 + timedelta(minutes=n), outlet) is None
    assert len(index) == len(VOICES)


def test_the_outlet_a_text_credits_is_the_original_even_when_published_later():
    wire = _text(_wire_report(_event()))
    assert "(Meridian Wire)" in wire
    index = CopyIndex()
    index.add("early-copy", wire, T0, "Riverside Post")
    match = index.add("wire-1", wire, T0 + timedelta(minutes=2), WIRE)
    assert match is not None and match.original_id == "wire-1" and match.superseded == "early-copy"
    assert index.original("early-copy") == "wire-1"


def test_a_late_arriving_earlier_publication_becomes_the_original():
    text = _text(edit_copy(_wire_report(_event()), _event(), VOICES["Civic Ledger"], random.Random(3), 0))
    index = CopyIndex()
    index.add("b", text, T0 + timedelta(hours=1), "Civic Ledger")
    match = index.add("a", text, T0, "Northgate Times")
    assert match is not None and match.original_id == "a" and match.superseded == "b"
    later = index.add("c", text, T0 + timedelta(hours=2), "The Daily Lantern")
    assert later is not None and later.original_id == "a"


def test_an_outlet_republishing_its_own_text_is_a_revision():
    text = _text(_wire_report(_event()))
    index = CopyIndex()
    index.add("v1", text, T0, WIRE)
    match = index.add("v2", text + "\nThis story has been updated.", T0 + timedelta(hours=1), WIRE)
    assert match is not None and match.relation == "revision" and match.original_id == "v1"


def test_the_window_forgets_the_oldest_texts():
    world = World(7)
    index = CopyIndex(window=2)
    texts = [_text(_wire_report(world.events_at(slot)[0])) for slot in range(3)]
    for n, text in enumerate(texts):
        index.add(f"w{n}", text, T0 + timedelta(hours=n), WIRE)
    assert len(index) == 2
    assert index.add("again", texts[0], T0 + timedelta(hours=5), "Riverside Post") is None
    assert index.add("again-2", texts[2], T0 + timedelta(hours=5), "Riverside Post").original_id == "w2"
