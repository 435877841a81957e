"""Writers: the document model -> HTML, DOCX, PDF, tables.json. Each format is one module."""
