"""A long sentence (a table flattened into text, a list of every major) is read, in work linear in
its length: frames of bounded size that together cover it, and a call count that grows with it."""
from __future__ import annotations

import sys

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from nianbao.claims import reader
from nianbao.claims.vocabulary import project_vocabulary

QUICK = (Phase.explicit, Phase.reuse, Phase.generate)  # shrinking texts this long takes minutes
FRAME_LIMIT = reader.CONTEXT + 2 * reader.STEP + reader.AHEAD

DEPARTMENTS = ["机械工程系", "智能技术系", "工业技术系"]
item = st.one_of(
    st.builds(lambda d, v: f"{d}毕业去向落实率{v}%", st.sampled_from(DEPARTMENTS),
              st.decimals(80, 100, places=2).map(str)),
    st.builds(lambda k: f"毕业生{k}人", st.integers(0, 10 ** 6)),
    st.builds(lambda k: "1" * k, st.integers(1, 900)),  # a run of digits with no unit
    st.builds(lambda k: f"{k}:1", st.integers(1, 99)),
    st.sampled_from(["占", "其中", "分别为", "较2024年增长", "倍", "最高", "高于全校", "、", "，", "（", "）"]),
)
long_text = st.lists(item, min_size=40, max_size=300).map("".join)


@pytest.fixture(scope="module")
def vocab(example):
    project, result = example
    return project_vocabulary(project.template, result.indicators, project.config.province)


@given(long_text)
@settings(max_examples=60, deadline=None, phases=QUICK)
def test_frames_cover_a_long_sentence_once_each_of_bounded_size(text):
    frames = reader.frames(text)
    assert frames[0][2] == 0 and frames[-1][3] == len(text)
    for (_, _, _, end), (_, _, start, _) in zip(frames, frames[1:]):
        assert end == start  # the kept spans partition the sentence: every claim is read once
    for lo, hi, keep_lo, keep_hi in frames:
        assert lo <= keep_lo < keep_hi <= hi and hi - lo <= FRAME_LIMIT
    assert sum(hi - lo for lo, hi, _, _ in frames) <= 4 * len(text)


@given(long_text)
@settings(max_examples=15, deadline=None, phases=QUICK, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_a_long_sentence_is_read_and_never_raises(vocab, text):
    claims = reader.read_sentence(text + "。", vocab)
    assert all(0 <= c.start <= c.end <= len(text) + 1 for c in claims)


def calls(fn) -> int:
    count = 0

    def profile(frame, event, arg):
        nonlocal count
        count += event in ("call", "c_call")
    sys.setprofile(profile)
    try:
        fn()
    finally:
        sys.setprofile(None)
    return count


def test_reading_work_grows_linearly_with_the_sentence(vocab):
    def listing(k):
        return "各系毕业生" + "、".join(f"{DEPARTMENTS[i % 3]}{900 + i}人，占{i % 90}.5%" for i in range(k)) + "。"
    small, large = (calls(lambda k=k: reader.read_sentence(listing(k), vocab)) for k in (100, 400))
    assert large <= 4.6 * small  # four times the text: four times the work, not sixteen
    claims = reader.read_sentence(listing(400), vocab)
    assert sum(c.kind == "share" for c in claims) == 400  # every item of the long list is read


def test_a_paragraph_of_thousands_of_figures_is_not_read_as_claims(read):
    # a data dump pasted into a paragraph: not prose, and no input may cost more than a whole report
    dump = "各专业人数" + "、".join(f"{n}人" for n in range(1000, 2200)) + "。"
    listing = "各专业人数" + "、".join(f"{n}人" for n in range(1000, 1300)) + "。"
    assert read(dump) == [] and len(read(listing)) == 300
