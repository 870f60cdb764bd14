"""Reading an answer's body: the common JSON error shapes, and JSON bodies read
with a size cap (Content-Length first, then while reading), cancel and the
minimum speed checked every second, a malformed or broken-off body retried
like a dropped connection where the method allows. :class:`JsonAnswers` is a
part of :class:`providers.http.ServiceSession`."""

import json
from urllib.parse import urlsplit

import requests

from .errors import NetworkError, ServiceError
from .origins import strip_query
from .retries import IDEMPOTENT_METHODS
from .transfer import TransferStopped, TransferWatch, read_chunks

MAX_JSON_BYTES = 64 * 1024 * 1024
JSON_CHUNK = 256 * 1024


def default_error_parser(response):
    """(code, message) from a JSON error body of the common shapes, else (None, None)."""
    try:
        body = response.json()
    except ValueError:
        text = response.text.strip()
        return None, (text[:200] if text and "<" not in text[:1] else None)
    if isinstance(body, dict):
        inner = body.get("error") if isinstance(body.get("error"), dict) else body
        code = inner.get("code")
        message = inner.get("message") or inner.get("detail") or inner.get("error")
        if isinstance(message, (dict, list)):
            message = json.dumps(message)
        return code, message
    return None, None


class JsonAnswers:
    """JSON requests of a :class:`providers.http.ServiceSession` (which gives
    ``request``, ``sleep``, ``backoff_delay``, ``network_error``, ``redact``,
    ``max_retries``, ``max_json_bytes``, ``download_limits`` and ``service``)."""

    def request_json(self, method, url, **kwargs):
        """The parsed JSON body of a successful request. A malformed body is
        retried like a dropped connection for idempotent methods."""
        method = method.upper()
        repeatable = method in IDEMPOTENT_METHODS or kwargs.get("retry_unsafe")
        attempts = self.max_retries if repeatable else 0
        for attempt in range(attempts + 1):
            response = self.request(method, url, stream=True, **kwargs)
            try:
                with response:
                    content = self._read_capped(response)
            except TransferStopped:  # too slow: repeating it would only take as long again
                raise
            except NetworkError:  # the body broke off: like a dropped connection
                if attempt < attempts:
                    self.sleep(self.backoff_delay(attempt))
                    continue
                raise
            if response.status_code == 204 or not content:
                return None
            try:
                return json.loads(content)
            except ValueError:
                if attempt < attempts:
                    self.sleep(self.backoff_delay(attempt))
                    continue
                raise ServiceError("The service sent a response that is not valid JSON",
                                   service=self.service, status=response.status_code,
                                   details=self.redact(content[:300].decode("utf-8", "replace")),
                                   key="answer.not_json") from None

    def _read_capped(self, response):
        """The body, refused once it is larger than ``max_json_bytes``: by its
        Content-Length before reading, else as soon as the limit is passed."""
        limit = self.max_json_bytes
        length = response.headers.get("Content-Length", "")
        if limit and length.isdigit() and int(length) > limit:
            self._refuse_large(response, int(length))
        content = bytearray()
        # read as a download is: cancel and the minimum speed are checked every second
        watch = TransferWatch(self, response.url, "the answer", self.download_limits)
        try:
            for chunk in read_chunks(response, watch, JSON_CHUNK):
                content += chunk
                if limit and len(content) > limit:
                    self._refuse_large(response, None)
        except (requests.RequestException, OSError) as exc:
            raise self.network_error(exc, response.url) from None
        if length.isdigit() and len(content) < int(length):
            raise NetworkError(f"The answer from {urlsplit(response.url).netloc} was cut short",
                               service=self.service, details=f"{len(content)} of {length} bytes",
                               key="answer.cut_short", values=dict(host=urlsplit(response.url).netloc))
        return bytes(content)

    def _refuse_large(self, response, length):
        limit = f"{self.max_json_bytes / 1e6:g} MB"
        if length:
            size = f"{length / 1e6:.0f} MB"
            message, key = f"The service sent a {size} answer; at most {limit} of JSON is accepted, so it was " \
                           "refused", "answer.too_large"
        else:
            size = limit
            message, key = f"The service sent an answer over {limit}; at most {limit} of JSON is accepted, so it " \
                           "was refused", "answer.over_limit"
        raise ServiceError(message, service=self.service, key=key, values=dict(size=size, limit=limit),
                           status=response.status_code,
                           details=self.redact(f"{response.request.method} {strip_query(response.url)}"))

    def get_json(self, url, **kwargs):
        return self.request_json("GET", url, **kwargs)

    def post_json(self, url, payload=None, **kwargs):
        return self.request_json("POST", url, json=payload, **kwargs)
