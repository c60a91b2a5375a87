"""retold: how one news story is retold across outlets.

The Python API; the ``retold`` command is a thin layer over it::

    import retold
    with retold.open_store("news.db") as store:
        summary = retold.run(["feeds/", "scrape/"], store)
        document = retold.export_document(store)
"""

from __future__ import annotations

__version__ = "0.1.0"

from retold.config import Settings, load_settings
from retold.pipeline import RunOptions, run
from retold.records import Article, IngestSummary, Origin, RawDocument, Rejected
from retold.serve.export import export_document, write_export
from retold.store import ArticleQuery, open_store

__all__ = [
    "Article",
    "ArticleQuery",
    "IngestSummary",
    "Origin",
    "RawDocument",
    "Rejected",
    "RunOptions",
    "Settings",
    "__version__",
    "export_document",
    "load_settings",
    "open_store",
    "run",
    "write_export",
]
