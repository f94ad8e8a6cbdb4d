"""The crawler's exceptions."""

from __future__ import annotations


class CrawlerError(Exception):
    """Base of the crawler's own errors; messages say what to do."""


class ParseError(CrawlerError):
    """A page or document could not be parsed (logged and counted, never fatal)."""


class SavedPageError(CrawlerError):
    """A saved page given to `lurewatch import` is not of the expected kind."""
