"""Showing Spexi images: a thumbnail label, a full-size viewer, and a loader
that fetches images in tasks and hands the newest answer per slot back on the
GUI thread (a quick succession of selections shows only the last one)."""

from pathlib import Path

from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QKeySequence, QPainter, QPixmap
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGraphicsScene,
    QGraphicsView,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from ...core.i18n import translate
from ...core.spexi.tasks import FetchImageTask


class ImageLoader:
    """``load(slot, image_id, url, variant, callback, make_client)``:
    ``callback(path, error)`` runs on the GUI thread, unless a newer load for
    the same slot came since."""

    def __init__(self, context):
        self.context = context
        self._latest = {}

    def load(self, slot, image_id, url, variant, callback, make_client, thumbnail=None, decode=False):
        token = (image_id, variant, object())
        self._latest[slot] = token

        def deliver(path=None, error=None):
            if self._latest.get(slot) is token:
                callback(path, error)

        task = FetchImageTask(make_client, image_id, url, variant, thumbnail,
                              on_success=lambda path: deliver(path=path),
                              on_error=lambda error: deliver(error=error), decode=decode)
        self.context.start(task)
        return task

    def forget(self):
        self._latest.clear()


class Thumbnail(QLabel):
    """A picture already made to fit a box (see FetchImageTask's thumbnails: no
    smooth scaling on the GUI thread), or a line of text."""

    def __init__(self, width=320, height=240, parent=None):
        super().__init__(parent)
        self.box = (width, height)
        self.path = None
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFixedSize(width, height)  # the picture is made for this box: never squeezed or clipped
        self.setStyleSheet("background: #202124; color: #dadce0;")
        self.setWordWrap(True)

    def show_file(self, path):
        pixmap = QPixmap(str(path))
        if pixmap.isNull():
            self.show_text(translate("ImageryHub.Spexi", "Could not read {name}").format(name=Path(path).name))
            return False
        self.path = str(path)
        self.setPixmap(pixmap)
        return True

    def show_text(self, text):
        self.path = None
        self.setPixmap(QPixmap())
        self.setText(text)


class _ZoomingView(QGraphicsView):
    zoomed = pyqtSignal()

    def wheelEvent(self, event):  # noqa: N802 (Qt override)
        factor = 1.25 if event.angleDelta().y() > 0 else 0.8
        self.scale(factor, factor)
        self.zoomed.emit()


class ImageViewer(QDialog):
    """One image, fitted to the window (F) or at full size; the mouse wheel zooms
    and dragging pans. Scaling happens while painting, not on a copy."""

    def __init__(self, image, title, parent=None):
        """``image``: a QImage decoded in the task (core.images)."""
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("SpexiImageViewer")
        self.pixmap = QPixmap.fromImage(image)
        self.scene = QGraphicsScene(self)
        item = self.scene.addPixmap(self.pixmap)
        item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.view = _ZoomingView(self.scene)
        self.view.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.view.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.view.zoomed.connect(lambda: self.fit_button.setChecked(False))
        self.fit_button = QPushButton(translate("ImageryHub.Spexi", "&Fit to window"))
        self.fit_button.setCheckable(True)
        self.fit_button.setChecked(True)
        self.fit_button.setShortcut(QKeySequence("F"))
        self.fit_button.toggled.connect(self._show)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.fit_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        caption = QLabel(translate(
            "ImageryHub.Spexi", "{title}: {width} × {height} px. Wheel to zoom, drag to pan, F to fit.")
                         .format(title=title, width=self.pixmap.width(), height=self.pixmap.height()))
        caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(caption)
        layout.addWidget(buttons)
        self.resize(1000, 800)

    def showEvent(self, event):  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._show()

    def resizeEvent(self, event):  # noqa: N802
        super().resizeEvent(event)
        self._show()

    def _show(self, *_):
        if self.fit_button.isChecked():
            self.view.fitInView(self.scene.itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)
        elif self.sender() is self.fit_button:
            self.view.resetTransform()
