"""Recognise the parts of a published report from single lines of text.

Everything here is pure: a string in, a match out. The assembler (`assemble.py`) decides
what a line is from these answers and from its neighbours.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..text import normalize

CN_NUMERALS = "一二三四五六七八九十"


def _load_numbering() -> dict:
    import tomllib
    from pathlib import Path
    return tomllib.loads((Path(__file__).with_name("numbering.toml")).read_text(encoding="utf-8"))


NUMBERING = _load_numbering()
KINDS: dict[str, str] = NUMBERING["kinds"]  # 表 -> table
_FOLD = str.maketrans(NUMBERING["traditional"]["from"], NUMBERING["traditional"]["to"])
# Most text has no traditional character: one search instead of a dict translate per character.
_TRADITIONAL = re.compile("[" + re.escape("".join(map(chr, _FOLD))) + "]")


def fold(text: str) -> str:
    """Traditional characters of labels (數據來源, 圖, 經典案例) as Simplified, same length, for matching."""
    return text.translate(_FOLD) if _TRADITIONAL.search(text) else text


def _caption_regex(scheme: dict) -> re.Pattern:
    words = "|".join(sorted((k for k in scheme["kinds"]), key=len, reverse=True))
    return re.compile(rf"^({words})\s*{scheme['pattern']}(?![\d.．\-－—–‐])\s*(.*)$")


SCHEMES = [(scheme, _caption_regex(scheme)) for scheme in NUMBERING["scheme"]]
CHAPTER_RE = re.compile(rf"^([{CN_NUMERALS}]{{1,3}})\s*、\s*(\S.*)$")
SECTION_RE = re.compile(rf"^[（(]\s*([{CN_NUMERALS}]{{1,3}})\s*[）)]\s*(\S.*)$")
SUB_RE = re.compile(r"^(\d{1,2})\s*[.．、]\s*(?![\d%])(\S.*)$")
SUBSUB_RE = re.compile(r"^[（(]\s*(\d{1,2})\s*[）)]\s*(\S.*)$")
# Chapters and sections counted in words, as many provinces' outlines and Word's numbering print them:
# "第一章 学生发展", "第1章", "第二节 …"; under them "一、" and "（一）" are one level down.
ORDINAL_HEADING_RE = re.compile(rf"^第\s*([{CN_NUMERALS}]{{1,3}}|\d{{1,2}})\s*([章节])\s*(\S.*)$")
SOURCE_RE = re.compile(r"^(?:注[:：]\s*)?(?:(?:数据|资料)来源\s*[:：]?|来源\s*[:：])\s*(.*)$")
# A unit line under a caption ("单位：万元", "（单位：人）") and a note under a table ("注：…", 註)
UNIT_RE = re.compile(r"^[（(]?\s*单\s*位\s*[:：]\s*\S{1,12}?\s*[）)]?$")
NOTE_RE = re.compile(r"^注\s*\d?\s*[:：]")


def is_unit_line(text: str) -> bool:
    return bool(UNIT_RE.match(fold(text).strip()))


def is_note(text: str) -> bool:
    return bool(NOTE_RE.match(fold(text).strip()))


def match_source(text: str) -> str | None:
    """The source named on a "数据来源：…" (or 數據來源) line, as printed; None if it is not one."""
    m = SOURCE_RE.match(fold(text))
    return text[m.start(1):].strip() if m else None
# The appendix: 附录, 案例附录, 附录 经典案例, and the indicator tables' 附表 with or without a title
# ("附表 质量年报指标表"); "附表1 …" is a table's caption, "附件 3" a front-matter label.
APPENDIX_RE = re.compile(r"^(?:(?:案例)?附\s*录(?:\s*经典案例)?|附\s*表(?:\s*[:：]?\s*(?![\d一二三四五六七八九十])[^\d。，；,;！？]{2,16})?)$")
PREFACE_RE = re.compile(r"^前\s*言$")
# A combined list of figures and tables (图表目录, 图表索引) is one printed list of both kinds.
LIST_TITLES = {"目录": "目录", "图目录": "图目录", "表目录": "表目录", "案例目录": "案例目录",
               "插图目录": "图目录", "表格目录": "表目录", "图表目录": "图表目录", "图表索引": "图表目录"}
ENTRY_RE = re.compile(r"^(?:[-•·]\s+)?(.*?\S)(?:\s*[.．。…·•]{2,}|\s+[.．…·])?(?:\t+|\s{1,}|(?<=[.．…·]))(\d{1,4})$")
PAGE_NUMBER_RE = re.compile(r"^[-—–\s]*(?:第\s*)?\d{1,4}(?:\s*页)?[-—–\s]*$")
TERMINAL = "。！？!?；;…"
_CJK = r"\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’"
_SPACE_CJK = re.compile(rf"(?<=[{_CJK}])[ \u3000]+|[ \u3000]+(?=[{_CJK}])")
# A cell that is a figure, as layout text prints it (1,234, 95.2%, 10,276.4): digits, separators and points.
FIGURE_CELL = re.compile(r"[-+]?\d[\d,，.．]*\s*[%％‰]?")
# A line that is one figure and nothing else, with one decimal point at most: a cell of plain pdftotext
# (one a line), never a date (2025.8.31) or a section number (3.2.1) — those stay text there.
ONE_FIGURE = re.compile(r"^[-+]?\d[\d,，]*(?:[.．]\d+)?\s*[%％‰]?$")
_NUMBER_GAP = re.compile(r"(?<=\d)\s*([.．])\s+(?=\d)|(?<=\d)\s+(?=%)")


def clean(text: str) -> str:
    """Undo the artefacts of text extraction that never carry meaning (the one normaliser)."""
    return normalize(text).strip()


def join_numbers(text: str) -> str:
    """"78. 26%" → "78.26%", "12 %" → "12%" (spaces the PDF put inside a number)."""
    return _NUMBER_GAP.sub(lambda m: m.group(1) or "", text)


def compact(text: str) -> str:
    """Drop spaces next to Chinese characters: "单位就 业" → "单位就业", "2025 届" → "2025届"."""
    return join_numbers(_SPACE_CJK.sub("", text)).strip()


def list_title(text: str) -> str | None:
    key = re.sub(r"\s+", "", fold(text))
    return LIST_TITLES.get(key)


@dataclass
class HeadingMatch:
    level: int  # 1 chapter, 2 section, 3 "1.", 4 "（1）"
    label: str
    title: str
    number: int | None = None  # chapter number for level 1
    unit: str = ""  # 章 or 节 when numbered "第N章"/"第N节": levels by name, not by numbering style


def match_heading(text: str) -> HeadingMatch | None:
    if PREFACE_RE.match(text):
        return HeadingMatch(1, "", "前言")
    m = ORDINAL_HEADING_RE.match(text)
    if m:
        numeral, unit = m.group(1), m.group(2)
        number = int(numeral) if numeral.isdigit() else cn_number(numeral)
        return HeadingMatch(1 if unit == "章" else 2, f"第{numeral}{unit}", compact(m.group(3)), number, unit)
    for level, regex in ((1, CHAPTER_RE), (2, SECTION_RE), (3, SUB_RE), (4, SUBSUB_RE)):
        m = regex.match(text)
        if not m:
            continue
        title = compact(m.group(2))
        if level == 1:
            return HeadingMatch(1, f"{m.group(1)}、", title, cn_number(m.group(1)))
        if level == 2:
            return HeadingMatch(2, f"（{m.group(1)}）", title, cn_number(m.group(1)))
        if level == 3:
            return HeadingMatch(3, f"{m.group(1)}.", title, int(m.group(1)))
        return HeadingMatch(4, f"（{m.group(1)}）", title, int(m.group(1)))
    return None


def looks_like_heading_title(title: str) -> bool:
    """Short, no sentence inside: what a heading (rather than a numbered paragraph) looks like."""
    return 0 < len(title) <= 32 and not any(ch in title[:-1] for ch in "。；;") and not title.endswith("。")


def cn_number(numeral: str) -> int:
    if numeral == "十":
        return 10
    if numeral.startswith("十"):
        return 10 + CN_NUMERALS.index(numeral[1]) + 1
    if len(numeral) == 2 and numeral.endswith("十"):
        return (CN_NUMERALS.index(numeral[0]) + 1) * 10
    return CN_NUMERALS.index(numeral[0]) + 1


@dataclass
class CaptionMatch:
    kind: str  # table | figure | case | featured
    number: str  # "表 1-1", "表 1.1", "表 3", "经典案例 2"
    chapter: int | None
    title: str  # as printed
    scheme: str = "per-chapter"


def match_caption(text: str) -> CaptionMatch | None:
    """A caption in any numbering scheme of numbering.toml; the title keeps its printed characters."""
    folded = fold(text)
    for scheme, regex in SCHEMES:
        m = regex.match(folded)
        if not m:
            continue
        word = m.group(1)
        kind = KINDS[word]
        parts = [g for g in m.groups()[1:-1]]
        title = caption_title(text[m.start(m.lastindex):])
        if len(parts) == 2:
            number = f"{word} {int(parts[0])}{scheme['separator']}{int(parts[1])}"
            return CaptionMatch(kind, number, int(parts[0]), title, scheme["id"])
        chapter = None
        return CaptionMatch(kind, f"{word} {int(parts[0])}", chapter, title, scheme["id"])
    return None


def caption_title(text: str) -> str:
    return re.sub(r"\s+", " ", join_numbers(text)).strip(" \t:：、.")


def plausible_caption(match: CaptionMatch) -> bool:
    """"表 1-1 显示，……" in running text is a citation, not a caption; nor is a citation that a line
    break left alone at the start of a line ("图 1-7。")."""
    title = match.title
    if title and not re.search(r"\w", title):
        return False
    return len(title) <= 60 and "。" not in title[:-1] and not title.startswith(("所示", "显示", "可见", "中可见", "中的", "中，", "和", "、", "及"))


@dataclass
class ListEntry:
    text: str  # the entry without its page number
    page: int | None


def match_entry(text: str) -> ListEntry | None:
    m = ENTRY_RE.match(text.rstrip())
    if not m:
        return None
    body = re.sub(r"(?:\s*[.．。…·•]){2,}$|\s+[.．…·]$", "", m.group(1)).strip()
    body = re.sub(r"^[-•·]\s+", "", body)
    return ListEntry(body, int(m.group(2))) if body else None


def split_cells(text: str) -> list[str] | None:
    """A tab-separated table row, or None."""
    if "\t" not in text:
        return None
    return [c.strip() for c in text.split("\t")]


@dataclass
class Line:
    """One line of input as the readers hand it to the assembler."""

    text: str
    line: int | None = None
    page: int | None = None
    cells: list[str] | None = None
    style: str = ""  # reader hints: h1 h2 h3 h4 caption toc
    blank_before: int = 0  # blank lines dropped right before this one
    page_break_before: bool = False
    whole: bool = False  # a complete paragraph (DOCX): never joined to the one before
    extra: dict = field(default_factory=dict)

    @property
    def is_row(self) -> bool:
        return self.cells is not None
