"""Helpers the tests share: the example project's path and small projects made to order.

A module of its own, not conftest.py: tests/intake has its own conftest, and `from conftest
import …` would pick whichever was imported first.
"""
from __future__ import annotations

import csv
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "tianjin-polytechnic-2025"
GRADUATE_HEADER = ["学号", "性别", "民族", "生源地", "院系", "专业", "毕业去向"]
MAJOR_HEADER = ["专业代码", "专业名称", "院系", "首次招生年份"]


def write_csv(path: Path, header: list[str], rows: list[list]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)


REPORT_TOML = """
[report]
college = "测试职业学院"
year = 2025
template = "tianjin-2025"
province = "天津市"
declaration_date = "2025-12-30"

[data]
graduates = "data/graduates.csv"
majors = "data/majors.csv"
figures = "data/figures.csv"
"""


def make_project(root: Path, graduates: list[list], majors: list[list] | None = None,
                 sections: dict[str, str] | None = None, figures: list[list] | None = None) -> Path:
    """A small report project: graduates rows are [性别, 民族, 生源地, 院系, 专业, 毕业去向]."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "report.toml").write_text(REPORT_TOML, encoding="utf-8")
    write_csv(root / "data" / "graduates.csv", GRADUATE_HEADER,
              [[f"S{i:05d}", *row] for i, row in enumerate(graduates, start=1)])
    write_csv(root / "data" / "majors.csv", MAJOR_HEADER, majors or [])
    write_csv(root / "data" / "figures.csv", ["指标代码", "指标名称", "分组", "年份", "单位", "数值", "数据来源"],
              figures or [])
    for rel, text in (sections or {}).items():
        path = root / "sections" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root
