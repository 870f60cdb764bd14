"""The real QGIS desktop (under Xvfb): a country-sized extent is refused on
the Spexi and Mapillary tabs before any request; a large one asks first, and
Cancel ends the confirmed search within 2 s; QGIS then quits with code 0."""

import json
import re
import shutil
from pathlib import Path

import pytest

from imagery_hub.scripts.qgis_app import make_profile, run_qgis

SCENARIOS = Path(__file__).parent / "scenarios"

pytestmark = pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run (make test installs it)")


def test_a_huge_area_is_refused_and_a_large_one_asks_then_cancels(tmp_path, sandbox):
    sandbox.faults.add(kind="latency", delay=0.3)  # a slow service: the search runs when Cancel is pressed
    profiles = make_profile(tmp_path / "profiles")
    result_path = tmp_path / "result.json"
    env = {"IMAGERY_HUB_RESULT": str(result_path), "IMAGERY_HUB_SANDBOX_URL": sandbox.url,
           "IMAGERY_HUB_WORKSPACE": str(tmp_path / "workspace")}
    code = run_qgis(SCENARIOS / "huge_area.py", profiles, env=env, log_path=tmp_path / "qgis.log", timeout=300)
    log = (tmp_path / "qgis.log").read_text()[-3000:]
    assert result_path.exists(), f"QGIS exited with {code} before the scenario finished:\n{log}"
    data = json.loads(result_path.read_text())
    assert data["ok"], data.get("error")
    for name, entry in data["result"].items():
        print(f"{name}: Cancel to the task's end {entry['cancel_seconds']:.2f} s")
        km2 = int(re.search(r"Map extent, ([0-9,]+) km²", entry["area"]).group(1).replace(",", ""))
        assert km2 > 1_000_000  # a country, more than the 1.36 million km² of the issue
        assert entry["questions_for_country"] == [] and not entry["task_after_refusal"]
        assert "The area of interest needs about " in entry["refusal"]
        assert "draw a smaller area" in entry["refusal"]
        assert entry["question"].startswith(f"This {name} search needs about ")
        assert entry["question"].endswith("— search anyway?")
        assert entry["cancel_seconds"] < 2.0 and entry["active_tasks"] == 0
    assert set(data["result"]) == {"Spexi", "Mapillary"}
    assert code == 0, f"QGIS exited with {code}:\n{log}"
