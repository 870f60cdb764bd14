"""Streamed, resumable downloads into a folder.

A download is written to ``<name>.part``; after a dropped connection or a body
shorter than its Content-Length it is resumed with ``Range``; it is renamed to
its final name only once the length checks out. A cancelled or failed download
therefore never leaves a partial file under the final name (the ``.part`` stays
so that trying again resumes). File names are derived here, never taken raw
from a server, and can never point outside the download folder; names that
had to be changed get a short stable id, so that two different names never
share a file. One file is downloaded by one thread at a time: a second
download of the same file waits for the first and takes its result. The
``.part`` is opened without following links and must be a regular file.
"""

import errno
import hashlib
import http.client
import os
import re
import stat
import threading
import unicodedata
from contextlib import ExitStack, contextmanager
from pathlib import Path
from urllib.parse import unquote

import requests

from .errors import InvalidInputError, NetworkError
from .transfer import DEFAULT_LIMITS, TransferStopped, TransferWatch, read_chunks

CHUNK_SIZE = 64 * 1024
_UNSAFE = re.compile(r"[^\w. -]+|\s{2,}")  # \w: letters and digits of any script, and "_"
NAME_BYTES = 120  # a stem's UTF-8 length, well under the 255 bytes file systems allow
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                     *(f"LPT{i}" for i in range(1, 10))}
_CONTENT_RANGE = re.compile(r"bytes (\d+)-(\d+)/(\d+|\*)")
_DISPOSITION_NAME = re.compile(r"filename\*?=(?:UTF-8'[^']*')?([^;]+)", re.IGNORECASE)
#: Content-Type → file extension for the kinds of files the services send
EXTENSIONS = {"image/jpeg": ".jpg", "image/png": ".png", "image/tiff": ".tif", "image/webp": ".webp",
              "image/gif": ".gif", "application/json": ".json", "application/geo+json": ".geojson",
              "application/zip": ".zip", "application/pdf": ".pdf"}


def safe_filename(name, default="download"):
    """A file name made only of letters and digits (of any script), '.', '_',
    '-' and single spaces inside, with no leading dot, no path separator and no
    Windows device name.
    When that changed or shortened the name, a short id of the original name
    is added before the extension, so that "BH-1/2" and "BH-1:2" stay two files."""
    original = unicodedata.normalize("NFC", str(name))
    cleaned = re.sub(r"\.{2,}", ".", _UNSAFE.sub("_", original).strip("._ "))
    if cleaned.split(".")[0].strip().upper() in _WINDOWS_RESERVED:
        cleaned = "_" + cleaned
    if not original:
        return default
    if cleaned == original and len(cleaned.encode()) <= NAME_BYTES:
        return cleaned
    suffix = Path(cleaned).suffix
    if not re.fullmatch(r"\.[A-Za-z0-9]{1,5}", suffix):
        suffix = ""
    stem = cleaned[:len(cleaned) - len(suffix)].encode()[:NAME_BYTES].decode("utf-8", "ignore")
    stem = stem.rstrip("._ ") or Path(default).stem
    return f"{stem}-{hashlib.sha1(original.encode()).hexdigest()[:8]}{suffix}"


def resolve_inside(folder, name):
    """``folder/name``, refused when it would land outside ``folder``."""
    folder = Path(folder).resolve()
    target = (folder / name).resolve()
    if target.parent != folder:
        raise InvalidInputError(f"Refused file name {name!r}: it points outside the download folder",
                                parameter="filename", key="download.outside", values=dict(name=repr(name)))
    return target


def extension_from_response(response, default=".bin"):
    """The file extension (".jpg") a response's body deserves: from its
    Content-Type when that names a known type, else from the extension of the
    Content-Disposition file name when that is a known one (only the extension
    is taken from it, never the name), else ``default``."""
    content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    if content_type in EXTENSIONS:
        return EXTENSIONS[content_type]
    match = _DISPOSITION_NAME.search(response.headers.get("Content-Disposition", ""))
    if match:
        suffix = Path(unquote(match.group(1).strip().strip('"'))).suffix.lower()
        if suffix in EXTENSIONS.values() or suffix in (".jpeg", ".tiff"):
            return suffix
    return default


def download(session, url, folder, filename, *, progress=None, expected_size=None,
             overwrite=True, max_resumes=5, chunk_size=CHUNK_SIZE, response=None, limits=None):
    """Download ``url`` into ``folder`` as ``safe_filename(filename)``.

    ``filename`` may also be a callable ``filename(response) -> str`` asked once,
    with the first response, for names that depend on its headers (an extension
    from the Content-Type, see :func:`extension_from_response`).
    ``session`` is a :class:`providers.http.ServiceSession`: it decides whether a
    credential goes with the request (only to the service's own hosts) and
    provides retries and cancellation. ``progress(done_bytes, total_bytes_or_None)``
    is called as bytes arrive. ``response``: an already opened (streamed, no
    Range) response of ``url`` to start from, for callers that only learn from
    the answer that it is the file. ``limits``: a :class:`providers.transfer.DownloadLimits`
    (default: the session's ``download_limits``); a server under its minimum
    speed or past its deadline is given up on with a NetworkError, and cancel
    is noticed within about a second, even mid-read. Returns the final :class:`Path`.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    limits = limits or getattr(session, "download_limits", None) or DEFAULT_LIMITS
    watch = TransferWatch(session, url, "the file", limits)
    with ExitStack() as claims:
        final = part = None
        if not callable(filename):
            final, part, done = _start(folder, safe_filename(filename), overwrite, claims, watch)
            if done:
                return final
        total = expected_size
        resumes = 0
        timeout = (_connect_timeout(session), limits.first_byte_timeout)
        while True:
            watch.check()
            have = _part_size(part) if part is not None else 0
            if part is not None and total is not None and have == total:
                break
            headers = {"Accept-Encoding": "identity"}
            if have:
                headers["Range"] = f"bytes={have}-"
            try:
                if response is None:
                    response = session.request("GET", url, headers=headers, stream=True, expected={416},
                                               timeout=timeout, checkpoint=watch.check)
                with response:
                    if final is None:  # named by the first response (sent without Range)
                        final, part, done = _start(folder, safe_filename(filename(response)), overwrite,
                                                   claims, watch)
                        if done:
                            return final
                    have, total, interrupted = _receive(watch, response, part, have, total, chunk_size,
                                                        progress)
                response = None
            except TransferStopped:
                raise
            except NetworkError as exc:
                response = None
                resumes += 1
                if resumes > max_resumes:
                    raise exc
                session.sleep(session.backoff_delay(resumes))
                continue
            if not interrupted and (total is None or have == total):
                break
            if total is not None and have > total:
                part.unlink()
                raise NetworkError(f"Download of {final.name} is larger than announced ({have} > {total} bytes)",
                                   service=session.service,
                                   key="download.larger",
                                   values=dict(name=final.name, have=str(have), total=str(total)))
            # a body cut short (reset, or fewer bytes than Content-Length): resume from what is on disk
            resumes += 1
            if resumes > max_resumes:
                got = f"{have} of {total}" if total is not None else f"{have}"
                raise NetworkError(f"Download of {final.name} incomplete: received {got} bytes",
                                   service=session.service,
                                   key="download.incomplete", values=dict(name=final.name, got=str(got)))
            session.sleep(session.backoff_delay(resumes))
        os.replace(part, final)
        return final


# what is being made in this process: key (a final path) -> [lock, number of users]
_active = {}
_active_lock = threading.Lock()


@contextmanager
def claim(key, check):
    """Held by one thread at a time for ``key`` (a file being downloaded or
    made); yields True when another held it first and was waited for.
    ``check()`` is called while waiting, so cancel still reaches the waiter."""
    with _active_lock:
        entry = _active.setdefault(key, [threading.Lock(), 0])
        entry[1] += 1
    try:
        waited = False
        while not entry[0].acquire(timeout=0.2):
            waited = True
            check()
        try:
            yield waited
        finally:
            entry[0].release()
    finally:
        with _active_lock:
            entry[1] -= 1
            if not entry[1]:
                del _active[key]


def _start(folder, name, overwrite, claims, watch):
    """(final path, part path, done): the file claimed for this download; done
    when it is already there and wanted as it is, or another download of it
    has just finished it."""
    final = resolve_inside(folder, name)
    watch.name = final.name
    waited = claims.enter_context(claim(final, watch.check))
    return final, final.with_name(final.name + ".part"), final.exists() and (waited or not overwrite)


def _refuse_part(part):
    raise InvalidInputError(f"{part.name} in the download folder is a link or not a plain file; "
                            "nothing was written to it", parameter="filename",
                            key="download.not_plain", values=dict(name=part.name))


def _part_size(part):
    """Bytes already in ``part`` (0 when there is none); refused when it is not
    a plain file of its own, e.g. a link planted to write elsewhere."""
    try:
        info = os.lstat(part)
    except FileNotFoundError:
        return 0
    if not stat.S_ISREG(info.st_mode) or info.st_nlink > 1:
        _refuse_part(part)
    return info.st_size


def _open_part(part, append):
    """``part`` opened for writing without following a link at its name."""
    _part_size(part)
    flags = (os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC)
             | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0))
    try:
        fd = os.open(part, flags, 0o644)
    except OSError as exc:
        if exc.errno == errno.ELOOP:  # a link appeared since it was checked
            _refuse_part(part)
        raise
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode) or info.st_nlink > 1:
        os.close(fd)
        _refuse_part(part)
    return os.fdopen(fd, "ab" if append else "wb")


def _connect_timeout(session):
    timeout = getattr(session, "timeout", None)
    return timeout[0] if isinstance(timeout, tuple) else (timeout or 10.0)


def _receive(watch, response, part, have, total, chunk_size, progress):
    """Write one response body into ``part``.

    Returns (bytes on disk, total size, interrupted). A body that stops early is
    not an error here: what arrived stays in ``.part`` and the caller resumes
    from the size on disk.
    """
    if response.status_code == 416:  # our range starts at or past the end
        match = re.search(r"/(\d+)", response.headers.get("Content-Range", ""))
        size = int(match.group(1)) if match else None
        if size is not None and size == have:
            return have, size, False
        part.unlink()
        return 0, total, True
    if response.status_code == 206:
        match = _CONTENT_RANGE.match(response.headers.get("Content-Range", ""))
        if not match or int(match.group(1)) != have:
            part.unlink(missing_ok=True)  # a range we did not ask for: start again
            return 0, total, True
        if match.group(3) != "*":
            total = int(match.group(3))
        mode = "ab"
    else:
        have, mode = 0, "wb"
        length = response.headers.get("Content-Length")
        if length is not None:
            total = int(length)
    # we check the length ourselves: urllib3 2 would raise on a short body and
    # drop its last partial chunk, so keep every byte that arrived instead
    if hasattr(response.raw, "enforce_content_length"):
        response.raw.enforce_content_length = False
    with _open_part(part, append=mode == "ab") as fh:
        chunks = read_chunks(response, watch, chunk_size)
        while True:
            try:
                chunk = next(chunks, None)
            except (requests.RequestException, http.client.HTTPException, OSError):  # resets and timeouts
                return have, total, True
            if chunk is None:
                return have, total, False
            fh.write(chunk)  # a disk error here is not the network's: it is raised
            have += len(chunk)
            if progress:
                progress(have, total)
