"""An item of an entered figure named short with a people word the reader drops as a connector: "本土学生
636 人次" (乌干达本土学生), where 学生 tells the item from 本土教师. The label the reader keeps ("本土")
names no one item; the words as written up to the number do."""
from __future__ import annotations

import re

from .vocabulary import GROUP

# What may follow the item's name before its number: verbs and degree words, no other name.
TAIL = re.compile(r"\s*(?:分别为|分别是|分别|为|达到了|达到|达|共计|共|计|有|约|近|逾|超过|累计)*\s*$")


def group_word_kept(vocab, words: str, label: str) -> str:
    """The label, or the words from it to the end when they, not the label, name one 分组 item."""
    if len(label) < 2:
        return label
    at = words.rfind(label[-2:])  # the label lost connectors inside it (乌干达 -> 乌干): its end is found
    if at < 0:
        return label
    tail = TAIL.search(words, at + 2)
    longer = label + (words[at + 2:tail.start()] if tail else words[at + 2:])
    if longer == label or vocab.member_like(label, GROUP) is not None:
        return label
    return longer if vocab.member_like(longer, GROUP) is not None else label


def items_of_one_list(vocab, labels: list[str]) -> list[str]:
    """Labels of one list (本土学生、本土教师和员工), a bare word among them (员工) named as the one 分组 item
    that ends with it when another item of the list is a 分组 item: alone, 员工 stands inside 教职员工 and
    企业员工 and names none."""
    found = [vocab.member_like(label, GROUP) if len(label) >= 2 else None for label in labels]
    if not any(found) or all(found):
        return labels
    groups = {m for d, m in vocab.scopes.values() if d == GROUP}
    out = []
    for label, member in zip(labels, found):
        ending = [g for g in groups if g.endswith(label)] if member is None and len(label) >= 2 else []
        out.append(ending[0] if len(ending) == 1 else label)
    return out
