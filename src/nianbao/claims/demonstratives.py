"""该系 / 本系 / 该专业 (a demonstrative before a dimension's noun): the member of that dimension named last
before it in the paragraph ("机械工程系毕业生 939 人。该系升学 40 人，占该系毕业生的 4.26%": the
department, not the college), as a reader resolves it. Nothing is added when no member was named.
"""
from __future__ import annotations

import re
from functools import lru_cache

# How far back in the paragraph the member is looked for: a demonstrative refers to the last few sentences.
WINDOW = 300
# Words that go on after the noun's character (该系统, 本系列): not the noun.
LONGER_WORD = re.compile(r"统|列|数")


@lru_cache(maxsize=8)
def _demonstrative(nouns: str) -> re.Pattern:
    return re.compile(r"(?:该|本|此)(" + nouns + ")")


def demonstrative_mentions(unit_text: str, start: int, text: str, mentions: list, vocab) -> list:
    """The sentence's mentions, with a scope mention for each 该/本/此 + noun whose member is known."""
    if not vocab.nouns or not re.search(r"[该本此]", text):
        return mentions
    from .reader import Mention
    found = [m for m in _demonstrative(vocab.noun_alternation()).finditer(text)
             if not LONGER_WORD.match(text, m.end())
             and not any(x.start < m.end() and m.start() < x.end for x in mentions if x.kind == "scope")]
    if not found:
        return mentions
    added = []
    for m in found:
        dimension = vocab.nouns[m.group(1)]
        before = unit_text[max(0, start - WINDOW):start] + text[:m.start()]
        named = [vocab.scopes[w] for _, _, w in vocab.mentions(before)
                 if w in vocab.scopes and vocab.scopes[w][0] == dimension]
        if named:
            added.append(Mention(m.start(), m.end(), m.group(), "scope", scope=named[-1]))
    if not added:
        return mentions
    kept = [x for x in mentions if not any(a.start < x.end and x.start < a.end for a in added)]
    return sorted(kept + added, key=lambda x: x.start)
