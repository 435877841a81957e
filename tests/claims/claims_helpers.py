"""Helpers for the claim engine tests."""


def only(records, kind):
    found = [r for r in records if r.claim.kind == kind]
    assert len(found) == 1, [(r.claim.kind, r.claim.value, r.verdict) for r in records]
    return found[0]
