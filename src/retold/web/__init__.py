"""The web app: ``retold serve``.  Server-rendered pages and a JSON API under ``/api/``,
both read from the database through the story view and the export documents; read-only
unless started with ``--allow-writes`` and a token."""

from __future__ import annotations

from retold.web.app import create_app

__all__ = ["create_app"]
