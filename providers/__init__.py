"""Pure Python clients of the imagery services (requests + shapely, no QGIS, no Qt).

Every client builds its HTTP session with :func:`providers.http.make_session`, so
timeouts, retries, credential scoping and downloads behave the same everywhere.
A client can be used from the QGIS Python console or a plain script::

    from imagery_hub.providers.spexi import SpexiClient
"""

import importlib
import os


def _read_version():
    """The plugin version from metadata.txt beside this package, if present."""
    path = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "metadata.txt")
    try:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("version="):
                    return line.split("=", 1)[1].strip()
    except OSError:
        pass
    return "0"


__version__ = _read_version()


def client_exports(package, names):
    """A module ``__getattr__`` for a service package: ``names`` of its ``client``
    module, imported on first use rather than with the package, so that the
    package's light modules (e.g. the choices a Processing algorithm declares)
    come without requests."""
    def __getattr__(name):  # noqa: N807 (PEP 562)
        if name in names:
            return getattr(importlib.import_module(f"{package}.client"), name)
        raise AttributeError(f"module {package!r} has no attribute {name!r}")
    return __getattr__
