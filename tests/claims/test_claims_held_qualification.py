"""Teachers named by a qualification they hold (具有高级职称的专任教师, 拥有硕士及以上学位的专任教师) are the
entered figure the template counts within 专任教师 (高级职称教师 102, 硕士及以上学位教师 195, 副高级职称教师
93), never all 295 专任教师 nor an unread subject."""
import pytest

from claims_helpers import per_line


@pytest.mark.parametrize("sentence,verdict,expected", [
    ("具有高级职称的专任教师102人。", "agrees", ""),
    ("学院具有高级职称的专任教师共102人。", "agrees", ""),
    ("具有高级职称的专任教师112人。", "contradicts", "102 人"),
    ("拥有硕士及以上学位的专任教师195人。", "agrees", ""),
    ("拥有硕士及以上学位的专任教师159人。", "contradicts", "195 人"),
    ("具备副高级职称的专任教师 39 人。", "contradicts", "93 人"),
    ("具有正高级职称的教师9人。", "agrees", ""),
])
def test_a_count_of_teachers_holding_a_qualification(read, sentence, verdict, expected):
    (records,) = per_line(read(sentence), 1)
    assert [(r.verdict, r.expected) for r in records if r.kind == "value"] == [(verdict, expected)]


@pytest.mark.parametrize("sentence,verdict,expected", [
    ("具有高级职称的教师占专任教师总数的34.58%。", "agrees", ""),
    ("具有高级职称的教师占专任教师总数的36.58%。", "contradicts", "34.58%"),
    ("拥有硕士及以上学位的教师占专任教师的 66.1 %。", "agrees", ""),
])
def test_a_share_of_teachers_holding_a_qualification(read, sentence, verdict, expected):
    (records,) = per_line(read(sentence), 1)
    assert [(r.verdict, r.expected) for r in records if r.kind == "share"] == [(verdict, expected)]


def test_a_count_of_other_people_narrowed_by_a_qualification_stays_unread(read):
    # no entered figure counts teachers of 专业课 by title: never checked against 专业课教师 180
    (records,) = per_line(read("具有高级职称的专业课教师60人。"), 1)
    assert [r.verdict for r in records if r.kind == "value"] == ["unverifiable"]
