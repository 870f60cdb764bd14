"""The inventory's timeline: captures per month, one row per service, painted
with QPainter (no charting dependency). A cell's dot grows with the count;
clicking a cell asks for that service's captures of that month."""

import math

from qgis.PyQt.QtCore import QPointF, QRectF, QSize, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor, QFontMetrics, QPainter, QPen, QTextOption
from qgis.PyQt.QtWidgets import QSizePolicy, QWidget

from ..core.i18n import translate

ROW_HEIGHT = 22
AXIS_HEIGHT = 18


def month_index(year, month):
    return year * 12 + month - 1


class Timeline(QWidget):
    """``set_rows([(service id, label, colour, {(year, month): count})])``."""

    monthClicked = pyqtSignal(str, int, int)  # noqa: N815  service id, year, month

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows = []
        self.first = self.last = None  # month indices shown
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows):
        self.rows = [row for row in rows if row[3]]
        months = [month_index(*key) for row in self.rows for key in row[3]]
        self.first, self.last = (min(months), max(months)) if months else (None, None)
        self.setFixedHeight(AXIS_HEIGHT + ROW_HEIGHT * max(1, len(self.rows)) + 4)
        self.setToolTip(translate("ImageryHub.Inventory",
                                  "Captures per month, one row per service: click a month to select its footprints"))
        self.update()

    def sizeHint(self):  # noqa: N802 (Qt API)
        return QSize(360, AXIS_HEIGHT + ROW_HEIGHT * max(1, len(self.rows)) + 4)

    # -- geometry -------------------------------------------------------------------
    def _label_width(self):
        metrics = QFontMetrics(self.font())
        return max([metrics.horizontalAdvance(row[1]) for row in self.rows] + [40]) + 8

    def _months(self):
        return self.last - self.first + 1

    def _cell(self, row, month):
        left = self._label_width()
        width = (self.width() - left - 4) / self._months()
        return QRectF(left + (month - self.first) * width, AXIS_HEIGHT + row * ROW_HEIGHT, width, ROW_HEIGHT)

    def cell_at(self, point):
        """(service id, year, month) under ``point``, or None."""
        if self.first is None:
            return None
        for row, (service_id, _label, _colour, counts) in enumerate(self.rows):
            for month in range(self.first, self.last + 1):
                if self._cell(row, month).contains(QPointF(point)):
                    year, index = divmod(month, 12)
                    return (service_id, year, index + 1) if counts.get((year, index + 1)) else None
        return None

    def centre_of(self, service_id, year, month):
        """Where a user clicks for this cell (for tests and the screenshot)."""
        row = [r[0] for r in self.rows].index(service_id)
        return self._cell(row, month_index(year, month)).center().toPoint()

    # -- painting -------------------------------------------------------------------
    def paintEvent(self, event):  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette_text = self.palette().color(self.foregroundRole())
        if self.first is None:
            painter.setPen(palette_text)
            painter.drawText(QRectF(self.rect()), translate("ImageryHub.Inventory", "No dated captures yet"),
                             QTextOption(Qt.AlignmentFlag.AlignCenter))
            painter.end()
            return
        left = self._label_width()
        peak = max(max(row[3].values()) for row in self.rows)
        self._paint_axis(painter, left, palette_text)
        for row, (_service_id, label, colour, counts) in enumerate(self.rows):
            top = AXIS_HEIGHT + row * ROW_HEIGHT
            painter.setPen(palette_text)
            painter.drawText(QRectF(0, top, left - 6, ROW_HEIGHT), label,
                             QTextOption(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
            painter.setPen(QPen(QColor(colour).darker(130), 0.8))
            fill = QColor(colour)
            for (year, month), count in counts.items():
                cell = self._cell(row, month_index(year, month))
                # area ∝ count: the square root keeps a busy month from hiding the others
                radius = max(1.5, min(cell.width(), ROW_HEIGHT) * 0.5 * math.sqrt(count / peak))
                radius = max(1.5, min(radius, ROW_HEIGHT / 2 - 1))
                painter.setBrush(fill)
                painter.drawEllipse(cell.center(), radius, radius)
        painter.end()

    def _paint_axis(self, painter, left, colour):
        """A tick at every January, labelled with the year where there is room."""
        grid = QColor(colour)
        grid.setAlpha(60)
        metrics = QFontMetrics(self.font())
        last_label_right = -1.0
        for month in range(self.first, self.last + 1):
            year, index = divmod(month, 12)
            if index != 0 and month != self.first:
                continue
            x = self._cell(0, month).left()
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(x, AXIS_HEIGHT - 2), QPointF(x, self.height()))
            text = str(year)
            if x > last_label_right and x + metrics.horizontalAdvance(text) < self.width():
                painter.setPen(colour)
                painter.drawText(QPointF(x + 2, AXIS_HEIGHT - 5), text)
                last_label_right = x + metrics.horizontalAdvance(text) + 6

    def mousePressEvent(self, event):  # noqa: N802 (Qt API)
        point = event.position().toPoint() if hasattr(event, "position") else event.pos()
        cell = self.cell_at(point)
        if cell:
            self.monthClicked.emit(*cell)

    def mouseMoveEvent(self, event):  # noqa: N802 (Qt API)
        point = event.position().toPoint() if hasattr(event, "position") else event.pos()
        cell = self.cell_at(point)
        if cell:
            count = next(r[3] for r in self.rows if r[0] == cell[0])[(cell[1], cell[2])]
            self.setToolTip(translate("ImageryHub.Inventory", "{month}: %Ln capture(s)", None, count).format(
                month=f"{cell[1]}-{cell[2]:02d}"))
