"""A ratio of a count of the graduates to the graduates it leaves out: "已落实与未落实毕业生人数之比约为
10:1", "落实去向与未落实去向的毕业生之比". The second side names no measure of its own: it is the scope's
graduates less the count named (verified only for the widest count of graduates, see unplaced_parts)."""
from __future__ import annotations

import re

from .unplaced_among import count_word_forms

NEGATION = r"(?:尚未|暂未|仍未|未|没有)"
PEOPLE = r"\s*(?:的)?\s*(?:毕业生|学生|同学)?\s*(?:人数|总数|总人数)?\s*"
WORDS = r"((?:(?!已|未|没有|与|和|同|跟|对)[\u4e00-\u9fff]){2,6}?)"  # the count's words, no negation or joint
# The counted side (after 已, or opening the clause) and the side left out, in either order.
COUNTED_FIRST = re.compile(rf"(?:(?:已经|已)|(?:^|(?<=[中，,的\s])))\s*{WORDS}{PEOPLE}"
                           rf"(?:与|和|同|跟|对)\s*{NEGATION}\s*{WORDS}{PEOPLE}(?:的)?\s*$")
LEFT_OUT_FIRST = re.compile(rf"{NEGATION}\s*{WORDS}{PEOPLE}(?:与|和|同|跟|对)\s*(?:已经|已)?\s*{WORDS}{PEOPLE}(?:的)?\s*$")


def named_count(vocab, words: str):
    """The count of some of the graduates the words name (落实 for 落实去向人数): the vocabulary's own
    word, else the one such count whose name starts with them."""
    found = vocab.measures.get(words) or vocab.measure_named(words)
    if found is not None:
        return found
    starting = {m.key: m for name, m in vocab.measures.items() if name.startswith(words) and len(words) >= 2
                and m.kind == "count" and not m.population}
    return next(iter(starting.values())) if len(starting) == 1 else None


def complement_sides(vocab, head: str):
    """(the count, whether it is the first side) when `head` (the words before 之比) names a count of the
    graduates and those it leaves out; None otherwise."""
    for pattern, counted_first in ((COUNTED_FIRST, True), (LEFT_OUT_FIRST, False)):
        found = pattern.search(head)
        if found is None:
            continue
        counted, left_out = (found.group(1), found.group(2)) if counted_first else (found.group(2), found.group(1))
        if not (counted.startswith(left_out) or left_out.startswith(counted)):
            continue  # 已就业与未升学: not one count and its rest
        measure = next((m for m in (named_count(vocab, f) for f in count_word_forms(counted)) if m is not None), None)
        if measure is not None and measure.kind == "count" and not measure.population:
            return measure, counted_first, found.start()
    return None
