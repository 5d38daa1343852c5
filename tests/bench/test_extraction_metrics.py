"""The extraction benchmark's scoring rules: a wrong count here would make every figure in the README wrong."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[2] / "bench" / "extraction_metrics.py"
_SPEC = importlib.util.spec_from_file_location("extraction_metrics", _PATH)
metrics = importlib.util.module_from_spec(_SPEC)
sys.modules["extraction_metrics"] = metrics
_SPEC.loader.exec_module(metrics)


def test_segments_are_whitespace_insensitive_substrings_and_summed_over_pages():
    page_one = metrics.count_segments(
        ["The council voted\n  on Tuesday", "a second paragraph"],
        ["Subscribe to our newsletter", "All rights reserved"],
        "Intro. The council voted on Tuesday to close the bridge. Subscribe to  our newsletter",
    )
    assert (page_one.tp, page_one.fn, page_one.fp, page_one.tn) == (1, 1, 1, 1)

    total = metrics.Segments()
    total.add(page_one)
    total.add(metrics.count_segments(["kept text"], ["junk"], "kept text only"))
    assert (total.tp, total.fn, total.fp, total.tn) == (2, 1, 1, 2)
    assert total.precision == pytest.approx(2 / 3)
    assert total.recall == pytest.approx(2 / 3)
    assert total.f1 == pytest.approx(4 / 6)
    assert total.accuracy == pytest.approx(4 / 6)


def test_a_crash_or_rejection_finds_no_segment_and_leaks_none():
    for nothing in (None, ""):
        counts = metrics.count_segments(["a", "b"], ["c"], nothing)
        assert (counts.tp, counts.fn, counts.fp, counts.tn) == (0, 2, 0, 1)
    assert metrics.segment_misses(["a"], ["c"], None) == (["a"], [])


def test_token_f1_rewards_overlap_and_punishes_junk_and_loss():
    gold = "Der Rat stimmte am Dienstag zu."
    assert metrics.token_f1("der rat  stimmte am Dienstag zu", gold) == pytest.approx(1.0)
    precision, recall, f1 = metrics.token_prf("Der Rat stimmte am Dienstag zu. Newsletter abonnieren", gold)
    assert recall == pytest.approx(1.0) and precision == pytest.approx(6 / 8)
    assert f1 == pytest.approx(2 * 0.75 / 1.75)
    assert metrics.token_f1(None, gold) == 0.0
    # Chinese has no spaces: each character is a token, so half the characters is not zero
    assert metrics.token_f1("北京", "北京上海") == pytest.approx(2 / 3)


def test_author_sets_ignore_order_case_prefixes_separators_and_dates():
    assert metrics.same_authors("By Jane Doe and JOHN SMITH", ["John Smith", "Jane Doe"])
    assert metrics.same_authors("Jane Doe, John Smith", "John Smith; Jane Doe")
    assert metrics.name_set("By GILLIAN MOHNEY\n   March 11, 2015 3:46 PM") == {"gillian mohney"}
    assert metrics.name_set("Von Anna Müller") == {"anna müller"}
    assert metrics.same_authors("Dana A. Ford, James S.A. Corey", ["Dana A Ford", "James S A Corey"])
    assert not metrics.same_authors("Jane Doe", ["Jane Doe", "John Smith"])
    assert metrics.same_authors("", [])
    assert not metrics.same_authors("Editorial Team", [])


def test_titles_compare_case_and_whitespace_insensitively_but_not_site_suffixes():
    assert metrics.same_title("  Storm hits  the COAST ", "Storm hits the coast")
    assert not metrics.same_title("Storm hits the coast | Daily News", "Storm hits the coast")
    assert metrics.same_title("Helikopter\xadlandeplatz geplant", "Helikopterlandeplatz geplant\u200b")
    assert not metrics.same_title("", "")


def test_dates_compare_in_the_golds_timezone_to_the_day_and_minute():
    gold = "2024-05-03 23:30:00-05:00"
    same_instant_next_utc_day = datetime(2024, 5, 4, 4, 30, 40, tzinfo=timezone.utc)
    assert metrics.same_day(same_instant_next_utc_day, gold)
    assert metrics.same_minute(same_instant_next_utc_day, gold)
    assert not metrics.same_minute(same_instant_next_utc_day + timedelta(minutes=1), gold)
    assert not metrics.same_day(datetime(2024, 5, 5, 2, 0, tzinfo=timezone.utc), gold)  # 21:00 on the 4th there
    # a bare day matches the day but never the minute
    assert metrics.same_day("2024-05-03", gold)
    assert not metrics.same_minute(date(2024, 5, 3), gold)
    # a naive gold is the publisher's wall clock: compared with the prediction's own wall clock
    assert metrics.same_minute(datetime(2024, 5, 3, 9, 15, tzinfo=timezone(timedelta(hours=2))), "2024-05-03 09:15:00")
    assert not metrics.same_day(None, gold)


def test_languages_agree_on_the_primary_subtag():
    assert metrics.same_language("en", "en-US")
    assert metrics.same_language("DE_at", "de")
    assert not metrics.same_language("de", "en")
    assert not metrics.same_language(None, "en")


def test_percentile_interpolates():
    assert metrics.percentile([10, 20, 30, 40], 50) == pytest.approx(25)
    assert metrics.percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 95) == pytest.approx(10.5)
