"""The results table's model: a result layer's rows (read by a task, or
here), sortable and filtered by a quick text, with fids for the selection
sync done by :class:`ui.results_table.ResultsTable`."""

from operator import itemgetter

from qgis.core import NULL
from qgis.PyQt.QtCore import QAbstractTableModel, QDate, QDateTime, QModelIndex, Qt

from ..core.layers import feature_rows

SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def is_null(value):
    """None or QGIS's NULL; the common values skip the (slow) QVariant comparison."""
    if value is None:
        return True
    if isinstance(value, (str, int, float, QDateTime)):
        return False
    return value == NULL


def display_text(value):
    if is_null(value):
        return ""
    if isinstance(value, QDateTime):
        return value.toString("yyyy-MM-dd HH:mm")
    if isinstance(value, QDate):
        return value.toString("yyyy-MM-dd")
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)


def sort_key(value):
    if is_null(value):
        return None
    if isinstance(value, QDateTime):
        return value.toMSecsSinceEpoch()
    if isinstance(value, QDate):
        return value.toJulianDay()
    return value


def _ordered(value):
    """A key that orders numbers (and dates) before texts without comparing the two."""
    return (isinstance(value, str), value)


_FID, _VALUES = itemgetter(0), itemgetter(1)  # of a row (fid, values)
#: values that are their own sort keys
_PLAIN = frozenset((int, float, bool, str, type(None)))


def _sort_keys(values):
    """A column's sort keys, None for an empty cell. Numbers or texts (the
    usual columns) are their own keys, with no Python call per row: 100,000
    rows sort in a few tens of milliseconds, and a column in order already is
    found so in a few."""
    kinds = set(map(type, values))
    if not kinds <= _PLAIN:  # dates, NULL
        values = [value if type(value) in _PLAIN else sort_key(value) for value in values]
        kinds = set(map(type, values))
    kinds.discard(type(None))
    if str in kinds and len(kinds) > 1:
        return [None if value is None else _ordered(value) for value in values]
    return values


class FeatureTableModel(QAbstractTableModel):
    """Rows of (fid, values); sorts itself (in Python, once per sort: a sort
    proxy would call back into Python for every comparison, seconds for
    20,000 rows)."""

    def __init__(self, columns, parent=None):
        super().__init__(parent)
        self.columns = columns  # [(field name, header)]
        self.all_rows = []  # [(fid, [values])], in the current order
        self.rows = []  # the rows shown: those matching the quick filter
        self._row_of = None  # fid -> row, made when first asked for
        self.filter_text = ""

    def load(self, layer, rows=None):
        """The layer's features, or ``rows`` already read (e.g. by a task) from it."""
        self.beginResetModel()
        self.all_rows = rows if rows is not None else feature_rows(layer, [name for name, _ in self.columns])
        self._apply_filter()
        self.endResetModel()

    def clear(self):
        self.beginResetModel()
        self.all_rows, self.rows, self._row_of = [], [], None
        self.endResetModel()

    def set_filter(self, text):
        """Show only the rows with ``text`` in one of their cells (any case)."""
        self.beginResetModel()
        self.filter_text = text.strip().lower()
        self._apply_filter()
        self.endResetModel()

    def _apply_filter(self):
        text = self.filter_text
        self.rows = self.all_rows if not text else [
            row for row in self.all_rows if any(text in display_text(value).lower() for value in row[1])]
        self._row_of = None

    @property
    def row_of(self):
        """``{fid: row}`` of the rows shown (built in C: a comprehension took 25 ms at 100,000)."""
        if self._row_of is None:
            self._row_of = dict(zip(map(_FID, self.rows), range(len(self.rows))))
        return self._row_of

    def sort(self, column, order=Qt.SortOrder.AscendingOrder):
        if not self.all_rows or not 0 <= column < len(self.columns):
            return
        keys = _sort_keys(list(map(itemgetter(column), map(_VALUES, self.all_rows))))
        descending = order == Qt.SortOrder.DescendingOrder
        if None not in keys and keys == sorted(keys, reverse=descending):
            return  # in this order already (a result in the service's own order): checked in C, no index sort
        filled = [i for i, key in enumerate(keys) if key is not None] if None in keys else list(range(len(keys)))
        empty = [i for i, key in enumerate(keys) if key is None] if len(filled) < len(keys) else []
        filled.sort(key=keys.__getitem__, reverse=descending)  # stable: equal keys keep their order
        # empty cells first going up, last going down (as Qt's own sorting does)
        new_order = filled + empty if descending else empty + filled
        if new_order == list(range(len(keys))):
            return  # in order but for empty cells already first (or last)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        fids = [(self.rows[i.row()][0], i.column()) for i in persistent]
        self.all_rows = list(map(self.all_rows.__getitem__, new_order))
        self._apply_filter()
        if len(fids) < 10:  # the current row, a small selection: no need for the whole row_of
            shown = list(map(_FID, self.rows))
            rows = [shown.index(fid) for fid, _ in fids]
        else:
            rows = [self.row_of[fid] for fid, _ in fids]
        self.changePersistentIndexList(persistent, [self.index(row, c) for row, (_, c) in zip(rows, fids)])
        self.layoutChanged.emit()

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
