"""Red-flag indicators: a registry of names, one pattern module per language, a matcher."""

from classifier.indicators.matcher import IndicatorMatcher, load_modules
from classifier.indicators.registry import INDICATORS, NAMES, IndicatorDef

__all__ = ["INDICATORS", "NAMES", "IndicatorDef", "IndicatorMatcher", "load_modules"]
