"""The sandbox HTTP server: routing, request recording, fault injection, ranges.

One :class:`Sandbox` serves every service on one 127.0.0.1 port, each under its
own path prefix (``/spexi``, ``/mapflow``...), plus a second port that plays a
foreign host (S3, a CDN, a preview server) where no credential may arrive.
Service modules in this package register their routes with :meth:`Sandbox.route`.
"""

import importlib
import json
import pkgutil
import re
import socket
import struct
import sys
import tempfile
import threading
import time
import traceback
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from .faults import FaultSet, chunk_framed, hold_silently, huge_image_body, parse_spec
from .request_log import RequestLog

SPOOL_LIMIT = 8 * 1024 * 1024  # request bodies above this go to a temporary file
RECORD_BODY_LIMIT = 1024 * 1024  # recorded bodies are kept up to this size


class HttpError(Exception):
    """Raise from a handler to answer with ``response``."""

    def __init__(self, response):
        super().__init__(response.status)
        self.response = response


class Response:
    """What a handler returns. ``body`` is bytes or a Path; ``ranges`` enables
    Range requests (206/416) on it."""

    def __init__(self, body=b"", status=200, content_type="application/json", headers=None, ranges=False):
        self.status = status
        self.body = body
        self.headers = {"Content-Type": content_type}
        self.headers.update(headers or {})
        self.ranges = ranges

    def length(self):
        return self.body.stat().st_size if isinstance(self.body, Path) else len(self.body)

    def read(self, start, end):
        """Bytes [start, end) of the body."""
        if isinstance(self.body, Path):
            with open(self.body, "rb") as fh:
                fh.seek(start)
                return fh.read(end - start)
        return self.body[start:end]


def json_response(obj, status=200, headers=None):
    return Response(json.dumps(obj).encode(), status=status, headers=headers)


def error_response(status, message, **extra):
    return json_response({"message": message, **extra}, status=status)


class Request:
    """One parsed request as handlers see it."""

    def __init__(self, method, target, headers, body_file, host, sandbox):
        parts = urlsplit(target)
        self.method = method
        self.path = parts.path
        self.query_string = parts.query
        self.query = parse_qs(parts.query, keep_blank_values=True)
        self.headers = headers
        self.body_file = body_file
        self.host = host
        self.sandbox = sandbox

    def arg(self, name, default=None):
        values = self.query.get(name)
        return values[0] if values else default

    @property
    def body(self):
        self.body_file.seek(0)
        return self.body_file.read()

    def json(self):
        try:
            return json.loads(self.body or b"null")
        except ValueError:
            raise HttpError(error_response(400, "Request body is not valid JSON")) from None

    @property
    def base_url(self):
        return self.sandbox.url if self.host == "main" else self.sandbox.cdn_url


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "ImageryHubSandbox/1"
    # headers and body leave in two writes; with Nagle on, the body waits for the
    # client's delayed ACK, adding ~40 ms to every answer on a kept-alive connection
    disable_nagle_algorithm = True

    def log_message(self, fmt, *args):
        if self.server.sandbox.verbose:
            sys.stderr.write(f"[sandbox {self.server.host_kind}] {fmt % args}\n")

    def finish(self):
        try:
            super().finish()
        except OSError:
            pass  # the connection was reset on purpose

    def _dispatch(self):
        sandbox = self.server.sandbox
        host = self.server.host_kind
        body_file = self._read_body()
        headers = {k: v for k, v in self.headers.items()}
        request = Request(self.command, self.path, self.headers, body_file, host, sandbox)
        body_size = body_file.seek(0, 2)
        sandbox.log.add({
            "time": time.time(), "method": self.command, "path": request.path,
            "query": request.query, "headers": headers, "host": host, "body_size": body_size,
            "body": request.body if body_size <= RECORD_BODY_LIMIT else None,
        })
        extra = []
        if self.headers.get("X-Sandbox-Fault"):
            extra = [parse_spec(self.headers["X-Sandbox-Fault"])]
        modifiers, replacement = sandbox.faults.take(self.command, request.path, host, extra)
        for fault in modifiers:
            if fault.kind == "latency":
                time.sleep(fault.delay)
        if replacement is not None and replacement.kind == "black_hole":
            hold_silently(self.connection, sandbox.stopping)
            self.close_connection = True
            body_file.close()
            return
        if replacement is not None and replacement.kind == "status":
            headers = {"Retry-After": replacement.retry_after} if replacement.retry_after else {}
            response = json_response({"message": f"Sandbox fault: HTTP {replacement.status}"},
                                     status=replacement.status, headers=headers)
            replacement = None
        elif replacement is not None and replacement.kind == "redirect":
            response, replacement = Response(b"", replacement.redirect_status(), headers={
                "Location": replacement.location or "/"}), None
        else:
            response = sandbox.handle(request)
        try:
            self._send(request, response, modifiers, replacement)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client went away (tile requests cancelled on pan, uploads cancelled)
        finally:
            body_file.close()

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _dispatch

    def _read_body(self):
        spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_LIMIT)
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    break
                _copy(self.rfile, spool, size)
                self.rfile.readline()
        else:
            _copy(self.rfile, spool, int(self.headers.get("Content-Length") or 0))
        return spool

    def _send(self, request, response, modifiers, replacement):
        length = response.length()
        start, end, status = 0, length, response.status
        headers = dict(response.headers)
        if response.ranges:
            headers["Accept-Ranges"] = "bytes"
            wanted = _parse_range(request.headers.get("Range"), length)
            if wanted == "invalid":
                status, end = 416, 0
                headers["Content-Range"] = f"bytes */{length}"
            elif wanted:
                start, end = wanted
                status = 206
                headers["Content-Range"] = f"bytes {start}-{end - 1}/{length}"
        body = response.read(start, end) if status != 416 else b""
        if replacement is not None and replacement.kind == "malformed_json":
            body = body[: max(1, len(body) // 2)] + b"\x00}{" if body else b"{\"broken\": "
        if replacement is not None and replacement.kind == "huge_image":
            body = huge_image_body(headers.get("Content-Type", ""))
        for fault in modifiers:
            if fault.kind == "slow_first_byte":
                time.sleep(fault.delay)
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        chunked = any(f.kind == "chunked" for f in modifiers)
        self.send_header(*(("Transfer-Encoding", "chunked") if chunked else ("Content-Length", str(len(body)))))
        self.end_headers()
        if self.command == "HEAD":
            return
        cut = None
        if replacement is not None and replacement.kind in ("reset", "truncate"):
            cut = replacement.after_bytes if replacement.after_bytes is not None else len(body) // 2
        self._write(chunk_framed(body, cut) if chunked else body[:cut],
                    [f for f in modifiers if f.kind == "bandwidth" and f.rate])
        if cut is not None:
            if replacement.kind == "reset":
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True

    def _write(self, body, shaping):
        link = next((self.server.sandbox.faults.link(f) for f in shaping if f.link), None)
        if link is not None:
            return link.send(self.wfile.write, body)
        rate = min((f.rate for f in shaping), default=0)
        if not rate:
            self.wfile.write(body)
            return
        step = max(1, min(64 * 1024, int(rate / 20)))  # down to a byte at a time for a drip
        began = time.monotonic()
        for offset in range(0, len(body), step):
            self.wfile.write(body[offset:offset + step])
            ahead = (offset + step) / rate - (time.monotonic() - began)
            if ahead > 0:
                time.sleep(ahead)


def _copy(src, dst, size):
    while size > 0:
        chunk = src.read(min(size, 256 * 1024))
        if not chunk:
            break
        dst.write(chunk)
        size -= len(chunk)


def _parse_range(header, length):
    """(start, end) for a single ``bytes=`` range, None without one, or "invalid"."""
    if not header:
        return None
    match = re.fullmatch(r"bytes=(\d*)-(\d*)", header.strip())
    if not match or (not match.group(1) and not match.group(2)):
        return None
    if match.group(1):
        start = int(match.group(1))
        end = int(match.group(2)) + 1 if match.group(2) else length
    else:
        start, end = max(0, length - int(match.group(2))), length
    if start >= length:
        return "invalid"
    return start, min(end, length)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, address, sandbox, host_kind):
        super().__init__(address, _Handler)
        self.sandbox = sandbox
        self.host_kind = host_kind


class Sandbox:
    """Emulator of the five services. Use as a context manager or start()/stop().

    ``options`` tune services (see each service module), e.g.
    ``{"spexi.page_size": 50}``.
    """

    def __init__(self, port=0, cdn_port=0, host="127.0.0.1", options=None, verbose=False):
        self.host = host
        self.options = dict(options or {})
        self.verbose = verbose
        self.faults = FaultSet()
        self.stopping = threading.Event()  # ends held connections (black hole)
        self.log = RequestLog()
        self.state = {}
        self._routes = []
        self._servers = [_Server((host, port), self, "main"), _Server((host, cdn_port), self, "cdn")]
        self.url = f"http://{host}:{self._servers[0].server_address[1]}"
        self.cdn_url = f"http://{host}:{self._servers[1].server_address[1]}"
        self._threads = []
        for module in service_modules():
            module.register(self)

    # -- lifecycle ---------------------------------------------------------
    def start(self):
        self.stopping.clear()
        for server in self._servers:
            thread = threading.Thread(target=server.serve_forever, name=f"sandbox-{server.host_kind}",
                                      daemon=True)
            thread.start()
            self._threads.append(thread)
        return self

    def stop(self):
        self.stopping.set()
        for server in self._servers:
            server.shutdown()
            server.server_close()
        for thread in self._threads:
            thread.join(timeout=5)
        self._threads.clear()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    def service_url(self, prefix):
        return f"{self.url}/{prefix.strip('/')}"

    def reset(self):
        """Forget recorded requests and fault rules (state of services stays)."""
        self.log.clear()
        self.faults.clear()

    # -- routing -----------------------------------------------------------
    def route(self, method, pattern, hosts=("main",)):
        """Decorator: ``handler(request, **named_groups) -> Response``."""
        regex = re.compile(pattern + r"\Z")

        def decorate(handler):
            self._routes.append((method.upper(), regex, tuple(hosts), handler))
            return handler
        return decorate

    def handle(self, request):
        if request.path.startswith("/_sandbox/"):
            return self._control(request)
        allowed = False
        for method, regex, hosts, handler in self._routes:
            if request.host not in hosts:
                continue
            match = regex.match(request.path)
            if not match:
                continue
            allowed = True
            if method != request.method and not (method == "GET" and request.method == "HEAD"):
                continue
            try:
                return handler(request, **match.groupdict())
            except HttpError as exc:
                return exc.response
            except Exception:  # a bug in the sandbox: say so loudly, answer 500
                traceback.print_exc()
                return error_response(500, "Sandbox handler failed")
        if allowed:
            return error_response(405, f"Method {request.method} not allowed on {request.path}")
        return error_response(404, f"No such path in the sandbox: {request.path}")

    def _control(self, request):
        what = request.path[len("/_sandbox/"):].strip("/")
        if what == "health":
            return json_response({"ok": True, "url": self.url, "cdn_url": self.cdn_url})
        if what == "requests":
            if request.method == "DELETE":
                self.log.clear()
                return json_response({"ok": True})
            records = [{k: v for k, v in r.items() if k != "body"} for r in self.log.find()]
            return json_response(records)
        if what == "faults":
            if request.method == "DELETE":
                self.faults.clear()
            elif request.method == "POST":
                specs = request.json()
                for spec in specs if isinstance(specs, list) else [specs]:
                    self.faults.add(parse_spec(spec) if isinstance(spec, str) else None,
                                    **({} if isinstance(spec, str) else spec))
            return json_response([f.to_dict() for f in self.faults.rules()])
        return error_response(404, f"Unknown control path {request.path}")


def service_modules():
    """Every module with a ``register(sandbox)`` function: shared ones at the top
    of this package (``files``) and those of each service's package."""
    package = __name__.rsplit(".", 1)[0]
    modules = []
    for info in sorted(pkgutil.iter_modules([str(Path(__file__).parent)]), key=lambda i: i.name):
        if info.name.startswith("_") or info.name in ("server", "faults"):
            continue
        names = [f"{package}.{info.name}"]
        if info.ispkg:
            folder = Path(__file__).parent / info.name
            names = [f"{package}.{info.name}.{sub.name}" for sub in sorted(pkgutil.iter_modules([str(folder)]),
                                                                            key=lambda i: i.name)]
        for name in names:
            module = importlib.import_module(name)
            if hasattr(module, "register"):
                modules.append(module)
    return modules
