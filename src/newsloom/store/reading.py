"""Reading articles for the site: newest first, one query per page, publisher joined in."""

from __future__ import annotations

import sqlalchemy as sa

from newsloom.model import Policy
from newsloom.store.schema import article_urls, articles, recency, sources
from newsloom.store.views import ArticleView

COLUMNS = (
    *articles.c,
    sources.c.name.label("source_name"),
    sources.c.homepage.label("source_homepage"),
    sources.c.policy,
)
WITH_SOURCE = articles.join(sources, sources.c.id == articles.c.source_id)


def select_views() -> sa.Select:
    """SELECT of everything an ArticleView needs; search adds its own columns and filters."""
    return sa.select(*COLUMNS).select_from(WITH_SOURCE)


def latest_articles(
    conn: sa.Connection, limit: int = 30, offset: int = 0, source_id: int | None = None
) -> list[ArticleView]:
    """Newest first by publication date, falling back to when Newsloom first saw the article."""
    query = select_views().order_by(recency.desc(), articles.c.id.desc()).limit(limit).offset(offset)
    if source_id is not None:
        query = query.where(articles.c.source_id == source_id)
    return [view_from_row(row) for row in conn.execute(query)]


def article(conn: sa.Connection, article_id: int) -> ArticleView | None:
    """One article with every URL known to lead to it."""
    row = conn.execute(select_views().where(articles.c.id == article_id)).first()
    if row is None:
        return None
    view = view_from_row(row)
    urls = conn.execute(
        sa.select(article_urls.c.url).where(article_urls.c.article_id == article_id).order_by(article_urls.c.url)
    ).scalars()
    view.urls = list(urls)
    return view


def count_articles(conn: sa.Connection) -> int:
    return conn.execute(sa.select(sa.func.count()).select_from(articles)).scalar_one()


def view_from_row(row: sa.Row) -> ArticleView:
    return ArticleView(
        id=row.id,
        url=row.url,
        canonical_url=row.canonical_url,
        title=row.title,
        text=row.text,
        html=row.html,
        byline=row.byline,
        published=row.published,
        updated=row.updated,
        language=row.language,
        image=row.image,
        site_name=row.site_name,
        description=row.description,
        error=row.error,
        source_id=row.source_id,
        source_name=row.source_name,
        source_homepage=row.source_homepage,
        policy=Policy(row.policy),
        first_seen=row.first_seen,
    )
