"""The document: model, Markdown reader, numbering and the build that ties them to indicators."""
from .model import Document

__all__ = ["Document"]
