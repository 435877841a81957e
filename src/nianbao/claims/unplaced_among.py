"""A share set out among the graduates a count of them does not count: "未落实去向的 304 名毕业生中，
智能技术系占 24.67%". The clause before the share names its base (those not placed), so the share is of
them, never of all the graduates: checked as the member's unplaced graduates over the scope's, or left
unverifiable when the data cannot count them."""
from __future__ import annotations

import re

# The clause ending in 中/当中/里 before the share, whose people are named by a negated count word.
NEGATED_AMONG = re.compile(r"(?:尚未|暂未|仍未|未|没有)\s*([^\d\s的，,。；;、]{1,8})\s*的?\s*[^，,。；;]{0,14}?"
                           r"(?:当中|之中|中|里)\s*[，,]")
SENTENCE_MARKS = "。；;！!？?"


def negated_among(text: str, start: int) -> tuple[str, str] | None:
    """(the words after the negation ("落实去向"), the clause's text) of a clause "未落实去向的…中，" in the
    sentence before `start`, or None when no such clause sets out the share's people."""
    lo = max(text.rfind(mark, 0, start) for mark in SENTENCE_MARKS) + 1
    found = None
    for found in NEGATED_AMONG.finditer(text, lo, start):
        pass
    if found is None:
        return None
    return found.group(1), found.group(0)


def count_word_forms(words: str) -> list[str]:
    """The forms a report writes the count word in, longest first: 落实毕业去向, 落实去向, 落实."""
    forms = [words, words.replace("毕业", "", 1), re.sub(r"(?:毕业)?去向$", "", words)]
    return list(dict.fromkeys(f for f in forms if len(f) >= 2))
