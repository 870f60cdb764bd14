"""Fault rules the sandbox applies to matching requests.

A rule matches by path (regular expression, searched), method and host ("main" or
"cdn"), and fires ``times`` times (None: for the whole run). Kinds:

* ``latency``          wait ``delay`` seconds before answering (stacks with others)
* ``bandwidth``        cap the body at ``rate`` bytes/second per connection; a low
                       rate (20) drips the body a byte at a time. With ``link=1``
                       the cap is on the link as a whole: every answer the rule
                       matches shares the ``rate``, as behind one slow line
* ``slow_first_byte``  wait ``delay`` seconds before the first byte of the answer
* ``chunked``          send the body with ``Transfer-Encoding: chunked`` (16 KiB
                       chunks, as CDNs do) instead of a Content-Length
* ``status``           answer ``status`` (429, 500, 502, 503, 504...) with an optional
                       ``retry_after`` header value (seconds or an HTTP-date)
* ``reset``            send the headers and ``after_bytes`` of the body, then reset
                       the connection (TCP RST)
* ``truncate``         send the headers and ``after_bytes`` of the body, then close
                       cleanly (the body is shorter than its Content-Length)
* ``malformed_json``   replace the body with broken JSON
* ``black_hole``       accept the request and never answer (the connection is held
                       until the client gives up or the sandbox stops)
* ``huge_image``       replace the body with a tiny PNG (or JPEG, if the answer is
                       ``image/jpeg``) whose header declares 20,000 × 20,000 pixels
* ``redirect``         answer ``status`` (a 3xx; 307 unless given) with ``Location:
                       location``, e.g. to the foreign host, which records what arrives

Rules come from Python (:meth:`FaultSet.add`), from the control endpoint
``POST /_sandbox/faults``, from the command line (``--fault``) or from one
request's own ``X-Sandbox-Fault`` header, all in the same spec form, e.g.
``status=503,times=2,path=/files/`` or ``reset,after_bytes=1000``.
"""

import re
import select
import threading
import time
from dataclasses import asdict, dataclass, field
from typing import Optional

KINDS = ("latency", "bandwidth", "slow_first_byte", "chunked", "status", "reset", "truncate", "malformed_json",
         "black_hole", "huge_image", "redirect")
MODIFIERS = ("latency", "bandwidth", "slow_first_byte", "chunked")


@dataclass
class Fault:
    kind: str
    path: str = ""
    method: Optional[str] = None
    host: Optional[str] = None
    times: Optional[int] = None
    status: int = 503
    retry_after: Optional[str] = None
    delay: float = 0.0
    rate: float = 0.0
    after_bytes: Optional[int] = None
    location: Optional[str] = None
    link: bool = False
    fired: int = field(default=0, compare=False)

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; one of {', '.join(KINDS)}")

    def matches(self, method, path, host):
        if self.times is not None and self.fired >= self.times:
            return False
        if self.method and self.method.upper() != method:
            return False
        if self.host and self.host != host:
            return False
        return not self.path or re.search(self.path, path) is not None

    def redirect_status(self):
        return self.status if 300 <= self.status < 400 else 307

    def to_dict(self):
        return asdict(self)


def parse_spec(spec):
    """A Fault from ``kind[=value],key=value,...``; ``status=503`` is shorthand
    for kind status with that status, ``latency=0.1`` for a delay, and so on."""
    items = [part.strip() for part in spec.split(",") if part.strip()]
    if not items:
        raise ValueError("empty fault spec")
    head, _, value = items[0].partition("=")
    options = {"kind": head}
    if value:
        options[{"status": "status", "bandwidth": "rate", "reset": "after_bytes",
                 "truncate": "after_bytes", "redirect": "location"}.get(head, "delay")] = value
    for item in items[1:]:
        key, _, val = item.partition("=")
        options[key] = val
    return from_dict(options)


def from_dict(options):
    types = {"status": int, "times": int, "after_bytes": int, "delay": float, "rate": float,
             "link": lambda value: str(value).lower() in ("1", "true", "yes")}
    clean = {}
    for key, value in options.items():
        if key == "fired":
            continue
        if key not in Fault.__dataclass_fields__:
            raise ValueError(f"unknown fault option {key!r}")
        clean[key] = types[key](value) if key in types and value is not None else value
    return Fault(**clean)


class FaultSet:
    """The rules in force; thread-safe because the server answers in threads."""

    def __init__(self):
        self._rules = []
        self._links = {}  # id of a bandwidth rule with link=1 -> its Link
        self._lock = threading.Lock()

    def link(self, fault):
        """The one :class:`Link` of a ``bandwidth`` rule with ``link=1``."""
        with self._lock:
            return self._links.setdefault(id(fault), Link(fault.rate))

    def add(self, fault=None, **options):
        """Add a Fault (or build one from keyword options); returns it."""
        fault = fault or from_dict(options)
        with self._lock:
            self._rules.append(fault)
        return fault

    def clear(self):
        with self._lock:
            self._rules.clear()
            self._links.clear()

    def rules(self):
        with self._lock:
            return list(self._rules)

    def take(self, method, path, host, extra=()):
        """The modifiers and at most one replacement that fire for this request,
        each counted as fired."""
        modifiers, replacement = [], None
        with self._lock:
            for fault in list(extra) + self._rules:
                if not fault.matches(method, path, host):
                    continue
                if fault.kind in MODIFIERS:
                    modifiers.append(fault)
                    fault.fired += 1
                elif replacement is None:
                    replacement = fault
                    fault.fired += 1
        return modifiers, replacement


class Link:
    """A line of ``rate`` bytes/second that answers share: each chunk takes its
    turn, so four connections get a quarter each and one alone gets it all."""

    def __init__(self, rate):
        self.rate = rate
        self._free_at = 0.0
        self._lock = threading.Lock()

    def send(self, write, body, step=64 * 1024):
        for offset in range(0, len(body), step):
            chunk = body[offset:offset + step]
            with self._lock:
                self._free_at = max(time.monotonic(), self._free_at) + len(chunk) / self.rate
                crossed = self._free_at
            time.sleep(max(0.0, crossed - time.monotonic()))
            write(chunk)


def hold_silently(connection, stopping):
    """A black hole: answer nothing, until the client closes the connection or
    ``stopping`` (an Event) is set; checked often, so a stop is never held up."""
    while not stopping.is_set():
        readable, _, _ = select.select([connection], [], [], 0.2)
        if readable:
            try:
                if not connection.recv(65536):
                    return  # the client gave up
            except OSError:
                return


def chunk_framed(body, cut=None, size=16 * 1024):
    """``body`` in chunked transfer coding; with ``cut``, only its first ``cut``
    bytes, the last chunk left unfinished (a connection that breaks off)."""
    framed = bytearray()
    for offset in range(0, len(body), size):
        piece = body[offset:offset + size]
        framed += b"%x\r\n" % len(piece)
        if cut is not None and offset + len(piece) > cut:
            return bytes(framed + piece[:cut - offset])
        framed += piece + b"\r\n"
    return bytes(framed) if cut is not None else bytes(framed + b"0\r\n\r\n")


def huge_image_body(content_type):
    """A few bytes whose header declares 20,000 × 20,000 pixels (``huge_image``)."""
    from .imago.samples import crafted_jpeg, crafted_png
    return crafted_jpeg(20000, 20000) if "jpeg" in content_type else crafted_png(20000, 20000)
