"""Paths of the plugin's bundled files (icons and styles are loaded by path)."""

from pathlib import Path

from qgis.PyQt.QtGui import QIcon

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"


def icon(name):
    return QIcon(str(RESOURCES / "icons" / name))


def style_path(name):
    return str(RESOURCES / "styles" / name)
