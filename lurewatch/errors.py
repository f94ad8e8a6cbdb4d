"""The core's exceptions. The CLI prints `str(error)` as one line and exits non-zero."""

from __future__ import annotations


class LurewatchError(Exception):
    """Base of every error the core raises on purpose; its message says what to do."""


class ConfigError(LurewatchError):
    """The configuration file or an environment override is invalid."""

    def __init__(self, key: str, message: str, source: str = "") -> None:
        self.key = key
        where = f"{source}: " if source else ""
        super().__init__(f"{where}{key}: {message}" if key else f"{where}{message}")


class StorageError(LurewatchError):
    """The database is missing, unreachable or at the wrong schema version."""


class AlreadyRunning(LurewatchError):
    """Another `lurewatch run` holds the pipeline lock."""


class ImportFileError(LurewatchError):
    """An import file cannot be read at all (a bad row is reported, not raised)."""
