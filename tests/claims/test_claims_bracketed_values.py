"""Values listed alone in a bracket after a list of members (男生、女生的落实率（x、y）) are paired
with the members in order, as 分别为 pairs them: the first is not the last member's."""
from claims_helpers import per_line


def values(records):
    return [(r.claim.scope.get("性别") or r.claim.scope.get("院系"), r.claim.value, r.verdict)
            for r in records if r.kind == "value"]


def test_two_rates_after_men_and_women_of_a_department(read):
    for sentence in ("智能技术系男生、女生的毕业去向落实率（88.85%、96.10%）相差7.25个百分点。",
                     "智能技术系男、女生（88.85%、96.10%）的毕业去向落实率均高于85%。",
                     "智能技术系男生和女生的落实率(88.85%和96.10%)都不低。",
                     "智能技术系的男女生毕业去向落实率（88.85%，96.10%）差距明显。",
                     "智能技术系男、女生的落实率（分别为88.85%和96.10%）都很高。",
                     "智能技术系的男生、女生（落实率88.85%、96.10%）表现都不错。"):
        (records,) = per_line(read(sentence), 1)
        assert values(records) == [("男", "88.85%", "agrees"), ("女", "96.10%", "agrees")], sentence


def test_swapped_rates_in_the_bracket_are_both_wrong(read):
    (records,) = per_line(read("智能技术系男生、女生的毕业去向落实率（96.10%、88.85%）相差7.25个百分点。"), 1)
    found = [(r.claim.scope["性别"], r.verdict, r.expected) for r in records if r.kind == "value"]
    assert found == [("男", "contradicts", "88.85%"), ("女", "contradicts", "96.10%")]


def test_three_departments_in_order(read):
    (records,) = per_line(read("机械工程系、智能技术系和工业技术系的毕业去向落实率（94.25%、90.69%、85.50%）均在85%以上。"), 1)
    found = [(r.claim.scope["院系"], r.verdict, r.expected) for r in records if r.kind == "value"]
    assert found == [("机械工程系", "agrees", ""), ("智能技术系", "agrees", ""), ("工业技术系", "contradicts", "87.50%")]


def test_one_value_per_bracket_stays_with_its_name(read):
    (records,) = per_line(read("横向技术服务到款额（36.36万元）和纵向科研经费到款额（3万元）合计39.36万元。"), 1)
    assert [(r.kind, r.verdict) for r in records] == [("value", "agrees"), ("value", "agrees"), ("sum", "agrees")]
