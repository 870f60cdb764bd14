"""The sandbox on the wire: one HTTP/1.1 handler that records each request,
applies the fault rules (latency, status, redirect, reset, truncation,
bandwidth, chunking, malformed JSON) and answers Range requests."""

import re
import socket
import struct
import sys
import tempfile
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from .faults import chunk_framed, hold_silently, huge_image_body, parse_spec
from .messages import Request, Response, json_response

SPOOL_LIMIT = 8 * 1024 * 1024  # request bodies above this go to a temporary file
RECORD_BODY_LIMIT = 1024 * 1024  # recorded bodies are kept up to this size


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


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, address, sandbox, host_kind):
        super().__init__(address, _Handler)
        self.sandbox = sandbox
        self.host_kind = host_kind
