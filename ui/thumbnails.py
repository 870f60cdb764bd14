"""Results as pictures: a grid of thumbnails beside a tab's results table.

The grid shows the table's rows (same order, same quick filter) and shares
its selection (the layer's: ui/layer_selection.py), so the map follows either.
Thumbnails are fetched and decoded in tasks, a few at a time and only for the
cells Qt asks to draw; a grey placeholder
stands in meanwhile, and a thumbnail that failed says so in its tooltip.

What a thumbnail is and where it is cached (in the QGIS profile) is the
service's part: a ``fetch(feature, on_success, on_error)`` callable from the
service's ui package starts the task (e.g. ui/spexi/tab.py, ui/mapillary/tab.py).
"""

from qgis.PyQt import sip
from qgis.PyQt.QtCore import QAbstractListModel, QModelIndex, QSize, Qt
from qgis.PyQt.QtGui import QColor, QPixmap
from qgis.PyQt.QtWidgets import QAbstractItemView, QListView, QStackedWidget, QToolButton

from ..core.i18n import translate
from ..providers.errors import ImageryHubError
from .layer_selection import FollowsLayerSelection, follow_layer_selection

THUMB = (128, 96)
#: thumbnails fetched at once, so that a scroll through 20,000 rows stays a trickle
AT_ONCE = 3


def placeholder(text_color="#80868b"):
    pixmap = QPixmap(*THUMB)
    pixmap.fill(QColor(text_color).darker(300))
    return pixmap


class ThumbnailModel(QAbstractListModel):
    """One item per row of the table's model; the picture comes when fetched."""

    def __init__(self, table, fetch, label=None):
        super().__init__()
        self.table, self.fetch = table, fetch
        self.label = label or (lambda values: str(values[0]))
        self.source, self.layer, self.generation = table.source, table.layer, 0
        self.pictures, self.failed = {}, {}  # fid → QPixmap / reason
        self.waiting, self.running = [], set()
        self.empty = placeholder()
        for signal in (self.source.modelReset, self.source.layoutChanged):
            signal.connect(self._reset)

    def _reset(self):
        """The table was re-sorted, filtered or loaded. The same layer keeps its
        pictures and the pictures still wished for (a re-sort arriving while they
        wait must not drop them: cells out of view would never ask again)."""
        self.beginResetModel()
        if self.table.layer is not self.layer:  # another search: its fids name other images
            self.layer, self.generation = self.table.layer, self.generation + 1
            self.pictures, self.failed, self.running, self.waiting = {}, {}, set(), []
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else self.source.rowCount()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= self.source.rowCount():
            return None
        fid, values = self.source.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.label(values)
        if role == Qt.ItemDataRole.DecorationRole:
            if fid in self.pictures:
                return self.pictures[fid]
            if fid not in self.failed:
                self._want(fid)
            return self.empty
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.failed.get(fid) or " · ".join(str(v) for v in values[1:4])
        return None

    # -- fetching, a few at a time ----------------------------------------------------
    def _want(self, fid):
        if fid not in self.running and fid not in self.waiting:
            self.waiting.append(fid)
        self._next()

    def _next(self):
        layer = self.table.layer
        while self.waiting and len(self.running) < AT_ONCE and layer is not None:
            fid = self.waiting.pop()  # the newest wish first: the cells the user scrolled to
            feature = layer.getFeature(fid)
            if not feature.isValid():
                continue
            self.running.add(fid)
            try:
                self.fetch(feature, lambda image, fid=fid, gen=self.generation: self._arrived(gen, fid, image),
                           lambda error, fid=fid, gen=self.generation: self._arrived(gen, fid, None, error))
            except ImageryHubError as error:  # e.g. no key: said once in the tooltip, not retried
                self.running.discard(fid)
                self.failed[fid] = str(error)

    def _arrived(self, generation, fid, image, error=None):
        if sip.isdeleted(self) or generation != self.generation:  # deleted, or a picture of an older search
            return
        self.running.discard(fid)
        pixmap = QPixmap() if image is None else QPixmap.fromImage(image)  # decoded in the task already
        if pixmap.isNull():
            self.failed[fid] = (translate("ImageryHub.Thumbnails", "No picture: {reason}").format(reason=error)
                                if error else translate("ImageryHub.Thumbnails", "No picture"))
        else:
            self.pictures[fid] = pixmap
        row = self.source.row_of.get(fid)
        if row is not None:
            self.dataChanged.emit(self.index(row), self.index(row))
        self._next()


class ThumbnailGrid(FollowsLayerSelection, QListView):
    """The grid; its selection is the table's (and so the map's)."""

    def __init__(self, table, fetch, label=None):
        """``fetch(feature, on_success, on_error)`` starts the task that brings a
        row's picture (a QImage no larger than :data:`THUMB`, decoded in the
        task: :func:`core.images.decode_file`), or
        raises ImageryHubError; ``label(values)`` names a cell (default: the
        first column's value)."""
        super().__init__()
        self.table = table
        self.setModel(ThumbnailModel(table, fetch, label))
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(QSize(*THUMB))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setSpacing(4)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setMouseTracking(True)
        follow_layer_selection(self, self.model(), table.selection)  # the table's rows, the layer's selection
        table.selection.changed.connect(self._selection_changed)
        self.doubleClicked.connect(lambda _index: table.zoom_to_selection())
        self.entered.connect(lambda index: table.highlight_row(index.row()))  # hover outlines the footprint

    def leaveEvent(self, event):  # noqa: N802 (Qt override)
        self.table.clear_highlight()
        super().leaveEvent(event)

    def _selection_changed(self, origin):
        self.viewport().update()  # the cells in view are painted from the layer's selection
        row = None if origin is self else self.table.selection.first_row()
        if row is not None:
            self.scrollTo(self.model().index(row))


def table_or_pictures(table, fetch, label=None, tooltip=None):
    """A tab's results table and its Pictures grid (:class:`ThumbnailGrid` with
    ``fetch`` and ``label``) in one stack, and the checkable **Pictures** button
    that switches between them (``tooltip``: what it shows, if not thumbnails).
    Returns (stack, grid, button)."""
    grid = ThumbnailGrid(table, fetch, label)
    stack = QStackedWidget()
    stack.addWidget(table)
    stack.addWidget(grid)
    button = QToolButton()
    button.setText(translate("ImageryHub.Thumbnails", "Pictures"))
    button.setCheckable(True)
    button.setToolTip(tooltip or translate("ImageryHub.Thumbnails",
                                           "Show the results as thumbnails instead of a table"))
    button.toggled.connect(lambda on: stack.setCurrentIndex(1 if on else 0))
    return stack, grid, button
