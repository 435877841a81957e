"""A major compared with 本系/所在院系 (…平均水平) is compared with its own department (机电一体化技术 93.05 %
in 机械工程系 94.25 %; 环境工程技术 86.23 % in 工业技术系 87.50 %), never with the college (90.89 %), which a
wrong sentence can happen to match (claims/own_member.py); the subject named before "与…相比" keeps its scope."""
from claims_helpers import only, per_line


def record(read, sentence, kind):
    (records,) = per_line(read(sentence), 1)
    return only(records, kind)


def test_a_major_against_its_own_department(read):
    for sentence in ("机电一体化技术专业落实率为93.05%，低于本系平均水平1.2个百分点。",
                     "与本系平均水平相比，机电一体化技术专业落实率低1.2个百分点。",
                     "机电一体化技术专业的毕业去向落实率比所在院系低1.20个百分点。"):
        assert record(read, sentence, "difference").verdict == "agrees", sentence
    for sentence in ("机电一体化技术专业的毕业去向落实率低于所在院系。", "环境工程技术专业落实率不及本系平均水平。"):
        assert record(read, sentence, "comparison").verdict == "agrees", sentence


def test_the_college_gap_is_no_gap_to_the_department(read):
    # 93.05 - 90.89 = 2.16: right against the college, wrong against the major's own department
    wrong = record(read, "机电一体化技术专业落实率高于本系平均2.16个百分点。", "difference")
    assert (wrong.verdict, wrong.expected) == ("contradicts", "低 1.20 个百分点")
    assert "（院系=机械工程系） 94.25%" in wrong.fact.what
    wrong = record(read, "环境工程技术专业毕业去向落实率比所在院系高5个百分点。", "difference")
    assert (wrong.verdict, wrong.expected) == ("contradicts", "低 1.27 个百分点")
    wrong = record(read, "机电一体化技术专业的毕业去向落实率高于所在院系。", "comparison")
    assert (wrong.verdict, wrong.expected) == ("contradicts", "93.05%，低于 94.25%")
    assert record(read, "机电一体化技术专业的毕业去向落实率高于全院平均水平。", "comparison").verdict == "agrees"


def test_a_department_group_against_its_department(read):
    assert record(read, "机械工程系女生落实率高于本系平均水平。", "comparison").verdict == "agrees"
    wrong = record(read, "机械工程系男生落实率高于本系平均水平。", "comparison")
    assert (wrong.verdict, wrong.expected) == ("contradicts", "93.93%，低于 94.25%")


def test_the_subject_before_yu_xiangbi_keeps_its_scope(read):
    right = record(read, "机电一体化技术专业落实率与全院平均水平相比高出2.16个百分点。", "difference")
    assert (right.verdict, right.claim.scope) == ("agrees", {"专业": "机电一体化技术"})
    # a 与 inside a major's name joins no comparison
    wrong = record(read, "安全技术与管理专业落实率与本系平均水平相比高出1个百分点。", "difference")
    assert (wrong.verdict, wrong.expected, wrong.claim.scope) == ("contradicts", "高 2.33 个百分点",
                                                                  {"专业": "安全技术与管理"})


def test_a_department_against_itself_names_members_unnamed(read):
    # the department's own level is no side of a comparison of the department: its majors are meant
    for sentence in ("机械工程系有3个专业的落实率高于本系平均水平。", "机械工程系5个专业中，有3个专业落实率高于该系平均水平。"):
        right = record(read, sentence, "comparison")
        assert (right.verdict, right.note) == ("unverifiable", "所比为本系（本院系）中未列出的成员，无法核对"), sentence


def test_the_college_against_itself_is_no_comparison(read):
    (records,) = per_line(read("3个院系的落实率与全院平均水平相比高出1个百分点以上。"), 1)
    assert [r.verdict for r in records if r.claim.kind == "difference"] == ["unverifiable"]
    (records,) = per_line(read("落实率高于全院平均水平的院系有机械工程系和工业与信息化系。"), 1)
    assert all(r.verdict != "contradicts" for r in records)
