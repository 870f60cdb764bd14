"""Generic endpoints for transport tests, on both hosts.

* ``GET /files/blob/<name>?size=N&seed=S``: N deterministic bytes, Range supported.
* ``GET /files/redirect?to=<url>&status=302``: a redirect, e.g. to the other host.
* ``GET /files/echo``: the request's headers and query as JSON.
* ``GET /files/protected``: 200 only with the header ``X-Api-Key: files-key``.
"""

import random
from functools import lru_cache

from .server import Response, error_response, json_response

PROTECTED_KEY = "files-key"


@lru_cache(maxsize=32)
def blob(size, seed):
    """``size`` pseudo-random bytes, the same for the same seed; made in
    pieces, since ``randbytes`` refuses 256 MiB and more at once."""
    rng, piece = random.Random(seed), 1 << 27
    if size <= piece:
        return rng.randbytes(size)
    return b"".join(rng.randbytes(min(piece, size - start)) for start in range(0, size, piece))


def register(sandbox):
    hosts = ("main", "cdn")

    @sandbox.route("GET", r"/files/blob/(?P<name>[^/]+)", hosts)
    def get_blob(request, name):
        size = int(request.arg("size", "1024"))
        if not 0 <= size <= 512 * 1024 * 1024:
            return error_response(400, "size out of range")
        data = blob(size, request.arg("seed", name))
        return Response(data, content_type="application/octet-stream", ranges=True)

    @sandbox.route("GET", r"/files/redirect", hosts)
    def redirect(request):
        return Response(b"", status=int(request.arg("status", "302")),
                        headers={"Location": request.arg("to", "/")})

    @sandbox.route("GET", r"/files/echo", hosts)
    def echo(request):
        return json_response({"headers": dict(request.headers.items()), "query": request.query,
                              "host": request.host})

    @sandbox.route("GET", r"/files/protected", hosts)
    def protected(request):
        if request.headers.get("X-Api-Key") != PROTECTED_KEY:
            return json_response({"error": {"code": "unauthorized", "message": "Missing or wrong key"}},
                                 status=401)
        return json_response({"ok": True})
