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
    assert '<td class="text lead merged" rowspan="6">机械工程系</td>' in html  # 5 majors + 小计


def test_no_student_ids_in_outputs(example_html_build):
    for path in example_html_build.files.values():
        assert not re.search(r"20\d{8}", path.read_text(encoding="utf-8")), path


def test_two_builds_give_the_same_bytes(tmp_path, example_html_build):
    again = build_report(EXAMPLE, tmp_path, ["html"])
    for kind in ("html", "tables"):
        assert again.files[kind].read_bytes() == example_html_build.files[kind].read_bytes(), kind


def test_values_tell_the_reader_definition_n_and_source_not_internal_codes(example_html_build):
    html = example_html_build.files["html"].read_text(encoding="utf-8")
    assert "data-indicator" not in html and "luban_trainees_total" not in html
    assert ('<span class="value" title="毕业去向落实率：（就业 + 升学）人数 / 毕业生总数；就业含单位就业、自主创业、'
            '自由职业；n = 3337；数据来源：全国高校毕业生就业管理系统">90.89%</span>') in html


def test_annotated_page_keeps_the_provenance_view(tmp_path):
    from nianbao.pipeline import build_report
    html = build_report(EXAMPLE, tmp_path, ["html"], annotate=True).files["html"].read_text(encoding="utf-8")
    assert '<body class="annotated">' in html
    assert re.search(r'<span class="value" data-indicator="placement_rate" title="placement_rate（毕业去向落实率：', html)


def test_third_level_contents_entries_link_to_their_headings(example_html_build):
    html = example_html_build.files["html"].read_text(encoding="utf-8")
    link = re.search(r'<li class="l3"><a href="#(sec-2-4-1)">1\. 去向落实率</a></li>', html)
    assert link and f'<h3 id="{link.group(1)}">1. 去向落实率</h3>' in html


def test_running_text_reads_as_chinese(example_html_build):
    html = example_html_build.files["html"].read_text(encoding="utf-8")
    assert "<strong>院系与专业。</strong>毕业生来自" in html  # no ASCII space after a run-in heading
    assert re.search(r">1166</span> 课时", html)  # 课时 are whole: text drops the entered ".0"
    assert '<td class="number">1166.0</td>' in html  # the table keeps the figure as entered


def test_compiled_templates_kept_between_processes_give_the_same_page(tmp_path, monkeypatch, example_html_build):
    import tempfile

    from nianbao.render import html as writer
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # a fresh private folder for Jinja's cache
    writer._compiled_templates.cache_clear()
    try:
        doc = example_html_build.result.document
        compiled = writer.HtmlWriter(doc).render()  # compiles the templates and keeps them
        kept = sorted(p.name for p in (tmp_path / f"_jinja2-cache-{__import__('os').getuid()}").iterdir())
        assert kept and all(name.startswith("__nianbao_lstrip_blocks-trim_blocks_") for name in kept)
        writer._compiled_templates.cache_clear()  # as a new process would: loads what was kept
        assert writer.HtmlWriter(doc).render() == compiled
        for path in (tmp_path / f"_jinja2-cache-{__import__('os').getuid()}").iterdir():
            path.write_bytes(path.read_bytes()[:200])  # damaged: compiled again, no traceback
        writer._compiled_templates.cache_clear()
        assert writer.HtmlWriter(doc).render() == compiled
        assert compiled == example_html_build.files["html"].read_text(encoding="utf-8")
    finally:
        writer._compiled_templates.cache_clear()
