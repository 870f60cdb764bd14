"""The panel built on first use (issue 18): a QGIS start builds no tab and
imports no service code, yet a project opened before the panel keeps its
Mapillary coverage token, and the panel opened later shows the project's area
and results, with every layer menu entry, menu action and algorithm working."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from imagery_hub.plugin import LAYER_ACTIONS
from imagery_hub.sandbox.accounts import DEMO_CREDENTIALS
from imagery_hub.scripts.qgis_app import make_profile, run_qgis
from imagery_hub.ui.dock import ImageryHubDock


SCENARIOS = Path(__file__).parent / "scenarios"
ROOT = Path(__file__).resolve().parents[2]
live = pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run (make test installs it)")


def test_the_static_layer_menu_entries_are_the_tabs_own(context):
    dock = ImageryHubDock(context)
    try:
        declared = {(service, position): (text, layer_type) for service, position, text, layer_type in LAYER_ACTIONS}
        tabs = {(tab.service_id, position): (text, layer_type) for tab in dock.service_tabs
                for position, (text, _callback, layer_type) in enumerate(tab.layer_actions())}
        assert declared == tabs
    finally:
        dock.cleanup()


def test_a_start_imports_no_tab_and_builds_no_panel():
    """classFactory + initGui in a fresh process (a QGIS start): no widget of
    the panel exists or is imported until it is first used."""
    code = ("import json, sys\n"
            f"sys.path.insert(0, {str(ROOT / 'scripts')!r})\n"
            "from plugin_package import register_plugin_package\n"
            "register_plugin_package()\n"
            "from qgis.core import QgsApplication\n"
            "app = QgsApplication([], False); app.initQgis()\n"
            "from minimal_iface import MinimalIface\n"
            "from imagery_hub import classFactory\n"
            "plugin = classFactory(MinimalIface()); plugin.initGui()\n"
            "ui = sorted(m for m in sys.modules if m.startswith('imagery_hub.ui'))\n"
            "print(json.dumps({'ui': ui, 'dock': plugin.dock is not None, 'menu': len(plugin.layer_actions)}))\n"
            "plugin.unload()\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr
    started = json.loads(out.stdout.strip().splitlines()[-1])
    # the area entry, the tabs' entries and EOSDA's (shown on its footprints layers only)
    assert started == {"ui": [], "dock": False, "menu": 2 + len(LAYER_ACTIONS)}


def test_a_panel_left_open_is_built_again_at_start_beside_the_algorithms(tmp_path):
    """A panel left open is built again right after the start (once the event
    loop runs), and the Processing provider registered by initGui is there with
    every algorithm."""
    code = ("import json, sys, time\n"
            f"sys.path.insert(0, {str(ROOT / 'scripts')!r})\n"
            "from plugin_package import register_plugin_package\n"
            "register_plugin_package()\n"
            "from qgis.core import QgsApplication, QgsSettings\n"
            "app = QgsApplication([], False); app.initQgis()\n"
            "QgsSettings().setValue('imagery_hub/panel_open', True)\n"
            "from minimal_iface import MinimalIface\n"
            "from imagery_hub import classFactory\n"
            "plugin = classFactory(MinimalIface()); plugin.initGui()\n"
            "deadline = time.monotonic() + 120\n"
            "while (plugin.provider is None or plugin.dock is None) and time.monotonic() < deadline:\n"
            "    app.processEvents()\n"
            "    time.sleep(0.001)\n"
            "print(json.dumps({'algorithms': len(plugin.provider.algorithms()) if plugin.provider else 0,"
            " 'open': plugin.dock is not None and plugin.panel_action.isChecked()}))\n"
            "plugin.unload()\n"
            "QgsSettings().remove('imagery_hub/panel_open')\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr[-3000:]
    assert json.loads(out.stdout.strip().splitlines()[-1]) == {"algorithms": 11, "open": True}


@pytest.fixture(autouse=True)
def _panel_closed_afterwards():
    """A test that leaves the panel open would make the next start open it."""
    yield
    from qgis.core import QgsSettings

    QgsSettings().remove("imagery_hub/panel_open")


@live
def test_a_project_opened_before_the_panel_works_when_it_is_opened(tmp_path, sandbox_session):
    profiles = make_profile(tmp_path / "profiles")
    project = tmp_path / "lazy.qgz"
    env = {"IMAGERY_HUB_SANDBOX_URL": sandbox_session.url, "IMAGERY_HUB_OUTPUT": str(tmp_path),
           "IMAGERY_HUB_PROJECT": str(project), "IMAGERY_HUB_CHECKOUT": str(ROOT)}

    def run(stage):
        result = tmp_path / f"{stage}.json"
        code = run_qgis(SCENARIOS / "lazy_start.py", profiles, log_path=tmp_path / f"{stage}.log", timeout=400,
                        env={**env, "IMAGERY_HUB_STAGE": stage, "IMAGERY_HUB_RESULT": str(result)})
        assert result.exists(), f"QGIS exited with {code}:\n" + (tmp_path / f"{stage}.log").read_text()[-3000:]
        data = json.loads(result.read_text())
        assert data["ok"], data.get("error")
        return data["result"]

    saved = run("save")
    assert saved["rows"] > 0 and project.exists()
    sandbox_session.reset()
    reopened = run("reopen")
    # nothing of the panel was built while the project was read and drawn
    assert not reopened["built_at_start"] and not reopened["built_after_reading"]
    assert not reopened["built_after_provider"]
    # the coverage tiles QGIS asked for while the panel was never opened carried the token
    tiles = sandbox_session.log.find(r"^/mapillary-tiles/")
    assert tiles, "no coverage tile was requested"
    token = "OAuth " + DEMO_CREDENTIALS["mapillary"]["secret"]
    assert all(r["headers"].get("Authorization") == token for r in tiles)
    # opened: the project's area and results, the layer menu entry, the actions
    assert reopened["aoi"] == saved["aoi"] and reopened["rows"] == saved["rows"]
    assert reopened["downloaded"] == [True, True]
    assert reopened["map_tool"] == "RectangleTool" and reopened["hidden_again"]
    # EOSDA's entry on its footprints layer: there before the panel, used, then the tab's own only
    assert reopened["ndvi_entry_before_panel"] and reopened["ndvi_entries_after"] == 1
    assert "imagery_hub:download_images" in reopened["algorithms"] and len(reopened["algorithms"]) == 11


@pytest.fixture
def python_errors(monkeypatch):
    """Exceptions raised in Qt slots (PyQt hands them to sys.excepthook)."""
    errors = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, value, tb: errors.append(f"{kind.__name__}: {value}"))
    return errors


def test_closing_the_project_and_the_panel_while_results_arrive(qgis_iface, context, wait_until, sandbox,
                                                                 python_errors):
    """A Spexi search still running when the project is closed and the plugin
    unloaded (QGIS quitting): its end, the layers going and the panel's
    deletion reach no deleted table or model."""
    from qgis.core import QgsApplication, QgsGeometry, QgsProject
    from qgis.PyQt.QtCore import QCoreApplication, QEvent

    from imagery_hub import classFactory
    from imagery_hub.core.aoi import WGS84, make_aoi
    from imagery_hub.sandbox.accounts import secret
    from imagery_hub.sandbox.demo_site import AOI_WKT

    context.credentials.save("spexi", {"secret": secret("spexi")})
    sandbox.faults.add(kind="latency", delay=0.3, path="/spexi/")  # results arrive while the panel goes
    plugin = classFactory(qgis_iface)
    plugin.initGui()
    plugin.show_dock()
    plugin.dock.aoi_widget.set_aoi(make_aoi(QgsGeometry.fromWkt(AOI_WKT), WGS84))
    tab = plugin.dock.tab("spexi")
    tab.search_button.click()
    wait_until(lambda: sandbox.log.find("/spexi/"), 30, "the search to start")
    QgsProject.instance().clear()
    plugin.unload()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    wait_until(lambda: not QgsApplication.taskManager().activeTasks(), 60, "the search to end")
    QCoreApplication.processEvents()
    assert python_errors == []
    assert plugin.dock is None
