"""The simulated world: what happens, slot by slot, before any outlet writes about it.

Time in the simulated web is cut into slots; in each slot a few events happen (a storm, an
election, a trial...) and every outlet publishes one article about one of them. Events are
generated from the seed and the slot number alone, so the same seed always gives the same
world whichever slot is asked for first, and nothing is generated before it is needed.

Some slots hold two events of the same kind in different places (two storms, two strikes):
stories that look alike but must not be clustered together.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from newsloom.simweb import names
from newsloom.simweb.names import Loc, Place

KINDS = ("storm", "election", "summit", "trial", "strike", "market", "final", "attack")
EVENTS_PER_SLOT = 3
TWIN_CHANCE = 0.35

Facts = dict[str, "str | int | float | Loc"]


@dataclass(frozen=True, slots=True)
class Event:
    """Something that happened, with every fact a report about it may mention."""

    id: str
    kind: str
    slot: int
    place: Place
    facts: Facts = field(hash=False, compare=False)
    twin_of: str | None = None


class World:
    """The events of every slot, generated on demand from the seed."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self._events: dict[int, tuple[Event, ...]] = {}

    def events_at(self, slot: int) -> tuple[Event, ...]:
        """The events of one slot; the first is the one most outlets cover."""
        if slot not in self._events:
            self._events[slot] = self._generate(slot)
        return self._events[slot]

    def _generate(self, slot: int) -> tuple[Event, ...]:
        rng = random.Random(f"{self.seed}:slot:{slot}")
        kinds = rng.sample(KINDS, EVENTS_PER_SLOT)
        twin = rng.random() < TWIN_CHANCE
        if twin:
            kinds[1] = kinds[0]
        used: set[str] = set()
        events = []
        for i, kind in enumerate(kinds):
            place = _pick_place(rng, kind, used)
            used.add(place.city)
            facts = {**_common(rng, place), **_KIND_FACTS[kind](rng, place)}
            if kind == "storm":
                facts.update(_storm_name(place, slot * EVENTS_PER_SLOT + i))
            twin_of = events[0].id if twin and i == 1 else None
            events.append(Event(f"s{slot}-e{i}", kind, slot, place, facts, twin_of))
        return tuple(events)


def person(rng: random.Random) -> str:
    return f"{rng.choice(names.FIRST_NAMES)} {rng.choice(names.LAST_NAMES)}"


def _pick_place(rng: random.Random, kind: str, used: set[str]) -> Place:
    if kind == "storm":
        pool = [p for p in names.PLACES if p.basin]
    elif kind == "election":
        pool = [p for p in names.PLACES if p.capital]
    else:
        pool = list(names.PLACES)
    fresh = [p for p in pool if p.city not in used] or pool
    return rng.choice(fresh)


def _common(rng: random.Random, place: Place) -> Facts:
    country = names.COUNTRIES[place.country]
    return {
        "city": place.city,
        "region": place.region,
        "country": country.name,
        "currency": country.currency,
        "district": rng.choice(names.DISTRICTS),
    }


def _storm(rng: random.Random, place: Place) -> Facts:
    wind = rng.randrange(90, 230, 5)
    return {
        "wind": wind,
        "gusts": wind + rng.randrange(20, 70, 5),
        "dead": rng.randint(3, 38),
        "missing": rng.randint(2, 25),
        "evacuated": rng.randrange(4_000, 220_000, 500),
        "without_power": rng.randrange(20_000, 900_000, 1_000),
        "rain": rng.randrange(90, 420, 10),
        "homes": rng.randrange(300, 12_000, 50),
        "official": person(rng),
        "expert": person(rng),
        "resident": person(rng),
        "agency": Loc(f"the {place.city} Meteorological Office", f"la Oficina Meteorológica de {place.city}"),
        "utility": f"{rng.choice(names.LAST_NAMES)} Power",
        "nth": rng.choice(names.ORDINALS[1:5]),
        "years_ago": rng.randint(2, 9),
    }


def _storm_name(place: Place, serial: int) -> Facts:
    """Storm names rotate through the list, so storms of nearby slots never share one."""
    kind = names.STORM_KINDS[place.basin or "europe"]
    name = names.STORM_NAMES[serial % len(names.STORM_NAMES)]
    return {"storm": Loc(f"{kind.en} {name}", f"el {kind.es} {name}"), "storm_kind": Loc(kind.en.lower(), kind.es)}


def _election(rng: random.Random, place: Place) -> Facts:
    def party() -> Loc:
        adj, noun = rng.choice(names.PARTY_WORDS), rng.choice(names.PARTY_NOUNS)
        return Loc(f"{adj[0]} {noun[0]} Party", f"Partido {noun[1]} {adj[1]}")

    share = round(rng.uniform(41, 63), 1)
    winner_party = party()
    runner_party = party()
    while runner_party == winner_party:
        runner_party = party()
    total = rng.choice((120, 150, 200, 250, 300))
    return {
        "winner": person(rng),
        "winner_party": winner_party,
        "share": share,
        "runner_up": person(rng),
        "runner_party": runner_party,
        "runner_share": round(rng.uniform(25, 100 - share - 3), 1),
        "turnout": round(rng.uniform(48, 82), 1),
        "seats": rng.randint(total // 2 + 1, total * 2 // 3),
        "total_seats": total,
        "office": rng.choice((Loc("president", "presidente"), Loc("prime minister", "primer ministro"))),
        "outgoing": person(rng),
        "analyst": person(rng),
        "commission": Loc("the National Electoral Commission", "la Comisión Electoral Nacional"),
        "university": Loc(f"the University of {place.city}", f"la Universidad de {place.city}"),
    }


def _summit(rng: random.Random, place: Place) -> Facts:
    guest = rng.choice([c for c in names.COUNTRIES if c != place.country])
    return {
        "topic": rng.choice(names.SUMMIT_TOPICS),
        "bloc": rng.choice(names.BLOCS),
        "delegations": rng.randint(12, 44),
        "fund": rng.randint(3, 60),
        "deadline": str(rng.randint(2028, 2040)),
        "host": person(rng),
        "guest": person(rng),
        "guest_country": names.COUNTRIES[guest].name,
        "critic": person(rng),
        "venue": Loc(f"the {place.city} Congress Centre", f"el Centro de Congresos de {place.city}"),
        "days": rng.randint(2, 4),
    }


def _trial(rng: random.Random, place: Place) -> Facts:
    company = f"{rng.choice(names.LAST_NAMES)} {rng.choice(names.COMPANY_WORDS)}"
    roles = (
        Loc("former transport minister", "exministro de Transportes"),
        Loc(f"former chief executive of {company}", f"ex consejero delegado de {company}"),
        Loc("former mayor of " + place.city, "exalcalde de " + place.city),
    )
    return {
        "defendant": person(rng),
        "defendant_role": rng.choice(roles),
        "company": company,
        "charge": rng.choice(names.CHARGES),
        "amount": rng.randint(4, 480),
        "years": rng.randint(3, 14),
        "judge": person(rng),
        "prosecutor": person(rng),
        "lawyer": person(rng),
        "co_defendants": rng.randint(2, 9),
        "months": rng.randint(5, 26),
        "court": Loc(f"the {place.city} Regional Court", f"el Tribunal Regional de {place.city}"),
    }


def _strike(rng: random.Random, place: Place) -> Facts:
    workers, sector, union, employer = rng.choice(names.STRIKE_SECTORS)
    demand = rng.randint(8, 20)
    return {
        "workers": workers,
        "sector": sector,
        "union": union,
        "employer": employer,
        "strikers": rng.randrange(3_000, 90_000, 500),
        "demand": demand,
        "offer": rng.randint(2, demand - 3),
        "hours": rng.choice((24, 48, 72)),
        "leader": person(rng),
        "minister": person(rng),
        "cancelled": rng.randrange(200, 4_000, 10),
        "affected": rng.randrange(50_000, 900_000, 5_000),
        "talks_day": rng.choice(names.ORDINALS[:3]),
    }


def _market(rng: random.Random, place: Place) -> Facts:
    down = rng.random() < 0.6
    change = round(rng.uniform(1.2, 6.8), 1)
    company = f"{rng.choice(names.LAST_NAMES)} {rng.choice(names.COMPANY_WORDS)}"
    return {
        "index": Loc(f"the {place.city} Composite index", f"el índice Compuesto de {place.city}"),
        "index_name": f"{place.city} Composite",
        "down": int(down),
        "change": change,
        "points": rng.randint(80, 900),
        "close": rng.randrange(6_000, 42_000, 7),
        "bps": rng.choice((25, 50, 75)),
        "rate": round(rng.uniform(2.0, 11.5), 2),
        "analyst": person(rng),
        "firm": f"{rng.choice(names.LAST_NAMES)} Capital",
        "company": company,
        "company_move": round(change * rng.uniform(1.5, 3.5), 1),
        "governor": person(rng),
        "currency_move": round(rng.uniform(0.4, 2.9), 1),
    }


def _final(rng: random.Random, place: Place) -> Facts:
    other = rng.choice([p for p in names.PLACES if p.city != place.city])
    form_w, form_l = rng.sample(names.TEAM_FORMS, 2)
    goals_w = rng.randint(1, 4)
    return {
        "competition": rng.choice(names.COMPETITIONS),
        "winner_team": form_w.format(city=place.city),
        "loser_team": form_l.format(city=other.city),
        "score_w": goals_w,
        "score_l": rng.randint(0, goals_w - 1),
        "scorer": person(rng),
        "minute": (minute := rng.randint(54, 89)),
        "minute_th": Loc(f"{minute}{_ordinal_suffix(minute)}", str(minute)),
        "coach": person(rng),
        "loser_coach": person(rng),
        "stadium": f"{rng.choice(names.LAST_NAMES)} Stadium",
        "attendance": rng.randrange(18_000, 82_000, 100),
        "nth": rng.choice(names.ORDINALS),
        "seasons": rng.randint(3, 30),
    }


def _attack(rng: random.Random, place: Place) -> Facts:
    attack, target = rng.choice(names.ATTACK_KINDS)
    return {
        "attack": attack,
        "target": target,
        "dead": rng.randint(3, 29),
        "injured": rng.randint(12, 90),
        "arrests": rng.randint(2, 7),
        "spokesperson": person(rng),
        "minister": person(rng),
        "witness": person(rng),
        "hospital": Loc(f"{place.city} General Hospital", f"Hospital General de {place.city}"),
        "hour": rng.choice(("8:40", "11:15", "13:05", "17:30", "19:45")),
    }


def _ordinal_suffix(n: int) -> str:
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10 if n % 100 not in (11, 12, 13) else 0, "th")


_KIND_FACTS = {
    "storm": _storm, "election": _election, "summit": _summit, "trial": _trial,
    "strike": _strike, "market": _market, "final": _final, "attack": _attack,
}
