"""Errors the user can act on. Messages are in Chinese; they carry a location."""
from __future__ import annotations


class NianbaoError(Exception):
    """Base class: the CLI prints these without a traceback and exits non-zero."""


class ConfigError(NianbaoError):
    pass


class BuildError(NianbaoError):
    """One or more problems in the sections; each line names file:line."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))
