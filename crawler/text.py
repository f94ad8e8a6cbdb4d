"""Text clean-up shared by spiders and pipelines: HTML to text, NFC, invisible characters.

Line breaks are kept (posts are often lists); links are kept as their URL so that
contact extraction still sees them.
"""

from __future__ import annotations

import copy
import re
import unicodedata

from lxml import html as lxml_html
from lxml.etree import ParserError
from lxml.html import HtmlElement

# Zero-width and bidi-control characters hide words from matchers; the BOM too.
INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]")
_SPACES = re.compile(r"[^\S\n]+")
_ANY_SPACE = re.compile(r"\s+")
_BLANK_LINES = re.compile(r"\n\s*\n\s*\n+")
_BLOCK_TAGS = {"p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre"}


def _bare(url: str) -> str:
    """A URL as people write it in text: no scheme, no www., no trailing slash."""
    return re.sub(r"^(https?://)?(www\.)?", "", url.strip()).rstrip("/")


def normalize_text(text: str) -> str:
    """NFC, invisible characters removed, runs of spaces folded, at most one blank line."""
    text = unicodedata.normalize("NFC", text)
    text = INVISIBLE.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    text = "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", text).strip()


def html_to_text(markup: str | HtmlElement, quiet_links: tuple[str, ...] = ()) -> str:
    """Visible text of an HTML fragment (markup, or an element already parsed: it is
    copied, not changed): <br> and blocks become line breaks, a link whose text is not
    its URL keeps the URL in brackets (unless it has a class in `quiet_links`: mentions
    and hashtags); scripts and styles are dropped."""
    if isinstance(markup, HtmlElement):
        root = copy.deepcopy(markup)  # cheaper than serialising and parsing again
        root.tail = None
    elif not markup or not markup.strip():
        return ""
    else:
        try:
            root = lxml_html.fragment_fromstring(markup, create_parent="div")
        except (ParserError, ValueError):
            return normalize_text(markup)
    for bad in root.xpath(".//script|.//style|.//template|.//noscript"):
        bad.drop_tree()
    # Line breaks in the markup are spaces in a browser; only <br> and blocks break lines.
    for el in root.iter():
        if el.tail:
            el.tail = _ANY_SPACE.sub(" ", el.tail)
        if (
            el.text
            and isinstance(el.tag, str)
            and el.tag != "pre"
            and not any(True for _ in el.iterancestors("pre"))
        ):
            el.text = _ANY_SPACE.sub(" ", el.text)
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for link in root.iter("a"):
        href = link.get("href") or ""
        if quiet_links and set(link.get("class", "").split()) & set(quiet_links):
            continue
        label = link.text_content().strip()
        if href.startswith(("http://", "https://")) and _bare(href) not in _bare(label):
            link.tail = f" ({href})" + (link.tail or "")
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag in _BLOCK_TAGS:
            el.tail = "\n" + (el.tail or "")
            if el.text is not None or len(el):
                el.text = "\n" + (el.text or "")
    return normalize_text(root.text_content())
