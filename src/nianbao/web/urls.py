"""URLs. Section ids contain "/", so the section's own pages end in a fixed suffix and come first."""
from __future__ import annotations

from django.urls import path

from .views import audit, auth, dashboard, data, health, publish, review, sections, word

urlpatterns = [
    path("login/", auth.LoginView.as_view(), name="login"),
    path("logout/", auth.LogoutView.as_view(), name="logout"),
    path("", dashboard.dashboard, name="dashboard"),
    path("data/", data.data_page, name="data"),
    path("data/upload/", data.upload, name="data_upload"),
    path("data/<str:kind>/rollback/", data.rollback, name="data_rollback"),
    path("builds/", publish.builds, name="builds"),
    path("builds/start/", publish.start, name="build_start"),
    path("builds/<int:build_id>/status", publish.status, name="build_status"),
    path("builds/<int:build_id>/publish/", publish.publish_build, name="build_publish"),
    path("builds/<int:build_id>/<str:fmt>", publish.download, name="build_download"),
    path("report/", publish.public_report, name="public_report"),
    path("ping", health.ping, name="ping"),
    path("api/picker", sections.picker, name="picker"),
    path("audit/", audit.audit_log, name="audit"),
    path("word/", word.word, name="word"),
    path("word/download", word.download, name="word_download"),
    path("word/upload", word.upload, name="word_upload"),
    path("word/accept/<str:token>", word.accept, name="word_accept"),
    path("api/sections/<path:sid>", sections.api_section, name="api_section"),
    path("s/<path:sid>/edit/", sections.edit, name="edit"),
    path("s/<path:sid>/preview/", sections.preview, name="preview"),
    path("s/<path:sid>/photo/", sections.upload_photo, name="upload_photo"),
    path("s/<path:sid>/revisions/<int:number>/restore/", sections.restore, name="restore"),
    path("s/<path:sid>/revisions/<int:number>/", sections.revision, name="revision"),
    path("s/<path:sid>/revisions/", sections.revisions, name="revisions"),
    path("s/<path:sid>/state/", review.change_state, name="state"),
    path("s/<path:sid>/comment/", review.comment, name="comment"),
    path("s/<path:sid>/", sections.view, name="section"),
]
