"""What sandbox handlers see and return: the parsed :class:`Request`, the
:class:`Response` (bytes or a file, with optional ranges) and :class:`HttpError`."""

import json
from pathlib import Path
from urllib.parse import parse_qs, urlsplit


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
