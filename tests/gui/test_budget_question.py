"""The request budget as the user meets it on the Spexi and Mapillary tabs: a
large area asks first (No is highlighted; Escape or No sends nothing), a huge
one is refused with what to change, and a confirmed search cancels promptly."""

import pytest
from qgis.core import QgsGeometry, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication, QMessageBox

from imagery_hub.core.aoi import WGS84, make_aoi
from imagery_hub.sandbox import DEMO_CREDENTIALS
from imagery_hub.ui.dock import ImageryHubDock
from imagery_hub.ui.mapillary.tab import MapillaryTab
from imagery_hub.ui.spexi.tab import SpexiTab

LEFT = Qt.MouseButton.LeftButton
SOFT, HARD = 50, 5_000
# about 0.15° × 0.1° near Vancouver: ~120 Spexi cells, ~160 Mapillary cells
LARGE = QgsRectangle(-123.25, 49.2, -123.1, 49.3)
# about 1° × 1°: ~14,000 Spexi cells, ~10,000 Mapillary cells
HUGE = QgsRectangle(-124.0, 49.0, -123.0, 50.0)


@pytest.fixture
def dock(context, qgis_iface):
    context.settings.set_request_limits(SOFT, HARD)
    context.credentials.save("spexi", DEMO_CREDENTIALS["spexi"])
    context.credentials.save("mapillary", DEMO_CREDENTIALS["mapillary"])
    dock = ImageryHubDock(context)
    dock.resize(380, 900)
    dock.show()
    yield dock
    context.tasks.cancel_all()
    dock.cleanup()
    dock.close()
    context.settings.remove("budget/soft_limit")
    context.settings.remove("budget/hard_limit")
    QgsProject.instance().removeAllMapLayers()
    QgsProject.instance().layerTreeRoot().removeAllChildren()


@pytest.fixture(params=[SpexiTab, MapillaryTab], ids=["spexi", "mapillary"])
def tab(request, dock):
    tab = next(t for t in dock.service_tabs if isinstance(t, request.param))
    dock.show_tab(tab)
    return tab


def use_area(tab, rectangle):
    tab.dock.aoi_widget.set_aoi(make_aoi(QgsGeometry.fromRect(rectangle), WGS84, "extent"))


def progress_of(tab):
    return tab.progress if isinstance(tab, SpexiTab) else tab.search_progress


def answer(key):
    """Press ``key`` in the question once it is open; returns what it showed."""
    shown = {}

    def press():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, press)
            return
        shown.update(text=box.text(), default=box.defaultButton() is box.button(QMessageBox.StandardButton.No))
        QTest.keyClick(box, key)

    QTimer.singleShot(0, press)
    return shown


def test_a_large_area_asks_first_and_no_sends_nothing(tab, sandbox, wait_until):
    use_area(tab, LARGE)
    shown = answer(Qt.Key.Key_Escape)
    QTest.mouseClick(tab.search_button, LEFT)
    assert shown["text"].startswith(f"This {tab.title} search needs about ")
    assert shown["text"].endswith("— search anyway?") and " requests, " in shown["text"]
    assert shown["default"], "No is the highlighted answer"
    assert not progress_of(tab).running() and tab.context.tasks.running() == []
    assert len(sandbox.log) == 0


def test_enter_takes_the_highlighted_no(tab, sandbox):
    use_area(tab, LARGE)
    answer(Qt.Key.Key_Return)
    QTest.mouseClick(tab.search_button, LEFT)
    assert tab.context.tasks.running() == [] and len(sandbox.log) == 0


def test_a_huge_area_is_refused_with_what_to_change(tab, sandbox, qgis_iface):
    use_area(tab, HUGE)
    QTest.mouseClick(tab.search_button, LEFT)  # no question opens: the test would hang if one did
    text = qgis_iface.messageBar().get_messages(2)[-1]
    assert f"{tab.title}: The area of interest needs about " in text
    assert f"searches at most {HARD:,} requests): draw a smaller area" in text
    assert tab.context.tasks.running() == [] and len(sandbox.log) == 0


def test_yes_starts_the_search_and_cancel_ends_it(tab, sandbox, wait_until):
    sandbox.faults.add(kind="latency", delay=0.3)  # a slow service: the search is still running when cancelled
    use_area(tab, LARGE)
    answer(Qt.Key.Key_Y)
    QTest.mouseClick(tab.search_button, LEFT)
    progress = progress_of(tab)
    assert progress.running()
    wait_until(lambda: len(sandbox.log) > 0, 30, "the first request")
    QTest.mouseClick(progress.cancel_button, LEFT)
    wait_until(lambda: not tab.context.tasks.running(), 10, "the cancelled search to end")
    assert len(sandbox.log) < 40  # it did not go on through the cells


def test_eosda_asks_before_a_century_of_date_ranges(dock, sandbox, qgis_iface):
    from qgis.PyQt.QtCore import QDate

    from imagery_hub.ui.eosda.tab import EosdaTab

    tab = next(t for t in dock.service_tabs if isinstance(t, EosdaTab))
    dock.show_tab(tab)
    tab.context.credentials.save("eosda", DEMO_CREDENTIALS["eosda"])
    use_area(tab, LARGE)
    tab.date_from.setDate(QDate(1900, 1, 1))  # 127 yearly ranges and the pages of the 2000-scene cap
    shown = answer(Qt.Key.Key_Escape)
    QTest.mouseClick(tab.search_button, LEFT)
    assert shown["text"].startswith("This EOSDA search needs about 150 requests")
    assert tab.context.tasks.running() == [] and len(sandbox.log) == 0
    tab.date_from.setDate(QDate(1800, 1, 1))  # 227 ranges
    tab.context.settings.set_request_limits(SOFT, 200)
    QTest.mouseClick(tab.search_button, LEFT)
    assert "narrow the dates" in qgis_iface.messageBar().get_messages(2)[-1] and len(sandbox.log) == 0
