"""The task force's workspace in the browser (Django): a thin layer over nianbao.pipeline.

Modules: settings (built from arguments), models (sections, revisions, comments, audit log, user
profiles), permissions (the one `allowed` function every view calls), store (the database side of
import/export, drafts, transitions), views/ (one module per area), server (`nianbao serve`).
See docs/web.md.
"""
