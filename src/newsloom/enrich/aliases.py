"""Names written many ways: a shipped list for well-known organisations, and the surname rule.

The surname rule: news introduces a person in full (Mohammed Shia al-Sudani) and later by
surname (al-Sudani, Sudani); a shorter mention whose words end the longer name joins it, and
the entity keeps the longest full form as its name.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from newsloom.enrich.gazetteer import fold

_PARTICLE = re.compile(r"^(?:al|el|ad|ash|as|at|ar|an|az)[-’'\s]", re.IGNORECASE)
SUPPORTED_ONLY = 2
"""Aliases this short (IS, UN) count only where the document also names the organisation another way."""


def known_alias(name: str) -> tuple[str, str] | None:
    """(canonical name, type) of a well-known organisation written as `name`, else None."""
    return _aliases().get(fold(name))


def ambiguous_alias(name: str) -> bool:
    return len(name) <= SUPPORTED_ONLY


def name_key(name: str) -> tuple[str, ...]:
    """The words a name is compared by: folded, without Arabic article particles or 'the'."""
    words = [w for w in fold(name).split() if w != "the"]
    return tuple(_PARTICLE.sub("", w) for w in words)


def is_short_form(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """True when `short` ends `full` (Sudani, al-Sudani, Shia al-Sudani end Mohammed Shia al-Sudani)."""
    return 0 < len(short) < len(full) and full[-len(short):] == short


@cache
def _aliases() -> dict[str, tuple[str, str]]:
    table: dict[str, tuple[str, str]] = {}
    text = resources.files("newsloom.data").joinpath("enrich-aliases.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        canonical, kind, others = (line.split("\t") + [""])[:3]
        for spelling in [canonical, *filter(None, others.split("|"))]:
            table[fold(spelling)] = (canonical, kind)
    return table
