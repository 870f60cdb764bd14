"""The progress line follows a task and its Cancel button stops it."""

import time

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest

from imagery_hub.core.tasks import FunctionTask
from imagery_hub.ui.task_progress import TaskProgress


def test_progress_status_and_cancel(context, wait_until):
    widget = TaskProgress()

    def work(task):
        for i in range(1000):
            if task.isCanceled():
                return i
            task.report(i, 1000)
            task.set_status(f"page {i}")
            time.sleep(0.01)
        return 1000

    errors = []
    task = FunctionTask("slow", work, on_error=errors.append)
    widget.watch(task)
    context.start(task)
    assert widget.isVisibleTo(widget.parentWidget()) or not widget.isHidden()
    wait_until(lambda: widget.bar.value() > 0 and widget.label.text().startswith("page "), 10, "progress")
    QTest.mouseClick(widget.cancel_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: errors, 10, "the task to stop")
    assert type(errors[0]).__name__ == "OperationCancelled"
    wait_until(widget.isHidden, 5, "the progress line to hide")
    assert not widget.running()
