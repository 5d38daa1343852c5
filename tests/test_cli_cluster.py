"""`newsloom cluster`: the batch contract benchmarks use, with no database."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from newsloom.cli import app


def _doc(doc_id, title, text, date):
    return json.dumps({"id": doc_id, "title": title, "text": text, "date": date})


def test_cluster_writes_one_story_id_per_document(tmp_path):
    quake = ("A magnitude 6.1 earthquake struck Lombok island in Indonesia on Sunday, killing at least "
             "twelve people and damaging hundreds of homes near Mataram, officials said. ") * 3
    final = ("Cork United beat Real Lisbon 2-0 in the League Cup final at Wembley on Saturday, with "
             "Astrid Sorensen scoring twice in the second half. ") * 3
    lines = [
        _doc("a", "Earthquake kills 12 on Lombok", quake, "2026-11-01T08:00:00Z"),
        _doc("b", "Cork United win the League Cup", final, "2026-11-01T09:00:00Z"),
        _doc("c", "Lombok quake: death toll rises to 12", quake.replace("Sunday", "Sunday morning"),
             "2026-11-01T10:00:00Z"),
    ]
    docs = tmp_path / "docs.jsonl"
    docs.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "assign.tsv"

    result = CliRunner().invoke(app, ["cluster", "--input", str(docs), "--output", str(out)])

    assert result.exit_code == 0, result.output
    rows = dict(line.split("\t") for line in out.read_text().splitlines())
    assert set(rows) == {"a", "b", "c"}
    assert rows["a"] == rows["c"] != rows["b"]


def test_cluster_names_the_bad_line(tmp_path):
    docs = tmp_path / "docs.jsonl"
    docs.write_text(_doc("a", "t", "some text", None) + "\n{not json\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["cluster", "--input", str(docs), "--output", str(tmp_path / "o.tsv")])
    assert result.exit_code == 1 and "line 2" in result.output
