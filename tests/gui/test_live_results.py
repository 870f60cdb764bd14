"""The real QGIS desktop (under Xvfb) on a 1366×768 laptop screen: after a
search on each tab the results table and its main buttons are on screen; the
project saved and reopened brings back the area, the tables and the preview;
a cancelled search says "cancelled" once."""

import json
import shutil
from pathlib import Path

import pytest

from imagery_hub.scripts.qgis_app import make_profile, run_qgis

SCENARIOS = Path(__file__).parent / "scenarios"
LAPTOP = "1366x768x24"
#: rows a table must show at the least for the user to work in it
TABLE_ROOM = 90

pytestmark = pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run (make test installs it)")


@pytest.fixture(scope="module")
def laptop_run(tmp_path_factory, sandbox_session):
    sandbox_session.reset()
    tmp_path = tmp_path_factory.mktemp("laptop")
    # QGIS notifies about every task that ends (5 s and longer by default): ours must not show
    profiles = make_profile(tmp_path / "profiles", {"General/minTaskLengthForSystemNotification": "0"})
    result_path = tmp_path / "result.json"
    env = {"IMAGERY_HUB_RESULT": str(result_path), "IMAGERY_HUB_SANDBOX_URL": sandbox_session.url,
           "IMAGERY_HUB_WORKSPACE": str(tmp_path)}
    code = run_qgis(SCENARIOS / "results_on_screen.py", profiles, env=env, log_path=tmp_path / "qgis.log",
                    timeout=600, screen=LAPTOP)
    log = (tmp_path / "qgis.log").read_text()[-3000:]
    assert result_path.exists(), f"QGIS exited with {code} before the scenario finished:\n{log}"
    data = json.loads(result_path.read_text())
    assert data["ok"], data.get("error")
    return data["result"]


def test_after_a_search_the_table_and_its_buttons_are_on_a_laptop_screen(laptop_run):
    assert laptop_run["screen"] == [1366, 768]
    assert laptop_run["selector"]["width"] <= laptop_run["selector"]["room"]  # no scroll arrows
    assert set(laptop_run["tabs"]) == {"spexi", "mapillary", "eosda", "imago", "mapflow"}
    for service, widgets in laptop_run["tabs"].items():
        for name, place in widgets.items():
            assert place["visible"] and place["inside_screen"], (service, name, place)
            if name == "table":
                assert place["shown"][1] >= TABLE_ROOM, (service, place)
            else:  # a button shown whole
                assert place["shown"] == place["size"], (service, name, place)


def test_a_reopened_project_brings_back_the_area_the_tables_and_the_preview(laptop_run):
    assert laptop_run["saved"]
    assert laptop_run["after_close"] == {"aoi": True, "rows": 0}
    assert laptop_run["aoi_after"] == laptop_run["aoi_before"]
    assert laptop_run["reopened_rows"] == {"spexi": laptop_run["spexi_rows"],
                                           "mapillary": laptop_run["mapillary_rows"]}
    assert laptop_run["reopened_selected"] == laptop_run["spexi_selected"]


def test_a_cancelled_search_says_cancelled_once(laptop_run):
    messages = laptop_run["after_cancel"]
    assert len([m for m in messages if "cancel" in m.lower()]) == 1, messages
    assert not [m for m in messages if m.startswith(("Task failed", "Task complete"))], messages
