"""A count of graduates under a verb form of a destination's name (签订就业协议的有 N 人 for
签就业协议形式就业): that destination's graduates, within the scope named before it."""
from claims_helpers import per_line


def value(read, sentence):
    (records,) = per_line(read(sentence), 1)
    found = [r for r in records if r.kind == "value"]
    assert len(found) == 1, [(r.kind, r.claim.value) for r in records]
    return found[0]


def test_right_counts_in_verb_form_agree(read):
    for sentence in ("签订就业协议的有2791人。",
                     "签订劳动合同的毕业生有34人。",
                     "机械工程系签订就业协议的有811人。",
                     "今年我校签订就业协议的同学一共2791名。"):
        assert value(read, sentence).verdict == "agrees", sentence


def test_a_wrong_count_names_the_destinations_graduates(read):
    wrong = value(read, "签订就业协议的有2800人。")
    assert (wrong.verdict, wrong.expected) == ("contradicts", "2791 人")
    wrong = value(read, "机械工程系签订就业协议的有705人。")
    assert (wrong.verdict, wrong.expected) == ("contradicts", "811 人")


def test_a_label_like_no_member_stays_unverifiable(read):
    assert value(read, "本土学生20人。").verdict == "unverifiable"
