"""Parsers that need no crawl: saved pages (Facebook) and page formats shared by spiders."""
