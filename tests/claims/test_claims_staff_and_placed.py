"""专职 before the staff a figure counts (专职辅导员: the 辅导员 figure, 54) narrows nothing, as 兼职 would;
a count right after 已落实 following a group with no population word (机械工程系女生已落实 111 人) is the
group's placed graduates, not a quantity the text names for itself."""
from claims_helpers import only, per_line


def value(read, sentence):
    (records,) = per_line(read(sentence), 1)
    return only(records, "value")


def test_full_time_staff_are_the_figure(read):
    for sentence in ("学院配备专职辅导员54名。", "专职辅导员54人。", "学院全职辅导员有54人。"):
        assert value(read, sentence).verdict == "agrees", sentence
    (records,) = per_line(read("学院现有专职辅导员54名，专职思政教师28名。"), 1)
    assert [(r.claim.measure.name, r.verdict) for r in records] == [("辅导员", "agrees"), ("专职思政教师", "agrees")]
    for sentence in ("学院共有专职辅导员60人。", "学院按要求配齐专职辅导员58名。"):
        wrong = value(read, sentence)
        assert (wrong.verdict, wrong.expected) == ("contradicts", "54 人"), sentence


def test_part_time_staff_are_another_figure(read):
    other = value(read, "学院聘请兼职辅导员20名。")
    assert (other.verdict, other.note) == ("unverifiable", "范围“聘请兼职”未能识别")


def test_placed_count_of_a_group(read):
    for sentence in ("机械工程系女生已落实111人。", "工业技术系已落实350人。", "经管系男生已经落实了132人。"):
        right = value(read, sentence)
        assert (right.verdict, right.claim.measure.name) == ("agrees", "落实去向人数"), sentence
    for sentence, expected in (("机械工程系女生已落实115人。", "111 人"), ("女生已落实881人。", "875 人"),
                               ("经管系男生已经落实了133人。", "132 人")):
        wrong = value(read, sentence)
        assert (wrong.verdict, wrong.expected) == ("contradicts", expected), sentence


def test_an_actual_count_is_the_figure(read):
    assert value(read, "今年实际报到新生3213人。").verdict == "agrees"
    wrong = value(read, "今年实际报到新生3123人。")
    assert (wrong.verdict, wrong.expected) == ("contradicts", "3213 人")
