"""`newsloom enrich`: enrichment alone for text or HTML files, as JSON for tools."""

import json

from typer.testing import CliRunner

from newsloom.cli import app

REPORT = (
    "Iraqi Prime Minister Mohammed Shia al-Sudani met Syrian officials in Baghdad on Tuesday to discuss "
    "attacks by the Islamic State group in Anbar province. Al-Sudani said the operation would continue.\n\n"
    "Officials in Damascus said Syria would cooperate along the border."
)


def test_enrich_json_names_people_organisations_and_places_with_coordinates(tmp_path):
    text = tmp_path / "report.txt"
    text.write_text(REPORT, encoding="utf-8")
    result = CliRunner().invoke(app, ["enrich", str(text), "--json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert {"language", "entities", "places", "topics", "keywords"} <= set(record)
    assert record["language"] == "en"
    names = {(e["name"], e["type"]) for e in record["entities"]}
    assert ("Mohammed Shia al-Sudani", "person") in names
    assert ("Islamic State", "organisation") in names
    anbar = next(p for p in record["places"] if p["name"] == "Anbar")
    assert anbar["country"] == "IQ" and abs(anbar["lat"] - 33.4) < 1 and abs(anbar["lon"] - 42.0) < 1.5


def test_enrich_reports_a_missing_file(tmp_path):
    result = CliRunner().invoke(app, ["enrich", str(tmp_path / "absent.txt")])
    assert result.exit_code == 1 and "cannot enrich" in result.output
