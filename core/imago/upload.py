"""Uploading photos to Imago, in a task or a Processing algorithm: headers
checked first, each file's progress reported, refusals listed with the reason,
and nothing sent twice.

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
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, pyqtSignal

from ...providers.errors import AuthenticationError, ImageryHubError, InvalidInputError, OperationCancelled
from ...providers.imago.headers import ALLOWED_MIME_TYPES, check_image
from ...providers.imago.ledger import UploadLedger, file_checksum
from ..i18n import translate
from ..tasks import ImageryHubTask

# file states, as the dialog shows them (translated there)
WAITING, REFUSED, SKIPPED, SENDING, DONE, FAILED = (
    QT_TRANSLATE_NOOP("ImageryHub.Imago", "waiting"), QT_TRANSLATE_NOOP("ImageryHub.Imago", "refused"),
    QT_TRANSLATE_NOOP("ImageryHub.Imago", "skipped"), QT_TRANSLATE_NOOP("ImageryHub.Imago", "sending"),
    QT_TRANSLATE_NOOP("ImageryHub.Imago", "uploaded"), QT_TRANSLATE_NOOP("ImageryHub.Imago", "failed"))


def ledger_path(settings):
    """Where the record of uploads is kept (a setting; default in the QGIS profile)."""
    default = Path(QgsApplication.qgisSettingsDirPath()) / "imagery_hub" / "imago_uploads.json"
    return Path(settings.value("imago/upload_ledger", str(default), str) or default)


def to_target_crs(point, source_crs, target_authid, transform_context):
    """``(x, y)`` of a map point in the CRS the imagery type expects."""
    target = QgsCoordinateReferenceSystem(target_authid)
    if not target.isValid():
        raise InvalidInputError(translate("ImageryHub.Imago", "Imago declares an unknown coordinate system "
                                                              "{crs}").format(crs=target_authid), parameter="crs")
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
        uploaded, skipped, refused, failed = (len(self.uploaded), len(self.skipped), len(self.refused),
                                              len(self.failed))
        parts = [translate("ImageryHub.Imago", "%Ln uploaded", None, uploaded)]
        if skipped:
            parts.append(translate("ImageryHub.Imago", "%Ln already there", None, skipped))
        if refused:
            parts.append(translate("ImageryHub.Imago", "%Ln refused", None, refused))
        if failed:
            parts.append(translate("ImageryHub.Imago", "%Ln failed", None, failed))
        text = ", ".join(parts)
        return translate("ImageryHub.Imago", "{summary} (cancelled)").format(summary=text) if self.cancelled else text


def upload_files(connection, files, params, target, ledger, allowed_mime_types=ALLOWED_MIME_TYPES,
                 cancelled=None, file_changed=None, on_status=None, report=None):
    """Upload ``files`` (Paths) one after the other with the ``POST /image``
    ``params`` of one target; returns an :class:`UploadOutcome`. Runs in a task
    or a Processing algorithm's thread. ``file_changed(index, state, text)`` as
    each file moves on, ``report(done, total)`` for the progress; an
    authentication failure is raised (it would fail for every file)."""
    cancelled = cancelled or (lambda: False)

    def changed(index, state, text):
        if file_changed is not None:
            file_changed(index, state, text)

    def sent(index, done, count, sent_bytes, total):
        if cancelled():  # stops the body mid-way; the service keeps nothing of it
            raise OperationCancelled("Cancelled")
        changed(index, SENDING, f"{100 * sent_bytes // max(1, total)} %")
        if report is not None:
            report(done + sent_bytes / max(1, total), count)

    outcome = UploadOutcome()
    ready = []
    for index, path in enumerate(files):
        try:
            ready.append((index, path, check_image(path, allowed_mime_types)))
        except InvalidInputError as exc:
            outcome.refused[str(path)] = exc.message
            changed(index, REFUSED, exc.message)
    client = connection.client(cancelled)
    for done, (index, path, header) in enumerate(ready):
        if cancelled():
            outcome.cancelled = True
            break
        if on_status is not None:
            on_status(translate("ImageryHub.Imago", "{name} ({number} of {count})").format(
                name=path.name, number=done + 1, count=len(ready)))
        checksum = file_checksum(path, cancelled)
        if checksum is None:
            outcome.cancelled = True
            break
        earlier = ledger.find(checksum, target)
        if earlier:
            outcome.skipped[str(path)] = earlier
            changed(index, SKIPPED, translate("ImageryHub.Imago", "already uploaded on {date}").format(
                date=earlier["uploadedAt"][:10]))
            continue
        changed(index, SENDING, "0 %")
        try:
            result = client.send_image(path, header.mime_type, params,
                                       progress=lambda sent_bytes, total, i=index, n=done:
                                       sent(i, n, len(ready), sent_bytes, total))
        except OperationCancelled:
            outcome.cancelled = True
            changed(index, WAITING, translate("ImageryHub.Imago", "cancelled"))
            break
        except AuthenticationError:
            raise
        except InvalidInputError as exc:  # the service refused it (422): list it with its reason
            outcome.refused[str(path)] = exc.message
            changed(index, REFUSED, exc.message)
            continue
        except ImageryHubError as exc:
            outcome.failed[str(path)] = str(exc)
            changed(index, FAILED, str(exc))
            continue
        ledger.record(checksum, target, path.name, result.image_id, result.imagery_id)
        outcome.uploaded[str(path)] = result
        changed(index, DONE, translate("ImageryHub.Imago", "image {id}").format(id=result.image_id))
        if report is not None:
            report(done + 1, len(ready))
    return outcome


def upload_target(connection, selector):
    """What the ledger remembers an upload's destination by."""
    return f"{connection.base_url} {selector.target_key()}"


class UploadTask(ImageryHubTask):
    """Uploads ``files`` to the imagery ``selector`` names, one after the other."""

    #: (index of the file, state, text) as each file moves on
    fileChanged = pyqtSignal(int, str, str)  # noqa: N815
    keeps_partial_result = True

    def __init__(self, connection, files, selector, ledger_file, allowed_mime_types=ALLOWED_MIME_TYPES,
                 on_success=None, on_error=None):
        count = len(files)
        super().__init__(translate("ImageryHub.Imago", "Imago: uploading %Ln photo(s)", None, count), on_success,
                         on_error)
        self.connection = connection
        self.files = [Path(f) for f in files]
        self.selector = selector
        self.params = selector.upload_params()  # refuses a bad target before the task runs
        self.target = upload_target(connection, selector)
        self.ledger = UploadLedger(ledger_file)
        self.allowed_mime_types = allowed_mime_types

    def work(self):
        return upload_files(self.connection, self.files, self.params, self.target, self.ledger,
                            self.allowed_mime_types, self.is_cancelled, self.fileChanged.emit, self.set_status,
                            self.report)
