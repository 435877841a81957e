"""均在 X% 以上 over the items (分组) of an entered figure, checked item by item (claims/items_all.py)."""
from claims_helpers import only, per_line


def test_every_item_is_held_to_the_bound_and_the_lowest_is_named(read):
    right, wrong, overall_named, above = per_line(read(
        "任课教师满意度各分项均在95%以上。", "任课教师满意度各分项均在96%以上。",
        "学风建设各项满意度均不低于96%。", "工作满意度各分项均超过88%。"), 4)
    assert (only(right, "vague").verdict, only(right, "vague").fact.display) == ("agrees", "教学态度 95.84%")
    assert (only(wrong, "vague").verdict, only(wrong, "vague").expected) == ("contradicts", "教学态度为 95.84%")
    # the overall 96.46 % is no item: the items of 学风建设满意度分项 are
    assert (only(overall_named, "vague").verdict, only(overall_named, "vague").expected) == \
        ("contradicts", "课前预习为 95.66%")
    assert (only(above, "vague").verdict, only(above, "vague").expected) == ("contradicts", "工作薪酬为 87.81%")


def test_a_bound_on_the_overall_figure_is_not_about_items(read):
    (records,) = per_line(read("学风建设总体满意度超过96%。"), 1)
    assert only(records, "vague").verdict == "agrees"  # 96.46 %
