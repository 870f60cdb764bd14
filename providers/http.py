"""The one HTTP session factory every client uses.

What every request gets here, whatever the service:

* connect and read timeouts;
* bounded retries with exponential backoff and full jitter on 429, 502, 503, 504
  and connection errors, honouring ``Retry-After`` (seconds or HTTP-date);
* a User-Agent naming the plugin (and QGIS when running inside it) and QGIS's
  proxy settings, both supplied by :func:`configure` from the QGIS side;
* credentials scoped to the service's own origins: the key is attached in
  :meth:`ServiceSession.send`, which requests also calls for every redirect hop,
  so a link or redirect to S3 or a CDN goes out without it (nor with the
  service's cookies, which go by host name alone); a request with a
  body (a sign-in's password, an upload) never follows a redirect to another
  origin; a credential never goes over plain ``http://`` except to loopback;
* secrets redacted from every error text, in every spelling (:func:`spellings`);
* limits on what a server can make us do: at most ``max_redirects`` redirects,
  JSON bodies up to ``max_json_bytes`` (checked against Content-Length, then
  while reading), retry waits capped and cancellable, and the download limits
  (:class:`providers.transfer.DownloadLimits`) every download of the session keeps.

Streamed downloads live in :mod:`providers.download`.
"""

import email.utils
import ipaddress
import json
import random
import threading
import time
from datetime import datetime, timezone
from urllib.parse import parse_qsl, quote, quote_plus, urlencode, urlsplit, urlunsplit

import requests

from . import __version__
from .abort import AbortableAdapter, cancellable
from .transfer import DEFAULT_LIMITS, TransferStopped, TransferWatch, read_chunks
from .errors import (
    ImageryHubError,
    InvalidInputError,
    NetworkError,
    OperationCancelled,
    RateLimitedError,
    ServiceError,
    error_for_status,
)

RETRY_STATUSES = frozenset({429, 502, 503, 504})
#: statuses that mean the server did not act on the request, so a POST may be retried
NOT_PROCESSED_STATUSES = frozenset({429, 503})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
DEFAULT_TIMEOUT = (10.0, 60.0)
MAX_REDIRECTS = 5  # requests' own default is 30
MAX_JSON_BYTES = 64 * 1024 * 1024
JSON_CHUNK = 256 * 1024

_config = {"qgis_version": None, "proxies": None, "no_proxy": (), "download_limits": DEFAULT_LIMITS,
           "proxy_refusal": None}


def configure(qgis_version=None, proxies=None, no_proxy=(), download_limits=None, proxy_refusal=None):
    """Set what the QGIS side knows: its version (for the User-Agent), its
    proxy (``{"http": url, "https": url}``, hosts in ``no_proxy`` bypass it) and
    the download limits of its settings. ``proxy_refusal``: why the proxy set in
    QGIS cannot be used; every request that would go through it is then refused
    with that line rather than sent around it."""
    _config.update(qgis_version=qgis_version, proxies=proxies or None, no_proxy=tuple(no_proxy or ()),
                   download_limits=download_limits or DEFAULT_LIMITS, proxy_refusal=proxy_refusal)


def user_agent():
    agent = f"ImageryHub/{__version__}"
    if _config["qgis_version"]:
        agent += f" QGIS/{_config['qgis_version']}"
    return f"{agent} python-requests/{requests.__version__}"


def origin(url):
    """(scheme, host, port) of a URL, with the default port filled in."""
    parts = urlsplit(url)
    scheme = (parts.scheme or "").lower()
    port = parts.port or {"http": 80, "https": 443}.get(scheme)
    return scheme, (parts.hostname or "").lower(), port


def is_loopback(host):
    """True for localhost and 127.0.0.0/8 or ::1, where plain http never leaves the machine."""
    host = (host or "").strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url(url, what="The service URL"):
    """``url`` when it may carry a credential; refused with a one-line reason
    when it is not http(s), or plain http to a host other than this machine."""
    parts = urlsplit(url or "")
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise InvalidInputError(f"{what} must start with http:// or https:// and name a host: {url}",
                                parameter="url")
    if parts.scheme.lower() == "http" and not is_loopback(parts.hostname):
        raise InvalidInputError(f"{what} {parts.scheme}://{parts.hostname} is plain http: keys would "
                                "travel unencrypted, so only https:// is accepted (http only on this "
                                "machine: localhost, 127.0.0.1)", parameter="url")
    return url


class Credential:
    """A secret sent as headers and/or query parameters, only to its own origins."""

    def __init__(self, headers=None, params=None, scope=()):
        self.headers = dict(headers or {})
        self.params = dict(params or {})
        self.origins = {origin(url) for url in scope}

    def applies_to(self, url):
        return origin(url) in self.origins

    def secrets(self):
        values = list(self.headers.values()) + list(self.params.values())
        # also the bare token behind schemes such as "Basic <token>"
        values += [v.split(" ", 1)[1] for v in self.headers.values() if " " in v]
        return [v for v in values if v and len(v) >= 4]

    def __repr__(self):
        names = ", ".join(list(self.headers) + list(self.params))
        return f"Credential({names or 'empty'}, scope={sorted(h for _, h, _ in self.origins)})"


def spellings(secret):
    """Every way a secret may be written in a URL or a log: as it is, and
    percent-encoded (upper and lower case hex, ``+`` or ``%20`` for spaces)."""
    forms = {secret}
    for encoded in (quote(secret, safe=""), quote_plus(secret, safe=""), quote(secret)):
        forms.add(encoded)
        forms.add(_lower_hex(encoded))
    return forms


def _lower_hex(text):
    parts = text.split("%")
    return parts[0] + "".join("%" + p[:2].lower() + p[2:] for p in parts[1:])


def redact(text, secrets):
    """Text with every secret replaced by ***, in every spelling."""
    text = str(text)
    forms = {form for secret in secrets if secret for form in spellings(secret)}
    for form in sorted(forms, key=len, reverse=True):
        text = text.replace(form, "***")
    return text


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


def parse_retry_after(value, now=None):
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    now = now or datetime.now(timezone.utc)
    return max(0.0, (when - now).total_seconds())


_wait_listener = threading.local()


def listen_for_waits(callback):
    """``callback(service, seconds, status)`` hears of every wait before a retry
    that a session makes in this thread (a task's status line says what it is
    waiting for); None stops listening."""
    _wait_listener.callback = callback


def announce_wait(service, seconds, status):
    callback = getattr(_wait_listener, "callback", None)
    if callback is not None:
        callback(service, seconds, status)


class ServiceSession(requests.Session):
    """A requests session bound to one service: base URL, scoped credential,
    retries, typed errors and cooperative cancellation."""

    def __init__(self, service, base_url, credential=None, *, timeout=DEFAULT_TIMEOUT,
                 max_retries=4, backoff=0.5, max_backoff=30.0, max_retry_after=120.0,
                 error_parser=default_error_parser, cancelled=None, pool_size=10,
                 reauthenticate=None, max_redirects=MAX_REDIRECTS, max_json_bytes=MAX_JSON_BYTES,
                 download_limits=None):
        super().__init__()
        self.service = service
        self.base_url = base_url.rstrip("/")
        self.credential = credential or Credential()
        self.timeout = timeout
        self.max_retries = max_retries
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.max_retry_after = max_retry_after
        self.error_parser = error_parser
        self.cancelled = cancelled
        self.max_redirects = max_redirects  # read by requests.Session itself
        self.max_json_bytes = max_json_bytes
        self.download_limits = download_limits or _config["download_limits"]
        #: ``reauthenticate(session, response) -> bool``, asked after a 401 to renew
        #: the credential (sign in again when a session token expired); when it
        #: returns True the request is repeated once: a 401 means nothing was done
        self.reauthenticate = reauthenticate
        self._renewing = False
        self.headers["User-Agent"] = user_agent()
        if _config["proxies"]:
            self.proxies.update(_config["proxies"])
        self.proxy_refusal = _config["proxy_refusal"]
        adapter = AbortableAdapter(pool_connections=4, pool_maxsize=pool_size)
        self.mount("http://", adapter)
        self.mount("https://", adapter)

    def __repr__(self):
        return f"<ServiceSession {self.service} {self.base_url} {self.credential!r}>"

    # -- helpers -----------------------------------------------------------
    def url(self, path):
        """An absolute URL: ``path`` joined to the base URL unless already absolute."""
        if path.startswith(("http://", "https://")):
            return path
        return f"{self.base_url}/{path.lstrip('/')}"

    def redact(self, text):
        return redact(text, self.credential.secrets())

    def check_cancelled(self):
        if self.cancelled is not None and self.cancelled():
            raise OperationCancelled(service=self.service)

    def sleep(self, seconds):
        """Sleep in small steps so a cancel is noticed promptly; never longer
        than the longest Retry-After we accept, whatever was asked."""
        seconds = min(seconds, self.max_retry_after) if seconds == seconds else 0.0  # NaN: no wait
        end = time.monotonic() + seconds
        while True:
            self.check_cancelled()
            left = end - time.monotonic()
            if left <= 0:
                return
            time.sleep(min(left, 0.1))

    def backoff_delay(self, attempt):
        return random.uniform(0, min(self.max_backoff, self.backoff * (2 ** attempt)))

    # -- credential scoping (called for the first request and every redirect) --
    def send(self, request, **kwargs):
        cred = self.credential
        for name in cred.headers:
            request.headers.pop(name, None)
        in_scope = cred.applies_to(request.url)
        if cred.origins and not in_scope:  # a session cookie of the service's host is a credential too
            request.headers.pop("Cookie", None)
        if in_scope and (cred.headers or cred.params):
            check_url(request.url, f"{self.service} URL")
            request.headers.update(cred.headers)
        if cred.params:
            parts = urlsplit(request.url)
            query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                     if k not in cred.params]
            if in_scope:
                query += list(cred.params.items())
            request.url = urlunsplit(parts._replace(query=urlencode(query)))
        host = origin(request.url)[1]
        if is_loopback(host) or host in _config["no_proxy"]:
            kwargs["proxies"] = {}
        elif self.proxy_refusal:
            raise NetworkError(self.proxy_refusal, service=self.service)
        if self.cancelled is None:
            return super().send(request, **kwargs)
        with cancellable(self.cancelled):  # Cancel also ends a wait for the server's answer
            return super().send(request, **kwargs)

    def rebuild_auth(self, prepared_request, response):
        """Called by requests for every redirect hop: a body (a password, an
        upload) goes on only to the origin it was meant for. 301/302/303 have
        already turned the request into a GET without a body."""
        if prepared_request.body is not None and origin(prepared_request.url) != origin(response.request.url):
            raise ServiceError(f"{urlsplit(response.request.url).netloc} redirected a request with a body to "
                               f"{urlsplit(prepared_request.url).netloc}; it was not sent there",
                               service=self.service, status=response.status_code,
                               details=self.redact(f"{response.request.method} {_strip_query(response.url)} -> "
                                                   f"{_strip_query(prepared_request.url)}"))
        super().rebuild_auth(prepared_request, response)

    # -- requests with retries ---------------------------------------------
    def request(self, method, url, *, retry_unsafe=False, expected=None, checkpoint=None, **kwargs):
        """Send with retries. Returns the response; errors are typed.

        ``expected``: statuses that are returned rather than raised (default: any
        2xx/3xx). ``retry_unsafe``: also retry a POST/PATCH after a response
        that may have been processed (5xx, reset after sending). ``checkpoint()``
        is asked before every attempt (default: the cancel check); a download's
        limits stop retries there.
        """
        checkpoint = checkpoint or self.check_cancelled
        method = method.upper()
        url = self.url(url)
        kwargs.setdefault("timeout", self.timeout)
        may_repeat = retry_unsafe or method in IDEMPOTENT_METHODS
        attempt = 0
        renewed = False
        while True:
            checkpoint()
            try:
                response = super().request(method, url, **kwargs)
            except requests.TooManyRedirects:
                raise NetworkError(f"{urlsplit(url).netloc} redirected more than {self.max_redirects} times; "
                                   "the request was stopped", service=self.service,
                                   details=self.redact(_strip_query(url))) from None
            except requests.RequestException as exc:
                checkpoint()  # a cancelled request ends with its connection shut down: say cancelled
                if attempt < self.max_retries and (may_repeat or _not_sent(exc)):
                    self.sleep(self.backoff_delay(attempt))
                    attempt += 1
                    continue
                raise self.network_error(exc, url) from None
            status = response.status_code
            if status in RETRY_STATUSES and attempt < self.max_retries and (
                    may_repeat or status in NOT_PROCESSED_STATUSES):
                wait = parse_retry_after(response.headers.get("Retry-After"))
                if wait is None:
                    wait = self.backoff_delay(attempt)
                if wait <= self.max_retry_after:
                    response.close()
                    announce_wait(self.service, wait, status)
                    self.sleep(wait)
                    attempt += 1
                    continue
            if status == 401 and not renewed and self._renew_credential(response):
                renewed = True
                response.close()
                continue
            if expected is not None and status in expected:
                return response
            if status >= 400:
                raise self.error_from_response(response)
            return response

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
                                   details=self.redact(content[:300].decode("utf-8", "replace"))) from None

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
                               service=self.service, details=f"{len(content)} of {length} bytes")
        return bytes(content)

    def _refuse_large(self, response, length):
        limit = f"{self.max_json_bytes / 1e6:g} MB"
        size = f"a {length / 1e6:.0f} MB answer" if length else f"an answer over {limit}"
        raise ServiceError(f"The service sent {size}; at most {limit} of JSON is accepted, so it was refused",
                           service=self.service,
                           status=response.status_code,
                           details=self.redact(f"{response.request.method} {_strip_query(response.url)}"))

    def _renew_credential(self, response):
        # not while renewing: the sign-in request itself may answer 401
        if self.reauthenticate is None or self._renewing:
            return False
        self._renewing = True
        try:
            return bool(self.reauthenticate(self, response))
        finally:
            self._renewing = False

    def get_json(self, url, **kwargs):
        return self.request_json("GET", url, **kwargs)

    def post_json(self, url, payload=None, **kwargs):
        return self.request_json("POST", url, json=payload, **kwargs)

    # -- errors ------------------------------------------------------------
    def error_from_response(self, response):
        status = response.status_code
        parsed = self.error_parser(response) if self.error_parser else (None, None)
        code, message, cls = (tuple(parsed) + (None,))[:3]
        cls = cls or error_for_status(status)
        kwargs = dict(service=self.service, code=code, status=status,
                      details=self.redact(f"{response.request.method} {_strip_query(response.url)}"))
        if cls is RateLimitedError:
            kwargs["retry_after"] = parse_retry_after(response.headers.get("Retry-After"))
        return cls(self.redact(message or cls.kind), **kwargs)

    def network_error(self, exc, url):
        host = urlsplit(url).netloc
        if isinstance(exc, requests.Timeout):
            message = f"No answer from {host} in time"
        elif isinstance(exc, requests.ConnectionError):
            message = f"Could not reach {host}"
        else:
            message = f"Request to {host} failed"
        return NetworkError(message, service=self.service, details=self.redact(repr(exc)))


def _strip_query(url):
    """A URL without its query string, for messages (queries may carry secrets)."""
    return urlunsplit(urlsplit(url)._replace(query=""))


def _not_sent(exc):
    """True when the request never reached the server, so repeating it is safe."""
    if isinstance(exc, requests.ConnectTimeout):
        return True
    reason = getattr(exc.args[0], "reason", None) if exc.args else None
    return type(reason).__name__ == "NewConnectionError"


def make_session(service, base_url, credential=None, **options):
    """The session every client uses; see :class:`ServiceSession` for options."""
    return ServiceSession(service, base_url, credential, **options)


__all__ = [
    "Credential", "ServiceSession", "make_session", "configure", "user_agent", "redact", "spellings",
    "check_url", "is_loopback",
    "parse_retry_after", "origin", "ImageryHubError",
]
