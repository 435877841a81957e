"""Indicators: declared in the template, computed on DuckDB, each value with provenance."""
from .engine import IndicatorError, Indicators
from .selector import Selector, SelectorError, parse_selector
from .values import MISSING, Value

__all__ = ["Indicators", "IndicatorError", "Selector", "SelectorError", "parse_selector", "Value", "MISSING"]
