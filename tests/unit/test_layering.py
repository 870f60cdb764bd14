"""DESIGN.md's layering, checked: each layer holds its shared modules and one
package per service; imports point one way (ui → core → providers) and a
service's package uses no other service's; providers/ is pure Python (no QGIS,
Qt or GDAL), ui/ does no HTTP, and Qt is only imported through qgis.PyQt."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SKIP = {".venv", "tests", "bench", "sandbox", "scripts", ".qgis-settings", "demo-output", "build", "dist"}
SERVICES = {"spexi", "mapillary", "mapflow", "eosda", "imago"}
LAYERS = ("providers", "core", "ui", "processing_provider", "sandbox")
# what each layer may import from the plugin (plugin.py wires them all)
MAY_IMPORT = {"providers": {"providers"}, "core": {"core", "providers"},
              "ui": {"ui", "core", "providers"},
              "processing_provider": {"processing_provider", "core", "providers"}, "sandbox": {"sandbox"}}


def imported_modules(path):
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module


def plugin_imports(path):
    """The plugin modules ``path`` imports, as dotted names below the plugin root
    (``core.mapflow.layers``), relative imports resolved."""
    package = list(path.relative_to(ROOT).parent.parts)
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if not isinstance(node, ast.ImportFrom):
            continue
        if node.level:
            base = package[:len(package) - node.level + 1]
            target = base + (node.module.split(".") if node.module else [])
        elif node.module and node.module.split(".")[0] == "imagery_hub":
            target = node.module.split(".")[1:]
        else:
            continue
        for alias in node.names:
            yield ".".join(target + [alias.name]) if not node.module else ".".join(target)


def plugin_files(folder=""):
    base = ROOT / folder if folder else ROOT
    for path in base.rglob("*.py"):
        if not SKIP.intersection(path.relative_to(ROOT).parts):
            yield path


@pytest.mark.parametrize("layer", LAYERS)
def test_each_layer_holds_shared_modules_and_one_package_per_service(layer):
    folder = ROOT / layer
    packages = {p.name for p in folder.iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert packages == SERVICES
    assert all((folder / name / "__init__.py").is_file() for name in SERVICES)
    # nothing of one service left at the top under a prefixed name
    prefixed = [p.name for p in folder.glob("*.py") if p.stem.split("_")[0] in SERVICES]
    assert prefixed == []


@pytest.mark.parametrize("layer", LAYERS)
def test_imports_point_one_way_and_services_stay_apart(layer):
    files = list((ROOT / layer).rglob("*.py"))
    assert files
    wrong_layer, cross_service = [], []
    for path in files:
        own = path.relative_to(ROOT / layer).parts
        own_service = own[0] if len(own) > 1 else None
        for module in plugin_imports(path):
            parts = module.split(".")
            if parts[0] not in MAY_IMPORT[layer]:
                wrong_layer.append((str(path.relative_to(ROOT)), module))
            service = parts[1] if len(parts) > 1 and parts[1] in SERVICES else None
            if own_service and service and service != own_service:
                cross_service.append((str(path.relative_to(ROOT)), module))
    assert wrong_layer == []
    assert cross_service == []


def test_providers_import_no_qgis_qt_or_gdal():
    offenders = [(str(p.relative_to(ROOT)), m) for p in plugin_files("providers") for m in imported_modules(p)
                 if m.split(".")[0] in ("qgis", "PyQt5", "PyQt6", "osgeo", "sip")]
    assert offenders == []


def test_providers_work_in_plain_python_without_qgis():
    """Every module of providers/, the services' packages included, imports in a
    Python where any import of QGIS, Qt or GDAL fails."""
    code = (
        "import importlib, importlib.util, pkgutil, sys\n"
        "for name in ('qgis', 'PyQt5', 'PyQt6', 'osgeo'):\n"
        "    sys.modules[name] = None  # any import of these now fails\n"
        f"spec = importlib.util.spec_from_file_location('imagery_hub', {str(ROOT / '__init__.py')!r},"
        f" submodule_search_locations=[{str(ROOT)!r}])\n"
        "pkg = importlib.util.module_from_spec(spec); sys.modules['imagery_hub'] = pkg; spec.loader.exec_module(pkg)\n"
        "import imagery_hub.providers as providers\n"
        "for info in pkgutil.walk_packages(providers.__path__, 'imagery_hub.providers.'):\n"
        "    importlib.import_module(info.name)\n"
        "    print(info.name)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    expected = {"imagery_hub." + ".".join(p.relative_to(ROOT).with_suffix("").parts).replace(".__init__", "")
                for p in plugin_files("providers") if p.parent != ROOT / "providers" or p.stem != "__init__"}
    assert set(result.stdout.split()) == expected
    assert {"imagery_hub.providers.spexi.client", "imagery_hub.providers.mapflow"} <= expected


def test_ui_does_no_http():
    offenders = [(str(p.relative_to(ROOT)), m) for p in plugin_files("ui") for m in imported_modules(p)
                 if m.split(".")[0] in ("requests", "urllib3", "http")]
    assert offenders == []


def test_qt_only_through_qgis_pyqt():
    offenders = [(str(p.relative_to(ROOT)), m) for p in plugin_files() for m in imported_modules(p)
                 if m.split(".")[0] in ("PyQt5", "PyQt6", "sip")]
    assert offenders == []


def test_service_clients_import_from_their_packages():
    """The public entry points (the README's console example) import from the
    service's package."""
    from imagery_hub.providers.eosda import EosdaClient
    from imagery_hub.providers.imago import ImagoClient
    from imagery_hub.providers.mapflow import MapflowClient
    from imagery_hub.providers.mapillary import MapillaryClient
    from imagery_hub.providers.spexi import SpexiClient
    from imagery_hub.providers.registry import SERVICES as INFOS, check_connection

    clients = (SpexiClient, MapillaryClient, MapflowClient, EosdaClient, ImagoClient)
    assert [c.__module__.rsplit(".", 2)[-2] for c in clients] == ["spexi", "mapillary", "mapflow", "eosda", "imago"]
    assert {info.module for info in INFOS} == SERVICES and callable(check_connection)
