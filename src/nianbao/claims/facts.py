"""What claims are checked against. One interface, three sources:

- `ProjectFacts`: a project's indicators and entered figures (nianbao check);
- `TableFacts`: a Document's own tables (nianbao audit; it reads only the document model,
  so it works whatever reader produced the document);
- `StatementFacts`: the other statements of the same text (both).

`Facts` chains them: the first source that knows a quantity answers.
"""
from __future__ import annotations

import re
from decimal import Decimal

from ..document.model import COLUMN_GROUP, Document, Table
from ..text import YEAR, cell_number, find_years, normalize, plain
from .item_figures import item_figure
from .model import Claim, Fact
from .table_subject import (MemberList, column_label, dimension_by_members, measure_in_caption, member_list,
                            table_subject)
from .vocabulary import GROUP, UNIT_IN_LABEL, Measure, Vocabulary, add_member_words, same_unit

TOTAL_LABELS = re.compile(r"^(?:合计|总计|总体|全部|全校|全院|总数|小计|平均|学院|学校|总和)$")
# A row of the whole table: the list above it is complete ("合计", "总计"; not a group's 小计).
WHOLE_ROW = re.compile(r"^(?:合计|总计|共计|总数|全校|全院)$")
# A column that gives each row's unit ("指标 | 单位 | 2023 年 …"): the unit of the row's measure, not a name.
UNIT_HEADER = re.compile(r"^(?:计量)?单位$")
_SHARE_COLUMN = re.compile(r"(?:占比|比例|比重|所占比例|占总数比例)(?:[（(]%[）)])?")
_SHARE_HEADER = re.compile(r"占比|比例|比重|百分比|率")
LABEL_COUNT = re.compile(r"\s*[（(]\s*\d+\s*[）)]\s*$")


def own_dimension(header: str, members: set[str]) -> str | None:
    """A label column whose every member ends with its header (层次 over 本科层次, 专科层次) is a
    classification of the report's own, named by the header: the rows are its members."""
    header = re.sub(r"\s+", "", normalize(header))
    named = {m for m in members if not TOTAL_LABELS.match(m) and not m.startswith("其中")}
    if len(header) < 2 or len(named) < 2 or not all(m.endswith(header) and len(m) > len(header) for m in named):
        return None
    return header


def _heads(noun: str, header: str) -> bool:
    """The noun heads the header (所在院系, 专业名称, 系别: "by 系"), not a modifier of another noun (专业群,
    专业大类)."""
    return re.search(re.escape(noun) + r"(?:名称|代码|别)?$", header) is not None


def _scope_text(scope: dict[str, str]) -> str:
    return "、".join(f"{k}={v}" for k, v in scope.items())


def _what(name: str, scope: dict[str, str], year: int | None = None) -> str:
    parts = [x for x in (_scope_text(scope), f"{year} 年" if year else "") if x]
    return f"{name}（{'，'.join(parts)}）" if parts else name


class Source:
    """A source of facts; every method may answer None (it does not know)."""

    year: int | None = None

    def value(self, measure: Measure, scope: dict[str, str], year: int | None, asking: Claim | None = None) \
            -> Fact | None:
        return None

    def members(self, measure: Measure, dimension: str, scope: dict[str, str], year: int | None) \
            -> list[tuple[str, Fact]]:
        return []

    def member_totals(self, dimension: str, graduates: bool, scope: dict[str, str] | None = None,
                      narrowed: str = "") -> list[tuple[int, str, str]]:
        return []

    def population(self, scope: dict[str, str], year: int | None) -> Fact | None:
        return None

    def knows(self, measure: Measure) -> bool:
        return False

    def grouped_measure(self, group: str) -> Measure | None:
        return None

    def member_of(self, dimension: str, scope: dict[str, str], year: int | None) -> str | None:
        """The one member of `dimension` the people of `scope` belong to (a major's department)."""
        return None

    def row_share(self, label: str) -> Fact | None:
        """The share a table prints for the row of that label (企业就业 | 1,108 | 75.37%), when one table has it."""
        return None


class Facts(Source):
    def __init__(self, *sources: Source, year: int | None = None):
        self.sources = [s for s in sources if s is not None]
        self.year = year if year is not None else next((s.year for s in self.sources if s.year), None)

    def value(self, measure, scope, year, asking=None):
        return next((f for s in self.sources if (f := s.value(measure, scope, year, asking)) is not None), None)

    def members(self, measure, dimension, scope, year):
        return next((m for s in self.sources if (m := s.members(measure, dimension, scope, year))), [])

    def member_totals(self, dimension, graduates, scope=None, narrowed=""):
        return next((m for s in self.sources if (m := s.member_totals(dimension, graduates, scope, narrowed))), [])

    def population(self, scope, year):
        return next((f for s in self.sources if (f := s.population(scope, year)) is not None), None)

    def knows(self, measure):
        return any(s.knows(measure) for s in self.sources)

    def grouped_measure(self, group):
        return next((m for s in self.sources if (m := s.grouped_measure(group)) is not None), None)

    def member_of(self, dimension, scope, year):
        return next((m for s in self.sources if (m := s.member_of(dimension, scope, year)) is not None), None)

    def row_share(self, label):
        return next((f for s in self.sources if (f := s.row_share(label)) is not None), None)


# ---------------------------------------------------------------- the project's data


class ProjectFacts(Source):
    def __init__(self, indicators, vocab: Vocabulary):
        from ..indicators import IndicatorError
        self.ind = indicators
        self.vocab = vocab
        self.year = indicators.year
        self.error = IndicatorError
        self.population_measure = next((m for m in vocab.measures.values() if m.population), None)
        self._items: dict = {}  # figure name -> (breakdown figure, item) it stands for, asked once

    def _definition(self, key: str) -> dict | None:
        if key.startswith(("label:", "share:", "count:")):
            return None
        try:
            return self.ind.definition(key)
        except self.error:
            return None

    def knows(self, measure):
        return measure is not None and (self._definition(measure.key) is not None or measure.key.startswith("count:"))

    def _filters(self, d: dict, key: str, scope: dict[str, str], year: int | None) -> dict | None:
        kind = d.get("kind")
        if kind in ("count", "share", "rate", "distinct"):  # 机械工程系开设专业 5 个: a distinct count within a scope
            if year is not None and year != self.ind.year:
                return None
            filters = {}
            for dim, member in scope.items():
                filters[dim] = member
            return filters
        if kind == "figure":
            groups = set(self.ind.figure_groups(key))
            scope = {k: v for k, v in scope.items() if k == GROUP or v in groups} if GROUP in scope else scope
            if len(scope) > 1:
                return None
            filters = {}
            if scope:
                member = next(iter(scope.values()))
                if member not in groups:
                    return None
                filters["group"] = member
            if year is not None:
                if self.ind.year is not None and year != self.ind.year and not self.ind.figure_years(key):
                    return None  # a figure entered without a year (a survey's) is the report year's only
                filters["year"] = str(year)
            return filters
        if scope or (year is not None and year != self.ind.year):
            return None
        return {}

    def _sum_of_groups(self, key: str) -> Measure | None:
        """The template's indicator summing an entered figure's 分组 (kind sum, of = the figure)."""
        found = [k for k, d in self.ind.definitions.items() if d.get("kind") == "sum" and d.get("of") == key]
        if len(found) != 1:
            return None
        d = self.ind.definition(found[0])
        return Measure(found[0], d.get("name") or found[0], d.get("unit", ""), "figure")

    def grouped(self, group: str, unit: str = "") -> str | None:
        """The one entered figure that has this 分组 (and fits the unit)."""
        keys = [k for k in dict.fromkeys(k for k, g, _ in self.ind.figure_keys() if g == group)
                if not unit or same_unit(self.ind.definition(k).get("unit", ""), unit)]
        return keys[0] if len(keys) == 1 else None

    def value(self, measure, scope, year, asking=None):
        if measure is not None and list(scope) == [GROUP] and (
                measure.kind in ("label", "share") or scope[GROUP] not in self.ind.figure_groups(measure.key)):
            key = self.grouped(scope[GROUP], measure.unit)
            if key is None:
                return None
            d = self.ind.definition(key)
            measure = Measure(key, d.get("name") or key, d.get("unit", ""), "figure")
        d = self._definition(measure.key) if measure is not None else None
        if d is None:
            return None
        filters = self._filters(d, measure.key, scope, year)
        if filters is None:
            return None
        try:
            v = self.ind.value(measure.key, filters)
        except self.error:
            total = self._sum_of_groups(measure.key) if d.get("kind") == "figure" and "group" not in filters else None
            if total is None and d.get("kind") == "figure" and not scope and (year is None or year == self.ind.year):
                item = item_figure(self.ind, measure.name, measure.key, self._items)  # 工作内容满意度 of the college
                if item is not None:
                    d = self.ind.definition(item[0])
                    return self.value(Measure(item[0], d.get("name") or item[0], d.get("unit", ""), "figure"),
                                      {GROUP: item[1]}, year, asking)
            if total is None or (year is not None and year != self.ind.year):
                return None
            # "乌干达鲁班工坊非学历教育培训人次共 1846 人次": a figure entered by 分组 only, named whole, is
            # the template's sum of its groups
            measure, d = total, self.ind.definition(total.key)
            v = self.ind.value(total.key, {})
        if v.value is None:
            return None
        exact = None
        if d.get("kind") == "rate" and v.n:
            exact = Decimal(v.numerator) * 100 / Decimal(v.n)
        elif d.get("kind") == "share" and v.n:
            exact = Decimal(v.numerator) * 100 / Decimal(v.n)
        expr = measure.key + (f"[{', '.join(f'{k}={x}' for k, x in filters.items())}]" if filters else "")
        unit = v.unit if v.unit not in ("%",) else ""
        display = v.display if not unit or v.display.endswith(unit) else f"{v.display} {unit}"
        return Fact(Decimal(str(v.value)), display, _what(v.name, scope, year), f"{{value}}`{expr}`", None, exact)

    def population(self, scope, year):
        if self.population_measure is None:
            return None
        return self.value(self.population_measure, scope, year)

    def members(self, measure, dimension, scope, year):
        if dimension == GROUP and measure is not None:
            return self.group_members(measure)
        d = self._definition(measure.key) if measure is not None else None
        if d is not None and d.get("kind") == "figure" and not scope:
            return self.group_members(measure)  # "工作稳定性机械工程系最低": its 分组 name the members
        if d is None or d.get("kind") not in ("count", "share", "rate", "distinct"):
            return []
        if year is not None and year != self.ind.year:
            return []
        try:
            dim = self.ind.dimension(dimension)
            fixed = {self.ind.dimension(k).key: v for k, v in scope.items()}
            self.ind.prepare([(measure.key, tuple({dim.key, *fixed}))])
            members = [m[0] for m in self.ind.members((dim.key,), fixed)]
        except self.error:
            return []
        out = []
        for member in members:
            if member is None:
                continue
            fact = self.value(measure, {**scope, dimension: member}, year)
            if fact is not None:
                out.append((member, fact))
        return out

    def grouped_measure(self, group: str) -> Measure | None:
        key = self.grouped(group)
        if key is None:
            return None
        d = self.ind.definition(key)
        return Measure(key, d.get("name") or key, d.get("unit", ""), "figure")

    def member_of(self, dimension, scope, year):
        if year is not None and year != self.ind.year:
            return None
        try:
            key = self.ind.dimension(dimension).key
            fixed = {self.ind.dimension(k).key: v for k, v in scope.items()}
            found = {m[0] for m in self.ind.members((key,), fixed) if m[0] not in (None, "")}
        except self.error:
            return None
        return next(iter(found)) if len(found) == 1 else None

    def group_members(self, measure: Measure) -> list[tuple[str, Fact]]:
        """The 分组 of the entered figure a member belongs to (superlatives over survey items)."""
        key = measure.key if self._definition(measure.key) is not None else None
        if key is None:
            return []
        d = self.ind.definition(key)
        figure = Measure(key, d.get("name") or key, d.get("unit", ""), "figure")
        out = []
        for group in dict.fromkeys(self.ind.figure_groups(key)):
            fact = self.value(figure, {GROUP: group}, None)
            if fact is not None:
                out.append((group, fact))
        return out

    def _majors_of(self, key: str, fixed: dict[str, str]) -> int:
        """How many majors the majors table lists for one department (0: another count, or none listed)."""
        if key != "major" or list(fixed) != ["department"]:
            return 0
        return len({code for department, code, _, _ in self.ind.majors() if department == fixed["department"]})

    def member_totals(self, dimension, graduates, scope=None, narrowed=""):
        try:
            key = self.ind.dimension(dimension).key
            fixed = {self.ind.dimension(k).key: v for k, v in (scope or {}).items()}
        except self.error:
            return []
        if fixed:  # "机械工程系毕业生来自 5 个专业": within a member, only the roster can count them
            if not graduates:
                # 开设/设有 N 个专业 of a department: the majors table's rows of that department, when it has any
                offered = self._majors_of(key, fixed)
                return [(offered, f"专业表中{_scope_text(scope)}的专业数", "data")] if offered else []
            members = {m[0] for m in self.ind.members((key,), fixed) if m[0] not in (None, "")}
            what = f"毕业生名单中{_scope_text(scope)}的不同{dimension}数"
            return [(len(members), what, "data")] if members else []
        out = []
        counts = [k for k, d in self.ind.definitions.items() if d.get("kind") == "distinct" and d.get("column") == key]
        # Not about graduates ("开设 26 个专业"): the count of another table (the majors offered) comes first,
        # so a wrong count is set right with it rather than with the majors that have graduates.
        counts.sort(key=lambda k: self.ind.definitions[k].get("table") == "graduates" and not graduates)
        for k in counts:
            d = self.ind.definitions[k]
            if graduates and d.get("table") != "graduates":
                continue
            v = self.ind.value(k)
            out.append((int(v.value), f"{v.name}（{{value}}`{k}`）", "data"))
        if not out:  # no indicator counts this dimension: the distinct members the graduates' roster has
            members = {m[0] for m in self.ind.members((key,)) if m[0] not in (None, "")}
            if members:
                out.append((len(members), f"毕业生名单中的不同{dimension}数", "data"))
        return out


# ---------------------------------------------------------------- a document's own tables


# The header of an indicator table's one column of values (指标 | 数值).
VALUE_HEADER = re.compile(r"(?:指标|统计|实际|完成)?(?:数值|数据|值)")


# The word a table's label ends with to say it counts (合作企业数, 订单班学生人数), which prose leaves out.
COUNT_WORD_AT_END = re.compile(r"(?:总人数|人数|总数|数量|数)$")


class TableFacts(Source):
    """Facts printed in the report's tables: a row label (a member of a dimension, or a measure
    with years in the columns) and a column header (a measure, or a year)."""

    def __init__(self, doc: Document, vocab: Vocabulary):
        self.vocab = vocab
        self.year = doc.meta.year or None
        self.cells: dict[tuple, Fact] = {}
        self.by_dimension: dict[tuple, list[tuple[str, Fact]]] = {}
        self.lists: dict[str, list[MemberList]] = {}
        # the 合计 of a column the vocabulary does not know: the base of a share that names it (占在校生的),
        # never a figure a sentence's count is held to (whom the column counts is the header's word only)
        self.bases: dict[tuple, Fact] = {}
        self.named_whole: dict[tuple, bool] = {}  # keys a 合计 row gave, and whether its header named the measure
        # row label -> the share its table prints for it (None: two tables print one, so neither decides)
        self.row_shares: dict[str, Fact | None] = {}
        for table in doc.tables():
            self._read(table)

    def knows(self, measure):
        return measure is not None and any(k[0] == measure.key for k in self.cells)

    def _dimension_of(self, header: str) -> str | None:
        header = UNIT_IN_LABEL.sub("", re.sub(r"\s+", "", header))
        for noun, dim in sorted(self.vocab.nouns.items(), key=lambda x: -len(x[0])):
            if _heads(noun, header) and not any(w in header for w in ("数", "率", "比")):
                return dim
        for name in self.vocab.dimension_keys:
            if _heads(name, header):
                return name
        return None

    def row_share(self, label):
        return self.row_shares.get(re.sub(r"\s+", "", label))

    def _read_row_shares(self, table: Table, headers: list[str]) -> None:
        """Each row's printed share in a table of one label column and one share column (去向 | 人数 | 占比)."""
        shares = [j for j, h in enumerate(headers) if _SHARE_COLUMN.fullmatch(re.sub(r"\s+", "", h))]
        if len(shares) != 1 or not headers:
            return
        j = shares[0]
        for i, row in enumerate(table.rows):
            if j >= len(row) or not row[0].text.strip() or cell_number(row[0]) is not None:
                continue
            label = re.sub(r"\s+", "", normalize(row[0].text))
            number = cell_number(row[j])
            shown = normalize(row[j].text).strip()
            if number is None or not shown.endswith("%") or TOTAL_LABELS.match(label):
                continue
            fact = Fact(number, shown, f"{label}{headers[j]}", f"{table.number or table.caption} 第 {i + 1} 行“{headers[j]}”",
                        table.location, None, "table")
            self.row_shares[label] = fact if label not in self.row_shares else None

    def _read(self, table: Table) -> None:
        if not table.columns or not table.rows:
            return
        headers = [normalize(c).strip() for c in table.columns]
        self._read_row_shares(table, headers)
        label_cols = [j for j, _ in enumerate(headers) if all(
            cell_number(r[j]) is None for r in table.rows if j < len(r) and r[j].text.strip() and not r[j].covered)]
        unit_cols = [j for j in label_cols if UNIT_HEADER.match(re.sub(r"\s+", "", headers[j]))]
        label_cols = [j for j in label_cols if j not in unit_cols]
        dims = {j: self._dimension_of(headers[j]) for j in label_cols}
        for j in (j for j, dim in dims.items() if dim is None):
            members = self._members(table, j)
            dims[j] = dimension_by_members(headers[j], members, self.vocab) or own_dimension(headers[j], members)
            if dims[j]:  # the report calls its units so: "落实率超过 95% 的学院有 3 个" counts them
                self.vocab.nouns.setdefault(re.sub(r"\s+", "", headers[j]), dims[j])
        total_row = any(WHOLE_ROW.match(normalize(r[j].text).strip()) for r in table.rows for j in label_cols if j < len(r))
        for j, dim in dims.items():
            if dim:
                members = {LABEL_COUNT.sub("", r[j].text).strip() for r in table.rows if j < len(r) and r[j].text.strip()}
                members = {m for m in members if not TOTAL_LABELS.match(m)}
                add_member_words(self.vocab, dim, members)
                self.lists.setdefault(dim, []).append(member_list(
                    len(members), f"{table.number or table.caption} 所列{dim}", table.caption,
                    [w for w, d in self.vocab.nouns.items() if d == dim], total_row, self.vocab))
        year_cols = {j: find_years(h + ("年" if re.fullmatch(r"(?:19|20)\d\d", h) else ""))
                     for j, h in enumerate(headers)}
        by_year = [j for j, ys in year_cols.items() if ys and j not in label_cols]
        caption_measure = None  # 各二级学院在校生人数 over columns of years: the caption names the cells' measure
        if len(by_year) >= 2 and len(by_year) + len(label_cols) == len(headers) and (any(dims.values()) or total_row):
            caption_measure = measure_in_caption(table.caption, [headers[j] for j, d in dims.items() if d], self.vocab)
        # 合计 beside columns that are its parts (一年级…三年级, 男/女): each row's total is the count the
        # caption names (2025 年各专业在校生人数), so a 小计 row gives its department's count
        row_totals = [j for j, h in enumerate(headers) if j not in label_cols and j not in unit_cols
                      and WHOLE_ROW.match(re.sub(r"\s+", "", UNIT_IN_LABEL.sub("", h)))]
        total_measure = None
        if caption_measure is None and len(row_totals) == 1 and any(dims.values()) and not by_year and all(
                self._column_measure(headers[j], "") is None for j in range(len(headers))
                if j not in label_cols and j not in unit_cols):
            total_measure = measure_in_caption(table.caption, [headers[j] for j, d in dims.items() if d], self.vocab)
        self.vocab.compile()
        caption_years = find_years(normalize(table.caption))
        breakdown = {d for d in dims.values() if d} | {self.vocab.scopes[t][0] for t in (
            LABEL_COUNT.sub("", normalize(r[j].text)).strip() for r in table.rows for j in label_cols if j < len(r))
            if t in self.vocab.scopes}
        subject = table_subject(table.caption, headers, breakdown, self.vocab)
        sub_columns: dict[str, list[str]] = {}  # a year over the columns it spans (2024年 over 人数, 占比)
        for header in headers:
            group, mark, sub = header.partition(COLUMN_GROUP)
            if mark:
                sub_columns.setdefault(group, []).append(sub)
        alike = self._alike_columns(table, headers, {*label_cols, *unit_cols, *(j for j, ys in year_cols.items() if ys)})
        # 指标 | 数值 (with a 单位 column or not): the one column of values of the indicators the rows name,
        # of the caption's year as a column of years would be
        values = [j for j in range(len(headers)) if j not in label_cols and j not in unit_cols]
        single = values[0] if len(values) == 1 and VALUE_HEADER.fullmatch(re.sub(r"\s+", "", headers[values[0]])) \
            and not any(dims.values()) else None
        carried: dict[int, str] = {}
        for i, row in enumerate(table.rows):
            scope, row_measure, total, subtotal, row_year = {}, None, False, False, None
            for j in label_cols:
                if j >= len(row):
                    continue
                text = LABEL_COUNT.sub("", normalize(row[j].text)).strip()
                if row[j].covered or (not text and dims.get(j)):
                    # a merged cell: the label printed above — but a 合计 spanning two columns is no 小计
                    text = "" if total else carried.get(j, "")
                carried[j] = text
                if YEAR.fullmatch(text):  # a yearly table's row (2024 届, 2025 年): the year of its cells
                    row_year = find_years(text)[0][0]
                    continue
                if TOTAL_LABELS.match(text):
                    subtotal |= text == "小计"
                    total |= text != "小计"
                    continue
                if not text:
                    continue
                if dims.get(j):
                    scope[dims[j]] = text
                elif text in self.vocab.scopes:
                    dim, member = self.vocab.scopes[text]
                    scope[dim] = member
                else:
                    row_measure = self._label_measure(text, self._row_unit(row, unit_cols))
            if subtotal and not scope:
                continue  # a 小计 that belongs to no member read: nothing to stand for
            for j, header in enumerate(headers):
                if j in label_cols or j in unit_cols or j >= len(row) or row[j].covered:
                    continue
                number = cell_number(row[j])
                if number is None:
                    continue
                shown = normalize(row[j].text).strip()
                years = year_cols.get(j) or []
                if years and not self._fits_sub_column(header, shown, row_measure or caption_measure, sub_columns):
                    continue
                if years and row_measure is not None:
                    measure, year = row_measure, years[0][0]
                elif years and caption_measure is not None:
                    measure, year = caption_measure, years[0][0]
                elif j == single and row_measure is not None:
                    measure, year = row_measure, caption_years[0][0] if caption_years else None
                elif j in row_totals and total_measure is not None:
                    measure, year = total_measure, row_year or (caption_years[0][0] if caption_years else None)
                elif row_measure is not None:
                    continue  # a row about something that is not a member of a known dimension
                elif j in alike:
                    continue
                else:
                    measure = self._column_measure(header, shown)
                    year = row_year or (caption_years[0][0] if caption_years else None)
                    if measure is None and not total and not subtotal and (row_year and not scope or len(
                            scope) == 1 and any(dims.values()) and (UNIT_IN_LABEL.search(header) or shown.endswith("%"))) \
                            and re.fullmatch(r"[\u4e00-\u9fff]{3,12}", UNIT_IN_LABEL.sub("", re.sub(r"\s+", "", header))):
                        # a table of years or cohorts (2023级), or of members (专业, 系部), by columns the
                        # vocabulary does not know (巩固率, 对口就业率, 合作企业（家）): each column names its own
                        # quantity, as a row label does — for members only a rate or a column with its unit,
                        # never a figure whose unit the table prints elsewhere (单位：万元)
                        measure = self._label_measure(re.sub(r"\s+", "", header), "%" if shown.endswith("%") else "")
                    if measure is not None and not self._about_subject(measure, header, subject):
                        continue  # a count or share of a subgroup (or of others): not the graduates'
                    if (measure is None or measure.kind == "label") and total and not scope and not subtotal \
                            and any(dims.values()):
                        label = column_label(header, shown)  # 在校生 合计 of a table by department
                        if label is not None:
                            self.bases.setdefault((label.key, frozenset(), year), Fact(
                                number, f"{shown} 人", _what(label.name, {}, year),
                                f"{table.number or table.caption} 第 {i + 1} 行“{header}”", table.location, None,
                                "table"))
                if measure is None:
                    continue
                where = f"{table.number or table.caption} 第 {i + 1} 行“{header}”"
                fact = Fact(number, shown if not measure.unit or measure.unit == "%" or shown.endswith(measure.unit)
                            else f"{shown} {measure.unit}", _what(measure.name, scope, year), where,
                            table.location, None, "table")
                key = (measure.key, frozenset(scope.items()), year)
                if total and not scope and not subtotal:
                    # the 合计 row is the whole, whatever came before — unless another table's column
                    # named the measure and this one is a bare 人数 (employed graduates by unit type)
                    named = self.vocab.measure_named(header) == measure
                    if named or not self.named_whole.get(key):
                        self.cells[key] = fact
                        self.named_whole[key] = named
                else:
                    self.cells.setdefault(key, fact)
                if len(scope) == 1:
                    (dim, member), = scope.items()
                    self.by_dimension.setdefault((measure.key, dim, year), []).append((member, fact))

    @staticmethod
    def _fits_sub_column(header: str, shown: str, measure: Measure | None, sub_columns: dict[str, list[str]]) -> bool:
        """Under a year spanning two columns or more (2024年 over 人数/占比 or 期数/人次), the row's or the
        caption's measure is in one of them only: a share column holds no count (nor a count column a
        share), and of two columns of counts (期数, 人次) nothing tells which one the measure is."""
        group, mark, sub = header.partition(COLUMN_GROUP)
        if not mark or measure is None:
            return True
        share = bool(_SHARE_HEADER.search(sub)) or shown.endswith("%")
        if share != (measure.unit == "%"):
            return False
        return share or sum(not _SHARE_HEADER.search(s) for s in sub_columns.get(group, [])) == 1

    def _alike_columns(self, table: Table, headers: list[str], skipped: set[int]) -> set[int]:
        """Columns that read as one measure (本科专业 and 专科专业 both 专业数): parts the vocabulary cannot
        tell apart, none of them the whole, so none is a fact."""
        by_measure: dict[str, list[int]] = {}
        for j, header in enumerate(headers):
            shown = next((normalize(r[j].text).strip() for r in table.rows
                          if j < len(r) and cell_number(r[j]) is not None), None)
            measure = self._column_measure(header, shown) if j not in skipped and shown is not None else None
            if measure is not None:
                by_measure.setdefault(measure.key, []).append(j)
        return {j for columns in by_measure.values() if len(columns) > 1 for j in columns}

    @staticmethod
    def _members(table: Table, j: int) -> set[str]:
        names = {LABEL_COUNT.sub("", normalize(r[j].text)).strip() for r in table.rows if j < len(r)}
        return {n for n in names if n and not TOTAL_LABELS.match(n)}

    def _about_subject(self, measure: Measure, header: str, subject) -> bool:
        if measure.population:
            return subject.counts_population(self.vocab.measure_named(header) == measure)
        return measure.key != "share:" or subject.shares_of_population

    @staticmethod
    def _row_unit(row, unit_cols: list[int]) -> str:
        return next((normalize(row[j].text).strip() for j in unit_cols if j < len(row) and row[j].text.strip()), "")

    def _label_measure(self, text: str, unit_shown: str = "") -> Measure:
        unit = UNIT_IN_LABEL.search(text)
        name = UNIT_IN_LABEL.sub("", text).strip()
        known = self.vocab.measure_named(name)
        if known is not None and (known.name in name or self.vocab.measures.get(name) == known):
            return known  # its name, or an alias of it word for word (落实率 of 毕业去向落实率)
        measure = Measure(f"label:{name}", name, unit.group(1) if unit else unit_shown, "label")
        self.vocab.add_measure(name, measure)
        stem = COUNT_WORD_AT_END.sub("", name)
        if len(stem) >= 4 and stem != name and stem not in self.vocab.measures:
            # a row "企业兼职教师数（人）" is what prose writes "企业兼职教师 193 人": the name without its count word
            self.vocab.add_measure(stem, measure)
        return measure

    def _column_measure(self, header: str, shown: str) -> Measure | None:
        group, _, sub = header.partition(COLUMN_GROUP)
        if sub:  # under a group header: its 小计/合计 is the group's measure; a part (本科, 一年级) is not
            if not TOTAL_LABELS.match(sub):
                return None
            header = group
        unit = "%" if shown.endswith("%") else ""
        known = self.vocab.measure_named(header)
        if known is not None and known.fits(unit or known.unit):
            return known
        if re.fullmatch(r"(?:毕业生)?(?:总人数|人数|数量|人)(?:[（(]人[）)])?", header) and unit != "%":
            return next((m for m in self.vocab.measures.values() if m.population), None)
        if re.search(r"占比|比例|比重", header) or (unit == "%" and not header):
            return Measure("share:", "占比", "%", "share")
        return None

    def value(self, measure, scope, year, asking=None):
        if measure is None:
            return None
        years = (year, None, self.year) if year is None or year == self.year or self.year is None else (year,)
        for y in years:
            fact = self.cells.get((measure.key, frozenset(scope.items()), y))
            if fact is None and asking is None:
                fact = self.bases.get((measure.key, frozenset(scope.items()), y))
            if fact is not None:
                return fact
        return None

    def population(self, scope, year):
        measure = next((m for m in self.vocab.measures.values() if m.population), None)
        return self.value(measure, scope, year) if measure else None

    def members(self, measure, dimension, scope, year):
        if scope or measure is None:
            return []
        for y in (year, None, self.year):
            found = self.by_dimension.get((measure.key, dimension, y))
            if found:
                return found
        return []

    def member_totals(self, dimension, graduates, scope=None, narrowed=""):
        if scope:
            return []
        return [(m.count, m.what, "table") for m in self.lists.get(dimension, []) if m.answers(narrowed, graduates)]


# ---------------------------------------------------------------- the text's other statements


# A total over years, members or figures (近两届毕业生共 6457 人) is no statement of one year's value.
TOTALS = ("years_total", "members_total", "measures_total")


# Words before a quantity's name that name the whole college's people, not a part of them.
WHOLE_PREFIX = re.compile(r"(?:全日制|全体|全院|全校|学院|学校|在籍)+")


class StatementFacts(Source):
    """Plain value statements (no qualifier, about this college) as facts for the others: the base
    of a share stated in another chapter, the same quantity stated twice."""

    def __init__(self, claims: list[Claim], year: int | None = None):
        self.year = year
        self.stated: dict[tuple, list[Claim]] = {}
        for c in claims:
            if c.kind == "value" and c.ours and c.measure is not None and c.number is not None \
                    and not c.number.qualifier and not c.measure.key.startswith("count:") \
                    and not c.detail.get("unread") and (c.measure.kind != "label" or len(c.measure.name) >= 4) \
                    and not any(c.detail.get(k) for k in TOTALS):
                self.stated.setdefault(self.key(c.measure, c.scope, c.year), []).append(c)

    def key(self, measure: Measure, scope: dict, year: int | None) -> tuple:
        unit = measure.unit or ""
        return measure.key, frozenset(scope.items()), year or self.year, "人" if same_unit(unit, "人") else unit

    def knows(self, measure):
        return measure is not None and any(k[0] == measure.key for k in self.stated)

    def claims_of(self, measure: Measure, scope: dict, year: int | None) -> list[Claim]:
        key = self.key(measure, scope, year)
        if key not in self.stated and measure.kind == "label":
            key = self._longer_name(key, measure.name) or key
        return self.stated.get(key, [])

    def _longer_name(self, key: tuple, name: str) -> tuple | None:
        """"在校生" asked where the text stated "全日制在校生": the one stated quantity (same scope, year
        and unit) whose name is the name asked after words naming the whole college's people, as a
        reader takes the shorter name for it (never a part: 高职在校生 is not all 在校生)."""
        found = [k for k, claims in self.stated.items() if k[1:] == key[1:] and claims[0].measure.kind == "label"
                 and len(name) >= 3 and WHOLE_PREFIX.fullmatch(claims[0].measure.name[:-len(name)] or "-")
                 and claims[0].measure.name.endswith(name)]
        return found[0] if len(found) == 1 else None

    def value(self, measure, scope, year, asking=None):
        if measure is None:
            return None
        for c in self.claims_of(measure, scope, year):
            if c is asking or (asking is not None and asking.unit is c.unit):
                continue  # the same paragraph lists values, it does not restate them
            if asking is not None and asking.measure is not None and asking.number is not None and \
                    not same_unit(asking.number.unit, c.number.unit):
                continue
            loc = c.location
            where = f"正文 {loc.file}:{loc.line}" if loc and loc.line else f"正文 {loc.file}" if loc else "正文"
            return Fact(c.number.value, c.value, _what(measure.name, scope, year), where, loc, None, "prose")
        return None

    def population(self, scope, year):
        for key, claims in self.stated.items():
            if key[1] == frozenset(scope.items()) and key[2] == (year or self.year) and claims[0].measure.population:
                return self.value(claims[0].measure, scope, year)
        return None


def fact_from_number(value: Decimal, unit: str, what: str) -> Fact:
    return Fact(value, f"{plain(value)}{unit}", what, "", None, None, "prose")
