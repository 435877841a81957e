"""HTML writer: one self-contained page with front matter, lists and charts; deterministic."""
import re

from project_helpers import EXAMPLE
from nianbao.pipeline import build_report


def test_page_has_front_matter_lists_and_chapters(example_html_build):
    html = example_html_build.files["html"].read_text(encoding="utf-8")
    for title in ("年报公开形式及网址", "内容真实性责任声明", "目录", "图目录", "表目录", "案例目录", "编写部门"):
        assert f">{title}<" in html
    assert '<h1 id="sec-2">一、人才培养</h1>' in html
    assert re.search(r'<a href="#tab-1-1">表 1-1 2025 届毕业生的院系与专业分布</a>', html)
    assert '<div class="caption" id="tab-1-1">表 1-1 2025 届毕业生的院系与专业分布</div>' in html


def test_page_is_self_contained(example_html_build):
    html = example_html_build.files["html"].read_text(encoding="utf-8")
    assert "<svg" in html
    assert not re.search(r'(src|href)="(?!#|data:|https://jw\.)', html)


def test_merged_department_cells(example_html_build):
    html = example_html_build.files["html"].read_text(encoding="utf-8")
    assert '<td class="text merged" rowspan="6">机械工程系</td>' in html  # 5 majors + 小计


def test_no_student_ids_in_outputs(example_html_build):
    for path in example_html_build.files.values():
        assert not re.search(r"20\d{8}", path.read_text(encoding="utf-8")), path


def test_two_builds_give_the_same_bytes(tmp_path, example_html_build):
    again = build_report(EXAMPLE, tmp_path, ["html"])
    for kind in ("html", "tables"):
        assert again.files[kind].read_bytes() == example_html_build.files[kind].read_bytes(), kind
