"""The sandbox HTTP server: routing, the control paths, the service modules.

One :class:`Sandbox` serves every service on one 127.0.0.1 port, each under its
own path prefix (``/spexi``, ``/mapflow``...), plus a second port that plays a
foreign host (S3, a CDN, a preview server) where no credential may arrive.
Service modules in this package register their routes with :meth:`Sandbox.route`.
The request and response types are in ``messages.py``, the wire (recording,
faults, ranges) in ``wire.py``.
"""

import importlib
import pkgutil
import re
import threading
import traceback
from pathlib import Path

from .faults import FaultSet, parse_spec
from .messages import HttpError, Request, Response, error_response, json_response  # noqa: F401 (handlers import them here)
from .request_log import RequestLog
from .wire import Server


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
        self._servers = [Server((host, port), self, "main"), Server((host, cdn_port), self, "cdn")]
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
        if info.name.startswith("_") or info.name in ("server", "faults", "messages", "wire"):
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
