"""Bounds on the work an input can cause, and the one way a reader says it cannot read a file.

A reviewer audits whatever a college sends: a renamed zip bomb, a damaged DOCX, 50 MB of
digits. Each reader checks these limits before parsing, so no input makes `nianbao audit`
hang or exhaust memory; every failure is a `ReportUnreadable` naming the file, in Chinese.
"""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

from ..errors import NianbaoError

MAX_FILE_BYTES = 200 * 1024 * 1024  # any input file as stored
MAX_TEXT_BYTES = 20 * 1024 * 1024  # a whole published report as text is about 0.3 MB
MAX_UNZIPPED_BYTES = 300 * 1024 * 1024  # all parts of a DOCX together, as declared by the zip
MAX_XML_BYTES = 60 * 1024 * 1024  # the XML parts python-docx parses into memory
MAX_RATIO = 200  # compression ratio of one part beyond which it is a bomb, not a document
MAX_LINE_CHARS = 20_000  # a paragraph of a real report is under 3 000 characters
MAX_PDF_PAGES = 2_000
MAX_DIGITS = 40  # the longest figure a report prints (an ID, a phone number) is under 20 digits
_DIGIT_RUN = re.compile(r"\d{%d,}" % (MAX_DIGITS + 1))


class ReportUnreadable(NianbaoError):
    """The file cannot be read as a report: the CLI prints this and exits 2."""

    prefix = "无法读取报告"

    def __init__(self, file: str, reason: str):
        self.file, self.reason = file, reason
        super().__init__(f"{self.prefix}：{file}（{reason}）")


class NoReportContent(ReportUnreadable):
    """The file was read but holds nothing recognisable as a report (empty, scanned, English, garbled)."""

    prefix = "未识别出报告内容"


def _megabytes(n: int) -> str:
    return f"{n / 1024 / 1024:.0f} MB"


def check_file_size(path: Path, name: str, limit: int = MAX_FILE_BYTES) -> None:
    size = path.stat().st_size
    if size > limit:
        raise ReportUnreadable(name, f"文件大小 {_megabytes(size)}，超过上限 {_megabytes(limit)}")


def check_zip(path: Path, name: str) -> None:
    """A DOCX is a zip: refuse a damaged one, and one whose parts would unpack to too much."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ReportUnreadable(name, "文件已损坏或不是 Word 文档（无法按 zip 打开）") from exc
    total = sum(info.file_size for info in infos)
    if total > MAX_UNZIPPED_BYTES:
        raise ReportUnreadable(name, f"解压后共 {_megabytes(total)}，超过上限 {_megabytes(MAX_UNZIPPED_BYTES)}")
    for info in infos:
        is_xml = info.filename.endswith((".xml", ".rels"))
        if is_xml and info.file_size > MAX_XML_BYTES:
            raise ReportUnreadable(name, f"“{info.filename}”解压后 {_megabytes(info.file_size)}，超过上限 "
                                         f"{_megabytes(MAX_XML_BYTES)}")
        if info.file_size > 10 * 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ReportUnreadable(name, f"“{info.filename}”压缩比异常（{info.file_size // max(info.compress_size, 1)}:1），"
                                         "疑似压缩炸弹")


def check_line(text: str, name: str, where: str) -> None:
    """Lines no report has: too long for any paragraph, or with a run of digits no figure has."""
    if len(text) > MAX_LINE_CHARS:
        raise ReportUnreadable(name, f"{where}长 {len(text)} 字符，超过上限 {MAX_LINE_CHARS}，不像报告正文")
    run = _DIGIT_RUN.search(text)
    if run:
        raise ReportUnreadable(name, f"{where}有一串 {len(run.group())} 位的数字（上限 {MAX_DIGITS} 位），不像报告正文")
