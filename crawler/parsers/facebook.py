"""Facebook group and page HTML saved by an analyst (the old mobile markup).

Facebook offers no sanctioned way to read groups without logging in, so analysts save
pages they can see (m.facebook.com or mbasic.facebook.com) and import them:
`lurewatch import page.html --format facebook`. Each post is an
`<article data-store=... data-ft=...>`: its id and publishing time sit in that JSON, its
text in `div._5rgt` blocks (the sharer's words first, then the shared post's).
"""

from __future__ import annotations

import json
import logging
import re
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from lxml import html as lxml_html
from lxml.etree import ParserError

from crawler.errors import SavedPageError
from crawler.items import Post
from crawler.text import html_to_text, normalize_text

log = logging.getLogger(__name__)
BASE = "https://m.facebook.com/"
HOW_TO_SAVE = (
    "open the group or page on m.facebook.com (or mbasic.facebook.com) in a browser, scroll "
    "to load the posts, then save it with 'Save page as... > Web page, HTML only'"
)
_ID_IN_LINKDATA = re.compile(r"top_level_post_id[.\"':]+(\d{5,25})")
_TIME_IN_LINKDATA = re.compile(r"publish_time[\\\"':]+(\d{9,11})")
_KEEP_QUERY = {"story_fbid", "id", "fbid"}  # the rest is click tracking
_FACEBOOK_HOSTS = {"facebook.com", "m.facebook.com", "www.facebook.com", "mbasic.facebook.com"}


def _json_attr(element: Any, name: str) -> dict[str, Any]:
    try:
        value = json.loads(element.get(name) or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _post_id(ft: dict[str, Any], store: dict[str, Any]) -> str | None:
    for value in (ft.get("top_level_post_id"), ft.get("mf_story_key"), store.get("share_id")):
        if value and str(value).isdigit():
            return str(value)
    match = _ID_IN_LINKDATA.search(str(store.get("linkdata") or ""))
    return match[1] if match else None


def _published(ft: dict[str, Any], store: dict[str, Any], post_id: str) -> datetime | None:
    insights = ft.get("page_insights")
    values = insights.values() if isinstance(insights, dict) else []
    found = [v.get("post_context") for v in values if isinstance(v, dict)]
    contexts: list[dict[str, Any]] = [
        c for c in found if isinstance(c, dict) and c.get("publish_time")
    ]
    # The group's copy of the story names the post id; a shared page's copy may not.
    contexts.sort(key=lambda c: post_id not in [str(s) for s in c.get("story_fbid") or []])
    stamp = contexts[0]["publish_time"] if contexts else None
    if stamp is None:
        match = _TIME_IN_LINKDATA.search(str(store.get("linkdata") or ""))
        stamp = match[1] if match else None
    try:
        return datetime.fromtimestamp(int(stamp), tz=UTC) if stamp else None
    except (TypeError, ValueError, OverflowError):
        return None


def _clean_url(href: str | None) -> str | None:
    if not href or href.startswith(("javascript:", "#")):
        return None
    parts = urlsplit(urljoin(BASE, href))
    query = [(k, v) for k, v in parse_qsl(parts.query) if k in _KEEP_QUERY]
    return urlunsplit(parts._replace(query=urlencode(query), fragment=""))


def _body_text(block: Any) -> str:
    for hidden in block.xpath(
        './/*[contains(concat(" ", @class, " "), " text_exposed_hide ")]'
        '|.//*[contains(concat(" ", @data-sigil, " "), " more ")]'
    ):
        hidden.drop_tree()  # the "… More" link of a folded post; the rest is in the page
    for link in block.iter("a"):
        if not link.text_content().strip():
            link.drop_tree()  # "Open story" overlays: a URL with nothing to read
            continue
        href = link.get("href") or ""
        target = dict(parse_qsl(urlsplit(href).query)).get("u") if "/l.php" in href else None
        if target:
            link.set("href", target)  # the outbound link, not Facebook's redirect to it
        elif urlsplit(urljoin(BASE, href)).hostname in _FACEBOOK_HOSTS:
            link.attrib.pop("href", None)  # hashtags and profiles: noise in the text
    return html_to_text(lxml_html.tostring(block, encoding="unicode"))


def parse_article(article: Any) -> Post | None:
    ft, store = _json_attr(article, "data-ft"), _json_attr(article, "data-store")
    post_id = _post_id(ft, store)
    if post_id is None:
        return None
    blocks = article.xpath('.//div[contains(concat(" ", @class, " "), " _5rgt ")]')
    parts = [_body_text(block) for block in blocks]
    headers = [normalize_text(h.text_content()) for h in article.xpath(".//header//h3|.//h3")]
    authors = article.xpath(".//h3//strong//a/text()|.//h3//strong/text()")
    link = article.xpath('.//*[@data-sigil="m-feed-voice-subtitle"]//a/@href')
    link = link or article.xpath('.//a[contains(@href, "/permalink/")]/@href')
    page_insights = ft.get("page_insights") or {}
    shared = any(
        isinstance(v, dict) and (v.get("dm") or {}).get("isShare") in (1, "1")
        for v in page_insights.values()
    )
    extra: dict[str, Any] = {
        "headline": headers[0] if headers and authors and headers[0] != authors[0] else None,
        "shared": shared,
        "original_post_id": str(ft["original_content_id"])
        if ft.get("original_content_id")
        else None,
    }
    return Post(
        external_id=post_id,
        text="\n\n".join(p for p in parts if p),
        url=_clean_url(link[0]) if link else None,
        author=normalize_text(authors[0]) if authors else None,
        posted_at=_published(ft, store, post_id),
        extra={k: v for k, v in extra.items() if v not in (None, "")},
    )


def parse_saved_page(html: str) -> list[Post]:
    """Every post of a saved group or page, in page order. Raises SavedPageError when the
    file is not such a page, saying how to save one."""
    if not html or not html.strip():
        raise SavedPageError(f"the file is empty; {HOW_TO_SAVE}")
    try:
        root = lxml_html.fromstring(html)
    except (ParserError, ValueError) as exc:
        raise SavedPageError(f"not an HTML page ({exc}); {HOW_TO_SAVE}") from exc
    articles = root.xpath("//article[(@data-store or @data-ft) and not(ancestor::article)]")
    if not articles:
        title = normalize_text(" ".join(root.xpath("//title//text()")))
        looks_facebook = "facebook" in title.lower() or "fbcdn" in html[:200_000]
        what = (
            "a Facebook page without posts in the old mobile markup"
            if looks_facebook
            else ("not a saved Facebook group or page")
        )
        raise SavedPageError(
            f"{what}: no <article data-store=...> post blocks found; {HOW_TO_SAVE} "
            "(the desktop site and the app's 'share' pages cannot be read)"
        )
    posts = []
    for article in articles:
        post = parse_article(article)
        if post is None:
            log.warning("skipped a post block without a post id")
            continue
        posts.append(post)
    return posts
