"""Checks: rules over the data, the computed indicators and the written sections."""
from .findings import Finding, FindingLocation

__all__ = ["Finding", "FindingLocation"]
