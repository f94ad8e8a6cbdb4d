"""The classifier's exceptions. Messages say what to do."""

from __future__ import annotations


class ClassifierError(Exception):
    """Base of every error the classifier raises on purpose."""


class PatternError(ClassifierError):
    """An indicator pattern module is invalid (refused at load time)."""


class ModelError(ClassifierError):
    """A model folder is missing, incomplete or from an incompatible version."""


class CorpusError(ClassifierError):
    """The training corpus is missing or malformed."""
