"""What the user is told: one clear line in the message bar, the details in the
"Imagery Hub" tab of the log panel."""

import traceback

from qgis.core import Qgis, QgsMessageLog
from qgis.PyQt.QtCore import QCoreApplication, QTimer
from qgis.PyQt.QtWidgets import QPushButton

from ..providers.errors import ImageryHubError, OperationCancelled
from ..providers.origins import redact
from .i18n import translate
from .sentences import error_text

LOG_TAG = "Imagery Hub"
TITLE = "Imagery Hub"
INFO, WARNING, CRITICAL, SUCCESS = (Qgis.MessageLevel.Info, Qgis.MessageLevel.Warning,
                                    Qgis.MessageLevel.Critical, Qgis.MessageLevel.Success)


_secrets = frozenset()


def keep_out_of_logs(values):
    """Secrets the log tab and the message bar never show, in any spelling
    (raw, percent-encoded, inside a URL): every credential read is added."""
    global _secrets
    _secrets = _secrets | {str(v) for v in values if v and len(str(v)) >= 4}


def scrub(text):
    return redact(text, _secrets) if _secrets else str(text)


def log(text, level=INFO):
    QgsMessageLog.logMessage(scrub(text), LOG_TAG, level, notifyUser=False)


def summarize(error):
    """One line for the user and the full text for the log."""
    if isinstance(error, ImageryHubError):
        return error_text(error), error.describe()
    if isinstance(error, Exception):
        details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
        return translate("ImageryHub.Messages", "Unexpected error: {error}").format(
            error=f"{type(error).__name__}: {error}"), details
    return str(error), str(error)


class Notifier:
    """Pushes messages to the message bar of a QGIS interface."""

    def __init__(self, iface):
        self.iface = iface

    def _push(self, text, level, duration, button):
        text = scrub(text)
        bar = self.iface.messageBar()
        if button is None:
            bar.pushMessage(TITLE, text, level=level, duration=duration)
            return None
        label, callback = button
        widget = bar.createMessage(TITLE, text)
        push = QPushButton(label, widget)
        push.clicked.connect(callback)
        widget.layout().addWidget(push)
        return bar.pushWidget(widget, level, duration)

    def error(self, error, context=None, button=None):
        """Report an exception or text. Cancellation is not an error: it gets an
        info line. Returns the one line shown."""
        line, details = summarize(error)
        if context:
            line = f"{context}: {line}"
        if isinstance(error, OperationCancelled):
            self.info(translate("ImageryHub.Messages", "{what} cancelled").format(what=context) if context
                      else translate("ImageryHub.Messages", "Operation cancelled"))
            return line
        log(f"{line}\n{details}" if details != line else line, CRITICAL)
        self._push(line, CRITICAL, 10, button)
        return line

    def warning(self, text, button=None, duration=8):
        log(text, WARNING)
        return self._push(text, WARNING, duration, button)

    def info(self, text, button=None, duration=5):
        log(text, INFO)
        return self._push(text, INFO, duration, button)

    def success(self, text, button=None, duration=6):
        log(text, SUCCESS)
        return self._push(text, SUCCESS, duration, button)


QGIS_APP, QGIS_TASK_TITLES = "QgisApp", ("Task complete", "Task failed")


class TaskNoticeFilter:
    """Takes QGIS's own "Task complete" / "Task failed" lines about our tasks
    out of the message bar: ours already said how the job ended, and QGIS's
    would contradict it ("Task failed" above "Search cancelled"). QGIS 3.26+
    skips them for tasks flagged Silent (core.tasks); 3.22 needs this."""

    def __init__(self, iface, descriptions):
        self.bar = iface.messageBar()
        self.descriptions = descriptions
        # QGIS's own words in its own language (its context and texts, kept out of our .ts files)
        self.titles = {QCoreApplication.translate(QGIS_APP, text) for text in QGIS_TASK_TITLES}
        self.bar.widgetAdded.connect(self._added)

    def _added(self, *_):
        # the bar's own list (the signal's argument may arrive as a bare QWidget)
        if any(self._theirs(item) for item in self.bar.items()):
            QTimer.singleShot(0, self._remove)  # not inside the bar's own signal

    def _theirs(self, item):
        return item.title() in self.titles and item.text() in self.descriptions

    def _remove(self):
        for item in self.bar.items():
            if self._theirs(item):
                self.bar.popWidget(item)

    def stop(self):
        try:
            self.bar.widgetAdded.disconnect(self._added)
        except TypeError:
            pass
