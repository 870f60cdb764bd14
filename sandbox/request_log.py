"""The sandbox's record of every request, for tests to assert what a client sent."""

import re
import threading

RECORD_LIMIT = 100_000  # the oldest records are dropped past this


class RequestLog:
    """Every request received, for tests to assert what a client sent."""

    def __init__(self):
        self._items = []
        self._lock = threading.Lock()

    def add(self, record):
        with self._lock:
            self._items.append(record)
            del self._items[:-RECORD_LIMIT]

    def clear(self):
        with self._lock:
            self._items.clear()

    def find(self, path=None, host=None, method=None):
        """Records whose path matches the regular expression ``path`` (searched)."""
        with self._lock:
            items = list(self._items)
        return [r for r in items
                if (path is None or re.search(path, r["path"]))
                and (host is None or r["host"] == host)
                and (method is None or r["method"] == method.upper())]

    def __len__(self):
        with self._lock:
            return len(self._items)
