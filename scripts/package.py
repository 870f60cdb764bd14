"""Build the plugins.qgis.org zip: one top-level folder imagery_hub/ holding the
plugin and its LICENSE, without tests, sandbox, benchmarks, dev files or caches.
Translations ship as .qm files, built here from the .ts sources (which stay
in the repository, as QGIS plugins do)."""

import argparse
import zipfile
from pathlib import Path

from translations import build as build_translations

ROOT = Path(__file__).resolve().parent.parent
INCLUDE = ["__init__.py", "plugin.py", "metadata.txt", "LICENSE", "README.md", "CHANGELOG.md",
           "providers", "core", "ui", "processing_provider", "resources"]
SKIP_PARTS = {"__pycache__"}
SKIP_SUFFIXES = {".pyc", ".pyo", ".part", ".ts"}


def plugin_files():
    for name in INCLUDE:
        path = ROOT / name
        if path.is_file():
            yield path
        elif path.is_dir():
            for item in sorted(path.rglob("*")):
                if item.is_file() and not SKIP_PARTS.intersection(item.parts) and item.suffix not in SKIP_SUFFIXES:
                    yield item


def build(output):
    build_translations()
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in plugin_files():
            archive.write(path, "imagery_hub/" + path.relative_to(ROOT).as_posix())
    return output


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", required=True)
    print(f"wrote {build(parser.parse_args().output)}")


if __name__ == "__main__":
    main()
