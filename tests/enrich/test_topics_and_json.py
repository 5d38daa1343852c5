"""Topics on clear cases, keywords and summaries of stories, and the `enrich --json` contract."""

from newsloom.enrich import enrich_file, enrich_text, enrich_texts, enrichment_json

MATCH = ("The Yankees beat the Red Sox 5-3 on Sunday. The team's coach praised the pitcher, "
         "and the player of the game hit two home runs as the season enters the playoff race.")


def test_a_match_report_is_sports_and_a_url_section_counts():
    assert enrich_text(MATCH).topics[0] == "sports"
    plain = "Shares of the company rose after it reported record profit and revenue for the quarter."
    assert enrich_text(plain).topics[0] == "business"
    assert enrich_text("A short note.", url="https://example.org/technology/2025/note").topics == ["technology"]
    assert enrich_text("A short note.", categories=("Health & Wellness",)).topics == ["health"]


def test_a_hospital_outbreak_is_health_and_an_earthquake_a_disaster():
    health = "Doctors at the hospital said the virus outbreak had infected 40 patients; a vaccine trial begins."
    assert enrich_text(health).topics[0] == "health"
    quake = "A magnitude 6.1 earthquake shook the island, and rescue teams searched collapsed buildings."
    assert enrich_text(quake).topics[0] == "disaster"


def test_a_story_of_several_articles_gets_keywords_and_a_summary():
    story = enrich_texts([
        ("Storm Ciaran hits France", "Storm Ciaran brought record winds to Brittany. Storm Ciaran cut power to "
         "a million homes in northern France on Thursday morning."),
        ("Ciaran: a million without power", "A million homes lost power as Storm Ciaran crossed France. "
         "Officials said repairs to the power lines would take days in Brittany and Normandy."),
    ])
    assert any("ciaran" in k for k in story.keywords[:3])
    assert 1 <= len(story.summary) <= 3
    assert "France" in {p.name for p in story.places}


def test_json_output_has_the_contract_keys(tmp_path):
    page = tmp_path / "note.txt"
    page.write_text("President Emmanuel Macron spoke in Paris on Monday about the budget.", "utf-8")
    out = enrichment_json(enrich_file(page))
    assert {"language", "entities", "places", "topics", "keywords"} <= set(out)
    assert all(set(e) == {"name", "type", "count"} for e in out["entities"])
    assert all(set(p) == {"name", "country", "lat", "lon"} for p in out["places"])
    assert {"name": "Emmanuel Macron", "type": "person", "count": 1} in out["entities"]


def test_an_html_file_is_read_through_extraction_or_as_plain_text(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>" + MATCH + "</p></body></html>", "utf-8")
    assert enrich_file(page).topics[0] == "sports"
