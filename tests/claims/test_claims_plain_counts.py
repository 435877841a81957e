"""A count of an entered figure in a plain sentence, in the wordings reports use (教职工 377, 2025 级全日制
高职新生 3213, 专任教师 295): right ones agree, wrong ones are set right, none is left unverifiable."""
import pytest

from claims_helpers import per_line


@pytest.mark.parametrize("sentence,verdict,expected", [
    ("学院现有教职工 377 名，其中专任教师295人。", "agrees", ""),
    ("学院现有教职工 387 名。", "contradicts", "377 人"),
    ("学院现有教职员工总数377人。", "agrees", ""),
    ("截至2025年底，学院共有教职工 337 人。", "contradicts", "377 人"),
    ("学院2025级新生报到3213人。", "agrees", ""),
    ("2025年新生报到人数为3231人。", "contradicts", "3213 人"),
    # 迎来 (welcomed) acts on the new students; it narrows nothing
    ("2025年秋季学期，学院迎来3213名新生。", "agrees", ""),
    ("学院共迎来2025级新生3312名。", "contradicts", "3213 人"),
])
def test_a_plain_count_of_an_entered_figure(read, sentence, verdict, expected):
    (records,) = per_line(read(sentence), 1)
    assert [(r.verdict, r.expected) for r in records if r.kind == "value"][0] == (verdict, expected)
