"""`import FILE`: posts from partners or manual collection (CSV, JSONL, saved Facebook pages).

A bad row is reported with its line number and skipped; every good row is stored.
Re-importing a file stores nothing twice (rows without an id get one from their text).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from lurewatch.errors import ImportFileError
from lurewatch.storage import Database, NewPost, content_hash, ensure_source, insert_posts

COLUMNS = ("text", "id", "url", "author", "title", "posted_at", "lang")
FORMATS = ("csv", "jsonl", "facebook")
MAX_TEXT = 20_000


@dataclass
class ImportReport:
    read: int = 0
    imported: int = 0
    duplicates: int = 0
    problems: list[tuple[int, str]] = field(default_factory=list)  # (line, reason)


class RowError(ValueError):
    pass


def guess_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    if suffix in (".html", ".htm"):
        return "facebook"
    return "csv"


def _parse_time(value: Any) -> datetime | None:
    if value in (None, ""):
        return None
    try:
        parsed = datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
    except ValueError:
        raise RowError(
            f"posted_at {value!r} is not an ISO 8601 date (2026-01-31T12:00:00Z)"
        ) from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _to_post(row: dict[str, Any]) -> NewPost:
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        raise RowError("no text")
    text = text.strip()[:MAX_TEXT]
    ident = row.get("id")
    external_id = str(ident).strip() if ident not in (None, "") else content_hash(text)[:32]
    if len(external_id) > 255:
        raise RowError("id longer than 255 characters")
    extra = {k: v for k, v in row.items() if k not in COLUMNS and k}

    def opt(key: str) -> str | None:
        value = row.get(key)
        return str(value).strip() or None if value is not None else None

    return NewPost(
        external_id=external_id,
        text=text,
        url=opt("url"),
        author=opt("author"),
        title=opt("title"),
        lang_hint=opt("lang"),
        posted_at=_parse_time(row.get("posted_at")),
        extra=extra,
    )


def _csv_rows(path: Path) -> Iterator[tuple[int, dict[str, Any] | RowError]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle, restkey="\0extra")
        if not reader.fieldnames or "text" not in reader.fieldnames:
            raise ImportFileError(f"{path}: the first line must be a header with a 'text' column")
        width = len(reader.fieldnames)
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield reader.line_num, RowError(f"malformed CSV ({exc})")
                continue
            if "\0extra" in row:
                yield reader.line_num, RowError(f"more fields than the header's {width}")
            elif None in row.values():
                yield reader.line_num, RowError(f"fewer fields than the header's {width}")
            else:
                yield reader.line_num, row


def _jsonl_rows(path: Path) -> Iterator[tuple[int, dict[str, Any] | RowError]]:
    with path.open(encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield number, RowError(f"not JSON ({exc.msg})")
                continue
            yield number, obj if isinstance(obj, dict) else RowError("not a JSON object")


def _facebook_rows(path: Path) -> Iterator[tuple[int, dict[str, Any] | RowError]]:
    from crawler.errors import SavedPageError
    from crawler.parsers.facebook import parse_saved_page

    try:
        posts = parse_saved_page(path.read_text(encoding="utf-8", errors="replace"))
    except SavedPageError as exc:
        raise ImportFileError(f"{path}: {exc}") from exc
    for number, post in enumerate(posts, 1):
        yield (
            number,
            {
                "text": post.text,
                "id": post.external_id,
                "url": post.url,
                "author": post.author,
                "posted_at": post.posted_at,
                **post.extra,
            },
        )


def import_file(db: Database, path: Path, source_name: str, fmt: str | None = None) -> ImportReport:
    fmt = fmt or guess_format(path)
    if fmt not in FORMATS:
        raise ImportFileError(f"format {fmt!r} unknown; use one of {', '.join(FORMATS)}")
    if not path.is_file():
        raise ImportFileError(f"{path} not found")
    db.require_current()
    source_id = ensure_source(db, source_name, "import")
    rows = {"csv": _csv_rows, "jsonl": _jsonl_rows, "facebook": _facebook_rows}[fmt](path)
    report = ImportReport()
    batch: list[NewPost] = []
    try:
        for number, row in rows:
            report.read += 1
            try:
                if isinstance(row, RowError):
                    raise row
                if fmt == "facebook" and isinstance(row.get("posted_at"), datetime):
                    row["posted_at"] = row["posted_at"].isoformat()
                batch.append(_to_post(row))
            except RowError as exc:
                report.problems.append((number, str(exc)))
            if len(batch) >= 500:
                _store(db, source_id, batch, report)
                batch = []
    except UnicodeDecodeError as exc:
        report.problems.append((0, f"file is not UTF-8 from byte {exc.start}; re-save it as UTF-8"))
    _store(db, source_id, batch, report)
    return report


def _store(db: Database, source_id: int, batch: list[NewPost], report: ImportReport) -> None:
    result = insert_posts(db, source_id, batch)
    report.imported += result.inserted
    report.duplicates += result.duplicates
