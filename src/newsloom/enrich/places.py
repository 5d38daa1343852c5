"""Place mentions resolved to one gazetteer entry each, ambiguity settled by size and context.

A name's candidates (Paris: the French capital, a Texas town) are scored by population and
kind; an explicit qualifier (Paris, Texas) decides outright; otherwise places named elsewhere
in the text vote: a candidate in a country the text names, or a neighbour of one, gains, and
more so a city or state in the same state as other places named (Georgia beside Atlanta).
"""

from __future__ import annotations

import math
from collections import Counter

from newsloom.enrich.gazetteer import Candidate, fold, gazetteer
from newsloom.enrich.model import Place

KIND_BONUS = {"country": 1.0, "state": 1.0, "region": 0.8, "city": 0.0}
COUNTRY_CONTEXT = 1.0
NEIGHBOUR_CONTEXT = 0.7
ADMIN_CONTEXT = 2.0


def resolve_places(mentions: list[tuple[str, str]]) -> tuple[list[Place], dict[str, Candidate]]:
    """Places by mention count from (name, qualifier) pairs, and what each name resolved to."""
    gaz = gazetteer()
    options: dict[str, tuple[Candidate, ...]] = {}
    for name, _ in mentions:
        country = gaz.demonym_country(name)
        found = (gaz.countries[country],) if country in gaz.countries else gaz.lookup(name)
        if found:
            options[name] = found
    context = _context(options, mentions)
    chosen: dict[str, Candidate] = {}
    for name, qualifier in mentions:
        if name in options and (name not in chosen or qualifier):
            chosen[name] = _best(options[name], qualifier, context)
    counts: Counter[Candidate] = Counter(chosen[n] for n, _ in mentions if n in chosen)
    places = [Place(c.name, c.country, round(c.lat, 4), round(c.lon, 4), k) for c, k in counts.most_common()]
    return places, chosen


def _context(options: dict[str, tuple[Candidate, ...]], mentions: list[tuple[str, str]]) -> Counter:
    """Votes from unambiguous mentions: countries (and US states) the text surely names."""
    votes: Counter = Counter()
    for name, _ in mentions:
        found = options.get(name, ())
        if len(found) == 1:
            votes[("country", found[0].country)] += 1
            if found[0].admin:
                votes[("admin", found[0].country, found[0].admin)] += 1
    return votes


def _best(found: tuple[Candidate, ...], qualifier: str, context: Counter) -> Candidate:
    if len(found) == 1:
        return found[0]
    if qualifier:
        qualified = [c for c in found if _within(c, qualifier)]
        if qualified:
            found = tuple(qualified)
    neighbours = _neighbours()
    def score(c: Candidate) -> float:
        value = math.log10(c.population + 10) + KIND_BONUS[c.kind]
        if context[("country", c.country)]:
            value += COUNTRY_CONTEXT
        elif any(context[("country", n)] for n in neighbours.get(c.country, ())):
            value += NEIGHBOUR_CONTEXT
        if c.admin and context[("admin", c.country, c.admin)]:
            value += ADMIN_CONTEXT
        return value
    return max(found, key=score)


def _within(c: Candidate, qualifier: str) -> bool:
    for q in gazetteer().lookup(qualifier):
        if q.kind == "country" and q.country == c.country:
            return True
        if q.kind in ("state", "region") and q.country == c.country and (not q.admin or q.admin == c.admin):
            return True
    return fold(qualifier) == fold(c.country)


_NEIGHBOURS: dict[str, tuple[str, ...]] = {}


def _neighbours() -> dict[str, tuple[str, ...]]:
    if not _NEIGHBOURS:
        from newsloom.enrich.gazetteer import geonames

        for iso, country in geonames().get_countries().items():
            _NEIGHBOURS[iso] = tuple(filter(None, (country.get("neighbours") or "").split(",")))
    return _NEIGHBOURS
