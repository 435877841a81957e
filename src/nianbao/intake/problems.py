"""Problems found in an input file: where (file, sheet, row, column), what, and what was expected.

Values of personal columns (学号, 姓名, 工号) are never kept: `Problem.value` is masked.
In a file that holds personal columns, any column may hold a name (a header that lacks
姓名 shifts the names into 性别), so every value shown is cut to its first character
(`慕***`), in `value` and inside the message; elsewhere long values are shortened.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field, replace

from ..errors import NianbaoError

MASK = "（已隐去）"
KEPT_CHARACTERS = 1  # of any value of a personal file shown in a message
LONGEST_SHOWN = 40  # characters of a value of any other file shown in a message


@dataclass(frozen=True)
class Problem:
    file: str
    sheet: str | None
    row: int | None  # as the user sees it in Excel (1-based, title and header rows counted)
    column: str | None  # the header as written in the file
    value: str | None
    expected: str
    message: str
    reason: str = ""  # short category for the summary, e.g. “性别取值不合法”

    def to_dict(self) -> dict:
        data = asdict(self)
        data.pop("reason")
        return data

    def location(self) -> str:
        parts = [self.file]
        if self.sheet:
            parts.append(f"工作表“{self.sheet}”")
        if self.row:
            parts.append(f"第 {self.row} 行")
        if self.column:
            parts.append(f"“{self.column}”列")
        return " ".join(parts)

    def line(self) -> str:
        repeated = not self.value or f"“{self.value}”" in self.message
        shown = "（值已隐去）" if self.value == MASK else "" if repeated else f"（值：{self.value}）"
        return f"{self.location()}：{self.message}{shown}；应为：{self.expected}"


def masked(text: str) -> str:
    """慕容青云 -> 慕***: enough to find the row, not enough to know the person."""
    if len(text) <= KEPT_CHARACTERS:
        return text
    return text[:KEPT_CHARACTERS] + "*" * min(len(text) - KEPT_CHARACTERS, 3)


def shortened(text: str) -> str:
    if len(text) <= LONGEST_SHOWN:
        return text
    return f"{text[:LONGEST_SHOWN]}…（共 {len(text)} 个字符）"


def redact(problems: list[Problem], personal_file: bool, known: frozenset | set = frozenset()) -> list[Problem]:
    """The problems as they may be shown: values (and their quotes in messages) masked or shortened.

    `known` holds the vocabulary that names no person (departments, majors, provinces, the
    choices of every column): such a value is shown as typed even in a personal file."""
    hide = masked if personal_file else shortened
    out = []
    for p in problems:
        if not p.value or p.value == MASK or p.value in known:
            out.append(p)
            continue
        shown = hide(p.value)
        out.append(replace(p, value=shown, message=p.message.replace(f"“{p.value}”", f"“{shown}”")))
    return out


def shown_value(value, personal: bool) -> str | None:
    """The value as it may appear in a message: personal values are masked."""
    if value is None or value == "":
        return None if value is None else ""
    return MASK if personal else str(value)


@dataclass
class Summary:
    rows_read: int = 0
    rows_accepted: int = 0
    rows_rejected: int = 0
    by_reason: Counter = field(default_factory=Counter)

    def lines(self) -> list[str]:
        out = [f"读取 {self.rows_read} 行，可接受 {self.rows_accepted} 行，有问题 {self.rows_rejected} 行。"]
        for reason, count in sorted(self.by_reason.items(), key=lambda kv: (-kv[1], kv[0])):
            out.append(f"  {reason}：{count} 处")
        return out


def summarize(rows_read: int, problems: list[Problem], first_data_row: int = 0) -> Summary:
    """Rows with a problem are rejected; a problem outside the data rows rejects the whole file."""
    bad_rows = {p.row for p in problems if p.row is not None and p.row >= first_data_row}
    file_level = any(p.row is None or p.row < first_data_row for p in problems)
    rejected = rows_read if file_level else len(bad_rows)
    return Summary(rows_read, rows_read - rejected, rejected,
                   Counter(p.reason or p.message for p in problems))


class IntakeError(NianbaoError):
    """A data file was rejected; `problems` lists every problem found."""

    def __init__(self, problems: list[Problem], heading: str = ""):
        self.problems = problems
        lines = [heading or f"数据文件有 {len(problems)} 个问题："] + [f"  {p.line()}" for p in problems]
        super().__init__("\n".join(lines))
