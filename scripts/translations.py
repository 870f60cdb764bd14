"""The translations: ``update`` finds every marked string in the plugin's
sources with Debian's ``pylupdate5`` (pyqt5-dev-tools: Qt's own lupdate does
not read Python) and writes them into ``resources/i18n/imagery_hub_<lang>.ts``
(new strings unfinished, vanished ones dropped); ``build`` compiles each .ts
into its .qm with ``lrelease`` (qttools5-dev-tools). ``make translations`` runs
both, ``make test`` and ``make package`` the build. A new language is a new
entry in LANGUAGES."""

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("fr", "de", "es", "pt", "ru", "zh_CN", "ja")
#: where user-facing strings live (providers/ has no Qt: core/i18n.py keys its sentences)
SOURCE_DIRS = ("core", "ui", "processing_provider")
LUPDATE, LRELEASE = "pylupdate5", "lrelease"
EMPTY_TS = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="{}">\n</TS>\n'


def sources(root=ROOT):
    files = [root / "plugin.py"]
    for name in SOURCE_DIRS:
        files += sorted(p for p in (root / name).rglob("*.py") if "__pycache__" not in p.parts)
    return files


def ts_file(language, folder=I18N):
    return folder / f"imagery_hub_{language}.ts"


def tool(name):
    path = shutil.which(name)
    if path is None:
        sys.exit(f"{name} is missing: run scripts/setup.sh (Debian packages pyqt5-dev-tools, qttools5-dev-tools)")
    return path


def update(folder=I18N, root=ROOT, languages=LANGUAGES):
    """Every marked string into each language's .ts (created when missing)."""
    folder.mkdir(parents=True, exist_ok=True)
    files = [str(p.relative_to(root)) for p in sources(root)]
    for language in languages:
        ts = ts_file(language, folder)
        if not ts.exists():
            ts.write_text(EMPTY_TS.format(language), encoding="utf-8")
        # run from the root so the .ts records paths relative to it
        subprocess.run([tool(LUPDATE), "-noobsolete", *files, "-ts", str(ts.resolve())], cwd=root, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def build(folder=I18N):
    """Each .ts into its .qm beside it; returns the .qm files."""
    built = []
    for ts in sorted(folder.glob("imagery_hub_*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([tool(LRELEASE), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("steps", nargs="+", choices=("update", "build"))
    for step in parser.parse_args().steps:
        if step == "update":
            update()
        else:
            print(f"built {len(build())} translations in {I18N.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
