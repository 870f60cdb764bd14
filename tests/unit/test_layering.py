"""DESIGN.md's layering, checked: providers/ is pure Python (no QGIS, Qt or GDAL),
ui/ does no HTTP, and Qt is only imported through qgis.PyQt."""

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SKIP = {".venv", "tests", "bench", "sandbox", "scripts", ".qgis-settings", "demo-output", "build", "dist"}


def imported_modules(path):
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module


def plugin_files(folder=""):
    base = ROOT / folder if folder else ROOT
    for path in base.rglob("*.py"):
        if not SKIP.intersection(path.relative_to(ROOT).parts):
            yield path


def test_providers_import_no_qgis_qt_or_gdal():
    offenders = [(p.name, m) for p in plugin_files("providers") for m in imported_modules(p)
                 if m.split(".")[0] in ("qgis", "PyQt5", "PyQt6", "osgeo", "sip")]
    assert offenders == []


def test_providers_work_in_plain_python_without_qgis():
    code = (
        "import importlib.util, pkgutil, sys\n"
        "for name in ('qgis', 'PyQt5', 'PyQt6', 'osgeo'):\n"
        "    sys.modules[name] = None  # any import of these now fails\n"
        f"spec = importlib.util.spec_from_file_location('imagery_hub', {str(ROOT / '__init__.py')!r},"
        f" submodule_search_locations=[{str(ROOT)!r}])\n"
        "pkg = importlib.util.module_from_spec(spec); sys.modules['imagery_hub'] = pkg; spec.loader.exec_module(pkg)\n"
        "import imagery_hub.providers as providers\n"
        "for info in pkgutil.iter_modules(providers.__path__):\n"
        "    importlib.import_module('imagery_hub.providers.' + info.name)\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.stdout.strip() == "ok", result.stderr


def test_ui_does_no_http():
    offenders = [(p.name, m) for p in plugin_files("ui") for m in imported_modules(p)
                 if m.split(".")[0] in ("requests", "urllib3", "http")]
    assert offenders == []


def test_qt_only_through_qgis_pyqt():
    offenders = [(str(p.relative_to(ROOT)), m) for p in plugin_files() for m in imported_modules(p)
                 if m.split(".")[0] in ("PyQt5", "PyQt6", "sip")]
    assert offenders == []
