"""Live QGIS: a country-sized map extent as the area (the Extent button), Search
on the Spexi and Mapillary tabs: refused with what to change. A smaller but
still large extent: the budget question, answered Yes; the search starts and
Cancel ends it. Then the scenario ends and QGIS quits (the test reads the
exit code)."""

import os
import time

from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject
from qgis.core import QgsRectangle
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QMessageBox
from qgis.utils import iface, plugins

from imagery_hub.core.aoi import WGS84
from imagery_hub.providers.registry import SERVICES
from imagery_hub.sandbox.accounts import DEMO_CREDENTIALS
from imagery_hub.scripts.scenario import drive, until

MERCATOR = QgsCoordinateReferenceSystem("EPSG:3857")
COUNTRY = QgsRectangle(-125.0, 40.0, -110.0, 50.0)  # about 1.3 million km²
LARGE = {"Spexi": QgsRectangle(-123.6, 49.0, -123.2, 49.4),  # ~1,450 Spexi cells
         "Mapillary": QgsRectangle(-123.5, 49.0, -123.0, 49.5)}  # ~2,600 Mapillary cells


def set_up(plugin):
    QgsApplication.authManager().setMasterPassword("imagery-hub-tests", True)
    context = plugin.context
    context.settings.point_at_sandbox(os.environ["IMAGERY_HUB_SANDBOX_URL"])
    context.settings.set_workspace_folder(os.environ["IMAGERY_HUB_WORKSPACE"])
    for info in SERVICES:
        if info.id in ("spexi", "mapillary"):
            context.credentials.save(info.id, {k: v for k, v in DEMO_CREDENTIALS[info.id].items()
                                               if k in {f.key for f in info.fields}})
    plugin.show_dock()
    iface.mainWindow().setGeometry(QgsApplication.primaryScreen().availableGeometry())
    canvas = iface.mapCanvas()
    QgsProject.instance().setCrs(MERCATOR)
    canvas.setDestinationCrs(MERCATOR)


def show(rectangle):
    transform = QgsCoordinateTransform(WGS84, MERCATOR, QgsProject.instance())
    iface.mapCanvas().setExtent(transform.transformBoundingBox(rectangle))
    iface.mapCanvas().refresh()


def answer_questions(answer, seen):
    """Answer every budget question that opens with ``answer``, noting its text."""
    def look():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.button(answer).click()
        timer.start()

    timer = QTimer()
    timer.setSingleShot(True)
    timer.setInterval(50)
    timer.timeout.connect(look)
    timer.start()
    return timer


def our_messages():
    """The plugin's lines in the message bar, as "title text"."""
    return [f"{item.title()} {item.text()}" for item in iface.messageBar().items()
            if "Imagery Hub" in item.title()]


def scenario():
    plugin = plugins["imagery_hub"]
    set_up(plugin)
    dock = plugin.dock
    yield 0.5
    result = {}
    for tab in dock.service_tabs[:2]:
        name = tab.title
        dock.show_tab(tab)
        progress = tab.progress if name == "Spexi" else tab.search_progress
        entry = result[name] = {}

        show(COUNTRY)
        yield 0.3
        dock.aoi_widget.extent_button.click()
        entry["area"] = dock.aoi_widget.status.text()
        seen = []
        timer = answer_questions(QMessageBox.StandardButton.No, seen)
        before = set(our_messages())
        tab.search_button.click()
        # QGIS may put its own lines in the bar meanwhile (a font it could not fetch)
        yield until(lambda before=before: set(our_messages()) - before, 30, "the refusal in the message bar")
        entry["refusal"] = " ".join(sorted(set(our_messages()) - before))
        entry["questions_for_country"] = list(seen)
        entry["task_after_refusal"] = bool(plugin.context.tasks.running())

        show(LARGE[name])
        yield 0.3
        dock.aoi_widget.extent_button.click()
        seen.clear()
        timer.stop()
        timer = answer_questions(QMessageBox.StandardButton.Yes, seen)
        tab.search_button.click()
        entry["question"] = seen[0] if seen else None
        timer.stop()
        yield until(lambda progress=progress: progress.running(), 10, f"the {name} search to start")
        yield until(lambda progress=progress: "cell" in progress.label.text() or progress.bar.value() > 0, 30,
                    f"the {name} search to get going")
        progress.cancel_button.click()
        clicked = time.monotonic()
        yield until(lambda progress=progress: not plugin.context.tasks.running() and not progress.running(), 30,
                    f"the cancelled {name} search to end")
        entry["cancel_seconds"] = time.monotonic() - clicked
        entry["active_tasks"] = QgsApplication.taskManager().countActiveTasks()
    return result


drive(scenario(), os.environ["IMAGERY_HUB_RESULT"])
