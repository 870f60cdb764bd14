"""Many downloads at once: concurrency, overall progress, cancel; in a task or
in a Processing algorithm's thread.

Each job names what it is for (``key``, e.g. a feature id), the file name and
either a URL or a ``resolve()`` that finds the URL in the worker thread (for
services whose links expire and must be fetched fresh). Files go through
:func:`providers.download.download`, so they resume after a failure and never
appear under their final name half-written. One job failing does not stop the
others; the result lists what arrived and what failed, and why.
"""

import threading
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Callable, Dict, Optional

from ..providers.download import download
from ..providers.errors import ImageryHubError, OperationCancelled
from .i18n import translate
from .tasks import ImageryHubTask


@dataclass
class DownloadJob:
    key: object
    filename: str
    url: Optional[str] = None
    resolve: Optional[Callable[[object], str]] = None  # resolve(session) -> url
    expected_size: Optional[int] = None


@dataclass
class DownloadResult:
    paths: Dict[object, str] = field(default_factory=dict)
    errors: Dict[object, str] = field(default_factory=dict)
    cancelled: bool = False

    def summary(self, what="file"):
        """"9 images downloaded, 1 failed (cancelled)"; ``what``: "file" or "image"."""
        count = len(self.paths)
        text = (translate("ImageryHub.Downloads", "%Ln image(s) downloaded", None, count) if what == "image" else
                translate("ImageryHub.Downloads", "%Ln file(s) downloaded", None, count))
        if self.errors:
            text = translate("ImageryHub.Downloads", "{downloaded}, %Ln failed", None, len(self.errors)).format(
                downloaded=text)
        if self.cancelled:
            text = translate("ImageryHub.Downloads", "{downloaded} (cancelled)").format(downloaded=text)
        return text


class Connections:
    """How many files to fetch at once: starts at ``start`` and, while each
    step up raised the throughput by at least ``gain``, doubles, never past
    ``maximum`` (the user's setting). On a link with latency per request more
    connections fill it; once a step brings nothing, it stays (it never steps
    down: a full link shared by more connections moves as much).
    ``observe(total_bytes, now)`` after each wait."""

    def __init__(self, maximum, start=4, window=0.5, gain=1.1):
        self.maximum = max(1, int(maximum))
        self.current = min(self.maximum, max(1, start))
        self.window, self.gain = window, gain
        self.settled = self.current >= self.maximum
        self._began = self._bytes = None
        self._best = 0.0

    def observe(self, total_bytes, now):
        if self.settled:
            return self.current
        if self._began is None:
            self._began, self._bytes = now, total_bytes
            return self.current
        if now - self._began < self.window:
            return self.current
        rate = (total_bytes - self._bytes) / (now - self._began)
        self._began, self._bytes = now, total_bytes
        if rate >= self._best * self.gain:
            self._best = rate
            self.current = min(self.maximum, 2 * self.current)
            self.settled = self.current >= self.maximum
        else:
            self.settled = True
        return self.current


class Downloader:
    """Runs ``jobs`` in worker threads, each with its own session from
    ``make_session(cancelled)``: as many at once as the link takes, up to
    ``concurrency`` (:class:`Connections`). ``progress(percent)`` follows the
    bytes of the whole batch; ``cancelled()`` stops it, and the result still
    lists what arrived. Used by :class:`DownloadTask` and by the Processing
    algorithms, which run it in their own thread."""

    def __init__(self, jobs, folder, make_session, concurrency=4, cancelled=None, progress=None):
        self.jobs = list(jobs)
        self.folder = folder
        self.make_session = make_session
        self.concurrency = max(1, int(concurrency))
        self.cancelled = cancelled or (lambda: False)
        self.progress = progress
        self.peak = 0  # the most files fetched at once
        self._local = threading.local()
        self._lock = threading.Lock()
        self._shares = {}  # key -> the share of its file that has arrived (0..1)
        self._total_share = 0.0  # their running sum: O(1) per chunk, not a sum over every job
        self._arrived = {}  # key -> bytes arrived
        self._total_bytes = 0
        self._sessions = []

    def _session(self):
        if not hasattr(self._local, "session"):
            self._local.session = self.make_session(self.cancelled)
            with self._lock:
                self._sessions.append(self._local.session)
        return self._local.session

    def _progress(self, key, done, total):
        self._report(key, min(1.0, done / total) if total else 0.0, done)

    def _report(self, key, share, arrived=None):
        with self._lock:
            # each finished file counts fully; running ones by their byte share
            self._total_share += share - self._shares.get(key, 0.0)
            self._shares[key] = share
            partial = self._total_share
            if arrived is not None:
                self._total_bytes += arrived - self._arrived.get(key, 0)
                self._arrived[key] = arrived
        if self.progress is not None:
            self.progress(min(99.0, 100.0 * partial / max(1, len(self.jobs))))

    def _fetch(self, job):
        session = self._session()
        url = job.url or job.resolve(session)
        path = download(session, url, self.folder, job.filename, expected_size=job.expected_size,
                        progress=lambda done, total: self._progress(job.key, done, total))
        return str(path)

    def run(self):
        result = DownloadResult()
        connections = Connections(self.concurrency)
        waiting = iter(self.jobs)
        with ThreadPoolExecutor(max_workers=self.concurrency, thread_name_prefix="imagery-hub-dl") as pool:
            running = {}
            while True:
                while len(running) < connections.current and not self.cancelled():
                    job = next(waiting, None)
                    if job is None:
                        break
                    running[pool.submit(self._fetch, job)] = job
                self.peak = max(self.peak, len(running))
                if not running:
                    break
                finished, _ = wait(running, timeout=0.25, return_when=FIRST_COMPLETED)
                for future in finished:
                    self._collect(running.pop(future), future, result)
                connections.observe(self._total_bytes, time.monotonic())
        for session in self._sessions:  # their connections, rather than leaving them to the garbage collector
            session.close()
        if self.cancelled():
            result.cancelled = True
        return result

    def _collect(self, job, future, result):
        try:
            result.paths[job.key] = future.result()
        except OperationCancelled:
            result.cancelled = True
        except ImageryHubError as exc:
            result.errors[job.key] = str(exc)
        self._report(job.key, 1.0)  # ended, whichever way


class DownloadTask(ImageryHubTask):
    """``make_session(cancelled)`` returns a ServiceSession of the right service;
    one is made per worker thread. A cancelled batch still reports (to
    ``on_success``) the files that arrived, so their paths are not lost."""

    keeps_partial_result = True

    def __init__(self, description, jobs, folder, make_session, concurrency=4, on_success=None, on_error=None):
        super().__init__(description, on_success, on_error)
        self.jobs = list(jobs)
        self.folder = folder
        self.make_session = make_session
        self.concurrency = max(1, int(concurrency))

    def work(self):
        return Downloader(self.jobs, self.folder, self.make_session, self.concurrency, self.is_cancelled,
                          self.setProgress).run()
