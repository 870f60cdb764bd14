"""A progress line for a running task: bar, status text and Cancel."""

from qgis.PyQt import sip
from qgis.PyQt.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from ..core.i18n import translate


class TaskProgress(QWidget):
    """Hidden until :meth:`watch` is given a task; hides again when it ends."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.task = None
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.cancel_button = QPushButton(translate("ImageryHub.Progress", "Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.label)
        self.hide()

    def watch(self, task, text=""):
        """Follow ``task`` (and only it: a task watched before is let go)."""
        self._let_go()
        self.task = task
        self.bar.setValue(0)
        self.label.setText(text or task.description())
        self.cancel_button.setEnabled(True)
        task.progressChanged.connect(self._progress)
        task.statusChanged.connect(self.label.setText)
        task.taskCompleted.connect(self._ended)
        task.taskTerminated.connect(self._ended)
        self.show()

    def _let_go(self):
        if self.task is None or sip.isdeleted(self.task):
            return
        for signal, slot in ((self.task.progressChanged, self._progress),
                             (self.task.statusChanged, self.label.setText),
                             (self.task.taskCompleted, self._ended),
                             (self.task.taskTerminated, self._ended)):
            try:
                signal.disconnect(slot)
            except TypeError:
                pass

    def running(self):
        return self.task is not None

    def cancel(self):
        if self.task is not None and not sip.isdeleted(self.task):
            self.cancel_button.setEnabled(False)
            self.label.setText(translate("ImageryHub.Progress", "Cancelling…"))
            self.task.cancel()

    def _progress(self, value):
        self.bar.setValue(int(value))

    def _ended(self):
        self._let_go()
        self.task = None
        self.hide()
