"""The real QGIS desktop (under Xvfb) loading and unloading the plugin."""

import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from imagery_hub.scripts.qgis_app import make_profile, run_qgis

SCENARIOS = Path(__file__).parent / "scenarios"
ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run (make test installs it)")


def run_scenario(tmp_path, name, settings=None, plugin_dir=None):
    profiles = make_profile(tmp_path / "profiles", settings, plugin_dir)
    result = tmp_path / "result.json"
    env = {"IMAGERY_HUB_RESULT": str(result), "IMAGERY_HUB_CHECKOUT": str(ROOT)}
    code = run_qgis(SCENARIOS / name, profiles, env=env,
                    log_path=tmp_path / "qgis.log", timeout=300)
    assert result.exists(), f"QGIS exited with {code} before the scenario finished:\n" + \
        (tmp_path / "qgis.log").read_text()[-3000:]
    data = json.loads(result.read_text())
    assert data["ok"], data.get("error")
    return data["result"]


def test_load_unload_twice_leaves_nothing_behind(tmp_path):
    result = run_scenario(tmp_path, "load_unload.py", {"PythonPlugins/imagery_hub": "false"})
    baseline = result["baseline"]
    assert len(result["rounds"]) == 2
    for round_ in result["rounds"]:
        loaded, unloaded = round_["loaded"], round_["unloaded"]
        # while loaded, everything is there ...
        # one button in QGIS's Web toolbar, no toolbar of its own
        assert loaded["toolbars"] == baseline["toolbars"]
        assert "ImageryHubPanelAction" in loaded["web_toolbar"]
        # shortcuts the user can change in Settings ▸ Keyboard Shortcuts
        assert loaded["shortcuts"] == ["ImageryHubDrawAction", "ImageryHubPanelAction", "ImageryHubSearchAction"]
        assert "ImageryHubDock" in loaded["docks"]
        assert "&Imagery Hub" in loaded["web_menu"]
        assert loaded["layer_menu"] == ["Use as Imagery Hub Area of Interest"]
        assert loaded["map_tool"].startswith("imagery_hub.")
        assert loaded["canvas_items"] > baseline["canvas_items"]
        assert "imagery_hub:download_images" in loaded["processing"] and baseline["processing"] == []
        # ... and after unload the window is exactly as before the first load
        assert unloaded == baseline


def test_the_release_zip_installs_and_loads(tmp_path):
    """`make package`'s zip unpacked into a profile, as the plugin manager does:
    the plugin runs from there, with its five tabs, its algorithms, and every
    style and icon it names found beside it."""
    archive = tmp_path / "imagery_hub.zip"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "package.py"), "--output", str(archive)],
                   check=True, capture_output=True)
    zipfile.ZipFile(archive).extractall(tmp_path / "unpacked")
    installed = tmp_path / "unpacked" / "imagery_hub"
    result = run_scenario(tmp_path, "packaged.py", plugin_dir=installed)
    package = Path(result["package"]).resolve()
    assert package == (tmp_path / "profiles" / "profiles" / "default" / "python" / "plugins" / "imagery_hub").resolve()
    assert Path(result["resources"]).resolve() == package / "resources"
    assert result["tabs"] == ["Spexi", "Mapillary", "Mapflow", "EOSDA", "Imago"]
    assert len(result["algorithms"]) >= 10
    assert result["styles"] and result["missing_styles"] == [] and result["bad_styles"] == []
    assert result["icons_null"] == []
