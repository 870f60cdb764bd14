"""`make package`: the zip plugins.qgis.org accepts, and metadata.txt as it expects."""

import configparser
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REQUIRED = ("name", "qgisMinimumVersion", "qgisMaximumVersion", "description", "about", "version",
            "author", "email", "repository", "tracker", "homepage", "tags", "category", "icon", "changelog")


def metadata():
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    return parser["general"]


def test_metadata_has_what_the_plugin_site_needs():
    meta = metadata()
    assert [key for key in REQUIRED if not meta.get(key, "").strip()] == []
    assert meta["name"] == "Imagery Hub" and meta["category"] == "Web"
    assert meta["qgisMinimumVersion"] == "3.22" and meta["qgisMaximumVersion"] == "4.99"
    assert (ROOT / meta["icon"]).is_file() and meta["icon"].endswith(".svg")


def test_zip_has_one_folder_with_plugin_and_license_only(tmp_path):
    output = tmp_path / "imagery_hub.zip"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "package.py"), "--output", str(output)], check=True,
                   capture_output=True)
    names = zipfile.ZipFile(output).namelist()
    assert {name.split("/")[0] for name in names} == {"imagery_hub"}
    for required in ("LICENSE", "metadata.txt", "__init__.py", "plugin.py", "providers/http.py",
                     "providers/spexi/client.py", "resources/styles/spexi_footprints.qml", metadata()["icon"]):
        assert f"imagery_hub/{required}" in names
    # every service's package in every shipped layer
    for layer in ("providers", "core", "ui", "processing_provider"):
        for service in ("spexi", "mapillary", "mapflow", "eosda", "imago"):
            assert f"imagery_hub/{layer}/{service}/__init__.py" in names
    # the compiled translations, built from the .ts sources, which stay home
    assert sorted(n.rsplit("/", 1)[1] for n in names if n.startswith("imagery_hub/resources/i18n/")) == \
        [f"imagery_hub_{code}.qm" for code in ("de", "es", "fr", "ja", "pt", "ru", "zh_CN")]
    forbidden = ("tests/", "sandbox/", "bench/", "scripts/", ".ci/", "Makefile", "__pycache__", ".pyc",
                 "requirements", "pytest.ini", ".venv", "demo-output", ".ts")
    assert [n for n in names if any(f in n for f in forbidden)] == []
    # what is zipped compiles (nothing half-copied)
    with zipfile.ZipFile(output) as archive:
        for name in names:
            if name.endswith(".py"):
                compile(archive.read(name), name, "exec")
