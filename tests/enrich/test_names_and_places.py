"""Names written many ways become one entity; ambiguous place names land where the text means."""

from newsloom.enrich import enrich_text


def _entity(enrichment, name):
    return next((e for e in enrichment.entities if e.name == name), None)


def test_islamic_state_aliases_become_one_organisation():
    text = ("ISIL claimed the attack. Officials blamed Daesh for the bombing. "
            "The Islamic State has lost ground, and IS fighters fled east.")
    e = enrich_text(text)
    islamic_state = _entity(e, "Islamic State")
    assert islamic_state is not None and islamic_state.count == 4
    assert not {"ISIL", "Daesh", "IS"} & {x.name for x in e.entities}


def test_a_lone_two_letter_alias_is_not_trusted():
    e = enrich_text("The report IS ready, the editor wrote in capitals.")
    assert _entity(e, "Islamic State") is None


def test_a_later_surname_joins_the_full_name():
    text = ("Chancellor Angela Merkel met reporters in Berlin. Merkel said the talks went well. "
            "Later, Merkel left for Brussels.")
    e = enrich_text(text)
    merkel = _entity(e, "Angela Merkel")
    assert merkel is not None and merkel.type == "person" and merkel.count == 3


def test_paris_alone_is_in_france_and_paris_texas_is_in_the_us():
    france = enrich_text("Thousands marched in Paris on Saturday against the pension reform.")
    assert (france.places[0].name, france.places[0].country) == ("Paris", "FR")
    texas = enrich_text("A tornado struck Paris, Texas, late on Tuesday, damaging dozens of homes.")
    paris = next(p for p in texas.places if p.name == "Paris")
    assert paris.country == "US" and abs(paris.lat - 33.66) < 0.5


def test_georgia_is_the_country_beside_tbilisi_and_the_state_beside_atlanta():
    caucasus = enrich_text("Protesters filled the streets of Tbilisi as Georgia's parliament voted.")
    assert next(p for p in caucasus.places if p.name == "Georgia").country == "GE"
    south = enrich_text("Voters in Atlanta waited for hours as Georgia counted its ballots.")
    georgia = next(p for p in south.places if p.name == "Georgia")
    assert georgia.country == "US" and abs(georgia.lon + 83.5) < 2
