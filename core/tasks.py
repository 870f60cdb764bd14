"""Background work: a QgsTask base class and the registry that keeps tasks alive.

Network calls, downloads, uploads, GeoPackage writes and GDAL warps all run in a
task. ``work()`` runs in a worker thread and must not touch widgets or the
project; the callbacks given to the task run on the GUI thread in ``finished()``,
which is where layers are added.
"""

import time
from collections import deque

from qgis.core import QgsApplication, QgsTask
from qgis.PyQt.QtCore import QEventLoop, QTimer, pyqtSignal

from ..providers.errors import OperationCancelled
from ..providers.http import listen_for_waits
from .i18n import number, translate
from .messages import log, summarize

_FLAGS = getattr(QgsTask, "Flag", QgsTask)
#: QGIS 3.26+ leaves a Silent task out of its own "Task complete" / "Task failed"
#: notices, which would contradict ours ("cancelled"); see messages.TaskNoticeFilter
CAN_CANCEL = _FLAGS.CanCancel | _FLAGS.Silent if hasattr(_FLAGS, "Silent") else _FLAGS.CanCancel


class ImageryHubTask(QgsTask):
    """Implement :meth:`work`; pass ``on_success(result)`` / ``on_error(exception)``.

    The exception raised in ``work()`` is kept in ``self.error`` and handed to
    ``on_error`` on the GUI thread; a cancel becomes :class:`OperationCancelled`.
    """

    #: a short line on what the task is doing ("page 3, 250 images"); emitted from
    #: the worker thread, delivered on the GUI thread
    statusChanged = pyqtSignal(str)  # noqa: N815

    #: True when work() returns a useful partial result after a cancel
    keeps_partial_result = False

    def __init__(self, description, on_success=None, on_error=None):
        super().__init__(description, CAN_CANCEL)
        self.result = None
        self.error = None
        self.on_success = on_success
        self.on_error = on_error

    def work(self):
        raise NotImplementedError

    def is_cancelled(self):
        """For providers' ``cancelled=`` hooks; safe to call from any thread."""
        return self.isCanceled()

    def set_status(self, text):
        self.statusChanged.emit(text)

    def report(self, done, total):
        """Progress as a count of ``total``; an unknown total leaves it at 0."""
        if total:
            self.setProgress(min(100.0, 100.0 * done / total))

    def _waiting(self, service, seconds, status):
        """The status line says what a retry waits for (providers.http announces it)."""
        if seconds < 1:
            return
        if status == 429:
            text = translate("ImageryHub.Tasks", "{service} asked us to wait {seconds} s — retrying")
        else:
            text = translate("ImageryHub.Tasks", "{service} answered HTTP {status} — retrying in {seconds} s")
        self.set_status(text.format(service=service or translate("ImageryHub.Tasks", "The service"),
                                    seconds=number(round(seconds)), status=status))

    def run(self):
        listen_for_waits(self._waiting)
        try:
            self.result = self.work()
        except Exception as exc:  # kept and reported on the GUI thread in finished()
            self.error = exc
            return False
        finally:
            listen_for_waits(None)
        if self.isCanceled() and not self.keeps_partial_result:
            self.error = OperationCancelled("Cancelled")
            return False
        return True

    def finished(self, ok):
        if not ok and self.error is None:
            self.error = OperationCancelled("Cancelled")
        callback, argument = (self.on_success, self.result) if ok else (self.on_error, self.error)
        if callback is None:
            if not ok and not isinstance(self.error, OperationCancelled):
                log(translate("ImageryHub.Tasks", "{task} failed: {details}").format(
                    task=self.description(), details=summarize(self.error)[1]))
            return
        try:
            callback(argument)
        except Exception as exc:  # a failing callback must not take QGIS down
            log(translate("ImageryHub.Tasks", "{task}: handling the result failed: {details}").format(
                task=self.description(), details=summarize(exc)[1]))


class FunctionTask(ImageryHubTask):
    """A task running ``function(task)``; handy for one-off jobs."""

    def __init__(self, description, function, on_success=None, on_error=None):
        super().__init__(description, on_success, on_error)
        self.function = function

    def work(self):
        return self.function(self)


class TaskRegistry:
    """Starts tasks, keeps a Python reference until they end (QGIS would
    otherwise lose the Python half of a task) and cancels them all on unload."""

    def __init__(self, manager=None):
        self.manager = manager or QgsApplication.taskManager()
        self._tasks = []
        self.descriptions = deque(maxlen=50)  # of recent tasks, to know QGIS's notices about them

    def start(self, task):
        self._tasks.append(task)
        self.descriptions.append(task.description())
        task.taskCompleted.connect(lambda: self._forget(task))
        task.taskTerminated.connect(lambda: self._forget(task))
        self.manager.addTask(task)
        return task

    def _forget(self, task):
        if task in self._tasks:
            self._tasks.remove(task)

    def running(self):
        return list(self._tasks)

    def cancel_all(self, wait_seconds=0.0):
        """Cancel every task; with ``wait_seconds``, keep the event loop turning
        (the GUI stays alive) until they have all ended or the time is up, since
        a task stuck in a call that cannot be interrupted must not hold QGIS.
        True when no task is left."""
        for task in list(self._tasks):
            task.cancel()
        deadline = time.monotonic() + wait_seconds
        while self._tasks and time.monotonic() < deadline:
            loop = QEventLoop()
            QTimer.singleShot(50, loop.quit)  # a short turn, then look again
            loop.exec()
        return not self._tasks
