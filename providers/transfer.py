"""Limits on one download: a minimum speed, an overall deadline, and reads that
come back at least every second so that cancel and both limits are checked.

A body is read with a short socket timeout (:data:`READ_TICK`): a read that
times out is not an error here, it only gives the loop its turn to ask whether
the user cancelled, whether the server has fallen under the minimum speed and
whether the deadline has passed. Reading goes through the standard library's
``http.client`` response under ``requests`` (its ``read1`` returns what has
arrived instead of waiting for a whole chunk), so a server that drips 20 bytes
a second is seen byte by byte.
"""

import socket
import time
from collections import deque
from dataclasses import dataclass
from urllib.parse import urlsplit

from .abort import watching_body
from .errors import NetworkError

class TransferStopped(NetworkError):
    """A download given up on: too slow, or past its deadline (not resumed)."""


#: how long one socket read may block before the loop checks cancel and limits again
READ_TICK = 1.0


@dataclass(frozen=True)
class DownloadLimits:
    """When a download is given up on. ``min_speed`` bytes/s averaged over the
    last ``speed_window`` seconds (0: no minimum); ``deadline`` seconds for the
    whole file, resumes included; ``first_byte_timeout`` seconds to wait for a
    server to start answering one request."""

    min_speed: float = 1024.0
    speed_window: float = 60.0
    deadline: float = 3 * 3600.0
    first_byte_timeout: float = 30.0


DEFAULT_LIMITS = DownloadLimits()


def describe_speed(bytes_per_second):
    if bytes_per_second >= 1024 * 1024:
        return f"{bytes_per_second / (1024 * 1024):g} MB/s"
    if bytes_per_second >= 1024:
        return f"{bytes_per_second / 1024:g} KB/s"
    return f"{bytes_per_second:g} bytes/s"


#: what a download is of, keyed for translation
_NAMES = {"the answer": "transfer.the_answer", "the file": "transfer.the_file"}


class TransferWatch:
    """Bytes over time for one file, across its resumes; :meth:`check` raises
    NetworkError once the server is too slow or the deadline has passed."""

    def __init__(self, session, url, name, limits=DEFAULT_LIMITS, clock=time.monotonic):
        self.session = session
        absolute = session.url(url) if callable(getattr(session, "url", None)) else url  # a path on the base URL
        self.host = urlsplit(absolute).netloc
        self.name = name
        self.limits = limits
        self.clock = clock
        self.started = clock()
        self.received = 0
        self.last_byte = self.started
        self._samples = deque([(self.started, 0)])

    def add(self, count):
        self.received += count
        now = self.clock()
        if count:
            self.last_byte = now
        self._samples.append((now, self.received))
        # keep one sample older than the window to measure across it
        while len(self._samples) > 2 and self._samples[1][0] <= now - self.limits.speed_window:
            self._samples.popleft()

    def check(self):
        """Cancel first, then the deadline, then the minimum speed."""
        self.session.check_cancelled()
        now, limits = self.clock(), self.limits
        if now - self.started > limits.deadline:
            minutes = f"{limits.deadline / 60:g}"
            self._fail(f"did not finish within {minutes} minutes (the download deadline)", "transfer.deadline",
                       minutes=minutes)
        if limits.min_speed <= 0 or now - self.started < limits.speed_window:
            return
        since = now - limits.speed_window
        before = max((n for t, n in self._samples if t <= since), default=0)
        if self.received - before < limits.min_speed * limits.speed_window:
            window = f"{limits.speed_window:g} s"
            if self.received == before:
                seconds = f"{now - self.last_byte:.0f}"
                self._fail(f"sent nothing for {seconds} s", "transfer.silent", seconds=seconds)
            speed = describe_speed(limits.min_speed)
            self._fail(f"sent less than {speed} for {window}", "transfer.slow", speed=speed, window=window)

    def _fail(self, why, key, **values):
        """Stop with ``why`` (English; ``key`` and ``values`` translate it)."""
        name = (_NAMES[self.name], None, self.name) if self.name in _NAMES else self.name
        raise TransferStopped(f"{self.host} {why}; the download of {self.name} was stopped",
                              service=self.session.service, code="too_slow", key=key,
                              values=dict(values, host=self.host, name=name))


def _socket_of(response):
    """The socket under a streamed ``requests`` response, or None."""
    fp = getattr(getattr(response.raw, "_fp", None), "fp", None)
    return getattr(getattr(fp, "raw", None), "_sock", None)


def read_chunks(response, watch, chunk_size):
    """The body of a streamed response (see :func:`_read_chunks`); a Cancel
    meanwhile also shuts the connection down, for the reads that cannot tick."""
    with watching_body(response, getattr(watch.session, "cancelled", None)):
        yield from _read_chunks(response, watch, chunk_size)


def _read_chunks(response, watch, chunk_size):
    """The body of a streamed response, chunk by chunk, as it arrives; checks
    ``watch`` at least every :data:`READ_TICK` seconds. Reads return what has
    arrived (``read1``), so a connection that breaks off loses no byte that came
    before. A read timeout is no error: the socket's flag that refuses reading
    after one is cleared, since a timed-out receive has consumed nothing."""
    body = getattr(response.raw, "_fp", None)
    encoded = response.headers.get("Content-Encoding", "identity").strip().lower() not in ("", "identity")
    if body is None or not hasattr(body, "read1") or encoded:
        # not the usual stack, or a compressed body urllib3 must decode: its reads, checked between chunks
        for chunk in response.iter_content(chunk_size):
            watch.add(len(chunk))
            watch.check()
            yield chunk
        return
    sock = _socket_of(response)
    # a chunked body's framing could be split by a timed-out read: it keeps the session's read timeout
    ticking = sock is not None and not getattr(body, "chunked", False)
    if ticking:  # the next request on this connection sends its body under the timeout left here
        previous = sock.gettimeout()
        sock.settimeout(READ_TICK)
    try:
        while True:
            watch.check()
            try:
                chunk = body.read1(chunk_size)
            except socket.timeout:
                if not ticking:
                    raise
                body.fp.raw._timeout_occurred = False
                continue
            if not chunk:
                break
            watch.add(len(chunk))
            yield chunk
    finally:
        if ticking and sock.fileno() != -1:  # not when the connection was closed meanwhile
            sock.settimeout(previous)
    if body.length == 0:  # the whole body arrived: the connection may serve the next request
        response.raw.release_conn()
