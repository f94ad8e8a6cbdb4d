"""schema.org JobPosting from a page's JSON-LD and microdata (through extruct) to a Post."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import extruct
from lxml import html as lxml_html

from crawler.items import Post
from crawler.text import html_to_text, normalize_text

SYNTAXES = ("json-ld", "microdata")


def _is_posting(obj: Any) -> bool:
    kind = obj.get("@type") if isinstance(obj, dict) else None
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k.rsplit("/", 1)[-1] == "JobPosting" for k in kinds)


def _walk(obj: Any) -> list[dict[str, Any]]:
    """JobPostings anywhere in extruct's output: top level, lists, @graph, ItemList items."""
    found: list[dict[str, Any]] = []
    if isinstance(obj, list):
        for entry in obj:
            found += _walk(entry)
    elif isinstance(obj, dict):
        if _is_posting(obj):
            return [obj]
        for key in ("@graph", "itemListElement", "item", "mainEntity"):
            if key in obj:
                found += _walk(obj[key])
    return found


def extract_postings(markup: str, url: str) -> tuple[list[dict[str, Any]], list[str]]:
    """(postings, problems). A broken JSON-LD block is a problem, not a lost page: the
    blocks are retried one by one and the microdata is read regardless."""
    problems: list[str] = []
    try:
        tree = lxml_html.fromstring(markup)
    except Exception as exc:  # empty or not HTML at all
        return [], [f"not HTML ({type(exc).__name__})"]
    postings: list[dict[str, Any]] = []
    for syntax in SYNTAXES:
        try:
            data = extruct.extract(tree, base_url=url, syntaxes=[syntax], uniform=True)
            postings += _walk(data.get(syntax.replace("-", "_"), data.get(syntax)))
        except Exception as exc:
            if syntax != "json-ld":
                problems.append(f"{syntax}: {type(exc).__name__}")
                continue
            postings += _jsonld_one_by_one(tree, url, problems)
    # Boards often mark one posting up twice (JSON-LD and microdata): keep the first.
    unique: dict[tuple[str, str], dict[str, Any]] = {}
    for posting in postings:
        key = (_name(posting.get("title")) or "", _text(posting.get("description"))[:200])
        unique.setdefault(key, posting)
    return list(unique.values()), problems


def _jsonld_one_by_one(tree: Any, url: str, problems: list[str]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        wrapper = lxml_html.fromstring("<html><head></head></html>")
        copy = lxml_html.fromstring(lxml_html.tostring(script, encoding="unicode"))
        wrapper.find("head").append(copy)
        try:
            data = extruct.extract(wrapper, base_url=url, syntaxes=["json-ld"], uniform=True)
        except Exception as exc:
            problems.append(f"a JSON-LD block is not valid JSON ({type(exc).__name__})")
            continue
        found += _walk(data.get("json-ld"))
    return found


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


def _name(value: Any) -> str | None:
    value = _first(value)
    if isinstance(value, dict):
        value = value.get("name") or value.get("legalName")
    return html_to_text(str(value)) or None if value else None  # names may carry markup


def _text(value: Any) -> str:
    value = _first(value)
    return html_to_text(str(value)) if value not in (None, "") else ""


def _date(value: Any) -> datetime | None:
    value = _first(value)
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip().replace("Z", "+00:00")
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        try:
            parsed = datetime.combine(date.fromisoformat(text[:10]), datetime.min.time())
        except ValueError:
            return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _locations(value: Any) -> list[dict[str, str]]:
    places = value if isinstance(value, list) else [value]
    out = []
    for place in places:
        address = place.get("address") if isinstance(place, dict) else None
        if isinstance(address, dict):
            keys = ("addressLocality", "addressRegion", "addressCountry")
            loc = {k: _name(address.get(k)) for k in keys}
            out.append({k: v for k, v in loc.items() if v})
        elif isinstance(address, str) or isinstance(place, str):
            out.append({"address": normalize_text(str(address or place))})
    return [loc for loc in out if loc]


def _salary(value: Any) -> dict[str, Any] | None:
    value = _first(value)
    if not isinstance(value, dict):
        return {"text": normalize_text(str(value))} if value else None
    amount = value.get("value")
    out: dict[str, Any] = {"currency": value.get("currency")}
    if isinstance(amount, dict):
        for key in ("value", "minValue", "maxValue", "unitText"):
            out[key] = amount.get(key)
    else:
        out["value"] = amount
    return {k: v for k, v in out.items() if v not in (None, "")} or None


def _salary_line(salary: dict[str, Any] | None) -> str:
    if not salary:
        return ""
    if "text" in salary:
        return f"Salary: {salary['text']}"
    low, high = salary.get("minValue"), salary.get("maxValue")
    amount = f"{low}-{high}" if low and high else salary.get("value") or low or high
    per = f" per {str(salary['unitText']).lower()}" if salary.get("unitText") else ""
    return f"Salary: {amount} {salary.get('currency') or ''}".rstrip() + per


def posting_to_post(posting: dict[str, Any], page_url: str, index: int = 0) -> Post | None:
    title = _name(posting.get("title")) or _name(posting.get("name"))
    description = _text(posting.get("description"))
    ident = _first(posting.get("identifier"))
    if isinstance(ident, dict):
        ident = ident.get("value") or ident.get("@id")
    external_id = normalize_text(str(ident)) if ident else page_url + (f"#{index}" if index else "")
    locations = _locations(posting.get("jobLocation"))
    salary = _salary(posting.get("baseSalary"))
    where = "; ".join(", ".join(loc.values()) for loc in locations)
    lines = [title or "", f"Location: {where}" if where else "", _salary_line(salary), description]
    valid = _date(posting.get("validThrough"))
    extra: dict[str, Any] = {
        "hiring_organization": _name(posting.get("hiringOrganization")),
        "job_location": locations or None,
        "job_location_type": _first(posting.get("jobLocationType")),
        "base_salary": salary,
        "valid_through": valid.isoformat() if valid else None,
        "employment_type": posting.get("employmentType"),
    }
    return Post(
        external_id=external_id,
        text="\n".join(line for line in lines if line),
        url=_first(posting.get("url")) if isinstance(_first(posting.get("url")), str) else page_url,
        author=extra["hiring_organization"],
        title=title,
        posted_at=_date(posting.get("datePosted")),
        lang=_first(posting.get("inLanguage"))
        if isinstance(posting.get("inLanguage"), str)
        else None,
        extra={k: v for k, v in extra.items() if v},
    )
