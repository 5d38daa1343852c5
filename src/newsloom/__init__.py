"""Newsloom: a self-hosted automatic news aggregator."""

__version__ = "0.1.0"
