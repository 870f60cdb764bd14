"""Live QGIS with its locale overridden (the profile sets locale/userLocale):
the panel after an "All services" search over the demo site, each of its tabs
in turn, then the settings dialog, each of its pages. Every text a user can
see there is listed — labels, buttons, tooltips, placeholders, group titles,
headers, combo and list items, actions — with the module of the plugin's
widget it sits in, for the test to look for English. With IMAGERY_HUB_SHOTS,
screenshots of the panel (scripts/screenshots.py): the overview and the
Spexi tab, named ``<locale>-<what>.png``.

QGIS's own widgets inside ours (a file picker's button) speak QGIS's
language and are left out; line edits' contents are user data (and secrets)
and are never read."""

import os
from pathlib import Path

from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry, \
    QgsProject, QgsRectangle
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)
from qgis.utils import iface, plugins

from imagery_hub.core.aoi import WGS84, make_aoi
from imagery_hub.providers.registry import SERVICES
from imagery_hub.sandbox.accounts import DEMO_CREDENTIALS
from imagery_hub.sandbox.demo_site import AOI_WKT, EXTENT
from imagery_hub.scripts.demo.common import add_basemap
from imagery_hub.scripts.scenario import drive, grab, map_drawn, until
from imagery_hub.ui.settings_dialog import SettingsDialog

OUTPUT = Path(os.environ["IMAGERY_HUB_WORKSPACE"])
SHOTS = os.environ.get("IMAGERY_HUB_SHOTS")
#: rows of a list or table read at the most (the rest is more of the same)
ROWS = 20


def owner(widget):
    """The module of the nearest plugin class among ``widget`` and its parents:
    where its text was most likely set. A folding form holds a tab's form and
    results: what lies in them belongs to the tab."""
    path = []
    while widget is not None:
        module = type(widget).__module__
        if module.startswith("imagery_hub.") and not (
                type(widget).__name__ == "FoldingForm" and any(w in path for w in (widget.form_area,
                                                                                   widget.results_area))):
            return module
        path.append(widget)
        widget = widget.parentWidget()
    return "?"


def from_qgis(widget, root):
    """True inside one of QGIS's own widgets (its texts are QGIS's)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if type(parent).__module__.startswith("qgis.") and not isinstance(parent, QGroupBox):
            return True
        parent = parent.parentWidget()
    return False


def texts_of(widget):
    """(what, text) pairs a user can see on ``widget``."""
    found = [("tooltip", widget.toolTip()), ("status tip", widget.statusTip()), ("what's this", widget.whatsThis())]
    if isinstance(widget, QLabel):
        found.append(("label", widget.text()))
    elif isinstance(widget, QAbstractButton):
        found.append(("button", widget.text()))
        if getattr(widget, "menu", lambda: None)() is not None:
            found += [("menu", action.text()) for action in widget.menu().actions()]
    elif isinstance(widget, QGroupBox):
        found.append(("group", widget.title()))
    elif isinstance(widget, QLineEdit):
        found.append(("placeholder", widget.placeholderText()))
    elif isinstance(widget, QComboBox):
        found += [("combo item", widget.itemText(i)) for i in range(min(widget.count(), ROWS))]
        if widget.lineEdit() is not None:
            found.append(("placeholder", widget.lineEdit().placeholderText()))
    elif isinstance(widget, QAbstractSpinBox):
        found += [("suffix", getattr(widget, "suffix", str)()), ("prefix", getattr(widget, "prefix", str)()),
                  ("special value", widget.specialValueText())]
    elif isinstance(widget, QTabWidget):
        found += [(what, text) for i in range(widget.count())
                  for what, text in (("tab", widget.tabText(i)), ("tab tooltip", widget.tabToolTip(i)))]
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        for orientation, count in ((Qt.Orientation.Horizontal, model.columnCount()),):
            for section in range(count):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    found.append(("header", model.headerData(section, orientation, role)))
        for row in range(min(model.rowCount(), ROWS)):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                found += [("item", model.data(index, Qt.ItemDataRole.DisplayRole)),
                          ("item tooltip", model.data(index, Qt.ItemDataRole.ToolTipRole))]
    if not type(widget).__module__.startswith("qgis."):  # a QGIS widget's own actions are QGIS's
        actions = QWidget.actions(widget)  # a tab may name something else "actions"
        found += [("action", action.text()) for action in actions]
        found += [("action tooltip", action.toolTip()) for action in actions if action.toolTip() != action.text()]
    if widget.property("serviceWords"):  # a name the service gave (Mapflow's model blocks): data, not a label
        found = [("service words", text) for _, text in found]
    return [(what, text) for what, text in found if isinstance(text, str) and text.strip()]


def visible_texts(root, where):
    """Every text of the visible widgets under ``root``."""
    seen = []
    for widget in [root] + root.findChildren(QWidget):
        if not widget.isVisible() or from_qgis(widget, root):
            continue
        seen += [{"text": text, "what": what, "module": owner(widget), "class": type(widget).__name__,
                  "where": where} for what, text in texts_of(widget)]
    return seen


def set_up(plugin):
    QgsApplication.authManager().setMasterPassword("imagery-hub-tests", True)
    context = plugin.context
    context.settings.point_at_sandbox(os.environ["IMAGERY_HUB_SANDBOX_URL"])
    context.settings.set_workspace_folder(OUTPUT / "workspace")
    context.settings.set_download_folder(OUTPUT / "downloads")
    for info in SERVICES:
        context.credentials.save(info.id, {k: v for k, v in DEMO_CREDENTIALS[info.id].items()
                                           if k in {f.key for f in info.fields}})
    plugin.show_dock()
    plugin.dock.refresh()
    iface.mainWindow().setGeometry(QgsApplication.primaryScreen().availableGeometry())
    add_basemap()
    plugin.dock.aoi_widget.set_aoi(make_aoi(QgsGeometry.fromWkt(AOI_WKT), WGS84, "polygon"))


def frame_site():
    canvas = iface.mapCanvas()
    mercator = QgsCoordinateReferenceSystem("EPSG:3857")
    QgsProject.instance().setCrs(mercator)
    canvas.setDestinationCrs(mercator)
    west, south, east, north = EXTENT
    transform = QgsCoordinateTransform(WGS84, mercator, QgsProject.instance())
    canvas.setExtent(transform.transformBoundingBox(QgsRectangle(west, south, east, north)))


def shot(name):
    if SHOTS:
        iface.messageBar().clearWidgets()
        yield map_drawn()
        grab(iface.mainWindow(), Path(SHOTS) / f"{QgsApplication.locale()}-{name}.png")


def scenario():
    plugin = plugins["imagery_hub"]
    set_up(plugin)
    dock = plugin.dock
    yield until(lambda: QgsProject.instance().count() > 0, 10, "the basemap")
    frame_site()
    yield map_drawn()
    frame_site()
    result = {"locale": QgsApplication.locale(), "translator": plugin.translator is not None, "texts": []}
    dock.inventory.all_button.click()
    yield until(lambda: not dock.inventory.running(), 180, "the inventory")
    yield from shot("overview")
    result["texts"].append({"text": dock.windowTitle(), "what": "window title", "module": owner(dock),
                            "class": type(dock).__name__, "where": "panel"})
    for index in range(dock.tabs.count()):
        dock.tabs.setCurrentIndex(index)
        yield 0.2
        result["texts"] += visible_texts(dock, f"panel tab {index}")
    spexi = next(tab for tab in dock.service_tabs if tab.service_id == "spexi")
    dock.show_tab(spexi)
    spexi.search_button.click()
    yield until(lambda: spexi.search_button.isEnabled() and spexi.table.model().rowCount(), 120, "the Spexi search")
    result["texts"] += visible_texts(dock, "panel after a Spexi search")
    yield from shot("spexi")
    dialog = SettingsDialog(plugin.context, iface.mainWindow())
    dialog.show()
    result["texts"].append({"text": dialog.windowTitle(), "what": "window title", "module": owner(dialog),
                            "class": type(dialog).__name__, "where": "settings"})
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        yield 0.1
        result["texts"] += visible_texts(dialog, f"settings page {index}")
    if SHOTS:
        dialog.tabs.setCurrentIndex(0)
        yield 0.2
        grab(dialog, Path(SHOTS) / f"{QgsApplication.locale()}-settings.png")
    dialog.reject()
    yield until(lambda: not plugin.context.tasks.running(), 30, "no task left")
    return result


drive(scenario(), os.environ["IMAGERY_HUB_RESULT"])
