"""The rows' selection is the layer's selection.

The results table and its Pictures grid keep no selection of their own. Qt's
QItemSelectionModel keeps ranges of rows and weighs every new range against
the earlier ones: a scattered map selection of 30,000 of 100,000 features
made some 20,000 ranges and froze QGIS for 150 ms each time. Here, as in
QGIS's own attribute table, the views' selection model hands what the user
does (a click, Shift or Ctrl+click, a drag, the arrow keys, Ctrl+A) to the
layer as feature ids and keeps nothing, and a delegate paints a row selected
when its feature is selected in the layer, asked only for the rows in view.
A map selection of any size costs the table one repaint.
"""

from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils, QgsFeature
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QEvent, QItemSelection, QItemSelectionModel, QModelIndex, QObject, pyqtSignal, pyqtSlot
from qgis.PyQt.QtWidgets import QStyle, QStyledItemDelegate

_FLAG = QItemSelectionModel.SelectionFlag
#: rows looked at from the top for the first selected one, before reading every selected id
_LOOK_AHEAD = 4096


class LayerSelection(QObject):
    """A layer's selection seen as the rows of a :class:`ui.results_model.FeatureTableModel`.

    ``changed(origin)`` follows every change of the layer's selection; ``origin``
    is the view whose user made it, or None (the map, a tool, a script).

    A row is asked about one feature at a time, through QGIS's prepared
    ``is_selected()`` expression (about a microsecond each): reading the
    layer's selected ids into Python costs 10 ms or more at 100,000, on every
    change, for the few rows in view."""

    changed = pyqtSignal(object)

    def __init__(self, source, parent=None):
        super().__init__(parent)
        self.source = source
        self.layer = None
        self._counts = None  # (selected, all) after the last change, read on the first question
        self._origin = None  # the view applying a selection, while it does
        self._anchor = None  # the selection a Shift+click or a drag extends (Qt's "current" selection)
        self._expression = self._context = None
        self._feature = QgsFeature()

    def set_layer(self, layer):
        if self.layer is not None and not sip.isdeleted(self.layer):
            try:
                self.layer.selectionChanged.disconnect(self._layer_changed)
            except TypeError:
                pass
        self.layer, self._counts, self._anchor = layer, None, None
        self._expression = self._context = None
        if layer is not None:
            layer.selectionChanged.connect(self._layer_changed)
            self._context = QgsExpressionContext()
            self._context.appendScope(QgsExpressionContextUtils.layerScope(layer))
            self._expression = QgsExpression("is_selected()")
            self._expression.prepare(self._context)

    @pyqtSlot()  # the signal's id lists (100,000 at once) are never turned into Python sets for nothing
    def _layer_changed(self):
        self._counts = None
        if self._origin is None:
            self._anchor = None  # the map changed it: a later Shift+click extends what is selected now
        self.changed.emit(self._origin)

    def _count(self):
        """(selected features, features) of the layer."""
        if self._counts is None:
            layer = self.layer
            self._counts = (0, 0) if layer is None else (layer.selectedFeatureCount(), layer.featureCount())
        return self._counts

    def everything(self):
        selected, total = self._count()
        return bool(selected) and selected == total

    def is_selected(self, fid):
        selected, total = self._count()
        if not selected or selected == total:
            return bool(selected)
        self._feature.setId(fid)
        self._context.setFeature(self._feature)
        return bool(self._expression.evaluate(self._context))

    def is_row_selected(self, row):
        rows = self.source.rows
        return 0 <= row < len(rows) and self.is_selected(rows[row][0])

    def _ids(self):
        return frozenset(self.layer.selectedFeatureIds())  # (a list in QGIS 3.22)

    def rows(self):
        """The selected rows shown (the quick filter may hide some), top to bottom."""
        (selected, total), rows = self._count(), self.source.rows
        if not selected:
            return []
        if selected == total:
            return list(range(len(rows)))
        ids = self._ids()
        if len(ids) * 8 < len(rows):  # a few: look them up rather than look at every row
            row_of = self.source.row_of
            return sorted(row_of[fid] for fid in ids if fid in row_of)
        return [row for row, (fid, _) in enumerate(rows) if fid in ids]

    def first_row(self):
        """The top selected row shown, or None."""
        (selected, total), rows = self._count(), self.source.rows
        if not selected or not rows:
            return None
        if selected == total:
            return 0
        if selected * 8 >= len(rows):  # many: one is likely near the top
            found = next((row for row, (fid, _) in enumerate(rows[:_LOOK_AHEAD]) if self.is_selected(fid)), None)
            if found is not None:
                return found
        row_of = self.source.row_of
        return min((row_of[fid] for fid in self._ids() if fid in row_of), default=None)

    def apply(self, spans, command, origin):
        """Carry out a view's selection ``command`` (Qt's flags) on the rows
        ``spans`` [(top, bottom)] as the layer's selection."""
        layer, rows = self.layer, self.source.rows
        if layer is None or not command & (_FLAG.Clear | _FLAG.Select | _FLAG.Deselect | _FLAG.Toggle):
            return
        clear = bool(command & _FLAG.Clear)
        spans = [(max(top, 0), min(bottom, len(rows) - 1)) for top, bottom in spans]
        self._origin = origin
        try:
            if clear and command & _FLAG.Select and _covers(spans, len(rows)):
                # Ctrl+A: the ids are at hand; QGIS's selectAll() would read them
                # from the file again (100 ms for 100,000 in a GeoPackage)
                self._anchor = None
                layer.selectByIds([fid for fid, _ in rows])
                return
            chosen = {fid for top, bottom in spans for fid, _ in rows[top:bottom + 1]}
            if command & _FLAG.Current:  # a Shift+click or a drag: it replaces its own earlier step
                if self._anchor is None:
                    self._anchor = frozenset() if clear else self._ids()
                before = self._anchor
            else:
                self._anchor = None
                if not clear:  # Ctrl+click, Ctrl+Space: a change to what is selected, no ids read
                    on = [fid for fid in chosen if self.is_selected(fid)] if command & _FLAG.Toggle else []
                    if command & _FLAG.Select:
                        layer.modifySelection(list(chosen), [])
                    elif command & _FLAG.Deselect:
                        layer.modifySelection([], list(chosen))
                    else:
                        layer.modifySelection(list(chosen.difference(on)), on)
                    return
                before = frozenset()
            after = _combined(before, chosen, command)
            if after:
                layer.selectByIds(list(after))
            elif layer.selectedFeatureCount():
                layer.removeSelection()
        finally:
            self._origin = None


def _combined(before, chosen, command):
    if command & _FLAG.Select:
        return before | chosen
    if command & _FLAG.Deselect:
        return before - chosen
    if command & _FLAG.Toggle:
        return before ^ chosen
    return before


def _covers(spans, count):
    """Whether the row spans cover rows 0..count-1."""
    end = -1
    for top, bottom in sorted(spans):
        if top > end + 1:
            return False
        end = max(end, bottom)
    return end >= count - 1


class LayerSelectionModel(QItemSelectionModel):
    """A view's selection model that keeps nothing: what the view selects goes
    to the layer (see the module's text); ``view`` names the origin."""

    def __init__(self, model, selection, view):
        super().__init__(model, view)
        self.selection, self.view = selection, view

    def select(self, selection, command):
        """Both of Qt's overloads: an index or a selection."""
        if isinstance(selection, QModelIndex):
            selection = QItemSelection(selection, selection) if selection.isValid() else QItemSelection()
        self.selection.apply([(span.top(), span.bottom()) for span in selection], command, self.view)


class SelectedRowsDelegate(QStyledItemDelegate):
    """Paints a cell selected when its row's feature is selected in the layer."""

    def __init__(self, selection, parent):
        super().__init__(parent)
        self.selection = selection

    def initStyleOption(self, option, index):  # noqa: N802 (Qt override)
        super().initStyleOption(option, index)
        if self.selection.is_row_selected(index.row()):
            option.state |= QStyle.StateFlag.State_Selected


class FollowsLayerSelection:
    """Mixed into a view (before its Qt class) that :func:`follow_layer_selection`
    set up. Qt turns a Ctrl+click into "select" or "deselect" by asking its own
    selection model, which holds nothing here: a Ctrl+click on a selected row
    is made a "deselect" from the layer's selection."""

    def selectionCommand(self, index, event=None):  # noqa: N802 (Qt override)
        command = super().selectionCommand(index, event)
        if (event is not None and event.type() == QEvent.Type.MouseButtonPress and command & _FLAG.Toggle
                and index.isValid() and self.layer_selection.is_row_selected(index.row())):
            return _FLAG.Deselect | _FLAG.Rows
        return command


def follow_layer_selection(view, model, selection):
    """Give ``view`` (a :class:`FollowsLayerSelection` showing ``model``, one row
    per row of ``selection.source``) the layer's selection: its clicks and keys
    select features, and it paints the selected ones."""
    view.layer_selection = selection
    view.setSelectionModel(LayerSelectionModel(model, selection, view))
    view.setItemDelegate(SelectedRowsDelegate(selection, view))
