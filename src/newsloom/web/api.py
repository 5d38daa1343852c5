"""The read-only JSON API under /api/v1: articles, sources with their health, and search.

Parameters are validated by FastAPI (bad values answer 422 with the reason, never 500);
an unknown id answers 404 with `{"detail": ...}`.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, Request

from newsloom.web.schemas import (
    ArticleOut,
    ErrorOut,
    SearchHitOut,
    SourceOut,
    article_out,
    hit_out,
    source_out,
)

router = APIRouter(prefix="/api/v1", tags=["api"])

MAX_ID = 2**63 - 1
MAX_OFFSET = 1_000_000
_NOT_FOUND = {404: {"model": ErrorOut, "description": "No such id."}}

Limit = Annotated[int, Query(ge=1, le=100, description="How many items, 1 to 100.")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="How many items to skip.")]


@router.get("/articles", response_model=list[ArticleOut])
def list_articles(
    request: Request,
    limit: Limit = 30,
    offset: Offset = 0,
    source_id: Annotated[int | None, Query(ge=1, le=MAX_ID, description="Only this source's articles.")] = None,
) -> list[ArticleOut]:
    """The latest articles, newest first."""
    views = _store(request).latest_articles(limit=limit, offset=offset, source_id=source_id)
    return [article_out(v) for v in views]


@router.get("/articles/{article_id}", response_model=ArticleOut, responses=_NOT_FOUND)
def get_article(request: Request, article_id: Annotated[int, Path(ge=1, le=MAX_ID)]) -> ArticleOut:
    """One article, with every URL it was found under."""
    view = _store(request).article(article_id)
    if view is None:
        raise HTTPException(404, f"No article with id {article_id}")
    return article_out(view)


@router.get("/sources", response_model=list[SourceOut])
def list_sources(request: Request) -> list[SourceOut]:
    """Every source with its health and its channels' polling state, by name."""
    return [source_out(s) for s in _store(request).sources()]


@router.get("/sources/{source_id}", response_model=SourceOut, responses=_NOT_FOUND)
def get_source(request: Request, source_id: Annotated[int, Path(ge=1, le=MAX_ID)]) -> SourceOut:
    """One source with its health and channels."""
    health = _store(request).source(source_id)
    if health is None:
        raise HTTPException(404, f"No source with id {source_id}")
    return source_out(health)


@router.get("/search", response_model=list[SearchHitOut])
def search(
    request: Request,
    q: Annotated[str, Query(min_length=1, max_length=500, description="Words to find; \"a phrase\"; prefix*.")],
    limit: Limit = 30,
    offset: Offset = 0,
) -> list[SearchHitOut]:
    """Full-text search over titles and text, best matches first."""
    query = " ".join(q.split())
    if not query:
        return []
    return [hit_out(h) for h in _store(request).search(query, limit=limit, offset=offset)]


def _store(request: Request):
    return request.app.state.store
