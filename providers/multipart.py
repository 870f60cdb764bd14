"""A multipart/form-data body streamed from disk, for uploads of large files.

``requests`` builds ``files=`` bodies in memory; an image of several gigabytes
would have to fit in RAM. :class:`MultipartFile` is passed as ``data=`` instead:
it has a length (so requests sends ``Content-Length``, not chunked encoding) and
every iteration starts again from the beginning, so a request the session repeats
(a 429, a renewed sign-in) sends the whole body again.
"""

import os
import uuid
from pathlib import Path

from .errors import OperationCancelled

CHUNK_SIZE = 64 * 1024  # small enough that cancel is asked well within a second on a slow uplink


def _quote(value):
    return str(value).replace("\\", "\\\\").replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")


class MultipartFile:
    """One file part (plus optional text fields) read from ``path`` as it is sent.

    ``progress(sent_bytes, total_bytes)`` is called as the file's bytes go out.
    ``cancelled()`` is asked before each chunk: when it answers True the body
    stops with OperationCancelled, so the request breaks off without its closing
    boundary and the server cannot take it for a whole file.
    Use ``content_type`` for the request's Content-Type header.
    """

    def __init__(self, path, field="file", filename=None, mime_type="application/octet-stream",
                 fields=None, progress=None, chunk_size=CHUNK_SIZE, cancelled=None):
        self.path = Path(path)
        self.boundary = uuid.uuid4().hex
        self.progress = progress
        self.cancelled = cancelled
        self.chunk_size = chunk_size
        self.file_size = os.path.getsize(self.path)
        head = b"".join(
            f'--{self.boundary}\r\nContent-Disposition: form-data; name="{_quote(name)}"\r\n\r\n'
            f"{value}\r\n".encode() for name, value in (fields or {}).items())
        head += (f'--{self.boundary}\r\nContent-Disposition: form-data; name="{_quote(field)}"; '
                 f'filename="{_quote(filename or self.path.name)}"\r\n'
                 f"Content-Type: {mime_type}\r\n\r\n").encode()
        self.head = head
        self.tail = f"\r\n--{self.boundary}--\r\n".encode()

    @property
    def content_type(self):
        return f"multipart/form-data; boundary={self.boundary}"

    def __len__(self):
        return len(self.head) + self.file_size + len(self.tail)

    def __iter__(self):
        yield self.head
        sent = 0
        with open(self.path, "rb") as fh:
            while True:
                if self.cancelled is not None and self.cancelled():
                    raise OperationCancelled("Cancelled")
                chunk = fh.read(self.chunk_size)
                if not chunk:
                    break
                sent += len(chunk)
                yield chunk
                if self.progress is not None:
                    self.progress(sent, self.file_size)
        if sent != self.file_size:
            raise OSError(f"{self.path.name} changed while it was being sent")
        yield self.tail
