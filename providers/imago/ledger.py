"""What was uploaded to Imago, so that trying a batch again sends nothing twice.

An upload is remembered by the file's SHA-256 and its target (service URL plus
the query that names the imagery and image type). The record is a small JSON
file, rewritten atomically after every successful upload, so a batch that was
cancelled or failed half-way knows on the next try what already arrived.
"""

import hashlib
import json
import os
import threading
from datetime import datetime, timezone
from pathlib import Path

CHUNK = 1024 * 1024


def file_checksum(path, cancelled=None):
    """SHA-256 of a file, read in chunks (``cancelled()`` is checked between them)."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while True:
            if cancelled is not None and cancelled():
                return None
            chunk = fh.read(CHUNK)
            if not chunk:
                return digest.hexdigest()
            digest.update(chunk)


class UploadLedger:
    def __init__(self, path):
        self.path = Path(path)
        self._lock = threading.Lock()

    def _load(self):
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError):
            return []  # an unreadable record only means we cannot skip; never block uploads
        return data.get("uploads", []) if isinstance(data, dict) else []

    def find(self, checksum, target):
        """The record of this file already sent to this target, or None."""
        with self._lock:
            return next((u for u in self._load() if u.get("checksum") == checksum and u.get("target") == target),
                        None)

    def record(self, checksum, target, file_name, image_id, imagery_id):
        with self._lock:
            uploads = self._load()
            entry = {"checksum": checksum, "target": target, "file": file_name, "imageId": image_id,
                     "imageryId": imagery_id, "uploadedAt": datetime.now(timezone.utc).isoformat(timespec="seconds")}
            uploads.append(entry)
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.path.with_name(self.path.name + ".tmp")
            temporary.write_text(json.dumps({"uploads": uploads}, indent=1), encoding="utf-8")
            os.replace(temporary, self.path)
            return entry
