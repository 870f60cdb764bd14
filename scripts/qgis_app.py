"""Run the real QGIS desktop with the plugin in a throw-away profile.

Used by ``make demo`` and by the tests that need the real application (plugin
load/unload in a live QGIS). A scenario is a Python file QGIS runs with
``--code``; it finds the plugin in ``qgis.utils.plugins`` and reads
``IMAGERY_HUB_*`` environment variables set here.
"""

import os
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLUGIN_NAME = "imagery_hub"


def make_profile(profiles_dir, settings=None, plugin_dir=None):
    """A fresh QGIS profiles folder with the plugin linked in and enabled.

    ``settings``: extra ``{"section/key": value}`` written into QGIS3.ini;
    ``plugin_dir``: a plugin folder to copy in (an unpacked release zip) instead
    of linking the checkout.
    """
    profiles_dir = Path(profiles_dir)
    if profiles_dir.exists():
        shutil.rmtree(profiles_dir)
    profile = profiles_dir / "profiles" / "default"
    plugins = profile / "python" / "plugins"
    plugins.mkdir(parents=True)
    if plugin_dir is None:
        (plugins / PLUGIN_NAME).symlink_to(ROOT, target_is_directory=True)
    else:
        shutil.copytree(plugin_dir, plugins / PLUGIN_NAME)
    values = {"PythonPlugins/imagery_hub": "true", "qgis/checkVersion": "false",
              "qgis/showTips322": "false", "UI/hidebrowser": "false"}
    values.update(settings or {})
    sections = {}
    for key, value in values.items():
        section, _, name = key.partition("/")
        sections.setdefault(section, []).append(f"{name}={value}")
    ini = profile / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text("".join(f"[{s}]\n" + "\n".join(lines) + "\n\n" for s, lines in sections.items()))
    return profiles_dir


def qgis_command():
    return [shutil.which("qgis") or "/usr/bin/qgis"]


def run_qgis(scenario, profiles_dir, env=None, headless=True, timeout=600, log_path=None,
             screen="1600x1000x24"):
    """Start QGIS with ``scenario`` (a .py path); under Xvfb when ``headless``.
    Returns the exit code; QGIS's output goes to ``log_path``."""
    command = qgis_command() + ["--profiles-path", str(profiles_dir), "--nologo",
                                "--noversioncheck", "--code", str(scenario)]
    if headless:
        command = ["xvfb-run", "-a", "-s", f"-screen 0 {screen}"] + command
    full_env = dict(os.environ)
    full_env.update(env or {})
    full_env.pop("QT_QPA_PLATFORM", None)  # QGIS needs a real (virtual) display here
    full_env.setdefault("XDG_RUNTIME_DIR", str(Path(profiles_dir) / "runtime"))
    Path(full_env["XDG_RUNTIME_DIR"]).mkdir(mode=0o700, parents=True, exist_ok=True)
    log = open(log_path, "w") if log_path else subprocess.DEVNULL
    try:
        return subprocess.run(command, env=full_env, stdout=log, stderr=subprocess.STDOUT,
                              timeout=timeout, check=False).returncode
    finally:
        if log_path:
            log.close()
