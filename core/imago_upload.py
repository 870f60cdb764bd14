"""Uploading photos to Imago in a task: headers checked first, each file's
progress reported, refusals listed with the reason, and nothing sent twice.

Every file's header is read before anything is sent, so what Imago would refuse
(too many pixels, a type it does not take) is listed at once. A file already
uploaded to the same target (same SHA-256, same service and imagery) is skipped:
trying a batch again after a failure or cancel only sends what did not arrive.
An authentication failure stops the batch (it would fail for every file).
"""

from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict

from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY
from qgis.PyQt.QtCore import pyqtSignal

from ..providers.errors import AuthenticationError, ImageryHubError, InvalidInputError, OperationCancelled
from ..providers.imago_headers import ALLOWED_MIME_TYPES, check_image
from ..providers.imago_ledger import UploadLedger, file_checksum
from .tasks import ImageryHubTask

# file states, as the dialog shows them
WAITING, REFUSED, SKIPPED, SENDING, DONE, FAILED = "waiting", "refused", "skipped", "sending", "uploaded", "failed"


def ledger_path(settings):
    """Where the record of uploads is kept (a setting; default in the QGIS profile)."""
    default = Path(QgsApplication.qgisSettingsDirPath()) / "imagery_hub" / "imago_uploads.json"
    return Path(settings.value("imago/upload_ledger", str(default), str) or default)


def to_target_crs(point, source_crs, target_authid, transform_context):
    """``(x, y)`` of a map point in the CRS the imagery type expects."""
    target = QgsCoordinateReferenceSystem(target_authid)
    if not target.isValid():
        raise InvalidInputError(f"Imago declares an unknown coordinate system {target_authid}", parameter="crs")
    transformed = QgsCoordinateTransform(source_crs, target, transform_context).transform(QgsPointXY(point))
    return transformed.x(), transformed.y()


@dataclass
class UploadOutcome:
    uploaded: Dict[str, object] = field(default_factory=dict)  # path -> UploadResult
    skipped: Dict[str, dict] = field(default_factory=dict)  # path -> earlier upload's record
    refused: Dict[str, str] = field(default_factory=dict)  # path -> reason
    failed: Dict[str, str] = field(default_factory=dict)  # path -> error
    cancelled: bool = False

    def summary(self):
        parts = [f"{len(self.uploaded)} uploaded"]
        for count, what in ((len(self.skipped), "already there"), (len(self.refused), "refused"),
                            (len(self.failed), "failed")):
            if count:
                parts.append(f"{count} {what}")
        return ", ".join(parts) + (" (cancelled)" if self.cancelled else "")


class UploadTask(ImageryHubTask):
    """Uploads ``files`` to the imagery ``selector`` names, one after the other."""

    #: (index of the file, state, text) as each file moves on
    fileChanged = pyqtSignal(int, str, str)  # noqa: N815
    keeps_partial_result = True

    def __init__(self, connection, files, selector, ledger_file, allowed_mime_types=ALLOWED_MIME_TYPES,
                 on_success=None, on_error=None):
        super().__init__(f"Imago: uploading {len(files)} photo{'s' if len(files) != 1 else ''}",
                         on_success, on_error)
        self.connection = connection
        self.files = [Path(f) for f in files]
        self.selector = selector
        self.params = selector.upload_params()  # refuses a bad target before the task runs
        self.target = f"{connection.base_url} {selector.target_key()}"
        self.ledger = UploadLedger(ledger_file)
        self.allowed_mime_types = allowed_mime_types

    def work(self):
        outcome = UploadOutcome()
        ready = []
        for index, path in enumerate(self.files):
            try:
                ready.append((index, path, check_image(path, self.allowed_mime_types)))
            except InvalidInputError as exc:
                outcome.refused[str(path)] = exc.message
                self.fileChanged.emit(index, REFUSED, exc.message)
        client = self.connection.client(self.is_cancelled)
        for done, (index, path, header) in enumerate(ready):
            if self.isCanceled():
                outcome.cancelled = True
                break
            self.set_status(f"{path.name} ({done + 1} of {len(ready)})")
            checksum = file_checksum(path, self.is_cancelled)
            if checksum is None:
                outcome.cancelled = True
                break
            earlier = self.ledger.find(checksum, self.target)
            if earlier:
                outcome.skipped[str(path)] = earlier
                self.fileChanged.emit(index, SKIPPED, f"already uploaded on {earlier['uploadedAt'][:10]}")
                continue
            self.fileChanged.emit(index, SENDING, "0 %")
            try:
                result = client.send_image(path, header.mime_type, self.params,
                                           progress=lambda sent, total, i=index, n=done: self._sent(i, n, sent, total,
                                                                                                 len(ready)))
            except OperationCancelled:
                outcome.cancelled = True
                self.fileChanged.emit(index, WAITING, "cancelled")
                break
            except AuthenticationError:
                raise
            except InvalidInputError as exc:  # the service refused it (422): list it with its reason
                outcome.refused[str(path)] = exc.message
                self.fileChanged.emit(index, REFUSED, exc.message)
                continue
            except ImageryHubError as exc:
                outcome.failed[str(path)] = str(exc)
                self.fileChanged.emit(index, FAILED, str(exc))
                continue
            self.ledger.record(checksum, self.target, path.name, result.image_id, result.imagery_id)
            outcome.uploaded[str(path)] = result
            self.fileChanged.emit(index, DONE, f"image {result.image_id}")
            self.report(done + 1, len(ready))
        return outcome

    def _sent(self, index, done, sent, total, count):
        if self.isCanceled():  # stops the body mid-way; the service keeps nothing of it
            raise OperationCancelled("Cancelled")
        self.fileChanged.emit(index, SENDING, f"{100 * sent // max(1, total)} %")
        self.report(done + sent / max(1, total), count)
