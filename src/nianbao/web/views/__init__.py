"""Views, one module per area: auth, dashboard, sections (view/edit/preview/revisions), review
(submit/return/approve/comment), word (DOCX round trip). Every view checks permissions.allowed."""
