"""A report published as a web page (audit/html_reader.py): a college site's page saved by a browser,
in the GBK its <meta> declares, with the site's menu and footer around the article, a layout table,
and a data table whose first column is merged over rows; and nianbao's own report.html."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from nianbao.audit import audit_report, read_report
from nianbao.audit.batch import report_files
from nianbao.audit.html_reader import html_lines
from nianbao.audit.limits import NoReportContent, ReportUnreadable
from nianbao.audit.summary import write_summary
from nianbao.pipeline import build_report
from project_helpers import EXAMPLE

REPORTS = Path(__file__).parent / "reports"

PAGE = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>溪桥职业技术学院2025年质量年度报告-溪桥职业技术学院</title>
<script>var menu = "一、人才培养 2025 届毕业生 9999 人";</script><style>p {{ margin: 0 }}</style></head>
<body>
<header><div class="logo">溪桥职业技术学院</div><nav><a href="/">首页</a> <a href="/xxgk">学校概况</a>
<a href="/zsjy">招生就业</a></nav></header>
<table width="980" class="layout"><tr><td class="left"><ul><li>通知公告</li><li>院系设置</li></ul></td>
<td class="main">
<h1>溪桥职业技术学院高等职业教育质量年度报告（2025年度）</h1>
<p class="info">发布时间：2025-12-28 浏览次数：1024</p>
<h2>一、人才培养</h2>
<h3>（一）毕业生概况</h3>
<p>学院 2025 届毕业生共 600 人，分布在两个系，各系毕业生人数见表1-1。学院围绕区域产业调整专业布局，
持续加强就业指导与服务，毕业生就业质量稳步提升。</p>
<p style="text-align:center"><strong>表1-1 2025届各系毕业生人数</strong></p>
<table border="1">
<tr><th>系别</th><th>专业</th><th>人数</th></tr>
<tr><td rowspan="3">机电工程系</td><td>机电一体化技术</td><td>150</td></tr>
<tr><td>工业机器人技术</td><td>120</td></tr>
<tr><td>小计</td><td>270</td></tr>
<tr><td rowspan="2">信息工程系</td><td>软件技术</td><td>200</td></tr>
<tr><td>小计</td><td>200</td></tr>
<tr><td colspan="2">合计</td><td>480</td></tr>
</table>
<p>数据来源：学院招生就业处。</p>
<h3>（二）就业质量</h3>
<p>2025 届毕业生毕业去向落实率为 93.50%，较上年提高 1.2 个百分点，各系落实情况见表1-2。<br>
其中机电工程系落实率最高。</p>
<p><strong>表1-2 2025届各系毕业去向落实率</strong></p>
<table border="1">
<tr><th>系别</th><th>毕业生数</th><th>落实人数</th><th>落实率</th></tr>
<tr><td>机电工程系</td><td>270</td><td>255</td><td>94.44%</td></tr>
<tr><td>信息工程系</td><td>200</td><td>181</td><td>90.50%</td></tr>
</table>
<p>数据来源：学院招生就业处。</p>
<h2>二、产教融合</h2>
<p>学院与 36 家企业共建实训基地，合作企业数量较上年增加 4 家，校企合作育人成效持续显现。学院持续推进产教融合，
深化校企协同育人机制建设，共建课程与教材资源。</p>
</td></tr></table>
<footer><p>版权所有：溪桥职业技术学院 地址：某市某区 电话：0000-00000000</p></footer>
</body></html>
"""


def _page(folder: Path, name: str = "report.htm") -> Path:
    path = folder / name
    path.write_bytes(PAGE.encode("gb18030"))
    return path


def test_the_article_is_read_without_the_sites_menu_scripts_and_footer(tmp_path):
    texts = [line.text for line in html_lines(_page(tmp_path))]
    assert "一、人才培养" in texts and "（一）毕业生概况" in texts
    assert not any(word in text for text in texts for word in ("首页", "学校概况", "版权所有", "9999", "margin"))
    # <br> ends a line; the line breaks of the source do not
    assert "2025 届毕业生毕业去向落实率为 93.50%，较上年提高 1.2 个百分点，各系落实情况见表1-2。" in texts
    assert "其中机电工程系落实率最高。" in texts


def test_merged_cells_keep_their_columns(tmp_path):
    rows = [line.cells for line in html_lines(_page(tmp_path)) if line.is_row]
    assert rows[:4] == [["系别", "专业", "人数"], ["机电工程系", "机电一体化技术", "150"],
                        ["", "工业机器人技术", "120"], ["", "小计", "270"]]
    assert rows[6] == ["合计", "", "480"]


def test_locations_are_lines_of_the_html_source(tmp_path):
    lines = html_lines(_page(tmp_path))
    heading = next(line for line in lines if line.text == "一、人才培养")
    assert PAGE.splitlines()[heading.line - 1].strip() == "<h2>一、人才培养</h2>"


def test_audit_finds_the_wrong_total_and_the_rate_against_its_table(tmp_path):
    result = audit_report(_page(tmp_path))
    doc = result.document
    # the page's title and date before the first chapter are a preamble, as in the page saved as text
    assert [s.heading for s in doc.sections if s.heading] == ["一、人才培养", "二、产教融合"]
    assert result.recognised.tables == 2
    serious = sorted((f.rule, f.message) for f in result.findings if f.severity == "error")
    assert any(rule == "table.total" and "合计" in message and "480" in message and "470" in message
               for rule, message in serious), serious


@pytest.fixture(scope="module")
def built_example(tmp_path_factory):
    out = tmp_path_factory.mktemp("example-html-docx")
    build_report(EXAMPLE, out, ["html", "docx"])
    return out


def test_our_own_report_html_reads_as_its_docx_does(built_example):
    html = audit_report(built_example / "report.html")
    docx = audit_report(built_example / "report.docx")
    assert html.recognised.chapters == docx.recognised.chapters == 9
    assert (html.recognised.tables, html.recognised.figures, html.recognised.cases) == \
        (docx.recognised.tables, docx.recognised.figures, docx.recognised.cases)
    assert html.recognised.claims == docx.recognised.claims
    assert not [f for f in html.findings if f.severity == "error"]


def test_a_folder_audit_reads_pages_but_not_its_own_summary(tmp_path):
    page = _page(tmp_path)
    write_summary([audit_report(page)], tmp_path / "summary.html")
    assert report_files([tmp_path]) == [page]


@pytest.mark.parametrize("data, message", [
    (b"", "无法读取报告：{}（网页为空或无法解析）"),
    (b"<html><head><title>\xe6\x8a\xa5\xe5\x91\x8a</title></head><body><nav>\xe9\xa6\x96\xe9\xa1\xb5</nav></body></html>",
     "未识别出报告内容：{}（网页中没有正文文字）"),
])
def test_an_empty_page_is_refused_with_a_reason(tmp_path, data, message):
    path = tmp_path / "empty.html"
    path.write_bytes(data)
    with pytest.raises((NoReportContent, ReportUnreadable)) as caught:
        audit_report(path)
    assert str(caught.value) == message.format(path)


def test_read_report_chooses_the_page_reader_by_extension(tmp_path):
    doc = read_report(_page(tmp_path, "report.html"))
    assert [s.heading for s in doc.sections if s.heading][0] == "一、人才培养"


def test_nested_layout_tables_read_each_passage_once(tmp_path):
    inner = "<p>学院 2025 届毕业生共 600 人，毕业去向落实率为 93.50%。</p>"
    page = "<html><body>" + "<table><tr><td>" * 40 + inner + "</td></tr></table>" * 40 + "</body></html>"
    path = tmp_path / "nested.html"
    path.write_text(page, encoding="utf-8")
    texts = [line.text for line in html_lines(path)]
    assert texts == ["学院 2025 届毕业生共 600 人，毕业去向落实率为 93.50%。"]


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice not installed")
@pytest.mark.parametrize("name", ["word-captions.docx", "dotted-word.docx"])
def test_a_word_report_saved_as_a_web_page_audits_as_the_word_file(tmp_path, name):
    """LibreOffice's HTML of a DOCX (captions as SEQ fields, merged cells, lines broken in the source):
    the same findings, word for word, as the DOCX itself."""
    source = REPORTS / name
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "html",
                    "--outdir", str(tmp_path), str(source)], check=True, capture_output=True, timeout=180)
    page = tmp_path / (source.stem + ".html")

    def findings(path):
        return sorted((f.rule, f.severity, f.message) for f in audit_report(path).findings)
    assert findings(page) == findings(source)
    assert findings(source)  # the reports have planted errors: an empty comparison would prove nothing


def test_an_articles_own_header_is_read_the_sites_is_not(tmp_path):
    body = "".join(f"<p>学院 2025 届毕业生共 600 人，毕业去向落实率为 93.50%，第 {i} 段。</p>" for i in range(6))
    page = ("<html><body><header><nav>首页 学校概况</nav></header><article><header><h1>溪桥职业技术学院"
            "2025年质量年度报告</h1><p>发布时间：2025-12-28</p></header>" + body + "</article>"
            "<footer>版权所有</footer></body></html>")
    path = tmp_path / "article.html"
    path.write_text(page, encoding="utf-8")
    texts = [line.text for line in html_lines(path)]
    assert texts[:2] == ["溪桥职业技术学院2025年质量年度报告", "发布时间：2025-12-28"]
    assert not any("首页" in t or "版权所有" in t for t in texts)
