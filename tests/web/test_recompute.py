"""Previews and findings counts under concurrent saves: recomputed after a save, but at most every
ten seconds while the rest of the report keeps changing (store.exact_or_recent)."""
from __future__ import annotations

from nianbao.web import store


def test_a_value_is_recomputed_at_most_every_ten_seconds_for_the_same_stable_part(db, monkeypatch):
    from django.core.cache import cache
    calls = []

    def compute():
        calls.append(len(calls))
        return f"第 {len(calls)} 次"

    assert store.exact_or_recent("t", "rev1", "data1", compute) == "第 1 次"
    assert store.exact_or_recent("t", "rev1", "data1", compute) == "第 1 次"  # the exact state: kept
    assert store.exact_or_recent("t", "rev2", "data1", compute) == "第 1 次"  # another save within ten seconds
    assert store.exact_or_recent("t", "rev2", "data2", compute) == "第 2 次"  # the stable part changed: never stale
    cache.delete("t:computed")  # ten seconds later
    assert store.exact_or_recent("t", "rev3", "data2", compute) == "第 3 次"
    assert store.exact_or_recent("t", "rev1", "data1", compute) == "第 1 次"  # that exact state was computed
    assert len(calls) == 3


def test_a_writer_sees_the_findings_of_their_own_save_in_the_preview(as_user):
    from nianbao.web.models import Section
    writer = as_user("jiuye")
    section = Section.objects.get(sid="1-talent/4-employment")
    writer.get(f"/s/{section.sid}/")
    mark = "就业去向落实率为 120%。"
    revision = writer.get(f"/api/sections/{section.sid}").json()["revision"]
    response = writer.post(f"/api/sections/{section.sid}", {"text": section.text + "\n\n" + mark, "base": revision},
                           content_type="application/json")
    assert response.status_code == 200, response.content
    page = writer.get(f"/s/{section.sid}/").content.decode()
    assert "120%" in page  # the section's own new revision, not the preview computed a moment ago
