"""What enrichment finds in a text: the typed result every other part of Newsloom reads."""

from __future__ import annotations

from dataclasses import dataclass, field

ENTITY_TYPES = ("person", "organisation", "place")


@dataclass(slots=True)
class Entity:
    """A person, organisation or place, under its longest full name, with the other spellings seen."""

    name: str
    type: str
    count: int = 1
    aliases: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Place:
    """A place mention resolved to the gazetteer: a country, a first-level region or a city."""

    name: str
    country: str
    lat: float
    lon: float
    count: int = 1


@dataclass(slots=True)
class Enrichment:
    """Everything enrichment says about one article or one story (several articles)."""

    language: str | None = None
    language_confidence: float = 0.0
    entities: list[Entity] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    summary: list[str] = field(default_factory=list)
