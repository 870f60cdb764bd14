"""The real QGIS desktop (under Xvfb) drawing the Mapillary coverage while the
server breaks some tiles off: no spelling of the token in any log tab (ours,
QGIS's Network tab) nor in QGIS's network disk cache."""

import json
import shutil
from pathlib import Path
from urllib.parse import quote, quote_plus

import pytest

from imagery_hub.sandbox.accounts import DEMO_CREDENTIALS
from imagery_hub.scripts.qgis_app import make_profile, run_qgis

SCENARIOS = Path(__file__).parent / "scenarios"
TOKEN = DEMO_CREDENTIALS["mapillary"]["secret"]

pytestmark = pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run (make test installs it)")


def spellings(secret):
    encoded = quote(secret, safe="")
    return {secret, encoded, encoded.replace("%7C", "%7c"), quote_plus(secret), secret.split("|")[-1]}


def test_no_spelling_of_the_token_in_logs_or_the_network_cache(tmp_path, sandbox):
    # one tile broken off, one never answered: QGIS logs a timeout with the request's URL
    sandbox.faults.add(kind="reset", after_bytes=10, times=1, path="/mapillary-tiles/")
    sandbox.faults.add(kind="black_hole", times=1, path="/mapillary-tiles/")
    cache = tmp_path / "network-cache"
    profiles = make_profile(tmp_path / "profiles", {"app/askToSaveMemoryLayers": "false",
                                                    "qgis/networkAndProxy/networkTimeout": "3000",  # QGIS 3.22
                                                    "network/network-timeout": "3000",  # QGIS 3.30+
                                                    "cache/directory": str(cache)})
    result_path = tmp_path / "result.json"
    env = {"IMAGERY_HUB_RESULT": str(result_path), "IMAGERY_HUB_SANDBOX_URL": sandbox.url}
    code = run_qgis(SCENARIOS / "secrets_stay_home.py", profiles, env=env, log_path=tmp_path / "qgis.log",
                    timeout=300)
    log = (tmp_path / "qgis.log").read_text(errors="replace")
    assert result_path.exists(), f"QGIS exited with {code} before the scenario finished:\n{log[-3000:]}"
    data = json.loads(result_path.read_text())
    assert data["ok"], data.get("error")
    result = data["result"]
    tiles = sandbox.log.find(path="/mapillary-tiles/")
    assert len(tiles) > 3 and all(r["headers"].get("Authorization") == f"OAuth {TOKEN}" for r in tiles)
    # the broken-off tiles were noticed and logged
    assert any("mapillary-tiles" in message for message in result["messages"]), result["messages"]
    # QGIS's network disk cache (which holds what it fetched), its settings and databases
    cached = b"".join(p.read_bytes() for p in cache.rglob("*") if p.is_file())
    assert b"/files/blob/control" in cached  # the cache works: a request without the token is in it
    profile = tmp_path / "profiles" / "profiles" / "default"
    stored = cached + b"".join(p.read_bytes() for p in profile.rglob("*") if p.is_file() and not p.is_symlink())
    texts = result["messages"] + [result["layer_source"], log]
    for spelling in spellings(TOKEN):
        assert not [t for t in texts if spelling in t], spelling
        assert spelling.encode() not in stored, spelling
    assert b"mapillary-tiles" not in cached  # requests with the token are not cached at all
    assert code == 0, f"QGIS exited with {code}:\n{log[-3000:]}"
