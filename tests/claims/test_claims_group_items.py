"""Items of an entered figure named short (乌干达鲁班工坊 trainees: 本土学生 636, 本土教师 389, 员工 821 人次):
学生 in 本土学生 tells the item from 本土教师 though the reader drops it elsewhere as a people word, and a
bare 员工 in a list beside such items is the figure's 乌干达员工, never read alone (claims/group_words.py)."""
from claims_helpers import per_line


def values(read, sentence):
    (records,) = per_line(read(sentence), 1)
    return [(r.verdict, r.expected) for r in records if r.claim.kind == "value"]


def test_a_short_item_with_its_people_word(read):
    assert values(read, "其中本土学生636人次，本土教师389人次。") == [("agrees", ""), ("agrees", "")]
    assert values(read, "乌干达鲁班工坊培训本土学生663人次。") == [("contradicts", "636 人次")]
    assert values(read, "鲁班工坊培训本土学生、本土教师分别为663人次、389人次。") == [("contradicts", "636 人次"),
                                                                      ("agrees", "")]


def test_a_bare_item_beside_others_of_its_figure(read):
    assert values(read, "鲁班工坊培训本土学生、本土教师和员工分别为636人次、389人次和821人次。") == [("agrees", "")] * 3
    assert values(read, "鲁班工坊培训本土学生、本土教师和员工分别为636人次、389人次和812人次。") == \
        [("agrees", ""), ("agrees", ""), ("contradicts", "821 人次")]
    assert values(read, "鲁班工坊培训本土教师、员工分别为398人次、821人次。") == [("contradicts", "389 人次"), ("agrees", "")]


def test_a_bare_word_alone_names_no_item(read):
    (records,) = per_line(read("学院共有员工821人。"), 1)
    assert all(r.verdict != "agrees" for r in records)
    assert values(read, "学院教职员工、专任教师分别为377人、295人。") == [("agrees", ""), ("agrees", "")]
