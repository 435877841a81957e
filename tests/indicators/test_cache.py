"""The indicator cache: a rebuild after a text edit loads no data and writes the same bytes as a
cold build; a data edit, a damaged file or someone else's cache is never trusted."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from nianbao.claims import project_claims
from nianbao.document.build import build_document
from nianbao.indicators import cache
from nianbao.indicators.cache import CACHE_DIR, STATE_FILE
from nianbao.pipeline import build_report
from nianbao.project import open_project
from project_helpers import EXAMPLE, REPO, make_project

MAJORS = [["460301", "机电一体化技术", "机械工程系", "2006"], ["530302", "大数据与会计", "经济管理系", "2010"]]
GRADUATES = [["男", "汉族", "河北省", "机械工程系", "机电一体化技术", "签就业协议形式就业"]] * 6 + \
    [["女", "回族", "天津市", "经济管理系", "大数据与会计", "待就业"]] * 2
SECTION = "本届毕业生{value}`graduate_count`人，毕业去向落实率{value}`placement_rate`。\n"


@pytest.fixture(autouse=True)
def own_key(tmp_path, monkeypatch):
    monkeypatch.setenv(cache.KEY_ENV, str(tmp_path / "key"))


@pytest.fixture
def project(tmp_path) -> Path:
    return make_project(tmp_path / "p", GRADUATES, MAJORS, sections={"1-talent/4-employment.md": SECTION})


def _text(result) -> str:
    return "".join(i.display for _, b in result.document.walk_blocks() for i in getattr(b, "inlines", [])
                   if hasattr(i, "display"))


def _no_data_loading(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the data were loaded")
    monkeypatch.setattr("nianbao.indicators.engine.load_project_data", refuse)


def test_rebuild_after_text_edit_loads_no_data_and_writes_the_same_bytes(tmp_path, monkeypatch):
    root = tmp_path / "example"
    shutil.copytree(EXAMPLE, root, ignore=shutil.ignore_patterns(".nianbao", "out"))
    cold = build_report(root, tmp_path / "cold", ["html", "docx", "pdf"])
    assert (root / CACHE_DIR / STATE_FILE).is_file()
    with monkeypatch.context() as m:
        _no_data_loading(m)
        warm = build_report(root, tmp_path / "warm", ["html", "docx", "pdf"])
    assert not warm.result.indicators._opened
    for name in ("report.html", "report.docx", "report.pdf", "tables.json"):
        assert (tmp_path / "warm" / name).read_bytes() == (tmp_path / "cold" / name).read_bytes(), name
    assert warm.result.data_sources == cold.result.data_sources
    assert not any(".nianbao" in str(p) for p in (tmp_path / "warm").rglob("*"))


def test_text_edit_with_a_new_value_loads_the_data_for_it(project, monkeypatch):
    build_document(open_project(project))
    section = project / "sections" / "1-talent" / "4-employment.md"
    section.write_text(SECTION + "\n机械工程系{value}`graduate_count[院系=机械工程系]`人。\n", encoding="utf-8")
    result = build_document(open_project(project))
    assert result.indicators._opened  # a breakdown the cache did not hold: computed from the data
    assert _text(result) == "875.00%6"
    with monkeypatch.context() as m:  # and kept: the next build has it without the data
        _no_data_loading(m)
        again = build_document(open_project(project))
    assert _text(again) == _text(result)


def test_data_edit_is_never_answered_from_the_cache(project):
    first = build_document(open_project(project))
    assert _text(first) == "875.00%"
    graduates = project / "data" / "graduates.csv"
    graduates.write_text(graduates.read_text(encoding="utf-8").replace("待就业", "境内升学", 1), encoding="utf-8")
    second = build_document(open_project(project))
    assert second.indicators._opened
    assert _text(second) == "887.50%"


@pytest.mark.parametrize("damage", ["garbage", "truncated", "edited", "other_key"])
def test_damaged_or_foreign_cache_is_ignored_and_rebuilt(project, tmp_path, monkeypatch, damage):
    first = build_document(open_project(project))
    state = project / CACHE_DIR / STATE_FILE
    raw = state.read_bytes()
    if damage == "garbage":
        state.write_bytes(b"\x00\xffnot json at all")
    elif damage == "truncated":
        state.write_bytes(raw[: len(raw) // 2])
    elif damage == "edited":  # valid JSON, a count changed by hand: the HMAC no longer matches
        mac, _, payload = raw.partition(b"\n")
        data = json.loads(payload)
        for _, cells in data["state"]["cube"]:
            for _, counts in cells:
                counts["n"] += 1000
        state.write_bytes(mac + b"\n" + json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode())
    else:  # a project folder from someone else: a cache made under their key
        monkeypatch.setenv(cache.KEY_ENV, str(tmp_path / "their-key"))
        build_document(open_project(project))
        monkeypatch.setenv(cache.KEY_ENV, str(tmp_path / "key"))
    second = build_document(open_project(project))
    assert second.indicators._opened  # recomputed, not trusted
    assert _text(second) == _text(first) == "875.00%"
    with monkeypatch.context() as m:  # and rewritten under this user's key
        _no_data_loading(m)
        assert _text(build_document(open_project(project))) == "875.00%"


def test_no_key_folder_builds_without_the_cache(project, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv(cache.KEY_ENV, str(blocker / "key"))
    assert _text(build_document(open_project(project))) == "875.00%"
    assert not (project / CACHE_DIR / STATE_FILE).exists()


def test_rebuild_from_the_cache_imports_no_data_reader(project, tmp_path):
    build_document(open_project(project))
    code = ("import sys; from nianbao.document.build import build_document; from nianbao.project import open_project;"
            f"r = build_document(open_project({str(project)!r}), formats=('html',));"
            "print(r.indicators._opened, *(m in sys.modules for m in ('duckdb', 'nianbao.intake.parse')))")
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), cache.KEY_ENV: str(tmp_path / "key")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.split() == ["False", "False", "False"]


def test_a_second_check_of_the_claims_loads_no_data(tmp_path):
    """Claims look up facts the build did not use; they are kept too, so `check` after `check`
    (or after a build) starts from the cache instead of reading the data again."""
    root = tmp_path / "example"
    shutil.copytree(EXAMPLE, root, ignore=shutil.ignore_patterns(".nianbao", "out"))
    first = len(project_claims(open_project(root)))
    code = ("import sys; from nianbao.claims import project_claims; from nianbao.project import open_project;"
            f"n = len(project_claims(open_project({str(root)!r})));"
            "print(n, 'duckdb' in sys.modules)")
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), cache.KEY_ENV: str(tmp_path / "key")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.split() == [str(first), "False"]


def test_a_sealed_state_holding_a_float_is_not_trusted(project):
    """The engine writes no float (exact decimals are strings): a float under a valid seal is still
    a state not of its making, and is recomputed."""
    from nianbao.sealed import seal, unseal, user_key
    first = build_document(open_project(project))
    state = project / CACHE_DIR / STATE_FILE
    data = json.loads(unseal(user_key(), state.read_bytes()))
    for _, cells in data["state"]["cube"]:
        for _, counts in cells:
            counts["n"] = counts["n"] + 0.5
    state.write_bytes(seal(user_key(), json.dumps(data, ensure_ascii=False).encode()))
    second = build_document(open_project(project))
    assert second.indicators._opened  # recomputed, not trusted
    assert _text(second) == _text(first) == "875.00%"


def test_a_build_that_computes_nothing_new_leaves_the_cache_file_alone(project, monkeypatch):
    build_document(open_project(project))
    state = project / CACHE_DIR / STATE_FILE
    written = state.stat().st_mtime_ns
    monkeypatch.setattr("nianbao.indicators.engine.Indicators.state",
                        lambda self: pytest.fail("the unchanged state was serialised"))
    build_document(open_project(project))
    assert state.stat().st_mtime_ns == written


def test_a_build_that_computes_a_new_breakdown_stores_it(project):
    build_document(open_project(project))
    state = project / CACHE_DIR / STATE_FILE
    before = state.read_bytes()
    section = project / "sections" / "1-talent" / "4-employment.md"
    section.write_text(SECTION + "\n女生{value}`graduate_count[性别=女]`人。\n", encoding="utf-8")
    build_document(open_project(project))
    assert state.read_bytes() != before
    assert _text(build_document(open_project(project))) == "875.00%2"
