"""The Mapflow questions answer to the keyboard: Enter takes the highlighted answer,
Escape cancels, and a destructive question highlights Cancel."""

import pytest
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget

from imagery_hub.providers.mapflow.models import Processing
from imagery_hub.ui.mapflow.dialogs import MapflowDialogs


@pytest.fixture
def dialogs(qgis_app):
    parent = QWidget()
    yield MapflowDialogs(parent)
    parent.deleteLater()


def answer_with(*keys, text=None):
    """Type into the dialog that is about to open, once it is open."""
    def type_keys():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, type_keys)
            return
        # offscreen windows are never activated, so keys go to the dialog's input
        target = dialog.findChild(QLineEdit) or dialog.findChild(QComboBox) or dialog
        if text is not None:
            QTest.keyClicks(target, text)
        for key in keys:
            QTest.keyClick(target, key)

    QTimer.singleShot(0, type_keys)


def test_enter_accepts_and_escape_cancels_a_start(dialogs):
    answer_with(Qt.Key.Key_Return)
    assert dialogs.confirm("Start Mapflow processing", "Cost: 9 credits", "Start") is True
    answer_with(Qt.Key.Key_Escape)
    assert dialogs.confirm("Start Mapflow processing", "Cost: 9 credits", "Start") is False


def test_enter_does_not_delete(dialogs):
    answer_with(Qt.Key.Key_Return)
    assert dialogs.confirm("Delete", "Delete it?", "Delete", destructive=True) is False


def test_a_name_is_typed_and_confirmed_with_enter(dialogs):
    answer_with(Qt.Key.Key_Return, text="  Vancouver  ")
    assert dialogs.ask_text("New Mapflow project", "Project name") == "Vancouver"
    answer_with(Qt.Key.Key_Escape, text="ignored")
    assert dialogs.ask_text("New Mapflow project", "Project name") is None


def test_a_project_is_chosen_with_the_arrow_keys(dialogs):
    answer_with(Qt.Key.Key_Down, Qt.Key.Key_Return)
    assert dialogs.choose("Move", "Move to", ["Default", "Elsewhere"]) == 1


def test_the_error_dialog_shows_the_documented_sentence(dialogs):
    processing = Processing.from_json({"id": "p1", "name": "Downtown", "status": "FAILED", "messages": [
        {"code": "source-validator.UrlMustBeLink", "parameters": {}}]})
    shown = {}

    def read_and_close():
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(10, read_and_close)
            return
        shown["title"], shown["text"] = box.windowTitle(), box.text()
        QTest.keyClick(box, Qt.Key.Key_Escape)

    QTimer.singleShot(0, read_and_close)
    dialogs.show_errors(processing)
    assert shown == {"title": "Mapflow: Downtown failed",
                     "text": "Your URL must be a link starting with “http://” or “https://”."}


def test_a_mosaic_name_and_tags_are_typed_and_confirmed_with_enter(dialogs):
    def fill():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, fill)
            return
        name, tags = dialog.findChildren(QLineEdit)
        QTest.keyClicks(name, " Downtown ")
        QTest.keyClicks(tags, "drone, , june 2024")
        QTest.keyClick(tags, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill)
    assert dialogs.ask_mosaic("New Mapflow mosaic") == ("Downtown", ["drone", "june 2024"])
    answer_with(Qt.Key.Key_Escape)
    assert dialogs.ask_mosaic("Mosaic name and tags", "Downtown", ["drone"]) is None
    answer_with(Qt.Key.Key_Return)  # the current name and tags, kept as they were
    assert dialogs.ask_mosaic("Mosaic name and tags", "Downtown", ["drone"]) == ("Downtown", ["drone"])
