"""Streamed, resumable downloads into a folder.

A download is written to ``<name>.part``; after a dropped connection or a body
shorter than its Content-Length it is resumed with ``Range``; it is renamed to
its final name only once the length checks out. A cancelled or failed download
therefore never leaves a partial file under the final name (the ``.part`` stays
so that trying again resumes). File names are derived here, never taken raw
from a server, and can never point outside the download folder.
"""

import http.client
import os
import re
from pathlib import Path
from urllib.parse import unquote

import requests

from .errors import InvalidInputError, NetworkError
from .transfer import DEFAULT_LIMITS, TransferStopped, TransferWatch, read_chunks

CHUNK_SIZE = 64 * 1024
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                     *(f"LPT{i}" for i in range(1, 10))}
_CONTENT_RANGE = re.compile(r"bytes (\d+)-(\d+)/(\d+|\*)")
_DISPOSITION_NAME = re.compile(r"filename\*?=(?:UTF-8'[^']*')?([^;]+)", re.IGNORECASE)
#: Content-Type → file extension for the kinds of files the services send
EXTENSIONS = {"image/jpeg": ".jpg", "image/png": ".png", "image/tiff": ".tif", "image/webp": ".webp",
              "image/gif": ".gif", "application/json": ".json", "application/geo+json": ".geojson",
              "application/zip": ".zip", "application/pdf": ".pdf"}


def safe_filename(name, default="download"):
    """A file name made only of letters, digits, '.', '_' and '-', with no
    leading dot, no path separator and no Windows device name."""
    cleaned = _UNSAFE.sub("_", str(name)).strip("._")
    cleaned = re.sub(r"\.{2,}", ".", cleaned)[:150] or default
    if cleaned.split(".")[0].upper() in _WINDOWS_RESERVED:
        cleaned = "_" + cleaned
    return cleaned


def resolve_inside(folder, name):
    """``folder/name``, refused when it would land outside ``folder``."""
    folder = Path(folder).resolve()
    target = (folder / name).resolve()
    if target.parent != folder:
        raise InvalidInputError(f"Refused file name {name!r}: it points outside the download folder",
                                parameter="filename")
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
    final = part = None
    if not callable(filename):
        final = resolve_inside(folder, safe_filename(filename))
        if final.exists() and not overwrite:
            return final
        part = final.with_name(final.name + ".part")
    total = expected_size
    resumes = 0
    limits = limits or getattr(session, "download_limits", None) or DEFAULT_LIMITS
    watch = TransferWatch(session, url, final.name if final is not None else "the file", limits)
    timeout = (_connect_timeout(session), limits.first_byte_timeout)
    while True:
        watch.check()
        have = part.stat().st_size if part is not None and part.exists() else 0
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
                    final = resolve_inside(folder, safe_filename(filename(response)))
                    if final.exists() and not overwrite:
                        return final
                    part = final.with_name(final.name + ".part")
                    watch.name = final.name
                have, total, interrupted = _receive(watch, response, part, have, total, chunk_size, progress)
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
                               service=session.service)
        # a body cut short (reset, or fewer bytes than Content-Length): resume from what is on disk
        resumes += 1
        if resumes > max_resumes:
            got = f"{have} of {total}" if total is not None else f"{have}"
            raise NetworkError(f"Download of {final.name} incomplete: received {got} bytes",
                               service=session.service)
        session.sleep(session.backoff_delay(resumes))
    os.replace(part, final)
    return final


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
    interrupted = False
    with open(part, mode) as fh:
        try:
            for chunk in read_chunks(response, watch, chunk_size):
                fh.write(chunk)
                have += len(chunk)
                if progress:
                    progress(have, total)
        except (requests.RequestException, http.client.HTTPException, ConnectionError):
            interrupted = True
    return have, total, interrupted
