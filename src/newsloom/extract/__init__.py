"""The extract stage: a fetched page becomes an Article (text, sanitized HTML, metadata) or a Rejected."""

from newsloom.extract.article import extract_article

__all__ = ["extract_article"]
