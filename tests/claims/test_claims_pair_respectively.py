"""Two members named in one word before 分别为 (男女生, 男、女生): the values in order are the first's and the
second's, within the subject before them ("该系男、女生落实率分别为…" is the department's men and women)."""
from claims_helpers import per_line


def values(records):
    return [(r.value, r.scope, r.verdict, r.expected) for r in records if r.kind == "value" and "%" in r.value]


MEN, WOMEN = {"院系": "机械工程系", "性别": "男"}, {"院系": "机械工程系", "性别": "女"}


def test_men_and_women_of_one_department_in_one_word(read):
    short, joined, swapped = per_line(read("机械工程系毕业生939人，该系男、女生落实率分别为93.93%和96.52%。",
                                           "机械工程系男女生落实率分别为93.93%和96.52%。",
                                           "机械工程系男、女生落实率分别为96.52%和93.93%。"), 3)
    assert values(short) == [("93.93%", MEN, "agrees", ""), ("96.52%", WOMEN, "agrees", "")]
    assert values(joined) == values(short)
    assert values(swapped) == [("96.52%", MEN, "contradicts", "93.93%"), ("93.93%", WOMEN, "contradicts", "96.52%")]
