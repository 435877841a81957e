"""Blank entry workbooks (录入模板): header row, dropdowns, header notes and a 说明 sheet.

The data sheet comes first (import reads the first sheet), then 说明, then a hidden
选项 sheet holding the dropdown lists (a list typed into a validation is limited to
255 characters; 14 destinations or 25 majors do not fit).
"""
from __future__ import annotations

from pathlib import Path

from ..safe import text_cell
from .reference import ETHNIC_GROUPS, ETHNIC_OTHER, PROVINCES
from .schemas import SCHEMAS, Column, Schema

ROWS = 20000  # rows covered by the dropdowns
REQUIRED_FILL = "FCE4D6"
OPTIONAL_FILL = "DDEBF7"
OPTIONS_SHEET = "选项"


def column_options(column: Column, schema: Schema, destinations: list[str],
                   majors: dict[str, str] | None) -> list[str]:
    if column.type == "choice":
        return list(column.choices)
    if column.type == "ethnicity":
        return list(ETHNIC_GROUPS + ETHNIC_OTHER)
    if column.type == "province":
        return list(PROVINCES)
    if column.type == "destination":
        return destinations
    if schema.check_majors and majors and column.type == "department":
        return list(dict.fromkeys(majors.values()))
    if schema.check_majors and majors and column.type == "major":
        return list(majors)
    return []


def column_help(column: Column, options: list[str]) -> str:
    lines = ["必填" if column.required else "选填"]
    if column.note:
        lines.append(column.note)
    if column.aliases:
        lines.append(f"也认：{'、'.join(column.aliases)}")
    if options and len(options) <= 14:
        lines.append(f"可选：{'、'.join(options)}")
    elif options:
        lines.append("从下拉列表中选择")
    return "\n".join(lines)


def _fill(color: str):
    from openpyxl.styles import PatternFill
    return PatternFill("solid", start_color=color, end_color=color)


def write_header(ws, schema: Schema, helps: list[str]) -> None:
    from openpyxl.comments import Comment
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    for index, (column, text) in enumerate(zip(schema.columns, helps), start=1):
        cell = text_cell(ws, 1, index, column.header)
        cell.font = Font(bold=True)
        cell.fill = _fill(REQUIRED_FILL if column.required else OPTIONAL_FILL)
        comment = Comment(text, "nianbao")
        comment.width, comment.height = 260, 120
        cell.comment = comment
        ws.column_dimensions[get_column_letter(index)].width = max(12, 2 * len(column.header) + 6)
    ws.freeze_panes = "A2"


def add_dropdowns(book, ws, schema: Schema, options: list[list[str]]) -> None:
    from openpyxl.utils import get_column_letter, quote_sheetname
    from openpyxl.worksheet.datavalidation import DataValidation
    lists = None
    for index, (column, values) in enumerate(zip(schema.columns, options), start=1):
        if not values:
            continue
        if lists is None:
            lists = book.create_sheet(OPTIONS_SHEET)
            lists.sheet_state = "hidden"
        letter = get_column_letter(index)
        text_cell(lists, 1, index, column.header)
        for r, value in enumerate(values, start=2):
            text_cell(lists, r, index, value)  # majors and departments come from imported files
        ref = f"{quote_sheetname(OPTIONS_SHEET)}!${letter}$2:${letter}${len(values) + 1}"
        dv = DataValidation(type="list", formula1=ref, allow_blank=True, showErrorMessage=True,
                            errorTitle="取值不在列表中", error=f"请从下拉列表中选择{column.header}")
        dv.add(f"{letter}2:{letter}{ROWS + 1}")
        ws.add_data_validation(dv)


def write_instructions(book, schema: Schema, helps: list[str]) -> None:
    from openpyxl.styles import Font
    ws = book.create_sheet("说明")
    lines = [
        f"{schema.title}录入模板（数据类型：{schema.kind}）",
        f"请在第一个工作表“{schema.title}”中填写：第 1 行是表头，请勿修改或删除；从第 2 行起每行一条记录。",
        "橙色表头为必填列，蓝色表头为选填列；鼠标停在表头上可看到填写说明。带下拉箭头的列请从列表中选择。",
        "可以增加其他列（导入时会提示并忽略），也可以调整列的顺序。",
        f"填好后导入：nianbao data import <报告项目目录> {schema.kind} <本文件>",
        "导入时会一次列出所有问题（文件、行号、列、值、应为）；有任何问题都不会导入，原有数据保持不变。",
    ]
    if any(c.personal for c in schema.columns):
        lines.append("学号、工号、姓名只用于核对是否重复，不会出现在报告、日志或错误信息中。")
    for r, text in enumerate(lines, start=1):
        text_cell(ws, r, 1, text)
    ws["A1"].font = Font(bold=True, size=14)
    start = len(lines) + 2
    for c, title in enumerate(("列名", "是否必填", "说明"), start=1):
        text_cell(ws, start, c, title).font = Font(bold=True)
    for r, (column, text) in enumerate(zip(schema.columns, helps), start=start + 1):
        text_cell(ws, r, 1, column.header)
        text_cell(ws, r, 2, "必填" if column.required else "选填")
        text_cell(ws, r, 3, text.split("\n", 1)[1].replace("\n", "；") if "\n" in text else "")
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["C"].width = 90


def write_template(kind: str, out: Path, destinations: list[str], majors: dict[str, str] | None = None) -> Path:
    import openpyxl
    schema = SCHEMAS[kind]
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = schema.title
    options = [column_options(c, schema, destinations, majors) for c in schema.columns]
    helps = [column_help(c, o) for c, o in zip(schema.columns, options)]
    write_header(ws, schema, helps)
    write_instructions(book, schema, helps)
    add_dropdowns(book, ws, schema, options)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    book.save(out)
    return out
