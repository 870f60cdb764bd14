"""The Mapillary image viewer: a panel with the image and its detections,
metadata, previous/next along the sequence, "Open on mapillary.com", a marker
on the map that follows the shown image, and with a v2 client id the comments,
blurs, object recognition and "Report image". Everything slow runs in tasks."""

from collections import Counter

from qgis.gui import QgsDockWidget
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl, pyqtSignal
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.i18n import number, translate
from ...core.mapillary.access import VIEWER_SIZE_KEY, MapillaryAccess
from ...core.mapillary.viewer import load_image, post_comment, report_image, request_blur
from ...core.tasks import FunctionTask
from ...providers.errors import ImageryHubError
from ...providers.mapillary.client import MapillaryClient
from .image_view import ImageView, object_label, short_label
from .map_items import ViewDirectionMarker
from .v2_panel import V2Panel

NO_V2_HINT = QT_TRANSLATE_NOOP("ImageryHub.Mapillary", "Comments, blurs, object recognition and reports need a "
                                                        "Mapillary v2 client id (Imagery Hub settings).")


def blur_overlays(blurs):
    return [(b.rect, b.type, b.pending) for b in blurs]


class MapillaryViewer(QgsDockWidget):
    """``imageShown(image id)`` after an image has been loaded and drawn."""

    imageShown = pyqtSignal(str)

    def __init__(self, context, canvas, parent=None):
        super().__init__(translate("ImageryHub.Mapillary", "Mapillary viewer"), parent)
        self.setObjectName("ImageryHubMapillaryViewer")
        self.context = context
        self.current = None  # core.mapillary_viewer.ViewedImage
        self.access = None
        self.sequences = {}
        self.task = None
        self.action_task = None
        self.marker = ViewDirectionMarker(canvas)

        self.previous_button = QPushButton(translate("ImageryHub.Mapillary", "◀ Previous"))
        self.next_button = QPushButton(translate("ImageryHub.Mapillary", "Next ▶"))
        self.position = QLabel()
        self.position.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.position.setMinimumWidth(self.position.fontMetrics().horizontalAdvance("0000 / 0000") + 8)
        self.detections_check = QCheckBox(translate("ImageryHub.Mapillary", "Detections"))
        self.blurs_check = QCheckBox(translate("ImageryHub.Mapillary", "Blurs"))
        self.objects_check = QCheckBox(translate("ImageryHub.Mapillary", "Objects"))
        self.open_button = QPushButton(translate("ImageryHub.Mapillary", "Open on mapillary.com"))
        for check in (self.detections_check, self.blurs_check, self.objects_check):
            check.setChecked(True)
            check.toggled.connect(self._toggle_layers)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.open_button.clicked.connect(self.open_in_browser)
        self.previous_button.setShortcut("Alt+Left")
        self.next_button.setShortcut("Alt+Right")
        bar = QHBoxLayout()
        for widget in (self.previous_button, self.position, self.next_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.detections_check, self.blurs_check, self.objects_check, self.open_button):
            bar.addWidget(widget)

        self.view = ImageView()
        self.meta = QLabel()
        self.meta.setWordWrap(True)
        self.meta.setTextFormat(Qt.TextFormat.RichText)
        self.meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.v2_panel = V2Panel()
        self.v2_hint = QLabel(translate("ImageryHub.Mapillary", NO_V2_HINT))
        self.v2_hint.setWordWrap(True)
        self.v2_panel.commentPosted.connect(self.post_comment)
        self.v2_panel.blurModeChanged.connect(self.view.set_draw_mode)
        self.v2_panel.blurRequested.connect(self.send_blur)
        self.v2_panel.reportRequested.connect(self.report)
        self.view.blurDrawn.connect(self.v2_panel.blur_drawn)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 0, 0, 0)
        side_layout.addWidget(self.meta)
        side_layout.addWidget(self.status)
        side_layout.addWidget(self.v2_hint)
        side_layout.addWidget(self.v2_panel, 1)
        side_layout.addStretch(0)  # keeps the text at the top while the v2 panel is hidden
        side.setMinimumWidth(300)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.view)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.setWidget(body)
        self._set_v2(False)
        self._update_controls()

    # -- showing an image -------------------------------------------------------------
    def show_image(self, image_id):
        """Load and show an image (in a task); the previous load is cancelled."""
        try:
            self.access = MapillaryAccess.from_context(self.context)
        except ImageryHubError as exc:  # credentials missing or the Authentication Manager locked
            self.context.notify.error(exc, translate("ImageryHub.Mapillary", "Mapillary viewer"))
            return
        if self.task is not None and not sip.isdeleted(self.task):
            self.task.cancel()
        self.status.setText(translate("ImageryHub.Mapillary", "Loading image {image}…").format(image=image_id))
        self.view.set_message(translate("ImageryHub.Mapillary", "Loading…"), keep_image=self.current is not None)
        size = str(self.context.settings.value(VIEWER_SIZE_KEY, "1024", str))
        access, sequences = self.access, self.sequences
        task = FunctionTask(translate(
            "ImageryHub.Mapillary", "Imagery Hub: Mapillary image {image}").format(image=image_id),
                            lambda task: load_image(access, image_id, size, sequences, task.is_cancelled))
        # only the latest request may change the view: an older one can end after it
        task.on_success = lambda viewed: self._loaded(viewed) if task is self.task else None
        task.on_error = lambda error: self._failed(error) if task is self.task else None
        self.task = task
        self.context.start(task)
        self.show()
        self.raise_()

    def _loaded(self, viewed):
        self.current = viewed
        image = viewed.picture
        detections = [(d.value, ring_list) for d in viewed.detections for ring_list in d.normalized()]
        blurs, objects = [], []
        if viewed.v2 is not None:
            blurs = blur_overlays(viewed.v2.blurs)
            if viewed.v2.recognition is not None:
                objects = [(o.rect, object_label(o.type, o.score)) for o in viewed.v2.recognition.objects]
        self.view.set_image(image, detections, blurs, objects)
        record = viewed.record
        if record.camera is not None and self.marker is not None:
            self.marker.set_image(record.camera.x, record.camera.y, record.heading, record.properties.get("is_pano"))
            self.marker.ensure_visible()
        self.meta.setText(self._metadata_html(viewed))
        skipped = getattr(viewed.detections, "skipped", 0)
        unreadable = (translate(
            "ImageryHub.Mapillary", "%Ln detection(s) could not be read: not drawn", None, skipped)
                      if skipped else None)
        notes = [text for text in (viewed.detections_error, unreadable, viewed.v2.error if viewed.v2 else None)
                 if text]
        self.status.setText("\n".join(notes))
        self._set_v2(viewed.v2 is not None)
        if viewed.v2 is not None:
            self.v2_panel.set_comments(viewed.v2.comments)
            self.v2_panel.end_blur()
        self._update_controls()
        self.imageShown.emit(record.id)

    def _failed(self, error):
        self.status.setText("")
        self.view.set_message(translate(
            "ImageryHub.Mapillary", "The image could not be loaded"), keep_image=self.current is not None)
        self.context.notify.error(error, translate("ImageryHub.Mapillary", "Mapillary viewer"))

    def _metadata_html(self, viewed):
        record, props = viewed.record, viewed.record.properties
        unknown = translate("ImageryHub.Mapillary", "unknown")
        when = record.captured_at.strftime("%Y-%m-%d %H:%M UTC") if record.captured_at else translate(
            "ImageryHub.Mapillary", "unknown date")
        camera = " ".join(v for v in (props.get("make"), props.get("model")) if v) or translate(
            "ImageryHub.Mapillary", "camera not recorded")
        lines = [f"<b>{when}</b>",
                 f"{record.capture_type or unknown} · {camera}",
                 translate(
                     "ImageryHub.Mapillary", "by <b>{creator}</b>").format(
                     creator=props.get("creator_username", unknown))]
        details = []
        if record.heading is not None:
            details.append(translate(
                "ImageryHub.Mapillary", "heading {heading}°").format(heading=number(record.heading, 0)))
        if record.altitude is not None:
            details.append(translate(
                "ImageryHub.Mapillary", "altitude {altitude} m").format(altitude=number(record.altitude, 1)))
        if details:
            lines.append(" · ".join(details))
        lines.append(translate("ImageryHub.Mapillary", "<small>image {image}<br>sequence {sequence}</small>").format(
            image=record.id, sequence=props.get("sequence", "–")))
        counts = Counter(short_label(d.value) for d in viewed.detections)
        if counts:
            lines.append(translate("ImageryHub.Mapillary", "Detections: {list}").format(
                list=", ".join(f"{number(n)} {label}" for label, n in counts.most_common())))
        else:
            lines.append(translate("ImageryHub.Mapillary", "No detections"))
        return "<br>".join(lines)

    def _set_v2(self, available):
        self.v2_panel.setVisible(available)
        self.v2_hint.setVisible(not available)
        self.blurs_check.setEnabled(available)
        self.objects_check.setEnabled(available)

    def _update_controls(self):
        viewed = self.current
        self.previous_button.setEnabled(bool(viewed and viewed.neighbour(-1)))
        self.next_button.setEnabled(bool(viewed and viewed.neighbour(1)))
        self.open_button.setEnabled(viewed is not None)
        if viewed is not None and viewed.index >= 0:
            self.position.setText(f"{viewed.index + 1} / {len(viewed.sequence)}")
        else:
            self.position.setText("")

    def _toggle_layers(self):
        self.view.set_layers(self.detections_check.isChecked(), self.blurs_check.isChecked(),
                             self.objects_check.isChecked())

    def step(self, offset):
        neighbour = self.current.neighbour(offset) if self.current else None
        if neighbour:
            self.show_image(neighbour)

    def open_in_browser(self):
        if self.current is not None:
            QDesktopServices.openUrl(QUrl(MapillaryClient.web_url(self.current.record.id)))

    # -- v2 actions ----------------------------------------------------------------------
    def _run_action(self, description, function, on_success):
        if self.current is None or self.access is None or not self.access.has_v2:
            return
        self.v2_panel.set_busy(True)

        def done(result):
            self.v2_panel.set_busy(False)
            on_success(result)

        def failed(error):
            self.v2_panel.set_busy(False)
            self.context.notify.error(error, description)

        self.action_task = FunctionTask(f"Imagery Hub: {description}", function, on_success=done, on_error=failed)
        self.context.start(self.action_task)

    def post_comment(self, text):
        access, image_id = self.access, self.current.record.id

        def posted(comments):
            self.v2_panel.comment_edit.clear()
            self.v2_panel.set_comments(comments)
            self.context.notify.success(translate("ImageryHub.Mapillary", "Comment posted on Mapillary"))

        self._run_action(translate("ImageryHub.Mapillary", "Mapillary comment"),
                         lambda task: post_comment(access, image_id, text, task.is_cancelled), posted)

    def send_blur(self):
        rect = self.view.drawn_rect
        if rect is None:
            return
        access, image_id = self.access, self.current.record.id

        def requested(blurs):
            self.v2_panel.end_blur()
            self.view.set_blurs(blur_overlays(blurs))
            self.context.notify.success(translate("ImageryHub.Mapillary", "Blur requested: Mapillary will review it"))

        self._run_action(translate("ImageryHub.Mapillary", "Mapillary blur request"),
                         lambda task: request_blur(access, image_id, rect, task.is_cancelled), requested)

    def report(self, reason):
        access, image_id = self.access, self.current.record.id
        reported = translate("ImageryHub.Mapillary", "Image {image} reported to Mapillary").format(image=image_id)
        self._run_action(translate("ImageryHub.Mapillary", "Mapillary report"),
                         lambda task: report_image(access, image_id, reason, task.is_cancelled),
                         lambda _id: self.context.notify.success(reported))

    # -- lifecycle ---------------------------------------------------------------------------
    def cleanup(self):
        for task in (self.task, self.action_task):
            if task is not None and not sip.isdeleted(task):
                task.cancel()
        if self.marker is not None:
            self.marker.canvas.scene().removeItem(self.marker)
            self.marker = None

    def closeEvent(self, event):  # noqa: N802 (Qt override)
        if self.marker is not None:
            self.marker.clear()
        super().closeEvent(event)
