"""Mentions become entities: one per person, organisation or place, however it was written."""

from __future__ import annotations

from collections import defaultdict

from newsloom.enrich.aliases import ambiguous_alias, is_short_form, name_key
from newsloom.enrich.entities import Mention
from newsloom.enrich.gazetteer import Candidate
from newsloom.enrich.model import Entity

MIN_UNTYPED_COUNT = 2
"""A lone capitalised word of unknown kind must recur to be kept (precision over recall)."""


def group_entities(mentions: list[Mention], places: dict[str, Candidate]) -> list[Entity]:
    """Entities by mention count: people joined by the surname rule, organisations by alias."""
    entities: dict[tuple[str, str], Entity] = {}
    people = sorted({name_key(m.text): m.text for m in mentions if m.type in ("person", "unknown")
                     and len(m.text.split()) > 1}.items(), key=lambda kv: -len(kv[0]))
    supported = {m.text for m in mentions if m.type == "organisation" and not ambiguous_alias(m.written or m.text)}
    untyped: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.type == "place":
            cand = places.get(m.text)
            _add(entities, cand.name if cand else m.text, "place", m.text)
            continue
        full = _full_person(name_key(m.text), people)
        if full is not None and m.type != "organisation":
            _add(entities, full, "person", m.text)
        elif m.type == "organisation":
            if m.written and ambiguous_alias(m.written) and m.text not in supported:
                continue
            _add(entities, m.text, "organisation", m.written or m.text)
        elif m.type == "person" or len(m.text.split()) > 1:
            _add(entities, m.text, "person", m.text)
        else:
            untyped[m.text].append(m)
    for text, seen in untyped.items():
        if len(seen) >= MIN_UNTYPED_COUNT:
            _add(entities, text, "organisation", text, len(seen))
    return sorted(entities.values(), key=lambda e: (-e.count, e.name))


def _full_person(key: tuple[str, ...], people: list[tuple[tuple[str, ...], str]]) -> str | None:
    """The longest person name `key` equals or ends, if the text named one."""
    for full_key, full in people:
        if key == full_key or is_short_form(key, full_key):
            return full
    return None


def _add(entities: dict, name: str, kind: str, written: str, count: int = 1) -> None:
    entity = entities.get((name, kind))
    if entity is None:
        entity = entities[(name, kind)] = Entity(name, kind, 0, [])
    entity.count += count
    if written != name and written not in entity.aliases:
        entity.aliases.append(written)
