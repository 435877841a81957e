"""A figure named by an item of a survey breakdown ("工作内容满意度", "职业发展前景满意度") that the data
enter only for some members (one department's own survey figure, 分组 = 机械工程系): said of the whole
college, it is that item of the breakdown whose name carries the same measure word (工作满意度分项, 分组
工作内容). Without this the college's figure is left unverifiable, and so is any comparison or
difference of two such items ("工作内容满意度比工作薪酬满意度高 2.99 个百分点")."""
from __future__ import annotations


def item_figure(indicators, name: str, key: str, cache: dict) -> tuple[str, str] | None:
    """(the breakdown figure's key, the item) a figure's name stands for, or None.

    The name must be an item of exactly one other entered figure followed by a measure word of at
    least two characters that this figure's own name contains (满意度 in 工作满意度分项), so a name
    that only begins like an item (工作 + 满意度 with no such item) never borrows a value."""
    if name in cache:
        return cache[name]
    owners: dict[str, set[str]] = {}
    for figure, group, _ in indicators.figure_keys():
        if group and figure != key:
            owners.setdefault(group, set()).add(figure)
    found = None
    for item in sorted(owners, key=len, reverse=True):
        rest = name[len(item):]
        if len(item) >= 2 and len(rest) >= 2 and name.startswith(item) and len(owners[item]) == 1:
            figure = next(iter(owners[item]))
            if rest in (indicators.definition(figure).get("name") or ""):
                found = (figure, item)
                break
    cache[name] = found
    return found
