"""Names a reader uses for the figures: indicator names and aliases, scope words.

From the template alone (audit) or, for a project, also from figures.csv/survey.csv
指标名称 and the departments and majors in the data.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

GENDER_WORDS = {"男生": ("gender", "男"), "女生": ("gender", "女"), "省内生源": ("origin_scope", "省内生源"),
                "省外生源": ("origin_scope", "省外生源"), "少数民族": ("ethnicity_group", "少数民族")}
GENERIC_NAMES = {"占比", "专业", "毕业生"}  # too common to anchor a typed-number comparison alone


@dataclass
class Lexicon:
    names: dict[str, str] = field(default_factory=dict)  # name -> indicator key
    scopes: dict[str, tuple[str, str]] = field(default_factory=dict)  # word -> (dimension, value)
    pattern: re.Pattern | None = None
    scope_pattern: re.Pattern | None = None

    def compile(self) -> "Lexicon":
        names = sorted(self.names, key=len, reverse=True)
        self.pattern = re.compile("|".join(map(re.escape, names))) if names else None
        scopes = sorted(self.scopes, key=len, reverse=True)
        self.scope_pattern = re.compile("|".join(map(re.escape, scopes))) if scopes else None
        return self

    def find_names(self, text: str) -> list[tuple[int, int, str]]:
        return [(m.start(), m.end(), m.group()) for m in self.pattern.finditer(text)] if self.pattern else []

    def find_scopes(self, text: str) -> list[tuple[str, tuple[str, str]]]:
        if not self.scope_pattern:
            return []
        return [(m.group(), self.scopes[m.group()]) for m in self.scope_pattern.finditer(text)]


def build_lexicon(template=None, indicators=None, extra: dict | None = None) -> Lexicon:
    lex = Lexicon(scopes=dict(GENDER_WORDS))
    if template is not None:
        for key, d in template.indicators.items():
            for name in (d.get("name", ""), *d.get("aliases", [])):
                if len(name) >= 2 and name not in GENERIC_NAMES:
                    lex.names.setdefault(name, key)
        for rule_name, key in (template.rules.get("names", {}) or {}).items():
            lex.names.setdefault(rule_name, key)
    if indicators is not None:
        for (key, group, _), fig in sorted(indicators._figures.items()):
            name = fig.get("name") or ""
            if len(name) >= 2 and not group and name not in GENERIC_NAMES:
                lex.names.setdefault(name, key)
        for dim in ("department", "major"):
            try:
                for value in sorted(indicators.known_values(dim)):
                    if value and len(value) >= 2:
                        lex.scopes.setdefault(value, (dim, value))
            except Exception:  # noqa: BLE001 - a project without that table
                pass
    lex.names.update(extra or {})
    return lex.compile()
