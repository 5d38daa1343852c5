"""Phrasebooks: the sentences simulated reporters build their articles from.

A phrasebook holds, for each kind of event, several headlines and ledes, the facts a report
can state (each in several wordings, most important first), the people it can quote, and
background lines. Reporters at different outlets pick different wordings and orders from
the same facts, which is what makes their articles look like independent reports of one story.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Speaker:
    """Someone a report can quote: the fact holding their name, their title, what they say."""

    key: str
    title: str
    quotes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class KindBank:
    headlines: tuple[str, ...]
    ledes: tuple[str, ...]
    facts: tuple[tuple[str, ...], ...]
    speakers: tuple[Speaker, ...]
    background: tuple[str, ...]
    words: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Words that depend on a yes/no fact (`switch`): (when false, when true)."""
    switch: str = ""


@dataclass(frozen=True, slots=True)
class Phrasebook:
    language: str
    kinds: dict[str, KindBank]
    attributions: tuple[str, ...]
    closers: tuple[str, ...]
    weekdays: tuple[str, ...]
    thousands: str
    group_from: int
    """Smallest number written with a thousands separator."""
    decimal: str
    small_numbers: tuple[str, ...]


def phrasebook(language: str) -> Phrasebook:
    """The phrasebook for a language code ("en" or "es")."""
    if language == "es":
        from newsloom.simweb.phrases.es import SPANISH

        return SPANISH
    from newsloom.simweb.phrases.en import ENGLISH

    return ENGLISH
