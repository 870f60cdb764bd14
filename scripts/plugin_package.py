"""The plugin folder as the package ``imagery_hub``, whatever the checkout is
called, for scripts and benchmarks run as plain files (tests/conftest.py does
the same for pytest, before anything else is imported)."""

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def register_plugin_package():
    if "imagery_hub" not in sys.modules:
        spec = importlib.util.spec_from_file_location("imagery_hub", ROOT / "__init__.py",
                                                      submodule_search_locations=[str(ROOT)])
        sys.modules["imagery_hub"] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(sys.modules["imagery_hub"])
    return sys.modules["imagery_hub"]
