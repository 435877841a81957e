"""The writing workflow: who owns which section (report.toml), the review state of each
(status.toml), and progress (owner, state, length, findings per section)."""
from __future__ import annotations

from .ownership import Ownership, SectionEntry, UnknownDepartment, UnknownSection, project_sections
from .progress import SectionStatus, StatusReport, count_words, section_progress
from .status import STATES, TRANSITIONS, SectionState, StatusError, load_status, save_status, transition

__all__ = ["Ownership", "SectionEntry", "UnknownDepartment", "UnknownSection", "project_sections",
           "SectionStatus", "StatusReport", "count_words", "section_progress", "STATES", "TRANSITIONS",
           "SectionState", "StatusError", "load_status", "save_status", "transition"]
