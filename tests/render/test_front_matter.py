"""Front and back matter: one text in the model, the same words in HTML, DOCX and PDF."""
import re
import shutil
import subprocess
from html.parser import HTMLParser

import docx
import pytest

from nianbao.pipeline import build_report
from project_helpers import REPORT_TOML, make_project

GRADS = [["男", "汉族", "天津市", "机械工程系", "数控技术", "签劳动合同形式就业"],
         ["女", "回族", "河北省", "机械工程系", "数控技术", "境内升学"]]
MAJORS = [["460103", "数控技术", "机械工程系", "2010"]]
EXTRA = '''publication_form = "学院官方网站网上公开"
publication_url = "https://www.example.edu.cn/nianbao/2025.htm"
'''


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = make_project(tmp_path_factory.mktemp("front") / "p", GRADS, MAJORS,
                        sections={"1-talent/1-moral.md": "立德树人的工作。\n"})
    (root / "report.toml").write_text(REPORT_TOML.replace('declaration_date = "2025-12-30"\n',
                                                          'declaration_date = "2025-12-30"\n' + EXTRA)
                                      + '\n[[authors]]\ndepartment = "教务部"\nlead = "甲老师"\nwriters = ["乙老师"]\n',
                                      encoding="utf-8")
    return build_report(root, tmp_path_factory.mktemp("front-out"), ["html", "docx", "pdf"])


def expected(built) -> str:
    front = built.result.document.meta.front
    return squash("".join(line for page in front.pages() for line in page.lines()))


class _StatementText(HTMLParser):
    def __init__(self):
        super().__init__()
        self.depth, self.parts = 0, []

    def handle_starttag(self, tag, attrs):
        classes = dict(attrs).get("class", "") or ""
        if tag == "div" and "statement" in classes.split():
            self.depth = 1
        elif self.depth and tag == "div":
            self.depth += 1

    def handle_endtag(self, tag):
        if self.depth and tag == "div":
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.parts.append(data)


def html_front(path) -> str:
    parser = _StatementText()
    parser.feed(path.read_text(encoding="utf-8"))
    return squash("".join(parser.parts))


def docx_front(path, first: str, stop: str) -> str:
    texts = [p.text for p in docx.Document(str(path)).paragraphs]
    start = next(i for i, t in enumerate(texts) if t in first)
    end = texts.index(stop)
    return squash("".join(texts[start:end]))


def pdf_front(path, first: str, stop: str) -> str:
    text = subprocess.run(["pdftotext", "-l", "6", str(path), "-"], capture_output=True, text=True, check=True).stdout
    lines = [line.strip() for line in text.splitlines()]
    start = next(i for i, t in enumerate(lines) if t == first)
    end = lines.index(stop, start)
    return squash("".join(lines[start:end]))


def test_the_statement_has_the_form_colleges_sign(built):
    declaration = built.result.document.meta.front.declaration
    assert declaration.attachment == "附件 3" and declaration.title == "内容真实性责任声明"
    assert declaration.closing == "特此声明。"
    assert declaration.signatures == ["单位名称（盖章）：", "法定代表人（签名）：", "2025 年 12 月 30 日"]
    publication = built.result.document.meta.front.publication
    assert publication.paragraphs == ["公开形式：学院官方网站网上公开",
                                      "公开网址：https://www.example.edu.cn/nianbao/2025.htm"]
    assert sum(line.count("公开") for line in publication.paragraphs) == 3  # 公开形式, 网上公开, 公开网址: not 向社会公开 again


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_html_docx_and_pdf_say_the_same_words(built):
    front = built.result.document.meta.front
    first, stop = front.pages()[0].lines()[0], front.toc_title
    want = expected(built)
    assert want.startswith("年报公开形式及网址公开形式：学院官方网站网上公开")
    assert html_front(built.files["html"]) == want
    assert docx_front(built.files["docx"], first, stop) == want
    assert pdf_front(built.files["pdf"], first, stop) == want


def test_authors_columns_come_from_the_template(built):
    html = built.files["html"].read_text(encoding="utf-8")
    assert "<h1>编写人员</h1>" in html and "<th>编写部门</th><th>负责人</th><th>主要编写人</th>" in html
    table = docx.Document(str(built.files["docx"])).tables[-1]
    assert [c.text for c in table.rows[0].cells] == ["编写部门", "负责人", "主要编写人"]
