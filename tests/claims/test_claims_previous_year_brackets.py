"""A previous year's figure in brackets after the year it is compared with (较 2024 届（x%）): that
year's value, not this year's; a difference against another year's side is measured with that year."""
from claims_helpers import only, per_line


def test_a_bracket_after_the_base_year_holds_that_years_value(read):
    for sentence in ("2025届毕业去向落实率为90.89%，较2024届（91.36%）略有下降。",
                     "学院毕业去向落实率90.89%，与2024届（92.4%）相比有所回落。",
                     "我校今年的毕业去向落实率是90.89%，比2023届(89.7%)略高。"):
        (records,) = per_line(read(sentence), 1)
        this_year, earlier = [r for r in records if r.kind == "value"]
        assert this_year.verdict == "agrees", sentence
        assert earlier.verdict == "unverifiable", sentence
        assert earlier.claim.year in (2023, 2024), sentence


def test_a_wrong_figure_of_this_year_is_still_found_beside_the_bracket(read):
    (records,) = per_line(read("2025届毕业去向落实率为93.12%，较2024届（91.36%）有所提高。"), 1)
    this_year = [r for r in records if r.kind == "value"][0]
    assert (this_year.verdict, this_year.expected) == ("contradicts", "90.89%")


def test_a_difference_against_another_year_is_not_taken_to_this_year(read):
    (records,) = per_line(read("学院毕业去向落实率90.89%，比2024届（92.10%）低1.21个百分点。"), 1)
    diff = only(records, "difference")
    assert diff.verdict != "contradicts"
    assert diff.claim.detail["target_year"] == 2024
    (records,) = per_line(read("与2023届相比，2025届毕业去向落实率低1.5个百分点。"), 1)
    diff = only(records, "difference")
    assert (diff.verdict, diff.note) == ("unverifiable", "没有2023 年（届）的数据")


def test_a_difference_within_one_year_is_still_checked(read):
    (records,) = per_line(read("2025届女生毕业去向落实率比男生高2.43个百分点。"), 1)
    diff = only(records, "difference")
    assert (diff.verdict, diff.expected) == ("contradicts", "高 1.43 个百分点")
