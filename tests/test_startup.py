"""A command's process settings (nianbao.startup): what they start, and that the process still ends cleanly."""
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"


def run(code: str) -> str:
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    return proc.stdout


def test_an_html_build_starts_no_typst():
    out = run("import sys\nfrom nianbao.startup import preload_fonts\npreload_fonts(['html'])\n"
              "print('typst' in sys.modules)")
    assert out.split() == ["False"]


def test_fonts_are_loaded_once_however_often_the_preload_is_asked_for():
    out = run("from nianbao.startup import preload_fonts\nfrom nianbao import fonts\n"
              "preload_fonts(['html,docx'])\nfirst = fonts.preload()\nsecond = fonts.preload()\n"
              "print(first is second, first is None or first.name)\n"
              "first is None or first.join()\nprint(len(fonts._FONT_CACHE))")
    same, name, indexes = out.split()
    assert same == "True" and name in ("nianbao-fonts", "True")  # True: no font folder on this machine
    assert int(indexes) <= 1


def test_exit_handlers_still_run_after_the_final_collections_are_skipped(tmp_path):
    marker = tmp_path / "ran"
    run("import atexit, gc\nfrom nianbao.startup import skip_final_collections\nskip_final_collections()\n"
        "skip_final_collections()\n"
        f"atexit.register(lambda: open({str(marker)!r}, 'w').write(str(gc.isenabled())))\n"
        "cycle = []; cycle.append(cycle)\nprint('done')")
    assert marker.read_text() == "True"


def test_an_audit_loads_no_markdown_or_html_templates():
    # An audit reads a published report and builds nothing: the Markdown reader and Jinja are
    # a build's, and loading them was a tenth of the audit's time over the CLI's start-up.
    report = Path(__file__).resolve().parent / "data" / "audit-reports" / "qinglan-continuous.txt"
    out = run("import sys\nfrom nianbao import pipeline\n"
              f"document, findings = pipeline.audit({str(report)!r})\n"
              "print(len(findings) > 0, 'markdown_it' in sys.modules, 'jinja2' in sys.modules)")
    assert out.split() == ["True", "False", "False"]


def test_the_command_line_loads_no_table_printer_nor_data_engine_before_a_command_needs_them():
    out = run("import sys\nimport nianbao.cli\nprint(*(name in sys.modules for name in ('rich.table', 'duckdb', 'typst')))")
    assert out.split() == ["False", "False", "False"]
