"""A share right after an entered figure's count with no base named is of a whole the template counts the
figure in, the nearest first (高级职称教师 102 of 专任教师 295: 34.58 %; 正高级职称教师 9 of 高级职称教师 102:
8.82 %, of 专任教师: 3.05 %; 专任教师 295 of 教职工 377: 78.25 %); a share none of them gives is left
unverifiable, as the writer may mean another population."""
import pytest

from claims_helpers import per_line


@pytest.mark.parametrize("sentence,verdict,expected", [
    ("高级职称教师102人，占比34.58%。", "agrees", ""),
    ("具有高级职称的专任教师102人，占比34.58%。", "agrees", ""),
    ("硕士及以上学位教师195人，占比 66. 10%。", "agrees", ""),
    ("硕士及以上学位教师195人，占比61.10%。", "unverifiable", ""),  # no whole gives it: base unknown
    ("专任教师295人，占比78.25%。", "agrees", ""),
    ("正高级职称教师9人，占比8.82%。", "agrees", ""),
    ("正高级职称教师9人，占比3.05%。", "agrees", ""),
    ("正高级职称教师9人，占比9.82%。", "unverifiable", ""),
    # 中职生源 2825 of 高职在校生 9039 (31.25 %): a base the template does not chain, never flagged
    ("中职生源2825人，占比31.25%。", "unverifiable", ""),
    ("中职生源2825人，占比30.02%。", "agrees", ""),
    # no whole is known for 辅导员; a count that is not the figure's own is read on its own path
    ("辅导员54人，占比18.31%。", "unverifiable", ""),
    ("2025年新增教师20人，其中高级职称教师5人，占比25%。", "agrees", ""),  # of the 20 named first
])
def test_a_share_after_a_figures_count_with_no_base_named(read, sentence, verdict, expected):
    (records,) = per_line(read(sentence), 1)
    assert [(r.verdict, r.expected) for r in records if r.kind == "share"] == [(verdict, expected)]
