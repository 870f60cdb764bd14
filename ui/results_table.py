"""A sortable table of a result layer's features, kept in sync with the map.

Selecting rows selects those features and pans the map to them (double-click
zooms); selecting features on the map selects their rows. A quick filter keeps
the rows with a text in any column; the row under the mouse is outlined on the
map. Columns are chosen fields.
"""


from qgis.gui import QgsFilterLineEdit, QgsHighlight
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QItemSelectionModel, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ..core.i18n import translate
from .layer_selection import FollowsLayerSelection, LayerSelection, follow_layer_selection
from .results_model import FeatureTableModel

HOVER_COLOR, HOVER_FILL = QColor(255, 120, 0, 255), QColor(255, 120, 0, 40)


class ResultsTable(FollowsLayerSelection, QTableView):
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
        # The selected rows are the layer's selected features (ui/layer_selection.py).
        self.selection = LayerSelection(self.source, self)
        self.selection.changed.connect(self._selection_changed)
        follow_layer_selection(self, self.source, self.selection)
        # The header asks for every row whether its column is wholly selected
        # (a call into Python per row: 0.2 s for 100,000 rows after each
        # selection); it selects nothing here (rows are selected, the header
        # sorts), so it gets an empty selection of its own.
        self.horizontalHeader().setSelectionModel(QItemSelectionModel(self.source, self))
        self._highlight = None
        self.setMouseTracking(True)  # the row under the mouse is outlined on the map
        self.entered.connect(lambda index: self.highlight_row(index.row()))
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

    def set_layer(self, layer, rows=None):
        """Show ``layer``'s features; ``rows`` as :func:`core.layers.feature_rows`
        gives them, when a task has read them already (large results)."""
        self.clear_highlight()
        if self.layer is not None:
            self._disconnect()
        self.layer = layer
        self.selection.set_layer(layer)
        if layer is None:
            self.source.clear()
            return
        self.source.load(layer, rows)
        header = self.horizontalHeader()
        self.source.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        layer.willBeDeleted.connect(self._layer_gone)
        self.resizeColumnsToContents()

    def _disconnect(self):
        if sip.isdeleted(self.layer):
            return
        try:
            self.layer.willBeDeleted.disconnect(self._layer_gone)
        except TypeError:
            pass

    def _layer_gone(self):
        self.clear_highlight()
        self.layer = None
        self.selection.set_layer(None)
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

    def selected_rows(self):
        """The rows whose features are selected, top to bottom."""
        return self.selection.rows()

    def selected_fids(self):
        """The feature ids of the selected rows, top to bottom."""
        rows = self.source.rows
        return [rows[row][0] for row in self.selection.rows()]

    def clearSelection(self):  # noqa: N802 (Qt slot): Qt's would see no selection of its own to clear
        if self.layer is not None:
            self.layer.removeSelection()

    # table → map, map → table: both are the layer's selection (ui/layer_selection.py)
    def _selection_changed(self, origin):
        """``origin``: the view whose user selected (this table, the Pictures
        grid), or None (the map)."""
        self.viewport().update()  # the rows in view are painted from the layer's selection
        if origin is not None:  # rows were selected: bring their features into view
            self.pan_to_selection(everything=self.selection.everything())
        if origin is not self:  # show the first selected row
            row = self.selection.first_row()
            if row is not None:
                self.scrollTo(self.source.index(row, 0))

    def pan_to_selection(self, everything=False):
        """Bring the selected features into view at the scale the user chose
        (their box computed by QGIS; with ``everything``, the layer's extent);
        zoom out only when they would not fit."""
        if self.layer is None or not self.layer.selectedFeatureCount():
            return
        bounds = self.layer.extent() if everything else self.layer.boundingBoxOfSelected()
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
        """Zoom the map to the selected features (double-click; their box computed by QGIS)."""
        if self.layer is not None and self.layer.selectedFeatureCount():
            self.canvas.zoomToSelected(self.layer)

    def _current_changed(self, current, _previous):
        if not current.isValid():
            self.currentFeatureChanged.emit(None)
            return
        self.currentFeatureChanged.emit(self.source.fid(current.row()))
