"""Say what was read: what an audit recognised in a file, and refuse files with no report in them.

A file nothing could be read from (empty, a scan without a text layer, an English document,
text decoded with the wrong encoding) must never pass the checks by having nothing to check.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from pathlib import Path

from ..document.model import Document, Heading, Paragraph
from .limits import NoReportContent

# The characters that make up most of any Chinese report, in both scripts. Text decoded with
# the wrong encoding (Big5 read as GB18030) is full of rare characters, kana and symbols instead.
FREQUENT = set(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而"
    "方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应"
    "开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反明看原又么利比或但质气第向道命此"
    "变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老"
    "头基资边流路级少图山统接知较将组见计别手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即"
    "保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带"
    "安场身车例真务具万每目至达走积示议声报完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界"
    "拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近千周委素技备半办青省列习响约支般史感劳便团往"
    "历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆"
    "包火住调满县局照参红细引听该铁价严校师培训企融服务创"
    "這個們來時為說國會學發對於動過產後進開經種還現體當點從業應與關總間樣東導舉領區證們應該實質際術數據來編寫門錄圖"
)
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_KANA_SYMBOLS = re.compile(r"[\u3040-\u30ff\u0370-\u03ff\u0400-\u04ff\u2500-\u257f\ue000-\uf8ff]")
MIN_CJK = 100  # a report has tens of thousands; a cover page alone has about a hundred
MIN_FREQUENT_SHARE = 0.25  # real Chinese prose: 0.5 and more; mis-decoded text: under 0.15


@dataclass
class Recognised:
    """What an audit read in one file: the first thing a reviewer is told."""

    college: str = ""
    pages: int | None = None
    chapters: int = 0
    sections: int = 0
    tables: int = 0
    figures: int = 0
    cases: int = 0
    paragraphs: int = 0
    claims: int = 0
    characters: int = 0  # Chinese characters of body text

    def describe(self) -> str:
        pages = f"{self.pages} 页，" if self.pages else ""
        return (f"已识别：{pages}{self.chapters} 章 {self.sections} 节，表 {self.tables} 个，图 {self.figures} 个，"
                f"案例 {self.cases} 个，段落 {self.paragraphs} 段，读取数字论断 {self.claims} 条")

    def to_json(self) -> dict:
        return asdict(self)


def body_text(doc: Document) -> str:
    parts = []
    for section, block in doc.walk_blocks():
        if isinstance(block, (Paragraph, Heading)):
            parts.append(getattr(block, "text", "") or getattr(block, "title", ""))
        else:
            parts.append(getattr(block, "caption", "") or getattr(block, "title", ""))
            parts.extend(c.text for row in getattr(block, "rows", []) for c in row)
    parts.extend(s.title for s in doc.walk_sections())
    return "\n".join(parts)


def recognise(doc: Document, pages: int | None = None) -> Recognised:
    chapters = [s for s in doc.sections if s.title]
    return Recognised(
        college=doc.meta.college, pages=pages, chapters=len(chapters),
        sections=sum(len(s.children) for s in doc.sections),
        tables=len(doc.tables()), figures=len(doc.figures()), cases=len(doc.cases()),
        paragraphs=sum(isinstance(b, Paragraph) for _, b in doc.walk_blocks()),
        characters=len(_CJK.findall(body_text(doc))))


def garbled_share(text: str, cjk: list[str] | None = None) -> float:
    """Share of the Chinese characters that are frequent ones (low: wrong encoding)."""
    cjk = _CJK.findall(text) if cjk is None else cjk
    if not cjk:
        return 0.0
    return sum(map(FREQUENT.__contains__, cjk)) / len(cjk)


EMPTY = {".pdf": "PDF 没有文字层：可能是扫描版，需要先做文字识别（OCR）", ".docx": "文档中没有段落文字",
         ".html": "网页中没有正文文字", ".htm": "网页中没有正文文字"}


def require_content(doc: Document, found: Recognised, file: str) -> None:
    """Raise NoReportContent unless the document holds something a report is made of."""
    text = body_text(doc)
    if not text.strip():
        raise NoReportContent(file, EMPTY.get(Path(file).suffix.lower(), "文件中没有文字"))
    cjk = _CJK.findall(text)
    odd = len(_KANA_SYMBOLS.findall(text))
    if odd > max(20, len(cjk) // 5) or len(cjk) >= MIN_CJK and garbled_share(text, cjk) < MIN_FREQUENT_SHARE:
        raise NoReportContent(file, "文字像是乱码：文件编码可能有误（例如 Big5 文件被当作 GB18030 读取）")
    if len(cjk) < MIN_CJK:
        if len(re.findall(r"[A-Za-z]{2,}", text)) > 20:
            raise NoReportContent(file, "正文不是中文：质量年报应为中文")
        raise NoReportContent(file, f"只读到 {len(cjk)} 个汉字，不足以构成报告")
    if not (found.chapters or found.tables or found.figures or found.cases or found.paragraphs >= 5):
        raise NoReportContent(file, "没有找到章节、图表、案例或成段正文")
