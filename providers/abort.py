"""Cancel reaches a request that is blocked in the operating system.

A task's Cancel is polled (``session.cancelled()``) between steps, and bodies are
read with a short timeout (:mod:`providers.transfer`), but some waits cannot be
sliced that way: a server that accepts the connection and never sends its
headers, a chunked body that stalls, an upload the server stops reading. While
a request is sent and its answer awaited, its connection is watched here: one
small thread polls the cancel of every watched request every
:data:`POLL_SECONDS` and shuts the connection's socket down when it is set, so
the blocked call returns at once with a connection error, which the session
turns into "cancelled".

Only the socket is shut down (the plain socket call, also under TLS), never
closed: the thread that owns it closes it, as usual.
"""

import socket
import threading
from contextlib import contextmanager

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

POLL_SECONDS = 0.2

_current = threading.local()  # the cancel callable of the request this thread is sending


class _Watcher:
    """Connections being used, with the cancel of the request using each."""

    def __init__(self):
        self._watched = {}  # connection -> cancelled()
        self._wake = threading.Condition()
        self._thread = None

    def add(self, connection, cancelled):
        with self._wake:
            self._watched[connection] = cancelled
            if self._thread is None:  # started on demand, ends when nothing is watched
                self._thread = threading.Thread(target=self._run, name="imagery-hub-cancel", daemon=True)
                self._thread.start()

    def remove(self, connection):
        with self._wake:
            self._watched.pop(connection, None)

    def _run(self):
        with self._wake:
            while self._watched:
                for connection, cancelled in list(self._watched.items()):
                    if _is_set(cancelled):
                        _shut_down(connection)
                        del self._watched[connection]
                self._wake.wait(POLL_SECONDS)
            self._thread = None


WATCHER = _Watcher()


def _is_set(cancelled):
    try:
        return bool(cancelled())
    except Exception:  # noqa: BLE001 - a task deleted meanwhile: nothing to wait for
        return True


def _shut_down(connection):
    sock = getattr(connection, "sock", None)
    if sock is None:
        return
    try:
        socket.socket.shutdown(sock, socket.SHUT_RDWR)  # the fd, not the TLS layer's own shutdown
    except OSError:
        pass  # already closed or never connected


class _Watched:
    """Send and await an answer with the connection watched."""

    def request(self, *args, **kwargs):
        with _watching(self):
            return super().request(*args, **kwargs)

    def request_chunked(self, *args, **kwargs):  # urllib3 1.x sends iterable bodies here
        with _watching(self):
            return super().request_chunked(*args, **kwargs)

    def getresponse(self, *args, **kwargs):
        with _watching(self):
            return super().getresponse(*args, **kwargs)


@contextmanager
def _watching(connection, cancelled=None):
    """Watch ``connection`` for the cancel given, or the one this thread sends under."""
    cancelled = cancelled or getattr(_current, "cancelled", None)
    if cancelled is None or connection is None:
        yield
        return
    WATCHER.add(connection, cancelled)
    try:
        yield
    finally:
        WATCHER.remove(connection)


def watching_body(response, cancelled):
    """``with watching_body(response, cancelled):`` read a streamed body whose
    reads cannot be given a short timeout (chunked framing)."""
    return _watching(getattr(response.raw, "_connection", None) if cancelled else None, cancelled)


class _Connection(_Watched, HTTPConnection):
    pass


class _TLSConnection(_Watched, HTTPSConnection):
    pass


class _Pool(HTTPConnectionPool):
    ConnectionCls = _Connection


class _TLSPool(HTTPSConnectionPool):
    ConnectionCls = _TLSConnection


_POOLS = {"http": _Pool, "https": _TLSPool}


class AbortableAdapter(HTTPAdapter):
    """An adapter whose connections are watched while a cancellable request uses them."""

    def init_poolmanager(self, *args, **kwargs):
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _POOLS

    def proxy_manager_for(self, proxy, **kwargs):
        manager = super().proxy_manager_for(proxy, **kwargs)
        if not proxy.lower().startswith("socks"):  # SOCKS managers bring their own connections
            manager.pool_classes_by_scheme = _POOLS
        return manager


@contextmanager
def cancellable(cancelled):
    """``with cancellable(cancelled): session.send(...)``: the requests this
    thread sends inside the block are aborted when ``cancelled()`` turns true."""
    previous = getattr(_current, "cancelled", None)
    _current.cancelled = cancelled
    try:
        yield
    finally:
        _current.cancelled = previous
