"""QGIS's own "Task failed" / "Task complete" lines about our tasks are taken
down (QGIS 3.22 shows them for tasks over 5 s, above our "Search cancelled");
lines about other tasks stay."""

from qgis.core import Qgis
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtCore import QCoreApplication

from imagery_hub.core.messages import Notifier, TaskNoticeFilter
from imagery_hub.core.tasks import CAN_CANCEL, FunctionTask, TaskRegistry


class Window:
    """The part of QGIS's interface these use: a real message bar."""

    def __init__(self):
        self.bar = QgsMessageBar()

    def messageBar(self):  # noqa: N802 (QgisInterface's name)
        return self.bar


def test_qgis_notices_about_our_tasks_go_and_others_stay(qgis_app, wait_until):
    window, tasks = Window(), TaskRegistry()
    notices = TaskNoticeFilter(window, tasks.descriptions)
    tasks.start(FunctionTask("Spexi search", lambda task: None))
    wait_until(lambda: not tasks.running(), 30, "the task")
    failed = QCoreApplication.translate("QgisApp", "Task failed")
    window.bar.pushMessage(failed, "Spexi search", level=Qgis.MessageLevel.Info)  # as QGIS does
    window.bar.pushMessage(failed, "Somebody else's task", level=Qgis.MessageLevel.Info)
    Notifier(window).info("Search cancelled")
    wait_until(lambda: len(window.bar.items()) == 2, 10, "QGIS's line about our task to go")
    assert sorted(f"{i.title()}: {i.text()}" for i in window.bar.items()) == [
        "Imagery Hub: Search cancelled", "Task failed: Somebody else's task"]
    notices.stop()


def test_our_tasks_are_silent_where_qgis_knows_the_flag():
    task = FunctionTask("quiet", lambda task: None)
    assert int(task.flags()) == int(CAN_CANCEL)
    if Qgis.QGIS_VERSION_INT >= 32600:
        from qgis.core import QgsTask

        assert int(task.flags()) & int(QgsTask.Flag.Silent)
