"""Proportions whose subject is named by what its people did or hold: the graduates of a destination under
its verb form (签订就业协议的毕业生超过八成: 2791 / 3337 = 83.64 %, claims/member_verbs.py) and the staff of
an entered figure holding a qualification named after the proportion (专任教师中近七成具有硕士及以上学位:
195 / 295 = 66.10 %; 超过三成的专任教师具有高级职称: 102 / 295 = 34.58 %, claims/qualified_share.py)."""
from claims_helpers import per_line


def checked(read, sentence):
    (records,) = per_line(read(sentence), 1)
    found = [r for r in records if r.verdict in ("agrees", "contradicts")]
    assert len(found) == 1, [(r.claim.kind, r.claim.value, r.verdict) for r in records]
    return found[0]


def test_a_destination_under_its_verb_form(read):
    for sentence in ("签订就业协议的毕业生超过八成。", "签订就业协议的毕业生约为83.64%。", "签订劳动合同的毕业生约为1.02%。",
                     "签订就业协议的学生占比超过八成。"):
        right = checked(read, sentence)
        assert (right.verdict, right.claim.kind) == ("agrees", "share"), sentence
    for sentence, expected in (("签订就业协议的毕业生超过九成。", "83.64%"), ("签订劳动合同的毕业生约为2.02%。", "1.02%")):
        wrong = checked(read, sentence)
        assert (wrong.verdict, wrong.expected) == ("contradicts", expected), sentence


def test_staff_holding_a_qualification(read):
    for sentence in ("专任教师中近七成具有硕士及以上学位。", "专任教师中超过六成具有硕士及以上学位。",
                     "专任教师中有三成以上的教师具有高级职称。", "超过三成的专任教师具有高级职称。",
                     "三成以上的专任教师拥有高级职称。", "约三分之一的专任教师具有高级职称。",
                     "专任教师中66.10%具有硕士及以上学位。", "34.58%的专任教师具有高级职称。"):
        assert checked(read, sentence).verdict == "agrees", sentence
    for sentence, expected in (("专任教师中约七成具有硕士及以上学位。", "66.10%"), ("超过四成的专任教师具有高级职称。", "34.58%"),
                               ("近三成的专任教师具有高级职称。", "34.58%"), ("专任教师中56.10%具有硕士及以上学位。", "66.10%"),
                               ("32.58%的专任教师具有高级职称。", "34.58%")):
        wrong = checked(read, sentence)
        assert (wrong.verdict, wrong.expected) == ("contradicts", expected), sentence
        assert wrong.fact.what.endswith("/ 专任教师 295 人"), sentence


def test_a_qualification_no_figure_counts_stays_unread(read):
    (records,) = per_line(read("超过四成的专任教师具有企业工作经历。"), 1)
    assert all(r.verdict not in ("agrees", "contradicts") for r in records)
