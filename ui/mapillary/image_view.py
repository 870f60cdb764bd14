"""The picture of the Mapillary viewer: the image fitted to the widget, with
detections as labelled outlines, blurs and object-recognition rectangles on top,
and a rectangle the user drags to ask for a new blur. Painted with QPainter:
plain Qt widgets, no web engine.

Overlay coordinates are normalised (0…1 of the image, y down), so they fit
whatever size of thumbnail is shown.
"""

from qgis.PyQt.QtCore import QPointF, QRectF, QSize, Qt, pyqtSignal
from qgis.PyQt.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTextOption,
)
from qgis.PyQt.QtWidgets import QSizePolicy, QWidget

from ...core.i18n import translate

BACKGROUND = QColor(32, 34, 38)
CLASS_COLORS = (  # by the start of the detection value
    ("object--vehicle", QColor(255, 150, 30)),
    ("regulatory", QColor(255, 60, 60)),
    ("warning", QColor(255, 210, 40)),
    ("information", QColor(60, 160, 255)),
    ("complementary", QColor(60, 160, 255)),
    ("object--support", QColor(60, 220, 230)),
    ("object--street-light", QColor(60, 220, 230)),
    ("object--traffic-light", QColor(255, 210, 40)),
    ("nature", QColor(90, 230, 90)),
)
OTHER_COLOR = QColor(230, 90, 230)
BLUR_COLOR = QColor(250, 250, 250)
OBJECT_COLOR = QColor(255, 140, 0)


def class_color(value):
    for prefix, color in CLASS_COLORS:
        if value.startswith(prefix):
            return color
    return OTHER_COLOR


def object_label(kind, score):
    """"regulatory_maximum_speed_limit_30", 0.92 → "maximum speed limit 30 0.92"."""
    words = kind.split("_")
    if len(words) > 1 and words[0] in ("regulatory", "information", "warning", "mandatory", "complementary"):
        words = words[1:]
    return f"{' '.join(words)} {score:.2f}"


def short_label(value):
    """"regulatory--maximum-speed-limit-30--g1" → "maximum speed limit 30"."""
    parts = [p for p in value.split("--") if p]
    if len(parts) > 1 and len(parts[-1]) <= 3 and parts[-1][:1] == "g" and parts[-1][1:].isdigit():
        parts = parts[:-1]  # the sign design variant
    return (parts[-1] if parts else value).replace("-", " ").replace("_", " ")


class ImageView(QWidget):
    """``blurDrawn(rect)`` gives a dragged rectangle as (x min, y min, x max, y max), normalised."""

    blurDrawn = pyqtSignal(tuple)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.image = None  # QImage
        self.message = translate("ImageryHub.Mapillary", "Click an image point on the map to see it here")
        self.detections = []  # [(value, [normalised rings])]
        self.blurs = []  # [(rect, type, pending)]
        self.objects = []  # [(rect, label)]
        self.show_detections = self.show_blurs = self.show_objects = True
        self.draw_mode = False
        self._drag_start = None
        self._tags = []
        self.drawn_rect = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 200)

    def sizeHint(self):
        return QSize(640, 420)

    # -- content ---------------------------------------------------------------------------
    def set_image(self, image, detections=(), blurs=(), objects=()):
        self.image = image
        self.detections = list(detections)
        self.blurs = list(blurs)
        self.objects = list(objects)
        self.drawn_rect = None
        self.update()

    def set_blurs(self, blurs):
        self.blurs = list(blurs)
        self.update()

    def set_message(self, text, keep_image=False):
        self.message = text
        if not keep_image:
            self.image = None
            self.detections, self.blurs, self.objects = [], [], []
        self.update()

    def set_layers(self, detections=None, blurs=None, objects=None):
        """Toggle what is drawn over the image (None leaves it as is)."""
        for name, value in (("show_detections", detections), ("show_blurs", blurs), ("show_objects", objects)):
            if value is not None:
                setattr(self, name, bool(value))
        self.update()

    def set_draw_mode(self, enabled):
        self.draw_mode = bool(enabled)
        self._drag_start = None
        if not enabled:
            self.drawn_rect = None
        self.setCursor(Qt.CursorShape.CrossCursor if enabled else Qt.CursorShape.ArrowCursor)
        self.update()

    # -- geometry ----------------------------------------------------------------------------
    def image_rect(self):
        """Where the image is drawn: fitted, centred, aspect kept."""
        if self.image is None or self.image.isNull():
            return QRectF()
        scale = min(self.width() / self.image.width(), self.height() / self.image.height())
        width, height = self.image.width() * scale, self.image.height() * scale
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def to_widget(self, x, y, frame=None):
        frame = frame or self.image_rect()
        return QPointF(frame.x() + x * frame.width(), frame.y() + y * frame.height())

    def to_image(self, point):
        frame = self.image_rect()
        if frame.isEmpty():
            return None
        x = (point.x() - frame.x()) / frame.width()
        y = (point.y() - frame.y()) / frame.height()
        return min(1.0, max(0.0, x)), min(1.0, max(0.0, y))

    def _rect(self, rect, frame):
        x1, y1, x2, y2 = rect
        return QRectF(self.to_widget(x1, y1, frame), self.to_widget(x2, y2, frame))

    # -- painting ----------------------------------------------------------------------------
    def paintEvent(self, event):  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), BACKGROUND)
        if self.image is None or self.image.isNull():
            painter.setPen(QColor(200, 200, 200))
            option = QTextOption(Qt.AlignmentFlag.AlignCenter)
            option.setWrapMode(QTextOption.WrapMode.WordWrap)
            painter.drawText(QRectF(self.rect()), self.message, option)
            return
        frame = self.image_rect()
        self._tags = []  # label rectangles placed so far in this paint
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(frame, self.image)
        if self.show_blurs:
            self._paint_blurs(painter, frame)
        if self.show_objects:
            for rect, label in self.objects:
                self._paint_box(painter, self._rect(rect, frame), OBJECT_COLOR, label, Qt.PenStyle.DashLine, True)
        if self.show_detections:
            self._paint_detections(painter, frame)
        if self.drawn_rect is not None:
            self._paint_box(painter, self._rect(self.drawn_rect, frame), BLUR_COLOR, translate(
                "ImageryHub.Mapillary", "new blur"),
                            Qt.PenStyle.DashLine)
        painter.end()

    def _paint_detections(self, painter, frame):
        for value, rings in self.detections:
            color = class_color(value)
            path = QPainterPath()
            for ring in rings:
                path.addPolygon(QPolygonF([self.to_widget(x, y, frame) for x, y in ring]))
                path.closeSubpath()
            fill = QColor(color)
            fill.setAlpha(45)
            painter.setBrush(QBrush(fill))
            painter.setPen(QPen(color, 2))
            painter.drawPath(path)
            self._paint_label(painter, path.boundingRect(), color, short_label(value))

    def _paint_blurs(self, painter, frame):
        for rect, kind, pending in self.blurs:
            area = self._rect(rect, frame)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(QColor(210, 210, 210, 235 if not pending else 120)))
            painter.drawRect(area)
            label = translate("ImageryHub.Mapillary", "{kind} (requested)").format(kind=kind) if pending else kind
            self._paint_box(painter, area, BLUR_COLOR, label, Qt.PenStyle.DotLine if pending else Qt.PenStyle.SolidLine)

    def _paint_box(self, painter, area, color, label, style=Qt.PenStyle.SolidLine, below=False):
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(color, 2, style))
        painter.drawRect(area)
        self._paint_label(painter, area, color, label, below)

    def _paint_label(self, painter, area, color, text, below=False):
        """A small tag above the outline (below it for object-recognition boxes,
        which often frame the same sign as a detection), inside the widget."""
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        painter.setFont(font)
        metrics = QFontMetrics(font)
        width, height = metrics.horizontalAdvance(text) + 8, metrics.height() + 2
        x = min(max(0.0, area.left()), self.width() - width)
        above = area.top() - height
        y = area.bottom() if below or above < 0 else above
        y = min(y, self.height() - height)
        tag = QRectF(x, y, width, height)
        step = height if y >= area.top() else -height  # away from the outline
        for _ in range(4):  # small far-away things crowd together: stack their tags
            if not any(tag.intersects(placed) for placed in self._tags):
                break
            tag.translate(0, step)
        self._tags.append(tag)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(color))
        painter.drawRect(tag)
        painter.setPen(QColor(0, 0, 0) if color.lightness() > 140 else QColor(255, 255, 255))
        painter.drawText(tag, text, QTextOption(Qt.AlignmentFlag.AlignCenter))

    # -- dragging a blur rectangle ---------------------------------------------------------
    def mousePressEvent(self, event):  # noqa: N802
        if self.draw_mode and event.button() == Qt.MouseButton.LeftButton and self.image is not None:
            self._drag_start = self.to_image(event.pos())
            self.drawn_rect = None
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event):  # noqa: N802
        if self._drag_start is not None:
            end = self.to_image(event.pos())
            self.drawn_rect = _ordered(self._drag_start, end)
            self.update()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event):  # noqa: N802
        if self._drag_start is not None and event.button() == Qt.MouseButton.LeftButton:
            self.drawn_rect = _ordered(self._drag_start, self.to_image(event.pos()))
            self._drag_start = None
            self.update()
            self.blurDrawn.emit(self.drawn_rect)
            return
        super().mouseReleaseEvent(event)


def _ordered(a, b):
    return min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1])
