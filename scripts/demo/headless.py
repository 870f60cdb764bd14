"""`make demo-headless`: Imagery Hub algorithms run by ``qgis_process``, with no
display, against the sandbox.

It starts the sandbox, builds a throw-away QGIS profile with the plugin linked
in and enabled (qgis_process reads ``QGIS_CUSTOM_CONFIG_PATH`` for the profile
and loads enabled plugins whose metadata says ``hasProcessingProvider=yes``),
hands the credentials and the sandbox's URLs over in ``IMAGERY_HUB_*``
variables, and runs the steps below, printing each command. Results go to
demo-output/headless/.

Debian's /usr/bin/qgis_process is a wrapper that adds the desktop's
``--noversioncheck``, which qgis_process refuses: ``qgis_process.bin`` is run
when there is one.
"""

import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # scripts/
from plugin_package import register_plugin_package  # noqa: E402
from qgis_app import ROOT, make_profile  # noqa: E402

OUTPUT = ROOT / "demo-output" / "headless"
# the demo site
EXTENT = "-123.1264,-123.1168,49.2802,49.2852 [EPSG:4326]"


def qgis_process_command():
    for name in ("qgis_process.bin", "qgis_process"):
        path = shutil.which(name) or (f"/usr/bin/{name}" if Path(f"/usr/bin/{name}").exists() else None)
        if path:
            return [path]
    raise SystemExit("qgis_process was not found: install QGIS (scripts/setup.sh)")


def environment(profiles, sandbox_url):
    """What qgis_process needs: the profile, no display, and every service's
    sandbox URL and demo credential (variables win over stored settings)."""
    register_plugin_package()
    from imagery_hub.processing_provider.access import key_variable, url_variable, user_variable
    from imagery_hub.providers.registry import SERVICES
    from imagery_hub.sandbox.accounts import DEMO_CREDENTIALS

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QGIS_OPTS")}
    env.update(QGIS_CUSTOM_CONFIG_PATH=str(profiles), QT_QPA_PLATFORM="offscreen",
               XDG_RUNTIME_DIR=str(Path(profiles) / "runtime"))
    Path(env["XDG_RUNTIME_DIR"]).mkdir(mode=0o700, parents=True, exist_ok=True)
    for info in SERVICES:
        for key, url in info.sandbox_urls(sandbox_url).items():
            env[url_variable(info.id, key)] = url
        env[key_variable(info.id)] = DEMO_CREDENTIALS[info.id]["secret"]
    env[user_variable("imago")] = DEMO_CREDENTIALS["imago"]["username"]
    return env


def run_algorithm(algorithm, parameters, env, log=None):
    """Run one algorithm; returns qgis_process's JSON answer (inputs, log, results)."""
    command = qgis_process_command() + ["--json", "run", f"imagery_hub:{algorithm}"]
    command += [f"--{name}={value}" for name, value in parameters.items()]
    if log is not None:
        log(" ".join(shlex.quote(part) for part in ["qgis_process"] + command[1:]))
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600, check=False)
    try:
        answer = json.loads(done.stdout)
    except ValueError:
        answer = None
    if done.returncode != 0 or answer is None or "results" not in answer:
        raise RuntimeError(f"qgis_process {algorithm} failed ({done.returncode}):\n{done.stdout[-2000:]}"
                           f"\n{done.stderr[-2000:]}")
    return answer


def show(answer, outcome):
    for line in answer["log"].get("info", []):
        print(f"  {line}")
    print(f"  → {outcome}\n")


def main():
    if OUTPUT.exists():
        shutil.rmtree(OUTPUT)
    OUTPUT.mkdir(parents=True)
    register_plugin_package()
    from imagery_hub.sandbox.process import SandboxProcess

    with SandboxProcess() as sandbox:
        env = environment(make_profile(OUTPUT / "profile"), sandbox.url)
        print(f"Sandbox at {sandbox.url}; qgis_process with the profile in {OUTPUT / 'profile'}\n")
        search = run_algorithm("spexi_search", {
            "EXTENT": EXTENT, "PITCH": "nadir", "MAX_IMAGES": 12, "FOOTPRINTS": OUTPUT / "spexi_footprints.gpkg",
            "CAMERAS": OUTPUT / "spexi_cameras.gpkg"}, env, print)
        show(search, f"{search['results']['COUNT']} images: {search['results']['FOOTPRINTS']}, "
                     f"{search['results']['CAMERAS']}")
        download = run_algorithm("download_images", {
            "INPUT": OUTPUT / "spexi_footprints.gpkg", "VARIANT": "original", "FOLDER": OUTPUT / "images",
            "OUTPUT": OUTPUT / "spexi_with_paths.gpkg"}, env, print)
        results = download["results"]
        show(download, f"{results['DOWNLOADED']} images in {results['FOLDER']}, their paths in {results['OUTPUT']}")
    print(f"Output: {OUTPUT}")


if __name__ == "__main__":
    main()
