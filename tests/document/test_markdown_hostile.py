"""The section reader: bad encodings, headings too deep, ragged and GFM tables, emphasis, and
nothing a department wrote dropped without a warning naming file:line."""
from pathlib import Path

from typer.testing import CliRunner

from nianbao.cli import app
from nianbao.document.markdown import read_section
from nianbao.document.model import Emphasis, Heading, Paragraph, Strong, Table, Text
from project_helpers import make_project

SHOWN = "sections/1-talent/1-moral.md"


def read(tmp_path: Path, text: str, encoding="utf-8"):
    path = tmp_path / "s.md"
    path.write_bytes(text.encode(encoding))
    problems, warnings = [], []
    blocks = read_section(path, SHOWN, problems, warnings)
    return blocks, problems, warnings


def test_gbk_section_names_the_file(tmp_path):
    blocks, problems, _ = read(tmp_path, "# 标题\n\n正文一段。\n", "gbk")
    assert blocks == []
    assert problems == [f"{SHOWN}:1：文件不是 UTF-8 编码（看起来是 GBK/GB18030 编码），无法读取；请在编辑器中以 UTF-8 编码另存此文件"]


def test_invalid_utf8_fails_the_build_with_the_file_named(tmp_path):
    root = make_project(tmp_path / "p", [["男", "汉族", "天津市", "机械工程系", "数控技术", "签劳动合同形式就业"]],
                        [["460104", "数控技术", "机械工程系", "2003"]])
    path = root / "sections" / "1-talent" / "1-moral.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes("第一行\n第二行\xff\n".encode("utf-8").replace("\xff".encode(), b"\xff"))
    result = CliRunner().invoke(app, ["build", str(root), "-o", str(tmp_path / "out"), "-f", "html"])
    assert result.exit_code == 2, result.output
    assert f"{SHOWN}:2：文件不是 UTF-8 编码" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_headings_deeper_than_two_levels_are_errors(tmp_path):
    blocks, problems, _ = read(tmp_path, "# 一\n\n## 二\n\n### 三\n\n###### 六\n")
    assert [b.level for b in blocks if isinstance(b, Heading)] == [3, 4, 4, 4]
    assert problems == [f"{SHOWN}:5：标题层级过深（###）：节内只能用 # 和 ##（编号为 1. 和 （1））；更细的层次请写成加粗的段落",
                        f"{SHOWN}:7：标题层级过深（######）：节内只能用 # 和 ##（编号为 1. 和 （1））；更细的层次请写成加粗的段落"]


def test_ragged_hand_typed_table_is_an_error(tmp_path):
    _, problems, _ = read(tmp_path, "```{table}\n:caption: 表题\n专业,人数\n数控技术,12\n机电一体化,3,多余\n```\n")
    assert problems == [f"{SHOWN}:1：手工表格第 3 行有 3 格，表头有 2 列；每行的格数应与表头相同（空格子也要写出分隔符）"]


def test_gfm_pipe_table_with_caption_is_a_table(tmp_path):
    text = "前一段。\n\n: 各专业人数\n\n| 专业 | 人数 |\n|---|---|\n| 数控技术 | 12 |\n| **机电** | 3 |\n\n后一段。\n"
    blocks, problems, warnings = read(tmp_path, text)
    assert problems == [] and warnings == []
    tables = [b for b in blocks if isinstance(b, Table)]
    assert [(t.caption, t.columns, t.display_rows()) for t in tables] == [
        ("各专业人数", ["专业", "人数"], [["数控技术", "12"], ["机电", "3"]])]
    assert [b.text for b in blocks if isinstance(b, Paragraph)] == ["前一段。", "后一段。"]


def test_gfm_table_caption_after_and_missing_caption_warns(tmp_path):
    blocks, _, warnings = read(tmp_path, "| a | b |\n|---|---|\n| 1 | 2 |\n\n表：结果\n\n| c |\n|---|\n| 3 |\n")
    assert [t.caption for t in blocks if isinstance(t, Table)] == ["结果", "（表题待补）"]  # numbered, gap shown
    assert warnings == [f"{SHOWN}:7：表格没有表题：在表格前或后加一行“: 表题”，它才有完整的表题和表目录条目"]


def test_ragged_pipe_table_rows_are_errors(tmp_path):
    _, problems, _ = read(tmp_path, "| a | b |\n|---|---|\n| 1 | 2 | 3 |\n| 4 |\n")
    assert problems == [f"{SHOWN}:3：表格这一行有 3 格，表头有 2 列；每行的格数应与表头相同（空格子也要写出 | |）",
                        f"{SHOWN}:4：表格这一行有 1 格，表头有 2 列；每行的格数应与表头相同（空格子也要写出 | |）"]


def test_emphasis_is_kept_and_unsupported_markup_warns(tmp_path):
    text = ("一段*强调*与**加粗**，[学校网站](https://www.example.edu.cn)。\n\n"
            "```\n代码里的话\n```\n\n<div>\n网页代码\n</div>\n\n![照片](a.png)\n")
    blocks, problems, warnings = read(tmp_path, text)
    assert problems == []
    first = blocks[0].inlines
    assert first == [Text("一段"), Emphasis("强调"), Text("与"), Strong("加粗"), Text("，"), Text("学校网站"), Text("。")]
    assert blocks[1].text == "代码里的话"
    assert warnings == [
        f"{SHOWN}:1：链接只保留文字，网址“https://www.example.edu.cn”不会出现在报告中；需要时把网址写进正文",
        f"{SHOWN}:3：代码块按普通段落排版（报告中没有代码格式）",
        f"{SHOWN}:7：HTML 代码不会出现在报告中（已忽略）：<div> 网页代码 </div>；请改用 Markdown 书写",
        f"{SHOWN}:11：行内图片不会出现在报告中（已忽略）：a.png；请用 ```{{figure}} 路径``` 并写 :caption:"]


def test_emphasis_reaches_all_three_writers():
    from nianbao.render.docx import _text_run
    from nianbao.render.html import render_inlines
    from nianbao.render.pdf import TypstWriter
    assert str(render_inlines([Emphasis("强调<")])) == "<em>强调&lt;</em>"
    run = _text_run("强调", italic=True)
    assert run.find(".//{http://schemas.openxmlformats.org/wordprocessingml/2006/main}i") is not None
    writer = TypstWriter.__new__(TypstWriter)  # only its inline rendering is used
    writer.labels = set()
    assert writer.inlines([Emphasis("强调")]) == "#emph[强调]"
