"""Sentences, tokens and capitalised spans: the raw material of the built-in recogniser."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsloom.enrich.lexicon import CONNECTORS, TITLES

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n+")
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|\w+(?:['’\-]\w+)*")
_PREFIXED = re.compile(r"^(?:al|el|ad|ash|as|at|ar|an|az|ad|bin|ibn|d|l)['’\-]\w", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?$")
_OPENERS = set("“\"‘:(—–-")


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int
    initial: bool
    """First word of a sentence, a quotation or a clause after a colon: capitalised whatever it is."""


@dataclass(slots=True)
class Span:
    """A run of capitalised tokens (with connectors inside) and what follows it in the text."""

    tokens: list[Token]
    after: str
    """The few characters after the span, to read qualifiers (", Texas") and speech verbs."""
    before: str
    """The lower-case word just before the span (the, on, at...), or ""."""

    @property
    def text(self) -> str:
        return " ".join(t.text for t in self.tokens)


def sentences(text: str) -> list[str]:
    """Sentences split at end punctuation before a capital, and at line breaks."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


def capitalised_spans(sentence: str) -> list[Span]:
    """Every maximal run of capitalised tokens in `sentence`, connectors kept only inside."""
    tokens = list(_tokens(sentence))
    spans: list[Span] = []
    run: list[Token] = []
    for i, token in enumerate(tokens):
        gap = sentence[tokens[i - 1].end:token.start] if i else ""
        if run and not _joins(gap, run[-1].text):
            spans.append(_close(run, sentence, tokens))
            run = []
        if is_capitalised(token.text) or (run and token.text in CONNECTORS):
            run.append(token)
        elif run:
            spans.append(_close(run, sentence, tokens))
            run = []
    if run:
        spans.append(_close(run, sentence, tokens))
    return [s for s in spans if s.tokens]


def is_capitalised(word: str) -> bool:
    """A name-like word: Capitalised, an acronym, or a particle-prefixed name (al-Sudani)."""
    if word[:1].isupper():
        return True
    return bool(_PREFIXED.match(word)) and any(c.isupper() for c in word[2:])


def lower_words(text: str) -> set[str]:
    """Words the text writes in lower case: a capitalised one of these at a sentence start is no name."""
    return {w for w in _TOKEN.findall(text) if w.islower()}


def _tokens(sentence: str):
    previous_end = 0
    for match in _TOKEN.finditer(sentence):
        word = match.group()
        if not word.isupper() or len(word) < 3:
            stripped = _POSSESSIVE.sub("", word) if ("'" in word or "’" in word) else word
        else:
            stripped = word
        stripped = _POSSESSIVE.sub("", stripped) if stripped.endswith(("’s", "'s")) else stripped
        gap = sentence[previous_end:match.start()]
        initial = previous_end == 0 and not sentence[:match.start()].strip("“\"‘( ") or bool(
            _OPENERS & set(gap.strip()))
        previous_end = match.end()
        if stripped:
            yield Token(stripped, match.start(), match.start() + len(stripped), initial)


def _joins(gap: str, previous: str) -> bool:
    """Names run across single spaces, and across an abbreviation's point (Lt. Gregg Hastings)."""
    return gap in (" ", "", ".") or (gap == ". " and previous.lower() in TITLES)


def _close(run: list[Token], sentence: str, tokens: list[Token]) -> Span:
    while run and run[-1].text in CONNECTORS:
        run.pop()
    if not run:
        return Span([], "", "")
    before_text = sentence[:run[0].start].rstrip().split(" ")[-1] if run[0].start else ""
    after = sentence[run[-1].end:run[-1].end + 40]
    return Span(list(run), after, before_text if before_text.isalpha() and before_text.islower() else "")
