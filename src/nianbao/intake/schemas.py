"""Canonical columns of each data kind: Chinese header -> identifier (glossary names)."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Column:
    name: str  # canonical identifier
    header: str  # the Chinese header of the entry template
    aliases: tuple[str, ...] = ()
    required: bool = True
    personal: bool = False  # never printed in any output or message


@dataclass(frozen=True)
class Schema:
    kind: str
    title: str
    columns: tuple[Column, ...] = field(default_factory=tuple)

    def names(self) -> list[str]:
        return [c.name for c in self.columns]


SCHEMAS: dict[str, Schema] = {
    "graduates": Schema("graduates", "毕业生去向名单", (
        Column("student_id", "学号", ("学生编号", "学籍号"), personal=True),
        Column("name", "姓名", ("学生姓名",), required=False, personal=True),
        Column("gender", "性别"),
        Column("ethnicity", "民族"),
        Column("origin_province", "生源地", ("生源所在地", "生源省份")),
        Column("department", "院系", ("系部", "所在院系", "学院")),
        Column("major", "专业", ("专业名称",)),
        Column("destination", "毕业去向", ("去向类别", "毕业去向类别")),
    )),
    "majors": Schema("majors", "专业", (
        Column("major_code", "专业代码"),
        Column("major", "专业名称", ("专业",)),
        Column("department", "院系", ("所属系", "系部")),
        Column("first_enrolment_year", "首次招生年份", ("首次招生时间（年）", "首次招生时间")),
        Column("level", "专业级别", ("重点专业级别",), required=False),
    )),
    "figures": Schema("figures", "年度数据", (
        Column("indicator", "指标代码"),
        Column("name", "指标名称"),
        Column("group", "分组", ("项目",), required=False),
        Column("year", "年份"),
        Column("unit", "单位"),
        Column("value", "数值", ("数据",)),
        Column("source", "数据来源"),
    )),
    "survey": Schema("survey", "调查结果", (
        Column("indicator", "指标代码"),
        Column("name", "指标名称"),
        Column("group", "分组", required=False),
        Column("value", "数值", ("比例",)),
        Column("n", "样本量", required=False),
        Column("source", "数据来源"),
    )),
}
