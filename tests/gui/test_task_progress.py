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
    wait_until(lambda: widget.bar.value() > 0 and widget.label.text().startswith("page "), 60, "progress")
    QTest.mouseClick(widget.cancel_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: errors, 60, "the task to stop")
    assert type(errors[0]).__name__ == "OperationCancelled"
    wait_until(widget.isHidden, 60, "the progress line to hide")
    assert not widget.running()


def test_a_second_task_takes_over_the_line(context, wait_until):
    widget = TaskProgress()
    finished = []

    def slow(task):
        for i in range(1000):
            if task.isCanceled():
                return i
            task.set_status("first")
            time.sleep(0.01)

    def quick(task):
        task.set_status("second")
        time.sleep(0.3)
        return "done"

    first = FunctionTask("first", slow, on_error=finished.append)
    widget.watch(first)
    context.start(first)
    wait_until(lambda: widget.label.text() == "first", 60, "the first task's status")
    second = FunctionTask("second", quick, on_success=finished.append)
    widget.watch(second)
    context.start(second)
    wait_until(lambda: "done" in finished, 60, "the second task")
    # the first is still running, but the line followed the second and is done
    assert widget.isHidden() and widget.label.text() == "second"
    first.cancel()
    wait_until(lambda: len(finished) == 2, 60, "the first task to stop")
