"""When a request is repeated: the statuses worth a retry, which methods may be
sent again, ``Retry-After`` (seconds or HTTP-date), and the announcement of
each wait to whoever listens in the waiting thread (a task's status line)."""

import email.utils
import threading
from datetime import datetime, timezone

import requests

RETRY_STATUSES = frozenset({429, 502, 503, 504})
#: statuses that mean the server did not act on the request, so a POST may be retried
NOT_PROCESSED_STATUSES = frozenset({429, 503})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


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


def not_sent(exc):
    """True when the request never reached the server, so repeating it is safe."""
    if isinstance(exc, requests.ConnectTimeout):
        return True
    reason = getattr(exc.args[0], "reason", None) if exc.args else None
    return type(reason).__name__ == "NewConnectionError"
