"""Helpers for the claim engine tests."""


def only(records, kind):
    found = [r for r in records if r.claim.kind == kind]
    assert len(found) == 1, [(r.claim.kind, r.claim.value, r.verdict) for r in records]
    return found[0]


def per_line(records, count):
    """The records of each of `count` sentences read together (line = position + 1)."""
    lines = [[] for _ in range(count)]
    for r in records:
        lines[r.claim.location.line - 1].append(r)
    return lines
