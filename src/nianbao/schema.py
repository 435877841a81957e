"""One typed schema (pydantic) for report.toml and every template file.

Unknown keys and wrong types are errors that name the file, the key and what is expected,
with the closest valid name ("declaraton_date" -> 你是否想写 declaration_date). Consumers that
predate the schema still read tables, charts, rules and indicators as plain dicts: those are
validated here first, then handed on unchanged.
"""
from __future__ import annotations

import datetime as dt
import difflib
import re
import tomllib
import typing
from pathlib import Path
from typing import Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .errors import ConfigError

DATA_KINDS = ("graduates", "majors", "staff", "survey", "figures")
FORMATS = ("html", "docx", "pdf")


class Strict(BaseModel):
    """Every model: unknown keys are errors, and no silent coercion (a number is not a text)."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=False)


# ---------------------------------------------------------------- report.toml


def _iso_date(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        if value == "":
            return ""
        try:
            return dt.date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            pass
    raise ValueError("应为日期，形如 2025-12-30")


class ReportSection(Strict):
    college: str
    year: int = Field(ge=1990, le=2100)
    template: str
    province: str
    college_en: str = ""
    title: str = ""
    publication_form: str = ""
    publication_url: str = ""
    declaration_date: str = ""  # YYYY-MM-DD; also the timestamp written into DOCX/PDF
    cover_lines: list[str] = []

    @field_validator("declaration_date", mode="before")
    @classmethod
    def _date(cls, value):
        return _iso_date(value)

    @field_validator("publication_url")
    @classmethod
    def _url(cls, value: str) -> str:
        value = value.strip()
        if value and not re.fullmatch(r"https?://[^\s\"'<>]+", value, flags=re.IGNORECASE):
            raise ValueError("应为以 http:// 或 https:// 开头的网址")
        return value


class DataSection(Strict):
    graduates: str | None = None
    majors: str | None = None
    staff: str | None = None
    survey: str | None = None
    figures: str | None = None
    sources: dict[Literal["graduates", "majors", "staff", "survey", "figures"], str] = {}


class AuthorEntry(Strict):
    department: str
    lead: str = ""
    writers: list[str] = []
    # Section ids this department writes ("1-talent/4-employment", globs allowed): ownership.
    sections: list[str] = []
    deadline: dt.date | None = None  # when its sections are due (the dashboard shows it)


class OutputSection(Strict):
    formats: list[Literal["html", "docx", "pdf"]] = ["html"]


class ReportFile(Strict):
    report: ReportSection
    data: DataSection = DataSection()
    authors: list[AuthorEntry] = []
    output: OutputSection = OutputSection()


# ---------------------------------------------------------------- template.toml


class TemplateInfo(Strict):
    id: str
    name: str
    report_title: str
    province: str = ""
    level: Literal["higher", "secondary"] = "higher"
    description: str = ""
    appendix_chapter: int = 8  # the chapter number the appendix counts as (图 8-1), per-chapter scheme


class Fonts(Strict):
    body: str = "宋体"
    heading: str = "黑体"
    caption: str = "黑体"
    fallback_body: str = "Noto Serif CJK SC"
    fallback_heading: str = "Noto Sans CJK SC"


class Numbers(Strict):
    percent_decimals: int = Field(2, ge=0, le=4)
    money_unit: str = "万元"
    # per_chapter: 表 1-1, 图 2-3, 案例 3-1; continuous: 表1, 图2, 案例3 through the whole report
    scheme: Literal["per_chapter", "continuous"] = "per_chapter"
    # How a number is printed: {kind} 表/图/案例, {chapter}, {n}
    per_chapter_format: str = "{kind} {chapter}-{n}"
    continuous_format: str = "{kind}{n}"
    featured_case_label: str = "经典案例"  # the cases of the appendix chapter
    featured_case_format: str = "{label} {n}"


class FrontMatterSpec(Strict):
    pages: list[Literal["cover", "publication", "declaration", "toc", "list_of_figures", "list_of_tables",
                        "list_of_cases"]] = ["cover", "publication", "declaration", "toc", "list_of_figures",
                                             "list_of_tables", "list_of_cases"]
    subtitle: str = "（{year} 年度）"
    publication_title: str = "年报公开形式及网址"
    publication_lines: list[str] = ["公开形式：{form}", "公开网址：{url}"]
    publication_default_form: str = "学校官方网站"
    declaration_title: str = "内容真实性责任声明"
    declaration_attachment: str = ""  # e.g. "附件"; printed above the title when set
    declaration_text: list[str] = [
        "本单位郑重承诺：《{report}》中的数据和文字均依据本单位实际工作如实编写，"
        "内容真实、准确、完整，不存在虚假记载、误导性陈述或重大遗漏。",
        "本单位对报告内容的真实性承担全部责任。",
    ]
    declaration_closing: str = "特此声明。"
    declaration_signatures: list[str] = ["单位名称（盖章）：", "法定代表人（签名）："]
    blank_date: str = "年　　月　　日"
    toc_title: str = "目录"
    figures_title: str = "图目录"
    tables_title: str = "表目录"
    cases_title: str = "案例目录"
    empty_list: str = "（无）"


class BackMatterSpec(Strict):
    authors_title: str = "编写人员"
    authors_columns: list[str] = ["编写部门", "负责人", "主要编写人"]

    @field_validator("authors_columns")
    @classmethod
    def _three(cls, value: list[str]) -> list[str]:
        if len(value) != 3:
            raise ValueError("应为 3 个列标题：编写部门、负责人、主要编写人")
        return value


class SectionSpec(Strict):
    key: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str
    required: bool = True
    hint: str = ""  # what the section is about, written into the stub by `init`
    indicators: list[str] = []  # listed in the stub `init` writes
    tables: list[str] = []
    charts: list[str] = []


class ChapterSpec(Strict):
    key: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str
    numbered: bool = True
    appendix: bool = False  # featured cases (经典案例)
    required: bool = True
    sections: list[SectionSpec] = []
    # Template tables appended to this chapter by the build, after any text (national 指标表).
    tables: list[str] = []


class TemplateFile(Strict):
    template: TemplateInfo
    fonts: Fonts = Fonts()
    numbers: Numbers = Numbers()
    front_matter: FrontMatterSpec = FrontMatterSpec()
    back_matter: BackMatterSpec = BackMatterSpec()
    chapter: list[ChapterSpec]


# ---------------------------------------------------------------- destinations.toml


class DestinationSpec(Strict):
    name: str
    class_: str = Field(alias="class")
    group: str
    code: str = Field("", pattern=r"^(\d{2})?$")  # the national two-digit code (10, 11, … 85)
    aliases: list[str] = []

    model_config = ConfigDict(extra="forbid", strict=True, populate_by_name=True)


class DestinationsFile(Strict):
    placed_classes: list[str]
    groups: list[str]
    destination: list[DestinationSpec]


# ---------------------------------------------------------------- indicators.toml

IndicatorKind = Literal["count", "share", "rate", "distinct", "ratio", "sum"]


class DimensionSpec(Strict):
    name: str
    expr: str
    aliases: list[str] = []
    definition: str = ""
    nouns: list[str] = []  # what prose calls a member ("N 个专业", "各院系中最高"): read by the claim engine
    members: dict[str, list[str]] = {}  # member -> the words prose uses for it (男 -> 男生、男性); "$province"


class IndicatorSpec(Strict):
    name: str
    kind: IndicatorKind
    unit: str
    definition: str
    aliases: list[str] = []
    table: str = ""
    where: str = ""
    over: Union[str, list[str]] = ""
    numerator: str = ""
    denominator: str = ""
    column: str = ""
    of: str = ""
    source: str = ""


class EnteredSpec(Strict):
    """A figure entered by hand (figures.csv 指标代码), declared so `nianbao indicators` can list it
    and the appended tables can show it before any data exist."""

    name: str
    unit: str
    definition: str
    source: str = ""  # where the figure comes from (统计报表, 决算, 第三方调查…)
    aliases: list[str] = []  # other names prose gives it (全日制在校生: 在校生)
    # the entered figure whose people this one counts some of (中职生源: 全日制在校生); under 其中 after a
    # total of other people (新生 3213 人，其中中职生源 900 人) the name counts those people's part instead
    part_of: str = ""


class IndicatorsFile(Strict):
    source_labels: dict[str, str] = {}
    dimension: dict[str, DimensionSpec] = {}
    indicator: dict[str, IndicatorSpec] = {}
    entered: dict[str, EnteredSpec] = {}


# ---------------------------------------------------------------- tables.toml / charts.toml


class ColumnSpec(Strict):
    title: str
    indicator: str


class ExtraRow(Strict):
    title: str
    indicator: str


class TableSpec(Strict):
    caption: str
    layout: Literal["breakdown", "cross", "majors", "figure_pairs", "figure_years", "figure_groups",
                    "figure_list"]
    description: str = ""
    rows: list[str] = []
    row_titles: list[str] = []
    columns: list[Union[ColumnSpec, str]] = []
    subtotal: str = ""
    total: str = ""
    sort: Literal["", "first_column_desc"] = ""
    group_order: list[str] = []
    omit_empty: bool = True
    column_dimension: str = ""
    column_indicator: str = ""
    row_dimension: str = ""
    row_title: str = ""
    column_values: list[str] = []
    column_labels: dict[str, str] = {}
    indicator: str = ""
    extra_rows: list[ExtraRow] = []
    department_label: str = ""
    column_titles: list[str] = []
    items: list[str] = []
    years: int = 3
    figure: str = ""
    source: str = ""


class ChartSpec(Strict):
    caption: str
    kind: Literal["pie", "bar", "survey_bar", "figure_trend", "cohort_trend", "split_bar", "share_ring"]
    indicator: str = ""
    dimension: str = ""
    labels: dict[str, str] = {}
    omit_empty: bool = True
    sort: Literal["", "asc", "desc"] = ""
    reference: str = ""
    items: Union[str, list[str]] = []
    years: int = 3
    overall: str = ""
    source: str = ""
    overall_label: str = ""  # survey_bar, split_bar: the overall bar's label (总体)
    count: str = ""  # cohort_trend: this cohort's graduates and placement rate (computed) ...
    rate: str = ""
    past_count: str = ""  # ... and earlier cohorts' (entered figures by 年份)
    past_rate: str = ""
    parts: list[str] = []  # split_bar: the two parts of each whole, e.g. ["未离职", "离职"]
    overall_part: str = ""  # split_bar: which part the overall / the items figures are
    items_part: str = ""
    label: str = ""  # share_ring: the word under the figure (满意)


# A colour goes into an SVG attribute of a page the college publishes: only #RGB or #RRGGBB.
HexColour = typing.Annotated[str, Field(pattern=r"^#(?:[0-9a-fA-F]{3}){1,2}$")]


class ChartStyle(Strict):
    palette: list[HexColour] = []  # colours in order, for categories without a fixed colour
    colours: dict[str, HexColour] = {}  # category -> colour, the same in every chart (男, 女, 单位就业 …)


class TablesFile(Strict):
    table: dict[str, TableSpec] = {}


class ChartsFile(Strict):
    style: ChartStyle = ChartStyle()
    chart: dict[str, ChartSpec] = {}


# ---------------------------------------------------------------- rules.toml


class RuleSpec(Strict):
    id: str
    kind: Literal["compare", "yoy", "units", "percent_range", "table_total"] = "compare"
    message: str = ""
    left: str = ""
    operator: Literal["==", "!=", "<=", ">=", "<", ">", "between", ""] = ""
    right: str = ""
    for_each: Union[str, list[str]] = ""
    severity: Literal["error", "warning", "info"] = "error"
    missing: Literal["skip", "zero", "error"] = "skip"
    tolerance: Union[int, float] = 0
    suggestion: str = ""
    tables: list[str] = []
    column: str = ""
    indicators: Union[str, list[str]] = []  # "*" = every entered figure
    factor: Union[int, float, None] = None


class ClaimSlack(Strict):
    """The claim engine's slack for vague words (defaults: nianbao.claims.verify.Slack)."""
    near_tenths: Union[int, float, None] = None
    near_percent: Union[int, float, None] = None
    near_fraction: Union[int, float, None] = None
    about: Union[int, float, None] = None
    tenths: Union[int, float, None] = None
    half_low: Union[int, float, None] = None
    same_level_points: Union[int, float, None] = None
    same_level_fraction: Union[int, float, None] = None
    doubling: Union[int, float, None] = None
    ratio_about: Union[int, float, None] = None


class RuleSettings(Strict):
    yoy_factor: Union[int, float] = 5
    claim_slack: ClaimSlack = ClaimSlack()


class RulesFile(Strict):
    settings: RuleSettings = RuleSettings()
    names: dict[str, str] = {}
    rule: list[RuleSpec] = []


# ---------------------------------------------------------------- loading and messages

TYPE_NAMES = {"string_type": "文本", "int_type": "整数", "int_parsing": "整数", "float_type": "数字",
              "bool_type": "true 或 false", "list_type": "列表（[...]）", "dict_type": "表（{...} 或 [节]）",
              "model_type": "表（{...} 或 [节]）", "model_attributes_type": "表（{...} 或 [节]）"}


def read_toml(path: Path, shown: str | None = None) -> dict:
    """A TOML file as a dict; undecodable bytes and syntax errors are ConfigErrors naming the file."""
    shown = shown or str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"无法读取 {shown}：{exc.strerror or exc}") from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise ConfigError(f"{shown} 第 {line} 行：文件不是 UTF-8 编码（第 {exc.start + 1} 个字节 "
                          f"0x{data[exc.start]:02X} 无法识别）；请用 UTF-8 编码保存") from exc
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{shown}：TOML 格式错误：{exc}") from exc


def _key_path(loc: tuple) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part + 1}]"  # 1-based, as a person counts [[authors]] entries
        else:
            out += ("." if out else "") + str(part)
    return out


def _model_at(model: type[BaseModel], loc: tuple) -> type[BaseModel] | None:
    """The model that holds the last key of `loc` (to suggest a valid name for an unknown key)."""
    current: Any = model
    skip = False  # the next part is a dict key ([table.<id>]), not a field
    for part in loc[:-1]:
        if isinstance(part, int) or skip:
            skip = False
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return None
        field = current.model_fields.get(part) or next(
            (f for f in current.model_fields.values() if f.alias == part), None)
        if field is None:
            return None
        skip = typing.get_origin(field.annotation) is dict
        current = _unwrap(field.annotation)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _unwrap(annotation):
    """list[Model] / dict[str, Model] / Model | None -> Model (else the annotation)."""
    for _ in range(3):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if not args:
            return annotation
        models = [a for a in args if isinstance(a, type) and issubclass(a, BaseModel)]
        annotation = models[0] if models else args[-1]
    return annotation


def closest_name(name: str, candidates) -> str:
    found = difflib.get_close_matches(str(name), list(candidates), n=1, cutoff=0.5)
    return found[0] if found else ""


def _message(model: type[BaseModel], error: dict) -> str:
    loc, kind = tuple(error["loc"]), error["type"]
    # the union/literal wrapper adds its member type to loc ('columns', 0, 'ColumnSpec'): drop it
    loc = tuple(p for p in loc if not (isinstance(p, str) and p[:1].isupper()))
    key = _key_path(loc) or "（顶层）"
    if kind == "extra_forbidden":
        holder = _model_at(model, loc)
        names = [f.alias or n for n, f in holder.model_fields.items()] if holder else []
        hint = closest_name(loc[-1], names)
        valid = f"；可用的键：{'、'.join(names)}" if names else ""
        return f"未知的键“{key}”" + (f"；你是否想写 {hint}" if hint else valid)
    if kind == "missing":
        return f"缺少必填项“{key}”"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(error.get("ctx", {}).get("expected", "")))
        hint = closest_name(error.get("input"), choices)
        return (f"“{key}”的取值 {error.get('input')!r} 不可用；应为 {'、'.join(c for c in choices if c) or '（空）'} 之一"
                + (f"；你是否想写 {hint}" if hint else ""))
    if kind in TYPE_NAMES:
        return f"“{key}”应为{TYPE_NAMES[kind]}，实际为 {error.get('input')!r}"
    if kind == "value_error":
        return f"“{key}”{str(error['msg']).removeprefix('Value error, ')}，实际为 {error.get('input')!r}"
    if kind in ("greater_than_equal", "less_than_equal"):
        return f"“{key}”超出范围（{error['msg']}），实际为 {error.get('input')!r}"
    if kind == "string_pattern_mismatch":
        return f"“{key}”格式不对（应匹配 {error.get('ctx', {}).get('pattern')}），实际为 {error.get('input')!r}"
    return f"“{key}”不合法：{error['msg']}（实际为 {error.get('input')!r}）"


def validate(model: type[BaseModel], raw: dict, shown: str):
    """`raw` as `model`; every problem at once in one ConfigError naming `shown`."""
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        lines = [f"{shown}：{_message(model, e)}" for e in exc.errors()]
        raise ConfigError("\n".join(dict.fromkeys(lines))) from None


def load(model: type[BaseModel], path: Path, shown: str | None = None, missing_ok: bool = False):
    """Read and validate one TOML file; an absent optional file is the model's defaults."""
    shown = shown or str(path)
    if missing_ok and not path.is_file():
        return model.model_validate({})
    return validate(model, read_toml(path, shown), shown)
