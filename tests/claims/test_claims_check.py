"""The claim engine against the example's data: each sentence read as a reviewer reads it."""
from claims_helpers import only


def test_the_five_sentences_of_the_issue(read):
    records = read("学院 2025 届毕业生毕业去向落实率为 93.12%。", "2025 年横向技术服务到款额较 2024 年增长 9.5 倍。",
                   "共有 6 个专业的毕业去向落实率在 95% 以上。", "机械工程系毕业生 939 人，落实率为 94.25%，在各院系中最高。",
                   "全校毕业去向落实率为 93.12%。")
    by_line = {}
    for r in records:
        by_line.setdefault(r.claim.location.line, []).append(r)
    rate = only(by_line[1], "value")
    assert (rate.verdict, rate.expected, rate.fact.reference) == ("contradicts", "90.89%", "{value}`placement_rate`")
    growth = only(by_line[2], "growth")
    assert (growth.verdict, growth.expected) == ("contradicts", "6.27 倍")
    majors = only(by_line[3], "members")
    assert (majors.verdict, majors.claim.measure.key, majors.fact.display) == ("agrees", "placement_rate", "6 个")
    assert [r.claim.kind for r in by_line[3]] == ["members"]  # 95% is the condition, not a claim of its own
    dept = {r.claim.kind: r for r in by_line[4]}
    assert dept["value"].claim.scope == {"院系": "机械工程系"} and dept["value"].verdict == "agrees"
    assert dept["value"].fact.display == "94.25%"
    assert dept["superlative"].verdict == "agrees"
    whole = only(by_line[5], "value")
    assert (whole.verdict, whole.expected) == ("contradicts", "90.89%")


def test_growth_and_the_times_convention(read):
    ok, ratio, times_of, down, pct = read(
        "横向技术服务到款额 2025 年较 2024 年增长 6.27 倍。", "横向技术服务到款额较上年增长 7.27 倍。",
        "横向技术服务到款额 2025 年是 2024 年的 7.27 倍。", "非学历培训学时由 2556 学时增至 1262 学时。",
        "培训到账经费同比增长 18.18%。")
    assert ok.verdict == "agrees" and not ok.warning
    # the ratio written as growth: flagged (a warning finding, claim.growth_times), with the growth it means
    assert (ratio.verdict, ratio.expected) == ("contradicts", "6.27 倍") and "是原来的 7.27 倍" in ratio.warning
    assert times_of.verdict == "agrees"
    assert (down.claim.kind, down.verdict, down.note) == ("growth", "contradicts", "方向不对")
    assert (pct.verdict, pct.expected) == ("contradicts", "18.17%")  # (44.02 − 37.25) / 37.25


def test_honest_verdicts(read):
    national, earlier, unread = read("据教育部统计，全国高职毕业生毕业去向落实率为 87%。", "2024 届毕业生落实率为 91%。",
                                     "产业学院已培养毕业生 200 余名。")
    assert national.verdict == "not_ours"
    assert (earlier.verdict, earlier.note) == ("unverifiable", "没有2024 年（届）的数据")
    assert unread.verdict == "unverifiable" and "产业" in unread.note


def test_shares_parts_and_comparisons(read):
    records = read("男生 2385 人，占毕业生总数的 71.47%；女生 952 人，占 28.53%。",
                   "学院 2025 届毕业生共 3337 人，其中男生 2385 人、女生 950 人。",
                   "智能技术系落实率为 90.69%，高于全校平均水平。",
                   "无人机应用技术（100.00%）和智能控制技术（97.67%）的落实率位居前列。",
                   "近六成毕业生为男生。")
    shares = [r for r in records if r.claim.kind == "share"]
    assert [(r.claim.scope, r.verdict) for r in shares][:2] == [({"性别": "男"}, "agrees"), ({"性别": "女"}, "agrees")]
    parts = [r for r in records if r.claim.kind == "subparts"]
    assert parts and parts[0].verdict == "contradicts" and parts[0].expected == "3335人"
    compare = [r for r in records if r.claim.kind == "comparison"]
    assert compare and compare[0].verdict == "contradicts"  # 90.69% is below 90.89%
    listed = [r for r in records if r.claim.location.line == 4 and r.claim.kind == "value"]
    assert [(r.claim.scope["专业"], r.verdict) for r in listed] == [("无人机应用技术", "agrees"),
                                                                   ("智能控制技术", "agrees")]
