"""The real QGIS desktop (under Xvfb): a row of "All services" shows that
service's inventory rows in its tab, read by the inventory's task, with the
table and the map selecting together; Imago's paths reach a GeoPackage of
boreholes with the selection kept, and one Undo in edit mode."""

import json
import shutil
from pathlib import Path

import pytest

from imagery_hub.scripts.qgis_app import make_profile, run_qgis

SCENARIOS = Path(__file__).parent / "scenarios"

pytestmark = pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run (make test installs it)")


@pytest.fixture(scope="module")
def live(tmp_path_factory, sandbox_session):
    sandbox_session.reset()
    tmp_path = tmp_path_factory.mktemp("inventory")
    result_path = tmp_path / "result.json"
    env = {"IMAGERY_HUB_RESULT": str(result_path), "IMAGERY_HUB_SANDBOX_URL": sandbox_session.url,
           "IMAGERY_HUB_WORKSPACE": str(tmp_path)}
    code = run_qgis(SCENARIOS / "inventory_rows.py", make_profile(tmp_path / "profiles"), env=env,
                    log_path=tmp_path / "qgis.log", timeout=600)
    log = (tmp_path / "qgis.log").read_text()[-3000:]
    assert result_path.exists(), f"QGIS exited with {code} before the scenario finished:\n{log}"
    data = json.loads(result_path.read_text())
    assert data["ok"], data.get("error")
    return data["result"]


def test_a_service_row_shows_exactly_its_inventory_rows_read_by_the_task(live):
    assert set(live["services"]) == {"spexi", "mapillary", "mapflow", "eosda", "imago"}
    for service_id, seen in live["services"].items():
        print(f"{service_id}: the row click held the GUI thread {seen['click_ms']} ms ({seen['rows']} rows)")
        assert seen["tab"] == service_id
        assert seen["rows"] == seen["images"] > 2 and seen["same_ids"], (service_id, seen)
        if service_id != "imago":
            assert seen["visible"] and seen["map_to_table"] and seen["table_to_map"], (service_id, seen)
    assert live["gui_reads"] == []


def test_imago_paths_reach_a_geopackage_with_the_selection_kept_and_one_undo_in_edit_mode(live):
    assert live["imago_download"] == {"paths": 3, "stored": 3, "selected": 3, "selection_changes": 0}
    assert live["imago_download_editing"] == {"paths": 3, "stored": 0, "selected": 3, "selection_changes": 0,
                                              "undo_steps": 1, "after_undo": 0}
