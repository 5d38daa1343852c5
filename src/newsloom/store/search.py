"""Full-text search over article titles and text, safe for whatever a visitor types.

The visitor's words are never passed through as query syntax on SQLite: they are cut into
plain terms and each is quoted, so quotes, operators and brackets are just text. PostgreSQL
gets the raw string through `websearch_to_tsquery`, which is built to accept any input.
Snippets are made here rather than by the database so that both databases escape and mark
them the same way (no library does "escape, then mark these words"; it is a few lines).
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Callable

import sqlalchemy as sa

from newsloom.store.reading import COLUMNS, view_from_row
from newsloom.store.schema import articles, sources
from newsloom.store.views import SearchHit

MAX_TERMS = 16
SNIPPET_WORDS = 30
_BEFORE_MATCH = 8
_WORD = re.compile(r"[^\W_]+")
_FTS = sa.table("articles_fts", sa.column("rowid"))
# bm25 weights per FTS column (title, text): a word in the title counts ten times as much.
_BM25 = sa.func.bm25(sa.literal_column("articles_fts"), sa.literal_column("10.0"), sa.literal_column("1.0"))


def search(conn: sa.Connection, query: str, limit: int = 30, offset: int = 0) -> list[SearchHit]:
    """Articles matching every word of `query`, best first; [] when it has no words."""
    terms = query_terms(query)
    if not terms:
        return []
    if conn.dialect.name == "postgresql":
        statement = _postgres(query)
    else:
        statement = _sqlite(terms)
    rows = conn.execute(statement.limit(limit).offset(offset))
    return [
        SearchHit(
            article=view_from_row(row),
            snippet=snippet(row.text or row.description or row.title, terms),
            rank=float(row.rank),
        )
        for row in rows
    ]


def query_terms(query: str) -> list[str]:
    """The words of a visitor's query, folded the way the index folds them."""
    return [_fold(word) for word in _WORD.findall(unicodedata.normalize("NFKC", query))][:MAX_TERMS]


def snippet(text: str, terms: list[str]) -> str:
    """About SNIPPET_WORDS words of `text` around the first matching word, HTML-escaped,
    with every matching word wrapped in <mark>. The last term also matches as a prefix,
    as it does in the search itself."""
    exact, prefix = set(terms), (terms[-1] if terms else None)

    def hit(word: str) -> bool:
        folded = _fold(word)
        return folded in exact or (prefix is not None and folded.startswith(prefix))

    spans = _window(text, hit)
    if not spans:
        return ""
    parts = ["… " if text[: spans[0][0]].strip() else ""]
    previous_end = spans[0][0]
    for start, end in spans:
        parts.append(html.escape(text[previous_end:start]))
        word = html.escape(text[start:end])
        parts.append(f"<mark>{word}</mark>" if hit(text[start:end]) else word)
        previous_end = end
    rest = text[previous_end:]
    parts.append(" …" if _WORD.search(rest) else html.escape(rest.rstrip()))
    return "".join(parts)


def _sqlite(terms: list[str]) -> sa.Select:
    # Terms hold letters and digits only, so quoting them cannot break out of the string.
    match = " ".join(f'"{term}"' for term in terms) + "*"
    joined = _FTS.join(articles, articles.c.id == _FTS.c.rowid).join(sources, sources.c.id == articles.c.source_id)
    rank = (-_BM25).label("rank")
    return (
        sa.select(*COLUMNS, rank)
        .select_from(joined)
        .where(sa.literal_column("articles_fts").op("MATCH")(match))
        .order_by(rank.desc(), articles.c.id.desc())
    )


def _postgres(query: str) -> sa.Select:
    tsquery = sa.func.websearch_to_tsquery(sa.literal_column("'simple'"), query)
    vector = sa.literal_column("articles.search_vector")
    rank = sa.func.ts_rank(vector, tsquery).label("rank")
    joined = articles.join(sources, sources.c.id == articles.c.source_id)
    return (
        sa.select(*COLUMNS, rank)
        .select_from(joined)
        .where(vector.op("@@")(tsquery))
        .order_by(rank.desc(), articles.c.id.desc())
    )


def _fold(word: str) -> str:
    """Lower-case and strip accents, as FTS5's unicode61 tokenizer (remove_diacritics) does."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _window(text: str, hit: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Spans of up to SNIPPET_WORDS words starting a few words before the first hit (or the
    text's first words when only the title matched), reading no further into `text` than needed."""
    words = (found.span() for found in _WORD.finditer(text))
    before: deque[tuple[int, int]] = deque(maxlen=_BEFORE_MATCH)
    opening: list[tuple[int, int]] = []
    for start, end in words:
        if len(opening) < SNIPPET_WORDS:
            opening.append((start, end))
        if hit(text[start:end]):
            window = [*before, (start, end)]
            for span in words:
                if len(window) >= SNIPPET_WORDS:
                    break
                window.append(span)
            return window
        before.append((start, end))
    return opening
