"""A small published report written for these tests (own words), with planted errors.

One list of items renders to TXT (like text taken from a PDF), DOCX (python-docx) and
PDF (typst). Planted errors:
  P1 表 1-2 is missing from 表目录
  P2 the number 图 1-2 is used twice
  P3 the text cites 表 1-5, which does not exist
  P4 a 小计 of 表 1-1 does not add up (120, rows give 110)
  P5 a wrong share: 男生 300 人 of 400 stated as 65.00%
  P6 two different counts of 专任教师 (210 and 230)
Near misses (must stay silent): correct shares (女生 25.00%, written "25. 00%"), a correct
小计, 表 1-1/表 1-2/图 1-1 cited and present, a sentence cut by a page break, a repeated
running head, dot leaders in the lists.
"""
from __future__ import annotations

HEAD = "示范职业技术学院年度报告"

# (kind, payload): title/list/heading1/heading2/heading3/para/caption/row/source/pagebreak/case
ITEMS = [
    ("title", "示范职业技术学院高等职业教育质量年度报告（2025 年度）"),
    ("pagebreak", None),
    ("listtitle", "目录"),
    ("entry", ("前言", 1)), ("entry", ("一、人才培养", 2)), ("entry", ("（一）立德树人", 2)),
    ("entry", ("1.思政引领", 2)), ("entry", ("（二）高质就业", 3)), ("entry", ("1.去向落实率", 3)),
    ("entry", ("二、发展保障", 5)), ("entry", ("（一）条件保障", 5)), ("entry", ("1.师资配置", 5)),
    ("listtitle", "图目录"),
    ("entry", ("图 1-1 毕业生性别结构", 4)), ("entry", ("图 1-2 毕业生去向分布", 4)),
    ("listtitle", "表目录"),
    ("entry", ("表 1-1 各院系毕业生人数", 3)),
    ("listtitle", "案例目录"),
    ("entry", ("案例 1-1 实践课堂走进社区", 2)),
    ("pagebreak", None),
    ("heading1", "前言"),
    ("para", "本报告向社会介绍学院一年来的办学情况和主要成效。"),
    ("heading1", "一、人才培养"),
    ("heading2", "（一）立德树人"),
    ("heading3", "1.思政引领"),
    ("para", "学院全年组织思政实践活动 12 场，覆盖全体在校生。"),
    ("case", "案例 1-1 实践课堂走进社区"),
    ("para", "学生志愿者走进周边社区开展政策宣讲，累计服务居民 300 余人次。"),
    ("heading2", "（二）高质就业"),
    ("heading3", "1.去向落实率"),
    ("para", "学院 2025 届毕业生共 400 人，其中男生 300 人，占比 65.00%；女生 100 人，占比 25. 00%。"),
    ("para", "各院系人数见表 1-1，毕业去向见表 1-2，就业满意度见表 1-5。"),
    ("caption", "表 1-1 各院系毕业生人数"),
    ("row", ["院系", "专业", "人数", "占比"]),
    ("row", ["机械系", "数控技术", "150", "37.50%"]),
    ("row", ["", "模具设计与制造", "100", "25.00%"]),
    ("row", ["", "小计", "250", "62.50%"]),
    ("row", ["信息系", "软件技术", "50", "12.50%"]),
    ("row", ["", "计算机网络技术", "60", "15.00%"]),
    ("row", ["", "小计", "120", "27.50%"]),
    ("row", ["服务系", "旅游管理", "40", "10.00%"]),
    ("row", ["", "小计", "40", "10.00%"]),
    ("row", ["合计", "", "400", "100.00%"]),
    ("source", "数据来源：学院就业管理系统。"),
    ("para", "从毕业去向看，单位就业的毕业生占大多数，升学的毕业生较上年有所增加，就业"),
    ("pagebreak", None),
    ("para", "服务工作仍需加强。"),
    ("caption", "表 1-2 毕业生去向分布"),
    ("row", ["去向", "人数", "占比"]),
    ("row", ["单位就业", "360", "90.00%"]),
    ("row", ["升学", "20", "5.00%"]),
    ("row", ["待就业", "20", "5.00%"]),
    ("row", ["合计", "400", "100.00%"]),
    ("source", "数据来源：学院就业管理系统。"),
    ("para", "毕业生性别结构如图 1-1 所示，去向分布见图 1-2。"),
    ("figure", "图 1-1 毕业生性别结构"),
    ("source", "数据来源：学院就业管理系统。"),
    ("figure", "图 1-2 毕业生去向分布"),
    ("figure", "图 1-2 各院系去向对比"),
    ("pagebreak", None),
    ("heading1", "二、发展保障"),
    ("heading2", "（一）条件保障"),
    ("heading3", "1.师资配置"),
    ("para", "学院现有专任教师 210 人，其中高级职称教师 70 人，占比 33.33%。"),
    ("para", "截至 2025 年 12 月，学院专任教师 230 人，“双师型”教师 120 人。"),
]


def to_txt() -> str:
    """Like text extracted from a PDF: tabs in tables, running heads at page breaks, blank lines."""
    out: list[str] = []
    for kind, payload in ITEMS:
        if kind == "pagebreak":
            out += ["", "", HEAD, "", ""]
        elif kind == "entry":
            out.append(f"{payload[0]}\t{payload[1]}" if payload[1] != 4 else f"{payload[0]} . . . {payload[1]}")
        elif kind == "row":
            out.append("\t".join(payload))
        elif kind in ("title", "listtitle"):
            out += [payload, ""]
        else:
            out += [payload, ""]
    return "\n".join(out) + "\n"


def txt_line(text: str) -> int:
    """1-based number of the last line of the TXT fixture that starts with text (the body, not a list)."""
    found = [n for n, line in enumerate(to_txt().splitlines(), start=1) if line.startswith(text)]
    assert found, text
    return found[-1]


def write_docx(path) -> None:
    import docx
    document = docx.Document()
    rows: list[list[str]] = []

    def flush():
        if rows:
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
            rows.clear()
    last = None
    for kind, payload in ITEMS:
        if kind != "row":
            flush()
        if kind == "para" and last is not None and not last.text.endswith("。"):
            last.add_run(payload)  # a DOCX paragraph is never cut by a page break
            continue
        last = None
        if kind == "row":
            rows.append(payload)
        elif kind == "entry":
            document.add_paragraph(f"{payload[0]}\t{payload[1]}")
        elif kind.startswith("heading"):
            document.add_heading(payload, level=int(kind[-1]))
        elif kind in ("caption", "figure"):
            document.add_paragraph(payload, style="Caption")
        elif kind == "pagebreak":
            document.add_page_break()
        elif kind == "para":
            last = document.add_paragraph(payload)
        else:
            document.add_paragraph(payload)
    flush()
    document.save(str(path))


def docx_index(path, text: str) -> int:
    """The ordinal of the last top-level body element whose text starts with text (the reader's location)."""
    import docx
    from nianbao.audit.docx_reader import paragraph_text
    body = docx.Document(str(path)).element.body
    found = [n for n, child in enumerate(body, start=1) if paragraph_text(child).startswith(text)]
    assert found, text
    return found[-1]


def to_typst() -> str:
    out = ['#set page(paper: "a4", margin: 2cm, header: align(right)[' + HEAD + '], numbering: "1")',
           '#set text(font: "Noto Serif CJK SC", size: 11pt, lang: "zh")',
           '#set par(first-line-indent: (amount: 2em, all: true), justify: false)']
    rows: list[list[str]] = []

    def flush():
        if rows:
            cells = ", ".join(f"[{c}]" for row in rows for c in row)
            out.append(f"#table(columns: {len(rows[0])}, stroke: none, column-gutter: 2em, {cells})")
            rows.clear()
    for kind, payload in ITEMS:
        if kind != "row":
            flush()
        if kind == "row":
            rows.append([_esc(c) for c in payload])
        elif kind == "pagebreak":
            out.append("#pagebreak()")
        elif kind == "entry":
            out.append(f"#block[{_esc(payload[0])} #h(1fr) {payload[1]}]")
        elif kind in ("caption", "figure", "title", "listtitle") or kind.startswith("heading"):
            out.append(f"#block[{_esc(payload)}]")
        else:
            out.append(f"\n{_esc(payload)}\n")
    flush()
    return "\n".join(out) + "\n"


def _esc(text: str) -> str:
    for ch in "\\#*_$@<>[]`~":
        text = text.replace(ch, "\\" + ch)
    return text


def write_pdf(path) -> None:
    import typst
    data = typst.compile(to_typst().encode("utf-8"), font_paths=["/usr/share/fonts/opentype/noto"],
                         ignore_system_fonts=True)
    path.write_bytes(data)
