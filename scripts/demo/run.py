"""`make demo`: the sandbox plus QGIS in a throw-away profile, ready to search.

With a display, QGIS opens on it and stays open for you to explore (the demo
scenario sets everything up first). Without one, the same scenario runs under
Xvfb, scripted, and leaves screenshots and the GeoPackage in demo-output/.
"""

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # scripts/
from plugin_package import register_plugin_package  # noqa: E402
from qgis_app import make_profile, run_qgis  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
OUTPUT = ROOT / "demo-output"


def main():
    OUTPUT.mkdir(exist_ok=True)
    headless = not os.environ.get("DISPLAY") or os.environ.get("IMAGERY_HUB_DEMO_HEADLESS") == "1"
    register_plugin_package()
    from imagery_hub.sandbox.process import SandboxProcess

    with SandboxProcess() as sandbox:
        profiles = make_profile(OUTPUT / "profile")
        result = OUTPUT / "result.json"
        result.unlink(missing_ok=True)
        env = {"IMAGERY_HUB_SANDBOX_URL": sandbox.url, "IMAGERY_HUB_DEMO_OUTPUT": str(OUTPUT),
               "IMAGERY_HUB_RESULT": str(result), "IMAGERY_HUB_DEMO_INTERACTIVE": "0" if headless else "1"}
        print(f"Sandbox at {sandbox.url}; starting QGIS {'under Xvfb' if headless else 'on ' + os.environ['DISPLAY']}")
        code = run_qgis(ROOT / "scripts" / "demo" / "scenario.py", profiles, env=env, headless=headless,
                        timeout=1800 if headless else None, log_path=OUTPUT / "qgis.log")
    if not result.exists():
        raise SystemExit(f"QGIS exited ({code}) before the demo finished; see {OUTPUT / 'qgis.log'}")
    outcome = json.loads(result.read_text())
    if not outcome["ok"]:
        raise SystemExit(f"The demo failed:\n{outcome.get('error')}")
    for line in outcome["result"].get("summary", []):
        print(line)
    print(f"Screenshots and GeoPackage: {OUTPUT}")


if __name__ == "__main__":
    main()
