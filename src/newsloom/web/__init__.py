"""Newsloom's web site, JSON API and output feeds, served from the store."""

from newsloom.web.app import create_app

__all__ = ["create_app"]
