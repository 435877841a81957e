"""Proportions of the graduates in two more shapes: the subject before a verb and the college named as the
base after it (机械工程系毕业生约为全院的三成: 939 / 3337 = 28.14 %, below 约三成's 28.5 %), and the base
before 中 with the member named after 是/为 (毕业生中近四成是河北省生源: 1106 / 3337 = 33.14 %)."""
from claims_helpers import only, per_line


def share(read, sentence):
    (records,) = per_line(read(sentence), 1)
    return only(records, "share")


def test_the_college_after_the_verb_is_the_base(read):
    for sentence in ("机械工程系毕业生约为全院的三成。", "机械工程系毕业生约为全院毕业生的三成。"):
        wrong = share(read, sentence)
        assert (wrong.verdict, wrong.expected, wrong.claim.scope) == ("contradicts", "28.14%", {"院系": "机械工程系"}), \
            sentence
    for sentence in ("女生约为全院的三成。", "智能技术系毕业生约为全校的四分之一。"):
        assert share(read, sentence).verdict == "agrees", sentence


def test_the_member_named_after_shi(read):
    for sentence in ("全院毕业生中约有三成为女生。", "机械工程系毕业生中近九成是男生。", "毕业生中三成以上是河北省生源。"):
        assert share(read, sentence).verdict == "agrees", sentence
    for sentence, expected in (("毕业生中近四成是河北省生源。", "33.14%"), ("毕业生中有近四成是河北籍。", "33.14%"),
                               ("全院毕业生中约有两成为女生。", "28.53%")):
        wrong = share(read, sentence)
        assert (wrong.verdict, wrong.expected) == ("contradicts", expected), sentence


def test_a_word_of_degree_before_zhan(read):
    # 2825 / 9410 = 30.02 %: 约 before 占 qualifies the share, it is no part of the figure's name
    assert share(read, "中职生源约占全日制在校生的三成。").verdict == "agrees"
    wrong = share(read, "中职生源约占全日制在校生的四成。")
    assert (wrong.verdict, wrong.expected) == ("contradicts", "30.02%")
