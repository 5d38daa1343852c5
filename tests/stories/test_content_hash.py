"""A republished copy of an article, reformatted but not rewritten, is recognised as a copy."""

from __future__ import annotations

from newsloom.stories import content_hash

ORIGINAL = (
    "The government announced on Tuesday that it would raise the minimum wage by 8% next year, "
    "a move unions called \"long overdue\" and employers' groups warned could cost jobs. "
    "The finance minister said the increase - the largest in a decade - would help families cope "
    "with rising prices. Opposition parties said the plan did not go far enough."
)


def test_reformatted_copies_share_a_hash():
    copy = (
        "THE GOVERNMENT announced on Tuesday that it would raise the minimum wage by 8 % next year,\n\n"
        "a move unions called “long overdue” and employers’ groups warned could cost jobs.\u00a0\u00a0"
        "The finance minister said the increase — the largest in a decade — would help families cope "
        "with rising prices.\r\n  Opposition parties said the plan did not go far enough !"
    )
    assert content_hash(ORIGINAL) != ""
    assert content_hash(copy) == content_hash(ORIGINAL)


def test_unicode_forms_and_invisible_characters_do_not_matter():
    decomposed = ORIGINAL.replace("employers", "emplo\u200byers").replace("Tuesday", "Ｔｕｅｓｄａｙ")
    assert content_hash(decomposed) == content_hash(ORIGINAL)
    accented = "Le gouvernement a annoncé une hausse du salaire minimum. " * 5
    assert content_hash(accented) == content_hash(accented.replace("é", "e\u0301"))


def test_different_texts_have_different_hashes():
    changed = ORIGINAL.replace("8%", "9%")
    assert content_hash(changed) != content_hash(ORIGINAL)


def test_short_texts_are_too_short_to_identify_an_article():
    assert content_hash("") == ""
    assert content_hash("Breaking: minimum wage to rise.") == ""
    assert content_hash("!!! ... ??? " * 100) == ""
