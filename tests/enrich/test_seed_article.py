"""A reader of the aggregated seed article sees its people, organisations and places, and no junk."""

from pathlib import Path

import pytest

from newsloom.enrich import enrich_text

SEED = Path(__file__).resolve().parents[3] / "shared" / "data" / "seed" / "aggregated-article.txt"


@pytest.fixture(scope="module")
def seed():
    if not SEED.exists():
        pytest.skip(f"{SEED} absent (a fresh clone has no ../shared)")
    return enrich_text(SEED.read_text("utf-8"))


def _names(enrichment, kind):
    return {e.name for e in enrichment.entities if e.type == kind}


def test_iraq_syria_and_anbar_are_placed_on_the_map(seed):
    places = {p.name: p for p in seed.places}
    assert places["Iraq"].country == "IQ" and abs(places["Iraq"].lat - 33.2) < 1.5 and abs(places["Iraq"].lon - 43.7) < 1.5
    assert places["Syria"].country == "SY" and abs(places["Syria"].lat - 35.0) < 1.5 and abs(places["Syria"].lon - 38.0) < 2
    assert places["Anbar"].country == "IQ" and abs(places["Anbar"].lat - 33.4) < 1 and abs(places["Anbar"].lon - 42.0) < 1
    assert [p.name for p in seed.places[:2]] == ["Iraq", "Syria"]


def test_the_people_a_reader_would_name_each_once(seed):
    people = _names(seed, "person")
    assert {"Mohammed Shia al-Sudani", "Donald Trump", "Fouad Hussein", "Bashar Assad",
            "Asaad Hassan al-Shibani", "Abdallah Maki Mosleh al-Rifai"} <= people
    assert not {"al-Sudani", "Sudani", "Hussein", "Assad", "al-Rifai"} & people
    sudani = next(e for e in seed.entities if e.name == "Mohammed Shia al-Sudani")
    assert sudani.count == 2 and "al-Sudani" in sudani.aliases


def test_isis_is_one_organisation_however_written(seed):
    organisations = _names(seed, "organisation")
    assert "Islamic State" in organisations and "ISIS" not in organisations
    assert next(e for e in seed.entities if e.name == "Islamic State").count >= 9


def test_no_junk_entities(seed):
    names = {e.name.lower() for e in seed.entities}
    junk = {"images", "copyright", "khumaer", "khumaer.us", "friday", "thursday", "september", "the",
            "another", "despite", "while", "peace through strength", "x"}
    assert not names & junk


def test_the_seed_reads_as_english_world_news(seed):
    assert seed.language == "en" and seed.language_confidence > 0.9
    assert "world" in seed.topics
    assert 1 <= len(seed.summary) <= 3 and "al-Sudani" in seed.summary[0]
