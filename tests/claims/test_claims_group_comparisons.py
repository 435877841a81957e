"""Comparisons with no figure printed between two groups' headcounts (女生中升学的人数多于男生: 46 against 99,
claims/headcounts.py) and between the two members of a pair word, the higher named after the pause
(机械工程系男、女生落实率相比，女生略高: 96.52 % against 93.93 %, claims/pair_versus.py)."""
from claims_helpers import only, per_line


def comparison(read, *sentences):
    lines = per_line(read(*sentences), len(sentences))
    return only(lines[-1], "comparison")


def test_two_groups_headcounts_of_a_destination(read):
    for sentence in ("女生中升学的人数少于男生。", "女生的升学人数少于男生。", "应征入伍的男生多于女生。",
                     "男生中应征入伍的人数多于女生。", "女生升学人数比男生少。", "与男生相比，女生中升学的人数较少。",
                     "男生中待就业的人数多于女生。", "机械工程系女生多于工业技术系女生。"):
        right = comparison(read, sentence)
        assert (right.verdict, right.claim.measure.name) == ("agrees", "毕业生人数"), sentence
    for sentence in ("女生中升学的人数多于男生。", "女生升学人数多于男生。", "升学的女生比男生多。",
                     "与男生相比，女生中升学的人数较多。"):
        wrong = comparison(read, sentence)
        assert (wrong.verdict, wrong.expected) == ("contradicts", "46 人，少于 99 人"), sentence
    wrong = comparison(read, "女生中待就业的人数多于男生。")
    assert (wrong.verdict, wrong.expected) == ("contradicts", "71 人，少于 222 人")


def test_a_headcount_comparison_needs_people_on_both_sides(read):
    (records,) = per_line(read("女生的起薪比男生多。"), 1)
    assert records == []  # 起薪: a quantity the data lack, never the graduates' number
    share = comparison(read, "女生中升学的比例高于男生。")
    assert share.claim.measure.name != "毕业生人数"


def test_the_members_of_a_pair_word_set_side_by_side(read):
    for sentences in (("机械工程系男、女生落实率相比，女生更高。",), ("工业技术系男女生落实率相比，女生较高。",),
                      ("机械工程系毕业生939人。该系男、女生的落实率相比，女生略高。",),
                      ("男女生落实率相比，女生略高。",), ("男女生人数相比，男生明显较多。",)):
        right = comparison(read, *sentences)
        assert right.verdict == "agrees", sentences
    for sentences, expected in ((("机械工程系男、女生落实率相比，男生更高。",), "93.93%，低于 96.52%"),
                                (("机械工程系毕业生939人。该系男、女生的落实率相比，男生略高。",), "93.93%，低于 96.52%"),
                                (("工业技术系男女生落实率相比，男生略高。",), "86.46%，低于 92.00%"),
                                (("男女生人数相比，女生较多。",), "952 人，少于 2385 人")):
        wrong = comparison(read, *sentences)
        assert (wrong.verdict, wrong.expected) == ("contradicts", expected), sentences
    assert comparison(read, "机械工程系男、女生落实率相比，女生更高。").claim.scope == {"院系": "机械工程系", "性别": "女"}
