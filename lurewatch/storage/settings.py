"""Runtime overrides an admin sets in the review app, over the config file's values.

The config file stays the deployment's baseline; an admin can raise or lower the flag
threshold and switch sources on or off without editing it. Every change is audited.
The pipeline honours them through `effective_threshold` and `source_enabled` (or reads
them all at once with `get_overrides`). Clearing an override (`None`) returns to the
config value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from lurewatch.errors import LurewatchError
from lurewatch.storage.audit import record
from lurewatch.storage.database import Database
from lurewatch.storage.models import Setting, utcnow

THRESHOLD_KEY = "scoring.threshold"
_SOURCE_KEY = re.compile(r"^sources\.(.+)\.enabled$")
_SOURCE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


class SettingsError(LurewatchError):
    """An override has a value the pipeline cannot use."""


@dataclass(frozen=True)
class Overrides:
    threshold: float | None = None  # None: the config's scoring.threshold applies
    sources: dict[str, bool] = field(default_factory=dict)  # name -> enabled


def get_overrides(db: Database) -> Overrides:
    with db.read() as session:
        rows = session.execute(select(Setting.key, Setting.value)).all()
    threshold: float | None = None
    sources: dict[str, bool] = {}
    for key, value in rows:
        raw = (value or {}).get("value")
        if key == THRESHOLD_KEY and isinstance(raw, int | float):
            threshold = float(raw)
        elif (match := _SOURCE_KEY.match(key)) and isinstance(raw, bool):
            sources[match[1]] = raw
    return Overrides(threshold, sources)


def effective_threshold(db: Database, configured: float) -> float:
    """The flag threshold to use now: the admin's override, else the configured one."""
    override = get_overrides(db).threshold
    return configured if override is None else override


def source_enabled(db: Database, name: str, configured: bool) -> bool:
    """Whether a source runs: the admin's override, else its `enabled` in the config."""
    return get_overrides(db).sources.get(name, configured)


def _put(db: Database, key: str, value: Any, actor: str) -> None:
    with db.write() as session:
        row = session.get(Setting, key)
        before = {"value": row.value.get("value")} if row is not None else None
        if value is None:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(Setting(key=key, value={"value": value}, updated_by=actor[:64]))
        else:
            row.value = {"value": value}
            row.updated_at = utcnow()
            row.updated_by = actor[:64]
        record(
            session,
            actor,
            "settings.set" if value is not None else "settings.clear",
            "settings",
            key,
            before=before,
            after={"value": value} if value is not None else None,
        )


def set_threshold(db: Database, value: float | None, actor: str) -> None:
    """Override the flag threshold (0-1); None clears the override."""
    if value is not None and not (0.0 <= value <= 1.0):
        raise SettingsError("the threshold must be between 0 and 1, e.g. 0.5")
    _put(db, THRESHOLD_KEY, None if value is None else float(value), actor)


def set_source_enabled(db: Database, name: str, enabled: bool | None, actor: str) -> None:
    """Switch a source on or off over its config value; None clears the override."""
    if not _SOURCE_NAME.match(name):
        raise SettingsError(f"{name!r} is not a source name")
    _put(db, f"sources.{name}.enabled", enabled, actor)
