"""A sortable table of a result layer's features, kept in sync with the map.

Selecting rows selects those features (and zooms to, or pans to, them);
selecting features on the map selects their rows. Columns are chosen fields.
"""

from qgis.core import NULL, QgsFeatureRequest
from qgis.PyQt.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    pyqtSignal,
)
from qgis.PyQt.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ..core.compat import POINT_GEOMETRY

SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def display_text(value):
    if value is None or value == NULL:
        return ""
    if isinstance(value, QDateTime):
        return value.toString("yyyy-MM-dd HH:mm")
    if isinstance(value, QDate):
        return value.toString("yyyy-MM-dd")
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)


def sort_key(value):
    if value is None or value == NULL:
        return None
    if isinstance(value, QDateTime):
        return value.toMSecsSinceEpoch()
    if isinstance(value, QDate):
        return value.toJulianDay()
    return value


class FeatureTableModel(QAbstractTableModel):
    def __init__(self, columns):
        super().__init__()
        self.columns = columns  # [(field name, header)]
        self.rows = []  # [(fid, [values])]
        self.row_of = {}

    def load(self, layer):
        self.beginResetModel()
        names = [name for name, _ in self.columns]
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
        request.setSubsetOfAttributes(names, layer.fields())
        self.rows = [(f.id(), [f[name] for name in names]) for f in layer.getFeatures(request)]
        self.row_of = {fid: row for row, (fid, _) in enumerate(self.rows)}
        self.endResetModel()

    def clear(self):
        self.beginResetModel()
        self.rows, self.row_of = [], {}
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self.rows[index.row()][1][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(value)
        if role == SORT_ROLE:
            return sort_key(value)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section][1]
        return None

    def fid(self, row):
        return self.rows[row][0]


class _SortProxy(QSortFilterProxyModel):
    def lessThan(self, left, right):
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:
            return a is None and b is not None
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)


class ResultsTable(QTableView):
    """``currentFeatureChanged(fid or None)`` follows the current row."""

    currentFeatureChanged = pyqtSignal(object)  # noqa: N815

    def __init__(self, canvas, columns, parent=None, sort_column=0, sort_order=Qt.SortOrder.AscendingOrder):
        super().__init__(parent)
        self.canvas = canvas
        self.layer = None
        self.source = FeatureTableModel(columns)
        self.proxy = _SortProxy()
        self.proxy.setSourceModel(self.source)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(sort_column, sort_order)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self._syncing = False
        self.selectionModel().selectionChanged.connect(self._rows_selected)
        self.selectionModel().currentRowChanged.connect(self._current_changed)

    def set_layer(self, layer):
        if self.layer is not None:
            self._disconnect()
        self.layer = layer
        if layer is None:
            self.source.clear()
            return
        self.source.load(layer)
        layer.selectionChanged.connect(self._features_selected)
        layer.willBeDeleted.connect(self._layer_gone)
        self.resizeColumnsToContents()

    def _disconnect(self):
        for signal, slot in ((self.layer.selectionChanged, self._features_selected),
                             (self.layer.willBeDeleted, self._layer_gone)):
            try:
                signal.disconnect(slot)
            except TypeError:
                pass

    def _layer_gone(self):
        self.layer = None
        self.source.clear()

    def selected_fids(self):
        return [self.source.fid(self.proxy.mapToSource(i).row()) for i in self.selectionModel().selectedRows()]

    # table → map
    def _rows_selected(self, *_):
        if self._syncing or self.layer is None:
            return
        fids = self.selected_fids()
        self._syncing = True
        try:
            self.layer.selectByIds(fids)
        finally:
            self._syncing = False
        if fids:
            if self.layer.geometryType() == POINT_GEOMETRY:
                self.canvas.panToFeatureIds(self.layer, fids)
            else:
                self.canvas.zoomToFeatureIds(self.layer, fids)

    # map → table
    def _features_selected(self, *_):
        if self._syncing:
            return
        selection = QItemSelection()
        for fid in self.layer.selectedFeatureIds():
            row = self.source.row_of.get(fid)
            if row is None:
                continue
            index = self.proxy.mapFromSource(self.source.index(row, 0))
            selection.select(index, index)
        self._syncing = True
        try:
            flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.selectionModel().select(selection, flags)
            if not selection.isEmpty():
                self.scrollTo(selection.indexes()[0])
        finally:
            self._syncing = False

    def _current_changed(self, current, _previous):
        if not current.isValid():
            self.currentFeatureChanged.emit(None)
            return
        self.currentFeatureChanged.emit(self.source.fid(self.proxy.mapToSource(current).row()))
