"""Rendered pages kept while the database stays as it was.

A page (story, article) is a pure function of the database's committed state, so the
app keeps the HTML it rendered under the database's ``data_version`` at the time, read
*before* rendering from one long-lived connection (``SQLStore.data_version``: it changes
whenever anything is committed: an analyze run, the search index, a posted article).
A request whose version equals the stored one gets the stored page without opening the
database; any commit retires every stored page at once.  At most ``size`` pages are
kept, the least recently used dropped first.  One cache per app (``app.state``), never
per module.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from retold.store import SQLStore, open_store


class PageCache:
    """Pages of the database at ``target``, keyed by path and query."""

    def __init__(self, target: str, size: int = 1024) -> None:
        self.target = target
        self.size = size
        self.version: str | None = None
        self.pages: OrderedDict[str, bytes] = OrderedDict()
        self.lock = threading.Lock()
        self._watch: SQLStore | None = None
        self.hits = self.misses = 0

    def current(self) -> str:
        """The database's version now; stored pages of another version are dropped."""
        with self.lock:
            if self._watch is None:
                self._watch = open_store(self.target)
            version = self._watch.data_version()
            if version != self.version:
                self.pages.clear()
                self.version = version
            return version

    def lookup(self, key: str) -> tuple[str, bytes | None]:
        """The database's version now, and the page stored at ``key`` for it (or None)."""
        version = self.current()
        with self.lock:
            found = self.pages.get(key)
            if found is None:
                self.misses += 1
            else:
                self.pages.move_to_end(key)
                self.hits += 1
            return version, found

    def keep(self, key: str, version: str, body: bytes) -> None:
        """Store a page rendered after ``version`` was read, unless a newer version was
        seen meanwhile (a commit during the rendering: the page may be of either)."""
        with self.lock:
            if self.version == version:
                self.pages[key] = body
                while len(self.pages) > self.size:
                    self.pages.popitem(last=False)

    def close(self) -> None:
        with self.lock:
            if self._watch is not None:
                self._watch.close()
                self._watch = None
