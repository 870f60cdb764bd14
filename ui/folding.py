"""A service tab's form above its results, in a splitter the user can move.

After a search the form folds to its header line so that the results take the
room; a click on the header opens it again. Where the user put the splitter is
remembered per tab in QgsSettings (``ui/<key>/splitter``).
"""

from qgis.PyQt.QtCore import QByteArray, Qt
from qgis.PyQt.QtWidgets import (
    QHBoxLayout,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .help import help_button

#: Qt's QWIDGETSIZE_MAX: no maximum height
NO_MAXIMUM = 16777215


def scrollable(widget):
    """``widget`` in a vertical scroll area (never a horizontal one)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    return area


class FoldingForm(QWidget):
    """``FoldingForm(title, form, results, settings, key)``: ``fold()`` after a
    search, ``unfold()`` to change the settings; ``folded`` says which. ``key``
    (the service id) names the remembered splitter and the README section of
    the help button in the header line."""

    def __init__(self, title, form, results, settings=None, key=""):
        super().__init__()
        self.settings, self.key = settings, key
        self.header = QToolButton()
        self.header.setText(title)
        self.header.setCheckable(True)
        self.header.setChecked(True)
        self.header.setAutoRaise(True)
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.header.setToolTip(self.tr("Show or hide the search settings"))
        self.header.toggled.connect(self._toggled)
        self.form_area = scrollable(form)
        self.top = QWidget()
        top_layout = QVBoxLayout(self.top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(0)
        header_row = QHBoxLayout()
        header_row.setContentsMargins(0, 0, 0, 0)
        header_row.addWidget(self.header, 1)
        if key:  # the tab's README section
            self.help_button = help_button(key, self.tr("Help on this tab (opens the README)"))
            header_row.addWidget(self.help_button)
        top_layout.addLayout(header_row)
        top_layout.addWidget(self.form_area, 1)
        self.results = results
        # the results scroll too, so that no tab makes the panel (and QGIS's
        # window) taller than a small screen; folded, they fit one at 768 px
        self.results_area = scrollable(results)
        for area in (self.form_area, self.results_area):  # a few lines at the least
            area.setMinimumHeight(3 * self.fontMetrics().height())
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.top)
        self.splitter.addWidget(self.results_area)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.splitterMoved.connect(self._remember)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._restore()
        self._arrow()

    @property
    def folded(self):
        return not self.header.isChecked()

    def fold(self):
        self.header.setChecked(False)

    def unfold(self):
        self.header.setChecked(True)

    def _toggled(self, open_):
        self.form_area.setVisible(open_)
        # folded, the top holds the header only and the results get the rest
        header = self.top.layout().itemAt(0).sizeHint().height()  # the header line
        self.top.setMaximumHeight(NO_MAXIMUM if open_ else header)
        self._arrow()
        if open_:
            self._restore()
        else:
            total = sum(self.splitter.sizes())
            self.splitter.setSizes([header, max(total - header, header)])

    def _arrow(self):
        arrow = Qt.ArrowType.DownArrow if self.header.isChecked() else Qt.ArrowType.RightArrow
        self.header.setArrowType(arrow)

    def _remember(self, *_):
        if self.settings is not None and self.key and not self.folded:
            self.settings.set_value(f"ui/{self.key}/splitter", self.splitter.saveState())

    def _restore(self):
        if self.settings is None or not self.key:
            return
        state = self.settings.value(f"ui/{self.key}/splitter")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.splitter.restoreState(state)


def column(*items):
    """A widget holding ``items`` one under the other: widgets, layouts, or
    ``(widget, stretch)``."""
    widget = QWidget()
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    for item in items:
        item, stretch = item if isinstance(item, tuple) else (item, 0)
        if isinstance(item, QWidget):
            layout.addWidget(item, stretch)
        else:
            layout.addLayout(item, stretch)
    return widget


def fill(tab, folding):
    """Make ``folding`` the whole of ``tab``."""
    layout = QVBoxLayout(tab)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(folding)
    return folding
