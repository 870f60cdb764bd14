"""The real QGIS desktop (under Xvfb) quit by the user after each service's main
action against the sandbox: QGIS exits with code 0 and no Python error."""

import json
import shutil
import urllib.request
from pathlib import Path

import pytest

from imagery_hub.sandbox.process import SandboxProcess
from imagery_hub.scripts.qgis_app import make_profile, run_qgis

SCENARIOS = Path(__file__).parent / "scenarios"
ROOT = Path(__file__).resolve().parents[2]

# QGIS asks before dropping temporary (memory) layers on exit; this test is about what follows
NO_QUESTIONS = {"app/askToSaveMemoryLayers": "false"}

pytestmark = pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run (make test installs it)")


@pytest.fixture(scope="module")
def sandbox():
    with SandboxProcess() as running:
        yield running


def quit_after(tmp_path, sandbox, action):
    """Run ``action`` in a live QGIS, then Project → Exit: (exit code, errors, result)."""
    profiles = make_profile(tmp_path / "profiles", NO_QUESTIONS)
    result, errors = tmp_path / "result.json", tmp_path / "errors.txt"
    env = {"IMAGERY_HUB_RESULT": str(result), "IMAGERY_HUB_ERRORS": str(errors), "IMAGERY_HUB_ACTION": action,
           "IMAGERY_HUB_SANDBOX_URL": sandbox.url, "IMAGERY_HUB_OUTPUT": str(tmp_path / "output"),
           "IMAGERY_HUB_CHECKOUT": str(ROOT)}
    log = tmp_path / "qgis.log"
    code = run_qgis(SCENARIOS / "quit_after.py", profiles, env=env, log_path=log, timeout=300)
    assert result.exists(), f"QGIS exited with {code} before the scenario finished:\n" + log.read_text()[-3000:]
    outcome = json.loads(result.read_text())
    assert outcome["ok"], outcome.get("error")
    return code, errors.read_text() if errors.exists() else "", log.read_text()[-3000:]


@pytest.mark.parametrize("action", ["coverage", "spexi_search", "mapillary_download", "mapflow_processing",
                                    "eosda_search", "imago_sign_in"])
def test_quitting_qgis_after_the_main_action_is_clean(tmp_path, sandbox, action):
    code, errors, log = quit_after(tmp_path, sandbox, action)
    assert errors == "", f"Python errors on the way out:\n{errors}"
    assert code == 0, f"QGIS exited with {code}:\n{log}"


def test_after_unload_nothing_of_the_plugin_reaches_the_network_or_the_layers(tmp_path, sandbox):
    """Coverage shown and a Spexi search done, then the plugin is disabled: a
    request under the tiles URL goes out without the token, its result layers can
    be selected and removed without a Python error, and QGIS then quits with 0."""
    code, errors, log = quit_after(tmp_path, sandbox, "unload_after_use")
    assert errors == "", f"Python errors after unload:\n{errors}"
    with urllib.request.urlopen(f"{sandbox.url}/_sandbox/requests") as answer:
        probes = [r for r in json.load(answer) if r["path"].endswith("/after-unload")]
    assert probes and "Authorization" not in probes[0]["headers"] and "access_token" not in probes[0]["query"]
    assert code == 0, f"QGIS exited with {code}:\n{log}"
