"""A sortable table of a result layer's features, kept in sync with the map.

Selecting rows selects those features and pans the map to them (double-click
zooms); selecting features on the map selects their rows. A quick filter keeps
the rows with a text in any column; the row under the mouse is outlined on the
map. Columns are chosen fields.
"""


from qgis.core import QgsFeatureRequest, QgsRectangle
from qgis.gui import QgsFilterLineEdit, QgsHighlight
from qgis.PyQt import sip
from qgis.PyQt.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QItemSelectionRange,
    Qt,
    pyqtSignal,
    pyqtSlot,
)
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ..core.i18n import translate
from .results_model import FeatureTableModel

HOVER_COLOR, HOVER_FILL = QColor(255, 120, 0, 255), QColor(255, 120, 0, 40)


class ResultsTable(QTableView):
    """``currentFeatureChanged(fid or None)`` follows the current row."""

    currentFeatureChanged = pyqtSignal(object)  # noqa: N815

    def __init__(self, canvas, columns, parent=None, sort_column=0, sort_order=Qt.SortOrder.AscendingOrder,
                 zoom_on_double_click=True):
        super().__init__(parent)
        self.canvas = canvas
        self.layer = None
        # owned by the table, so that it lives exactly as long: a model of its
        # own could go first (Python's teardown at exit), and the layer's signals
        # still connected to the table then reached a deleted model
        self.source = FeatureTableModel(columns, self)
        self.setModel(self.source)
        self.setSortingEnabled(True)
        self.sortByColumn(sort_column, sort_order)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)  # more rows on a small screen
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setResizeContentsPrecision(50)  # widths from the first rows, not all
        # The header asks for every row whether its column is wholly selected
        # (a call into Python per row: 0.2 s for 100,000 rows after each
        # selection); it selects nothing here (rows are selected, the header
        # sorts), so it gets an empty selection of its own.
        self.horizontalHeader().setSelectionModel(QItemSelectionModel(self.source, self))
        self._syncing = False
        self._highlight = None
        self.setMouseTracking(True)  # the row under the mouse is outlined on the map
        self.entered.connect(lambda index: self.highlight_row(index.row()))
        self.selectionModel().selectionChanged.connect(self._rows_selected)
        self.selectionModel().currentRowChanged.connect(self._current_changed)
        if zoom_on_double_click:
            self.doubleClicked.connect(lambda _index: self.zoom_to_selection())

    def filter_edit(self):
        """A quick filter line for this table (any column, any case)."""
        edit = QgsFilterLineEdit()
        edit.setPlaceholderText(translate("ImageryHub.Panel", "Filter the results…"))
        edit.setShowSearchIcon(True)
        edit.textChanged.connect(self.set_filter)
        return edit

    def set_filter(self, text):
        self.source.set_filter(text)
        self._features_selected()  # the map's selection shown again on the rows left

    def set_layer(self, layer, rows=None):
        """Show ``layer``'s features; ``rows`` as :func:`core.layers.feature_rows`
        gives them, when a task has read them already (large results)."""
        self.clear_highlight()
        if self.layer is not None:
            self._disconnect()
        self.layer = layer
        if layer is None:
            self.source.clear()
            return
        self.source.load(layer, rows)
        header = self.horizontalHeader()
        self.source.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        layer.selectionChanged.connect(self._features_selected)
        layer.willBeDeleted.connect(self._layer_gone)
        self.resizeColumnsToContents()

    def _disconnect(self):
        if sip.isdeleted(self.layer):
            return
        for signal, slot in ((self.layer.selectionChanged, self._features_selected),
                             (self.layer.willBeDeleted, self._layer_gone)):
            try:
                signal.disconnect(slot)
            except TypeError:
                pass

    def _layer_gone(self):
        self.clear_highlight()
        self.layer = None
        self.source.clear()

    # the row under the mouse, outlined on the map
    def highlight_row(self, row):
        """Outline the feature of ``row`` on the map (None: nothing)."""
        self.clear_highlight()
        if self.layer is None or row is None or not 0 <= row < self.source.rowCount():
            return
        feature = self.layer.getFeature(self.source.fid(row))
        if not feature.hasGeometry():
            return
        self._highlight = QgsHighlight(self.canvas, feature.geometry(), self.layer)
        self._highlight.setColor(HOVER_COLOR)
        self._highlight.setFillColor(HOVER_FILL)
        self._highlight.setWidth(3)
        self._highlight.show()

    def clear_highlight(self):
        if self._highlight is not None:
            if not sip.isdeleted(self._highlight):
                self.canvas.scene().removeItem(self._highlight)
            self._highlight = None

    def leaveEvent(self, event):  # noqa: N802 (Qt override)
        self.clear_highlight()
        super().leaveEvent(event)

    def fid_at(self, index):
        """The feature id of a row (an index of this table)."""
        return self.source.fid(index.row())

    def row_of(self, fid):
        """The row showing feature ``fid``, or None."""
        return self.source.row_of.get(fid)

    def selected_fids(self):
        """The feature ids of the selected rows, top to bottom. Read from the
        selection's ranges (one for a selection made with Shift or Ctrl+A), not
        row by row: Qt checks each row against every range."""
        rows, fids, end = self.source.rows, [], -1
        for top, bottom in sorted((span.top(), span.bottom()) for span in self.selectionModel().selection()):
            top = max(top, end + 1)  # ranges of single cells may share a row
            if top <= bottom:
                fids.extend(fid for fid, _ in rows[top:bottom + 1])
            end = max(end, bottom)
        return fids

    # table → map
    def _rows_selected(self, *_):
        if self._syncing or self.layer is None:
            return
        rows = len(self.source.rows)
        spans = [(span.top(), span.bottom()) for span in self.selectionModel().selection()]
        everything = rows and spans == [(0, rows - 1)] and rows == self.layer.featureCount()
        fids = None if everything else self.selected_fids()
        self._syncing = True
        try:
            if everything:
                self.layer.selectAll()  # Ctrl+A: no list of 100,000 ids to hand over
            else:
                self.layer.selectByIds(fids)
        finally:
            self._syncing = False
        if everything:
            self.pan_to_selection(everything=True)
        elif fids:
            self.pan_to_selection(fids)

    def pan_to_selection(self, fids=None, everything=False):
        """Bring the selected features (``fids``, by default those of the
        selected rows; with ``everything``, the layer's extent, without reading
        every geometry) into view at the scale the user chose; zoom out only
        when they would not fit."""
        if self.layer is None:
            return
        if not everything:
            fids = self.selected_fids() if fids is None else fids
            if not fids:
                return
        bounds = self.layer.extent() if everything else self._bounds(fids)
        bounds = self.canvas.mapSettings().layerToMapCoordinates(self.layer, bounds)
        extent = self.canvas.extent()
        if extent.contains(bounds):
            return  # already in view: leave the map alone
        if bounds.width() > extent.width() or bounds.height() > extent.height():
            self.canvas.zoomToFeatureExtent(bounds)
        else:
            self.canvas.setCenter(bounds.center())
            self.canvas.refresh()

    def zoom_to_selection(self):
        """Zoom the map to the selected features (double-click)."""
        fids = self.selected_fids()
        if fids and self.layer is not None:
            self.canvas.zoomToFeatureIds(self.layer, fids)

    def _bounds(self, fids):
        bounds = None  # (QgsRectangle.setMinimal() is deprecated from QGIS 3.40, setNull() new there)
        for feature in self.layer.getFeatures(QgsFeatureRequest().setFilterFids(fids).setNoAttributes()):
            box = feature.geometry().boundingBox()
            if bounds is None:
                bounds = QgsRectangle(box)
            else:
                bounds.combineExtentWith(box)
        return bounds if bounds is not None else QgsRectangle()

    # map → table
    @pyqtSlot()  # the signal's id lists (100,000 at once) are never turned into Python sets for nothing
    def _features_selected(self):
        if self._syncing or self.layer is None:
            return
        count, rows = self.layer.selectedFeatureCount(), len(self.source.rows)
        if count and count == rows == self.layer.featureCount():  # all of them: no need to read 100,000 ids
            selection = QItemSelection()
            selection.append(self._rows_range(0, rows - 1))
        else:
            selection = self._selection_of(self.layer.selectedFeatureIds())
        self._syncing = True
        try:
            # Qt compares an old selection with a new one range by range (time
            # grows with their product): clear first, then select from nothing.
            self.selectionModel().clearSelection()
            self.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.Select)
            if not selection.isEmpty():
                self.scrollTo(self.source.index(selection[0].top(), 0))
        finally:
            self._syncing = False

    def _selection_of(self, fids):
        """The rows of ``fids`` as whole-row ranges, consecutive rows in one
        range: Qt merges each new range against all earlier ones, so one range
        per row made selecting 20,000 features take seconds."""
        selection = QItemSelection()
        row_of = self.source.row_of
        if len(fids) > len(row_of) // 2:  # most of them (e.g. inverted): the ranges between the rows left out
            start = 0
            fids = fids if isinstance(fids, (set, frozenset)) else set(fids)  # selectedFeatureIds: a set already
            for row in sorted(row_of[fid] for fid in row_of.keys() - fids):
                if row > start:
                    selection.append(self._rows_range(start, row - 1))
                start = row + 1
            if start < len(row_of):
                selection.append(self._rows_range(start, len(row_of) - 1))
            return selection
        start = previous = None
        for row in sorted({row_of[fid] for fid in fids if fid in row_of}):
            if previous is None or row != previous + 1:
                if start is not None:
                    selection.append(self._rows_range(start, previous))
                start = row
            previous = row
        if start is not None:
            selection.append(self._rows_range(start, previous))
        return selection

    def _rows_range(self, top, bottom):
        return QItemSelectionRange(self.source.index(top, 0), self.source.index(bottom, self.source.columnCount() - 1))

    def _current_changed(self, current, _previous):
        if not current.isValid():
            self.currentFeatureChanged.emit(None)
            return
        self.currentFeatureChanged.emit(self.source.fid(current.row()))
