"""Two groups' headcounts compared with no figure printed: "女生中升学的人数多于男生", "应征入伍的男生
多于女生", "升学的女生比男生少". The measure is the count of graduates of each side (a destination
named on the subject's side narrows both), so the comparison is checked against the roster instead of
being left unread."""
from __future__ import annotations

import re

# 比男生多, 与男生相比…较少: the comparison readers give the bare word (with its degree word)
MORE_OR_FEWER = ("多于", "少于", "超过", "多", "少")
# What a headcount comparison may name between the subject and the relation: people and 人数, no other
# quantity (起薪多于: a quantity the vocabulary does not know, never a headcount).
PEOPLE_ONLY = re.compile(r"(?:的|中|之中|当中|里|人数|学生|毕业生|同学|人|数量|也|均|都|明显|略|稍)*")


def headcount_compared(reader, word: str, left: dict, target: dict, start: int):
    """The population measure when `word` compares two groups' numbers of people, else None."""
    if re.sub(r"^(?:较|更|偏|略|稍|明显|相对|要)", "", word) not in MORE_OR_FEWER or not target or not left:
        return None
    lo = reader.clause_start(start)
    if not PEOPLE_ONLY.fullmatch(reader.residue(lo, start)):
        return None
    return next((m for m in reader.vocab.measures.values() if m.population and m.fits("人")), None)
