"""A relation or a ranking whose measure the data lack (起薪, 月收入) is "cannot verify", never checked
against the graduates' number; a ranking's measure is the word before 最多 (开设专业最多: majors
offered per department, facts.py's distinct counts within a scope)."""
from claims_helpers import only, per_line

UNNAMED = "所比的量（起薪、收入等）数据中没有，无法核对"


def test_a_comparison_of_a_quantity_the_data_lack_is_not_verified(read):
    above_all, than_other, count = per_line(read(
        "机械工程系毕业生起薪高于全校平均水平。", "智能技术系毕业生起薪比机械工程系高。",
        "智能技术系毕业生人数略多于机械工程系。"), 3)
    assert (only(above_all, "comparison").verdict, only(above_all, "comparison").note) == ("unverifiable", UNNAMED)
    assert only(than_other, "comparison").verdict == "unverifiable"
    assert (only(count, "comparison").verdict, only(count, "comparison").expected) == \
        ("contradicts", "806 人，少于 939 人")  # the graduates' number itself is still checked


def test_the_ranked_measure_is_the_word_before_the_ranking(read):
    right, wrong, salary, own_noun = per_line(read(
        "工业与信息化系开设专业最多。", "机械工程系开设的专业数量在各系中最多。",
        "机械工程系毕业生的平均起薪在各院系中最高。", "分专业看，大数据与会计专业待就业人数最多。"), 4)
    assert (only(right, "superlative").verdict, only(right, "superlative").claim.measure.key) == ("agrees", "major_count")
    assert (only(wrong, "superlative").verdict, only(wrong, "superlative").expected) == \
        ("contradicts", "工业与信息化系（6 个），机械工程系为 5 个")
    assert (only(salary, "superlative").verdict, only(salary, "superlative").note) == ("unverifiable", UNNAMED)
    assert only(own_noun, "superlative").claim.measure.key == "graduate_count"  # 专业 after the major is its noun


def test_a_distinct_count_within_a_department(read):
    (records,) = per_line(read("机械工程系开设专业数量最多，共7个。"), 1)
    value = only(records, "value")
    assert (value.verdict, value.expected) == ("contradicts", "5 个")
