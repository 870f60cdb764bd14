"""Screenshots of every tab in its main state, on a laptop screen (1366×768)
and a desktop one (1920×1080), into docs/screenshots/<size>/; then the panel in
French and in Japanese on the laptop screen (``fr-*.png``, ``ja-*.png``: the
overview after "All services", the Spexi tab after a search, the settings).

Runs the live scenarios of tests/gui/test_live_results.py (the sandbox, a search
on each tab) and tests/gui/test_localized_qgis.py (QGIS's locale overridden) in
QGIS under Xvfb: ``python scripts/screenshots.py``.
"""

import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from plugin_package import register_plugin_package  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SCENARIOS = ROOT / "tests" / "gui" / "scenarios"
SCENARIO = SCENARIOS / "results_on_screen.py"
SIZES = ("1366x768", "1920x1080")
TABS = ("spexi", "mapillary", "mapflow", "eosda", "imago")
#: the panel in other languages, at the first size
LANGUAGES = ("fr", "ja")
LOCALIZED = ("overview", "spexi", "settings")


def main():
    register_plugin_package()
    from imagery_hub.sandbox import Sandbox
    from imagery_hub.scripts.qgis_app import make_profile, run_qgis

    with Sandbox() as sandbox, tempfile.TemporaryDirectory() as scratch:
        for size in SIZES:
            work = Path(scratch) / size
            shots = ROOT / "docs" / "screenshots" / size
            shots.mkdir(parents=True, exist_ok=True)
            env = {"IMAGERY_HUB_RESULT": str(work / "result.json"), "IMAGERY_HUB_SANDBOX_URL": sandbox.url,
                   "IMAGERY_HUB_WORKSPACE": str(work), "IMAGERY_HUB_SHOTS": str(shots),
                   "IMAGERY_HUB_LAYOUT_ONLY": "1"}
            work.mkdir(parents=True)
            code = run_qgis(SCENARIO, make_profile(work / "profiles"), env=env, log_path=work / "qgis.log",
                            timeout=600, screen=f"{size}x24")
            missing = [t for t in TABS if not (shots / f"{t}.png").exists()]
            if code or missing:
                shutil.copy(work / "qgis.log", ROOT / f"screenshots-{size}.log")
                sys.exit(f"{size}: QGIS exited with {code}, missing {missing}")
            for tab in TABS:
                shrink(shots / f"{tab}.png")
            print(f"{size}: {', '.join(str(shots / f'{t}.png') for t in TABS)}")
        for language in LANGUAGES:
            localized(sandbox, Path(scratch) / language, ROOT / "docs" / "screenshots" / SIZES[0], language)


def localized(sandbox, work, shots, language):
    """The panel with QGIS's locale overridden to ``language`` (as Settings →
    Options → General does), at the first size."""
    from imagery_hub.scripts.qgis_app import make_profile, run_qgis

    sandbox.reset()
    work.mkdir(parents=True)
    env = {"IMAGERY_HUB_RESULT": str(work / "result.json"), "IMAGERY_HUB_SANDBOX_URL": sandbox.url,
           "IMAGERY_HUB_WORKSPACE": str(work), "IMAGERY_HUB_SHOTS": str(shots)}
    profiles = make_profile(work / "profiles", {"locale/overrideFlag": "true", "locale/userLocale": language,
                                                "locale/globalLocale": language})
    code = run_qgis(SCENARIOS / "localized.py", profiles, env=env, log_path=work / "qgis.log", timeout=600,
                    screen=f"{SIZES[0]}x24")
    names = [shots / f"{language}-{what}.png" for what in LOCALIZED]
    missing = [path.name for path in names if not path.exists()]
    if code or missing:
        shutil.copy(work / "qgis.log", ROOT / f"screenshots-{language}.log")
        sys.exit(f"{language}: QGIS exited with {code}, missing {missing}")
    for path in names:
        shrink(path)
    print(f"{language}: {', '.join(map(str, names))}")


def shrink(path):
    """256 colours, about a third of the bytes, no visible loss on a screenshot."""
    from PIL import Image

    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT,
                                              dither=Image.Dither.NONE)
    small.save(path, optimize=True)


if __name__ == "__main__":
    main()
