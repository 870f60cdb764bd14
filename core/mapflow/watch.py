"""Watches every processing the user started until it finishes, across QGIS restarts.

The ids (with names, per API URL so the sandbox and the live service do not mix)
live in QgsSettings under ``imagery_hub/mapflow/watched``; a new plugin instance
reads them and carries on. Each poll is one background task asking for the
watched processings by id, never more than one at a time, so the GUI thread
only ever handles the answers. ``imagery_hub/mapflow/poll_seconds`` sets the pace.
"""

import json

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QObject, QTimer, pyqtSignal

from ...providers.errors import ImageryHubError, NotFoundError
from ..i18n import translate
from ..messages import WARNING, log, summarize

WATCHED = "mapflow/watched"
POLL_SECONDS = "mapflow/poll_seconds"
DEFAULT_POLL_SECONDS = 10.0


class ProcessingWatcher(QObject):
    """``updated(Processing)`` after every poll; ``finished(Processing)`` once, when
    a watched processing reaches OK, FAILED, CANCELLED or REFUNDED."""

    updated = pyqtSignal(object)
    finished = pyqtSignal(object)

    def __init__(self, service, parent=None):
        super().__init__(parent)
        self.service = service
        self.settings = service.context.settings
        self.task = None
        self._asked_password = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.poll)

    # -- the list ----------------------------------------------------------------------
    def _all(self):
        try:
            data = json.loads(self.settings.value(WATCHED, "{}", str) or "{}")
        except ValueError:
            data = {}
        return data if isinstance(data, dict) else {}

    def watched(self):
        """``{processing id: name}`` for the current API URL."""
        return dict(self._all().get(self.service.base_url, {}))

    def _store(self, ids):
        data = self._all()
        if ids:
            data[self.service.base_url] = ids
        else:
            data.pop(self.service.base_url, None)
        self.settings.set_value(WATCHED, json.dumps(data))

    def watch(self, processing):
        ids = self.watched()
        ids[processing.id] = processing.name
        self._store(ids)
        self.start()

    def unwatch(self, processing_id):
        ids = self.watched()
        if ids.pop(processing_id, None) is not None:
            self._store(ids)

    # -- polling -------------------------------------------------------------------------
    def interval_ms(self):
        seconds = self.settings.value(POLL_SECONDS, DEFAULT_POLL_SECONDS, float)
        return int(1000 * max(0.1, seconds))

    def start(self):
        """Poll now and then regularly while anything is watched."""
        if self.watched() and not self.timer.isActive():
            self.timer.start(self.interval_ms())
            QTimer.singleShot(0, self.poll)

    def stop(self):
        self.timer.stop()
        if self.task is not None:
            self.task.cancel()

    def poll(self):
        ids = list(self.watched())
        if not ids:
            self.timer.stop()
            return
        if self.task is not None or not self.service.has_credentials():
            return
        if not QgsApplication.authManager().masterPasswordIsSet():
            if self._asked_password:  # asked once this session; the user said no
                return
            self._asked_password = True
        try:
            self.task = self.service.run(translate("ImageryHub.Mapflow", "checking Mapflow processings"),
                                         lambda client, task: _fetch(client, ids),
                                         on_success=self._polled, on_error=self._failed)
        except ImageryHubError as exc:
            log(translate("ImageryHub.Mapflow",
                          "Mapflow: not checking processings: {reason}").format(reason=exc), WARNING)

    def _polled(self, answer):
        self.task = None
        processings, gone = answer
        for processing_id in gone:
            self.unwatch(processing_id)
            log(translate("ImageryHub.Mapflow",
                          "Mapflow: processing {id} no longer exists; not watching it any more").format(
                id=processing_id))
        for processing in processings:
            self.updated.emit(processing)
            if processing.finished and processing.id in self.watched():
                self.unwatch(processing.id)
                self.finished.emit(processing)

    def _failed(self, error):
        self.task = None
        log(translate("ImageryHub.Mapflow", "Mapflow: checking processings failed, will try again: {reason}").format(
            reason=summarize(error)[0]), WARNING)


def _fetch(client, ids):
    """Every watched processing by id (worker thread); ids the service no longer knows are returned apart."""
    found, gone = [], []
    for processing_id in ids:
        try:
            found.append(client.processing(processing_id))
        except NotFoundError:
            gone.append(processing_id)
    return found, gone
