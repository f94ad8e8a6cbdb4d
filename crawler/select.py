"""Selectors written in a config file: CSS by default, XPath when they start with / or (.

A selector may end in ::text or ::attr(name) (CSS) or select text()/@attr (XPath); one
that selects elements yields their visible text (scripts and styles left out).
"""

from __future__ import annotations

from typing import Protocol

from parsel import Selector, SelectorList

from crawler.text import html_to_text, normalize_text


class Selectable(Protocol):
    """A parsel Selector or SelectorList, or a Scrapy TextResponse."""

    def css(self, query: str, /) -> SelectorList[Selector]: ...
    def xpath(self, query: str, /) -> SelectorList[Selector]: ...


def is_xpath(query: str) -> bool:
    return query.lstrip().startswith(("/", "(", "./"))


def select(sel: Selectable, query: str) -> SelectorList[Selector]:
    return sel.xpath(query) if is_xpath(query) else sel.css(query)


def texts(sel: Selectable, query: str) -> list[str]:
    """Each match as text: elements through html_to_text, strings (text, attributes) as is."""
    out = []
    for match in select(sel, query):
        value = match.get()
        text = value if isinstance(match.root, str) else html_to_text(value)
        text = normalize_text(text)
        if text:
            out.append(text)
    return out


def joined(sel: Selectable, query: str, sep: str = "\n\n") -> str:
    return sep.join(texts(sel, query))


def first_href(sel: Selectable, query: str) -> str | None:
    found = hrefs(sel, query)
    return found[0] if found else None


def hrefs(sel: Selectable, query: str) -> list[str]:
    """Link targets: the href of each selected element, or the selected strings themselves."""
    out = []
    for match in select(sel, query):
        if isinstance(match.root, str):
            out.append(match.root)
        else:
            href = match.attrib.get("href")
            if href:
                out.append(href)
    return out
