"""The processings of a project: a sortable table and what can be done with a row.

The panel only shows and asks; the tab does the work. Keys: Enter loads the
results, F2 renames, Delete deletes (after a confirmation), F5 refreshes.
"""

from qgis.PyQt.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    pyqtSignal,
)
from qgis.PyQt.QtGui import QColor, QKeySequence
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.i18n import number, translate
from ...core.mapflow.words import local_time, short_number, status_text
from ..item_actions import add_item_actions

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: the headers, translated where they are shown
COLUMNS = (QT_TRANSLATE_NOOP("ImageryHub.Mapflow", "Name"), QT_TRANSLATE_NOOP("ImageryHub.Mapflow", "Status"),
           QT_TRANSLATE_NOOP("ImageryHub.Mapflow", "Area km²"), QT_TRANSLATE_NOOP("ImageryHub.Mapflow", "Cost"),
           QT_TRANSLATE_NOOP("ImageryHub.Mapflow", "Created"))
STATUS_COLORS = {"OK": "#1b7f2a", "FAILED": "#b00020", "IN_PROGRESS": "#a15c00", "UNPROCESSED": "#555555"}


class ProcessingsModel(QAbstractTableModel):
    def __init__(self):
        super().__init__()
        self.items = []

    def set_items(self, processings):
        self.beginResetModel()
        self.items = list(processings)
        self.endResetModel()

    def row_of(self, processing_id):
        return next((row for row, p in enumerate(self.items) if p.id == processing_id), None)

    def update(self, processing, insert=False):
        """Replace the row of this processing (or add it on top when ``insert``)."""
        row = self.row_of(processing.id)
        if row is None:
            if insert:
                self.beginInsertRows(QModelIndex(), 0, 0)
                self.items.insert(0, processing)
                self.endInsertRows()
            return
        self.items[row] = processing
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def remove(self, processing_id):
        row = self.row_of(processing_id)
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.items[row]
            self.endRemoveRows()

    def rowCount(self, parent=QModelIndex()):  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("ImageryHub.Mapflow", COLUMNS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        processing, column = self.items[index.row()], index.column()
        values = (processing.name, status_text(processing), processing.area_km2, processing.cost,
                  processing.created)
        value = values[column]
        if role == SORT_ROLE:
            if column == 1:
                return (processing.status, processing.percent)
            return value.timestamp() if column == 4 and value else (value if value is not None else -1)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 1 and processing.status == "IN_PROGRESS":
                return f"{value} {processing.percent} %"  # status and progress in one narrow column
            if column == 2:
                return number(value, 2)
            if column == 3:
                return "" if value is None else short_number(value)
            if column == 4:
                return local_time(value.astimezone()) if value else ""
            return value
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            return QColor(STATUS_COLORS.get(processing.status, "#333333"))
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [processing.name, f"{processing.model_name}", status_text(processing)]
            return "\n".join(lines + processing.error_lines())
        return None

    def processing(self, row):
        return self.items[row]


class ProcessingsPanel(QWidget):
    """Signals carry the selected Processing."""

    loadRequested = pyqtSignal(object)
    downloadRequested = pyqtSignal(object)
    aoisRequested = pyqtSignal(object)
    renameRequested = pyqtSignal(object)
    restartRequested = pyqtSignal(object)
    moveRequested = pyqtSignal(object)
    deleteRequested = pyqtSignal(object)
    errorsRequested = pyqtSignal(object)
    refreshRequested = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = ProcessingsModel()
        self.proxy = QSortFilterProxyModel()
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)  # names can be long: the user decides
        header.resizeSection(0, 130)
        header.setStretchLastSection(True)
        self.table.setMinimumHeight(170)
        self.table.doubleClicked.connect(lambda _: self._emit(self.loadRequested))

        self.actions, self.menu = add_item_actions(self, self.table, [
            (key, text, lambda s=signal: self._emit(s), shortcut) for key, text, signal, shortcut in (
                ("load", translate("ImageryHub.Mapflow", "&Load results as tiles"), self.loadRequested, "Return"),
                ("download", translate("ImageryHub.Mapflow", "&Download results (GeoPackage)"), self.downloadRequested,
                 None),
                ("aois", translate("ImageryHub.Mapflow", "Show &AOIs with their status"), self.aoisRequested, None),
                ("errors", translate("ImageryHub.Mapflow", "Read the &error"), self.errorsRequested, None),
                ("rename", translate("ImageryHub.Mapflow", "Re&name…"), self.renameRequested, "F2"),
                ("restart", translate("ImageryHub.Mapflow", "Res&tart failed parts"), self.restartRequested, None),
                ("move", translate("ImageryHub.Mapflow", "&Move to project…"), self.moveRequested, None),
                ("delete", translate("ImageryHub.Mapflow", "De&lete…"), self.deleteRequested,
                 QKeySequence.StandardKey.Delete))],
            translate("ImageryHub.Mapflow", "Refresh"), self.refreshRequested.emit)

        self.load_button = QToolButton()
        self.load_button.setText(translate("ImageryHub.Mapflow", "Load"))
        self.load_button.setToolTip(translate("ImageryHub.Mapflow", "Result tiles and imagery as layers (Enter)"))
        self.load_button.clicked.connect(self.actions["load"].trigger)
        self.download_button = QToolButton()
        self.download_button.setText(translate("ImageryHub.Mapflow", "Download"))
        self.download_button.setToolTip(translate("ImageryHub.Mapflow", "The result features into a GeoPackage layer"))
        self.download_button.clicked.connect(self.actions["download"].trigger)
        self.more_button = QToolButton()
        self.more_button.setText(translate("ImageryHub.Mapflow", "More"))
        self.more_button.setMenu(self.menu)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        buttons = QHBoxLayout()
        for widget in (self.load_button, self.download_button, self.more_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.proxy.dataChanged.connect(self._update_actions)
        self._update_actions()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.processing(self.proxy.mapToSource(rows[0]).row())

    def select(self, processing_id):
        row = self.model.row_of(processing_id)
        if row is not None:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def _emit(self, signal):
        processing = self.selected()
        if processing is not None:
            signal.emit(processing)

    def _update_actions(self, *_):
        processing = self.selected()
        status = processing.status if processing else None
        enabled = {"load": status == "OK", "download": status == "OK", "aois": processing is not None,
                   "errors": status == "FAILED", "rename": processing is not None, "restart": status == "FAILED",
                   "move": processing is not None, "delete": processing is not None}
        for key, on in enabled.items():
            self.actions[key].setEnabled(on)
        self.load_button.setEnabled(enabled["load"])
        self.download_button.setEnabled(enabled["download"])
