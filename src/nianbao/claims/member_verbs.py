"""A member named by what its graduates did, as people, before a proportion: "签订就业协议的毕业生超过
八成", "签订就业协议的学生约为 83.64%". The words (签订就业协议) are no vocabulary word, so the reader
took them as a label of their own and left the proportion unverifiable; the vocabulary reads them as a
member (签就业协议形式就业), whose share of the graduates is what the sentence states."""
from __future__ import annotations

import re

# Between the words and the proportion: the people, then only verbs and degree words.
PEOPLE_THEN_PROPORTION = re.compile(r"\s*的\s*(?:毕业生|学生|同学)\s*(?:人数)?\s*(?:所占比例|比例|占比)?\s*"
                                    r"(?:约为|约占|约|大约|大致|为|达到|达|有)?\s*"
                                    r"(?:近|将近|接近|超过|逾|过|不足|不到|约)?\s*")
TRAILING = re.compile(r"(?:深造|学习|岗位|工作|的方式|方式|形式)$")


def member_named_by_verb(reader, pos: int, measure) -> tuple[str, str] | None:
    """(dimension, member) the label measure right before `pos` names as people, or None."""
    if measure is None or measure.kind != "label":
        return None
    at = reader.text.rfind(measure.name, reader.clause_start(pos), pos)  # a label is no vocabulary mention
    if at < 0 or not PEOPLE_THEN_PROPORTION.fullmatch(reader.text, at + len(measure.name), pos):
        return None
    words = TRAILING.sub("", measure.name)
    member = reader.vocab.member_like(words) if len(words) >= 2 else None
    return member if member is not None and member[0] in reader.vocab.dimension_keys else None
