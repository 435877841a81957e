"""Ratios of entered figures: a figure to the rest of the whole the template counts it in (高级职称教师
102 of 专任教师 295: the others 193, 1:1.89), and two 分组 of one entered figure (乌干达本土学生 636,
乌干达本土教师 389, 乌干达员工 821 人次)."""
import pytest

from claims_helpers import per_line


def ratios(records):
    return [(r.value, r.verdict, r.expected) for r in records if r.kind == "ratio"]


@pytest.mark.parametrize("sentence,value,verdict,expected", [
    ("高级职称教师与其他职称教师之比约为1:1.9。", "1:1.9", "agrees", ""),
    ("专任教师中高级职称与其他职称教师的比例约为1:1.89。", "1:1.89", "agrees", ""),
    ("高级职称教师与其余专任教师之比为1:1.89。", "1:1.89", "agrees", ""),
    ("高级职称教师与其他专任教师人数之比为 1 : 1.89。", "1:1.89", "agrees", ""),
    # the whole itself is not the other side: 102 : 295 would be 1:2.89
    ("高级职称教师与其余专任教师之比为1:2.89。", "1:2.89", "contradicts", "1:1.89"),
    ("高级职称教师与其他职称教师之比约为2:1。", "2:1", "contradicts", "0.53:1"),
    ("高级职称与其他职称教师的比例约为1:1.5。", "1:1.5", "contradicts", "1:1.9"),
])
def test_a_figure_to_the_rest_of_its_whole(read, sentence, value, verdict, expected):
    (records,) = per_line(read(sentence), 1)
    assert ratios(records) == [(value, verdict, expected)]


def test_the_rest_is_shown_as_the_whole_less_the_figure(read):
    (records,) = per_line(read("高级职称教师与其他职称教师之比约为2:1。"), 1)
    (record,) = [r for r in records if r.kind == "ratio"]
    assert record.fact.what == "高级职称教师 102 人 / 专任教师中高级职称教师以外的（295 人 − 102 人） 193 人"


@pytest.mark.parametrize("sentence,value,verdict,expected", [
    ("乌干达本土学生与乌干达本土教师之比为1.63:1。", "1.63:1", "agrees", ""),
    ("乌干达员工与乌干达本土学生的培训人次之比约为1.3:1。", "1.3:1", "agrees", ""),
    ("乌干达本土教师与乌干达员工之比约为1:2.1。", "1:2.1", "agrees", ""),
    ("乌干达本土学生与乌干达本土教师之比为1.36:1。", "1.36:1", "contradicts", "1.63:1"),
    ("乌干达本土教师与乌干达员工之比约为1:3。", "1:3", "contradicts", "1:2"),
])
def test_two_groups_of_one_entered_figure(read, sentence, value, verdict, expected):
    (records,) = per_line(read(sentence), 1)
    assert ratios(records) == [(value, verdict, expected)]
