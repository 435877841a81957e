"""Two survey items set side by side by name, with at most one figure printed: the other side is that item
of its figure (the example's 任课教师满意度分项: 师德师风 97.84%, 教学态度 95.84%, 教学水平 96.02%; 工作满意度分项:
工作内容 90.80%, 工作薪酬 87.81%, 职业发展前景 88.17%), never the graduates' number."""
import pytest

from claims_helpers import per_line


def relation(records):
    return [(r.claim.kind, r.verdict, r.expected) for r in records if r.claim.kind in ("comparison", "difference")]


@pytest.mark.parametrize("sentence", [
    "毕业生对师德师风的满意度为97.84%，高于教学水平。",
    "毕业生对教学态度的满意度为95.84%，略低于教学水平。",
    "在任课教师满意度分项中，教学水平的满意度高于教学态度。",
    "工作内容满意度为90.80%，高于工作薪酬。",
    "工作内容的满意度为90.80%，明显高于职业发展前景。",
])
def test_a_right_relation_between_two_items_agrees(read, sentence):
    (records,) = per_line(read(sentence), 1)
    assert relation(records) == [("comparison", "agrees", "")]
    assert "contradicts" not in {r.verdict for r in records}


@pytest.mark.parametrize("sentence, expected", [
    ("毕业生对教学态度的满意度为95.84%，略高于教学水平。", "95.84%，低于 96.02%"),
    ("在任课教师满意度分项中，教学水平的满意度低于教学态度。", "96.02%，高于 95.84%"),
    ("工作内容满意度为90.80%，低于职业发展前景。", "90.80%，高于 88.17%"),
])
def test_a_reversed_relation_between_two_items_is_found(read, sentence, expected):
    (records,) = per_line(read(sentence), 1)
    assert relation(records) == [("comparison", "contradicts", expected)]


def test_a_gap_between_two_items_is_checked(read):
    right, wrong = per_line(read("师德师风满意度比教学水平高1.82个百分点。", "师德师风满意度比教学水平高2.82个百分点。"), 2)
    assert relation(right) == [("difference", "agrees", "")]
    assert relation(wrong) == [("difference", "contradicts", "高 1.82 个百分点")]
