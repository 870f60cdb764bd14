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

The parts live beside it: :mod:`providers.origins` (credential scope, allowed
URLs, redaction), :mod:`providers.retries` (what is retried, ``Retry-After``,
wait announcements) and :mod:`providers.answers` (error bodies, capped JSON
bodies). Streamed downloads live in :mod:`providers.download`.
"""

import random
import time
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import requests

from . import __version__
from .abort import AbortableAdapter, cancellable
from .answers import MAX_JSON_BYTES, JsonAnswers, default_error_parser
from .errors import ImageryHubError, NetworkError, OperationCancelled, RateLimitedError, ServiceError, error_for_status
from .origins import Credential, check_url, is_loopback, origin, redact, spellings, strip_query
from .retries import (
    IDEMPOTENT_METHODS,
    NOT_PROCESSED_STATUSES,
    RETRY_STATUSES,
    announce_wait,
    listen_for_waits,
    not_sent,
    parse_retry_after,
)
from .transfer import DEFAULT_LIMITS

DEFAULT_TIMEOUT = (10.0, 60.0)
MAX_REDIRECTS = 5  # requests' own default is 30

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


class ServiceSession(JsonAnswers, requests.Session):
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
                               details=self.redact(f"{response.request.method} {strip_query(response.url)} -> "
                                                   f"{strip_query(prepared_request.url)}"),
                               key="http.redirected_body", values=dict(host=urlsplit(response.request.url).netloc,
                                                                       target=urlsplit(prepared_request.url).netloc))
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
                                   details=self.redact(strip_query(url)),
                                   key="http.redirects",
                                   values=dict(host=urlsplit(url).netloc, count=str(self.max_redirects))) from None
            except requests.RequestException as exc:
                checkpoint()  # a cancelled request ends with its connection shut down: say cancelled
                if attempt < self.max_retries and (may_repeat or not_sent(exc)):
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

    def _renew_credential(self, response):
        # not while renewing: the sign-in request itself may answer 401
        if self.reauthenticate is None or self._renewing:
            return False
        self._renewing = True
        try:
            return bool(self.reauthenticate(self, response))
        finally:
            self._renewing = False

    # -- errors ------------------------------------------------------------
    def error_from_response(self, response):
        status = response.status_code
        parsed = self.error_parser(response) if self.error_parser else (None, None)
        code, message, cls = (tuple(parsed) + (None,))[:3]
        cls = cls or error_for_status(status)
        kwargs = dict(service=self.service, code=code, status=status,
                      details=self.redact(f"{response.request.method} {strip_query(response.url)}"))
        if cls is RateLimitedError:
            kwargs["retry_after"] = parse_retry_after(response.headers.get("Retry-After"))
        return cls(self.redact(message or cls.kind), **kwargs)

    def network_error(self, exc, url):
        host = urlsplit(url).netloc
        if isinstance(exc, requests.Timeout):
            message, key = f"No answer from {host} in time", "network.timeout"
        elif isinstance(exc, requests.ConnectionError):
            message, key = f"Could not reach {host}", "network.unreachable"
        else:
            message, key = f"Request to {host} failed", "network.failed"
        return NetworkError(message, service=self.service, details=self.redact(repr(exc)), key=key,
                            values={"host": host})


def make_session(service, base_url, credential=None, **options):
    """The session every client uses; see :class:`ServiceSession` for options."""
    return ServiceSession(service, base_url, credential, **options)


__all__ = [
    "Credential", "ServiceSession", "make_session", "configure", "user_agent", "redact", "spellings",
    "check_url", "is_loopback", "listen_for_waits", "announce_wait",
    "parse_retry_after", "origin", "ImageryHubError",
]
