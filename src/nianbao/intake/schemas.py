"""Canonical columns of each data kind: Chinese header -> identifier (glossary names).

A column's `type` says how its values are normalised and checked (see validate.py);
`choices` (with `choice_aliases`, alias -> canonical) lists the allowed values of a
`choice` column. `note` is the help text of the entry template's header comment.
"""
from __future__ import annotations

from dataclasses import dataclass, field

# Column types whose values are codes or numbers: full NFKC and no inner spaces is safe.
CODE_TYPES = frozenset({"id", "year", "number", "percent", "integer", "code", "indicator", "month",
                        "age", "figure_value"})


@dataclass(frozen=True)
class Column:
    name: str  # canonical identifier
    header: str  # the Chinese header of the entry template
    aliases: tuple[str, ...] = ()
    required: bool = True  # the column must be present and every value non-empty
    personal: bool = False  # never printed in any output or message
    type: str = "text"
    choices: tuple[str, ...] = ()
    choice_aliases: tuple[tuple[str, str], ...] = ()
    note: str = ""


@dataclass(frozen=True)
class Schema:
    kind: str
    title: str
    columns: tuple[Column, ...] = field(default_factory=tuple)
    unique: tuple[tuple[str, ...], ...] = ()  # column sets whose values must not repeat
    one_of: tuple[tuple[str, ...], ...] = ()  # at least one of these columns present and filled
    check_majors: bool = False  # 院系/专业 must exist in the project's majors data

    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


GRADUATES = Schema("graduates", "毕业生去向名单", (
    Column("student_id", "学号", ("学生编号", "学籍号", "学生学号"), personal=True, type="id",
           note="每名毕业生一个，不得重复；不会出现在任何输出中"),
    Column("name", "姓名", ("学生姓名",), required=False, personal=True,
           note="可不填；不会出现在任何输出中"),
    Column("gender", "性别", type="choice", choices=("男", "女"),
           choice_aliases=(("男性", "男"), ("女性", "女"))),
    Column("ethnicity", "民族", ("民族名称",), type="ethnicity", note="如 汉族、回族（可写“汉”“回”）"),
    Column("origin_province", "生源地", ("生源所在地", "生源省份", "生源地区"), type="province",
           note="省级行政区，可写简称：河北、内蒙古、新疆"),
    Column("department", "院系", ("系部", "所在院系", "学院", "院系名称"), type="department",
           note="须与专业数据中的院系一致"),
    Column("major", "专业", ("专业名称",), type="major", note="须与专业数据中的专业名称一致，且属于所填院系"),
    Column("destination", "毕业去向", ("去向类别", "毕业去向类别", "毕业去向名称", "毕业去向代码"), type="destination",
           note="教育部 14 类毕业去向之一，或其国家代码（如 11、502）"),
), unique=(("student_id",),), check_majors=True)

MAJORS = Schema("majors", "专业", (
    Column("major_code", "专业代码", type="code", note="6 位专业代码，如 460104"),
    Column("major", "专业名称", ("专业",)),
    Column("department", "院系", ("所属系", "系部", "所属院系")),
    Column("first_enrolment_year", "首次招生年份", ("首次招生时间（年）", "首次招生时间"), type="year",
           note="4 位年份"),
    Column("level", "专业级别", ("重点专业级别",), required=False, note="如 国家级、市级；可不填"),
), unique=(("major_code",), ("major",)))

FIGURES = Schema("figures", "年度数据", (
    Column("indicator", "指标代码", type="indicator", note="英文字母、数字和下划线，如 staff_total"),
    Column("name", "指标名称"),
    Column("group", "分组", ("项目",), required=False, note="分项数据填分组名称，否则留空"),
    Column("year", "年份", type="year", note="4 位年份"),
    Column("unit", "单位", note="如 人、万元、%"),
    Column("value", "数值", ("数据",), type="figure_value", note="数字；单位为 % 时填 0–100 的百分数"),
    Column("source", "数据来源"),
), unique=(("indicator", "group", "year"),))

SURVEY = Schema("survey", "调查结果", (
    Column("indicator", "指标代码", type="indicator", note="英文字母、数字和下划线"),
    Column("name", "指标名称"),
    Column("group", "分组", required=False, note="分项或院系名称；总体留空"),
    Column("value", "数值", ("比例",), type="percent", note="百分数 0–100，可带 %"),
    Column("n", "样本量", required=False, type="integer", note="可不填"),
    Column("source", "数据来源"),
), unique=(("indicator", "group"),))

STAFF = Schema("staff", "教职工名单", (
    Column("staff_id", "工号", ("教职工号", "职工号", "人员编号"), personal=True, type="id",
           note="每人一个，不得重复；不会出现在任何输出中"),
    Column("name", "姓名", required=False, personal=True, note="可不填；不会出现在任何输出中"),
    Column("gender", "性别", type="choice", choices=("男", "女"),
           choice_aliases=(("男性", "男"), ("女性", "女"))),
    Column("birth_month", "出生年月", ("出生日期",), required=False, type="month",
           note="如 1985-06；与“年龄”至少填一项"),
    Column("age", "年龄", required=False, type="age", note="周岁；与“出生年月”至少填一项"),
    Column("department", "部门", ("所在部门", "院系", "部门名称")),
    Column("post_category", "岗位类别", ("岗位类型", "人员类别"), type="choice",
           choices=("专任教师", "行政人员", "教辅人员", "工勤人员", "科研人员", "辅导员", "其他"),
           choice_aliases=(("教师", "专任教师"), ("行政", "行政人员"), ("教辅", "教辅人员"),
                           ("工勤", "工勤人员"), ("科研", "科研人员"), ("专职辅导员", "辅导员"))),
    Column("education", "学历", ("最高学历",), type="choice",
           choices=("博士研究生", "硕士研究生", "大学本科", "大学专科", "专科以下"),
           choice_aliases=(("博士", "博士研究生"), ("硕士", "硕士研究生"), ("本科", "大学本科"),
                           ("专科", "大学专科"), ("大专", "大学专科"))),
    Column("degree", "学位", ("最高学位",), required=False, type="choice",
           choices=("博士", "硕士", "学士", "无"),
           choice_aliases=(("博士学位", "博士"), ("硕士学位", "硕士"), ("学士学位", "学士"),
                           ("无学位", "无"))),
    Column("title", "职称", ("专业技术职务",), required=False, note="如 教授、副教授、讲师、高级工程师"),
    Column("title_level", "职称级别", ("职称等级", "专业技术职务级别"), type="choice",
           choices=("正高", "副高", "中级", "初级", "无"),
           choice_aliases=(("正高级", "正高"), ("副高级", "副高"), ("中级职称", "中级"),
                           ("初级职称", "初级"), ("未定级", "无"))),
    Column("dual_qualified", "双师型", ("是否双师型", "双师型教师"), type="choice", choices=("是", "否"),
           choice_aliases=(("Y", "是"), ("N", "否"), ("1", "是"), ("0", "否"), ("√", "是"))),
), unique=(("staff_id",),), one_of=(("birth_month", "age"),))

SCHEMAS: dict[str, Schema] = {s.kind: s for s in (GRADUATES, MAJORS, STAFF, SURVEY, FIGURES)}
