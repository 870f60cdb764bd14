"""Paths of the plugin's bundled files (icons and styles are loaded by path)."""

from pathlib import Path

from qgis.PyQt.QtGui import QIcon

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"


def icon(name):
    return QIcon(str(RESOURCES / "icons" / name))


def style_path(name):
    return str(RESOURCES / "styles" / name)


def homepage():
    """The plugin's home page, as metadata.txt gives it (the README is shown there)."""
    for line in (ROOT / "metadata.txt").read_text(encoding="utf-8").splitlines():
        key, _, value = line.partition("=")
        if key.strip() == "homepage":
            return value.strip().rstrip("/")
    return ""


def help_url(section):
    """The README section ``section`` (a GitHub heading anchor) on the home page."""
    return f"{homepage()}#{section}" if section else homepage()
