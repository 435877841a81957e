"""Two members named in one word set against each other, the higher one named after: "该系男、女生的
落实率相比，女生略高", "工业技术系男女生落实率相比，女生较高", "省内外生源人数比较，省内较多". The subject
is the member named after the pause; the other side is the pair's other member, within the same scope
(the department named before the pair)."""
from __future__ import annotations

import re

# The pair's comparison word closes its clause: "男女生落实率相比，", "男、女生的人数对比来看，".
SET_SIDE_BY_SIDE = re.compile(r"(?:相比|比较|对比|相较)(?:而言|来看|之下)?\s*[，,：:]")


def pair_versus(reader, relation: re.Pattern) -> None:
    """A comparison claim for each "<pair word>…相比，<member>…较高" of the sentence."""
    text = reader.text
    if not reader.vocab.pairs or not re.search(r"相比|比较|对比|相较", text):
        return
    from .anaphora import pair_word_before
    for m in SET_SIDE_BY_SIDE.finditer(text):
        pair = pair_word_before(reader, m.start())
        if pair is None or pair[0].start < reader.clause_start(m.start()):
            continue
        (dim, first), (_, second) = pair[0].scope, pair[1].scope
        rel = relation.search(text, m.end())
        if rel is None or re.search(r"[，,。；;]", text[m.end():rel.start()]):
            continue
        named = [x for x in reader.s.mentions if x.kind == "scope" and m.end() <= x.start < rel.start()
                 and x.scope[0] == dim and x.scope[1] in (first, second)]
        if len(named) != 1:
            continue
        other = second if named[0].scope[1] == first else first
        reader.compare(rel.start(), rel.end(), rel.start(), {dim: other}, rel.group(0).strip())
