""""All services" at the top of the panel and the overview it fills in.

One click searches every service with credentials over the area of interest
at once (core.inventory.InventoryJob): each service's row shows its state,
progress and a Cancel of its own; "Cancel all" stops the whole job. A row
fills in as its service answers (images, capture dates, the sharpest ground
resolution or lowest flight altitude, cloud cover). Below, the timeline of
captures per month. Clicking a row opens that service's tab with the
service's usual result layers of the inventory in its table (where the
inventory built them) and selects its footprints in the inventory layer;
clicking a month selects that month's.
"""

from qgis.PyQt import sip
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt
from qgis.PyQt.QtGui import QColor, QPainter
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.i18n import number, translate
from ..core.sentences import message_text, registry_text, sentence
from ..core.inventory import SERVICE_COLOURS, InventoryJob
from ..providers import inventory
from ..providers.errors import ImageryHubError, InvalidInputError
from ..providers.registry import service
from .budget import confirm_requests
from .results_table import ResultsTable
from .timeline import Timeline

COLUMNS = (QT_TRANSLATE_NOOP("ImageryHub.Inventory", "Service"), QT_TRANSLATE_NOOP("ImageryHub.Inventory", "Images"),
           QT_TRANSLATE_NOOP("ImageryHub.Inventory", "Captured"), QT_TRANSLATE_NOOP("ImageryHub.Inventory", "Sharpest"),
           QT_TRANSLATE_NOOP("ImageryHub.Inventory", "Cloud"), QT_TRANSLATE_NOOP("ImageryHub.Inventory", "State"), "")
SERVICE, IMAGES, CAPTURED, SHARPEST, CLOUD, STATE, CANCEL = range(len(COLUMNS))



def table_fields(tab):
    """The fields of the results table in which ``tab`` shows an inventory's
    layer (Mapflow: its Catalog page's), whose rows the inventory's task reads;
    None where the tab lists them its own way (Imago)."""
    table = getattr(getattr(tab, "catalog", tab), "table", None)
    return [name for name, _ in table.source.columns] if isinstance(table, ResultsTable) else None


def sharpness_text(summary):
    """The sharpest ground resolution, or the lowest flight altitude, in the locale's digits."""
    if summary.best_resolution_m is not None:
        return f"{QLocale().toString(float(summary.best_resolution_m), 'g', 4)} m"
    if summary.lowest_altitude_m is not None:
        return translate("ImageryHub.Inventory", "{altitude} m altitude").format(
            altitude=number(summary.lowest_altitude_m, 0))
    return ""



class ElidedLabel(QLabel):
    """A one-line status beside the All services button: the text cut with "…"
    where the panel is narrow (a Japanese sentence wrapped to four lines and
    pushed the tabs' buttons below a 1366×768 screen), whole in its tooltip."""

    def __init__(self):
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text):  # noqa: N802 (Qt override)
        super().setText(text)
        self.setToolTip(text)

    def paintEvent(self, _event):  # noqa: N802 (Qt override)
        painter = QPainter(self)
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width())
        painter.drawText(self.contentsRect(), int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text)

class InventoryPanel(QWidget):
    """The "All services" row; ``overview`` (the table and the timeline) is
placed by the dock as a tab after the services' tabs."""

    def __init__(self, context, dock, parent=None):
        super().__init__(parent)
        self.context, self.dock = context, dock
        self.job = None
        self.layer = None
        self.service_layers = {}  # service id: its usual result layers, built by the inventory
        self.service_rows = {}  # service id: its tab's rows of the first of them, read by the inventory's task
        self.searching = set()
        self.records = {}
        # tool buttons, lower than push buttons: the results below keep the room of a small screen
        self.all_button = QToolButton()
        self.all_button.setText(translate("ImageryHub.Inventory", "All services"))
        self.all_button.setToolTip(translate("ImageryHub.Inventory",
                                             "Search every service that has credentials over the area of interest, "
                                      "at once, into one overview and one inventory layer"))
        self.all_button.clicked.connect(self.search)
        self.cancel_button = QToolButton()
        self.cancel_button.setText(translate("ImageryHub.Inventory", "Cancel all"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.status = ElidedLabel()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.all_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.status, 1)
        self.table = QTableWidget(len(inventory.service_ids()), len(COLUMNS))
        self.table.setHorizontalHeaderLabels([translate("ImageryHub.Inventory", c) if c else "" for c in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATE, QHeaderView.ResizeMode.Stretch)
        self.table.cellClicked.connect(lambda row, column: self.open_service(self.service_at(row)))
        for row_number, service_id in enumerate(inventory.service_ids()):
            item = QTableWidgetItem(service(service_id).short_name)
            item.setToolTip(service(service_id).name)
            item.setData(Qt.ItemDataRole.UserRole, service_id)
            item.setForeground(self.palette().text())
            item.setData(Qt.ItemDataRole.DecorationRole, QColor(SERVICE_COLOURS[service_id]))
            self.table.setItem(row_number, SERVICE, item)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # room for every row, and for the horizontal scroll bar that longer words
        # (another language, a long state) bring in a narrow panel
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
                                  + self.table.verticalHeader().defaultSectionSize() * self.table.rowCount()
                                  + self.table.horizontalScrollBar().sizeHint().height())
        self.timeline = Timeline()
        self.timeline.monthClicked.connect(self.select_month)
        # the overview is a tab of the panel (the dock places it), so that it
        # scrolls there instead of making the panel taller than a small screen
        self.overview = QWidget()
        self.hint = QLabel(translate("ImageryHub.Inventory",
                                     "“All services” searches every service that has credentials over the area of "
                              "interest at once. What each one holds there fills in here as it answers: "
                              "click a service for its tab, a month of the timeline for its footprints."))
        self.hint.setWordWrap(True)
        overview = QVBoxLayout(self.overview)
        overview.addWidget(self.hint)
        overview.addWidget(self.table)
        overview.addWidget(self.timeline)
        overview.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)

    # -- the rows -------------------------------------------------------------------
    def row_of(self, service_id):
        return inventory.service_ids().index(service_id)

    def service_at(self, row):
        return self.table.item(row, SERVICE).data(Qt.ItemDataRole.UserRole)

    def cell(self, service_id, column):
        item = self.table.item(self.row_of(service_id), column)
        return item.text() if item else ""

    def _set(self, service_id, column, text, tooltip=None):
        item = QTableWidgetItem(text)
        item.setToolTip(tooltip or text)
        self.table.setItem(self.row_of(service_id), column, item)

    def _state(self, service_id, text, cancellable=False):
        self._set(service_id, STATE, text)
        row = self.row_of(service_id)
        if not cancellable:
            self.table.removeCellWidget(row, CANCEL)
            return
        button = QToolButton()
        button.setText("✕")
        button.setToolTip(translate("ImageryHub.Inventory", "Cancel this service's search"))
        button.clicked.connect(lambda: self.job and self.job.cancel_service(service_id))
        self.table.setCellWidget(row, CANCEL, button)

    def _clear(self):
        for service_id in inventory.service_ids():
            for column in range(IMAGES, CANCEL):
                self._set(service_id, column, "")
            self.table.removeCellWidget(self.row_of(service_id), CANCEL)
        self.records, self.layer, self.service_layers, self.service_rows = {}, None, {}, {}
        self.timeline.set_rows([])

    # -- searching ------------------------------------------------------------------
    def search(self):
        """Plan (credentials, budgets) on the GUI thread, then start every service."""
        aoi = self.dock.aoi
        if aoi is None or aoi.area_km2 <= 0:
            self.context.notify.error(InvalidInputError(translate(
                "ImageryHub.Inventory", "Draw or pick an area of interest first (top of the panel): the inventory "
                "searches an area"), parameter="aoi"))
            return
        self._clear()
        self.hint.hide()
        self.dock.show_tab(self.overview)
        options = inventory.InventoryOptions(area_km2=aoi.area_km2)
        area = aoi.to_shapely()
        plan = {}
        for service_id in inventory.service_ids():
            info = service(service_id)
            credentials = self.context.credentials.load(service_id)
            if not credentials.get("secret"):
                self._state(service_id, translate("ImageryHub.Inventory", "skipped: no credentials — add them in "
                                                  "Settings (⚙). {where}").format(where=registry_text(info.signup)))
                continue
            try:
                estimate = inventory.estimate(service_id, area, options)
                if not confirm_requests(self, estimate, self.context.settings):
                    self._state(service_id, translate("ImageryHub.Inventory", "skipped: not confirmed ({cost})")
                                .format(cost=sentence(*estimate.cost())))
                    continue
            except ImageryHubError as exc:  # the refusal above the hard limit, as in the tab
                self._state(service_id, translate("ImageryHub.Inventory", "refused: {reason}").format(
                    reason=message_text(exc)))
                continue
            plan[service_id] = (credentials, self.context.settings.urls(service_id))
        if not plan:
            self.status.setText(translate("ImageryHub.Inventory",
                                          "No service to search: add credentials in Settings (⚙)"))
            return
        self.job = InventoryJob(plan, area, options, self.context.settings.workspace_folder(), self.context.start,
                                table_fields={t.service_id: table_fields(t) for t in self.dock.service_tabs})
        self.job.task.serviceStatus.connect(self._status)
        self.job.serviceDone.connect(self._done)
        self.job.serviceFailed.connect(self._failed)
        self.job.serviceCancelled.connect(self._cancelled)
        self.job.finished.connect(self._finished)
        self.all_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.status.setText(translate("ImageryHub.Inventory", "Searching %Ln service(s) over {area}", None,
                                      len(plan)).format(area=aoi.describe()))
        self.searching = set(plan)
        for service_id in plan:
            self._state(service_id, translate("ImageryHub.Inventory", "searching"), cancellable=True)
        self.job.start()

    def running(self):
        return self.job is not None

    def cancel(self):
        if self.job is not None:
            self.cancel_button.setEnabled(False)
            self.status.setText(translate("ImageryHub.Inventory", "Cancelling…"))
            self.job.cancel()

    def _status(self, service_id, text):
        if service_id in self.searching:
            self._state(service_id, translate("ImageryHub.Inventory", "searching: {status}").format(status=text),
                        cancellable=True)

    def _done(self, service_id, summary):
        self.searching.discard(service_id)
        self.records[service_id] = self.job.records[service_id]
        self._set(service_id, IMAGES, number(summary.count) + ("+" if summary.truncated else ""))
        self._set(service_id, CAPTURED, summary.dates_text(months=True), summary.dates_text())
        self._set(service_id, SHARPEST, sharpness_text(summary))
        self._set(service_id, CLOUD, summary.cloud_text())
        self._state(service_id, translate("ImageryHub.Inventory", "done, more exist (narrow the area)")
                    if summary.truncated else translate("ImageryHub.Inventory", "done"))
        self.timeline.set_rows([(s, service(s).short_name, SERVICE_COLOURS[s],
                                 inventory.monthly_counts(self.records[s]))
                                for s in inventory.service_ids() if s in self.records])

    def _failed(self, service_id, words):
        self.searching.discard(service_id)
        self._state(service_id, translate("ImageryHub.Inventory", "failed: {reason}").format(reason=words))

    def _cancelled(self, service_id):
        self.searching.discard(service_id)
        self._state(service_id, translate("ImageryHub.Inventory", "cancelled"))

    def _finished(self, layer):
        job, self.job = self.job, None
        self.layer, self.service_layers, self.service_rows = layer, job.service_layers, job.service_rows
        self.all_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        total = sum(len(r) for r in self.records.values())
        if layer is not None:
            self.status.setText(translate("ImageryHub.Inventory", "%Ln image(s) from {services} in the layer "
                                          "“{layer}”", None, total).format(
                services=translate("ImageryHub.Inventory", "%Ln service(s)", None, len(self.records)),
                layer=layer.name()))
        elif job.cancelled:
            self.status.setText(translate("ImageryHub.Inventory", "Cancelled"))
        else:
            self.status.setText(translate("ImageryHub.Inventory", "No images over the area: see each service's state"))

    # -- going further --------------------------------------------------------------
    def open_service(self, service_id):
        """The service's tab in front with the inventory's results of it, and
        its footprints selected on the map."""
        tab = next((t for t in self.dock.service_tabs if t.service_id == service_id), None)
        if tab is not None:
            layers = self.service_layers.get(service_id, [])
            if layers and not any(sip.isdeleted(layer) for layer in layers):  # unless the user removed them
                rows = self.service_rows.get(service_id)
                if layers[0].isModified() or rows is None or len(rows) != layers[0].featureCount():
                    rows = None  # changed since the task read them: the tab reads them itself
                tab.show_inventory(*layers, rows=rows)
            self.dock.show_tab(tab)
        if self._layer() is not None:
            self.layer.selectByExpression(f"\"service\" = '{service_id}'")

    def select_month(self, service_id, year, month):
        """That service's footprints captured in that month (UTC)."""
        if self._layer() is None:
            return
        after = f"{year + month // 12:04d}-{month % 12 + 1:02d}-01"
        self.layer.selectByExpression(f"\"service\" = '{service_id}' AND \"captured_at\" >= "
                                      f"to_datetime('{year:04d}-{month:02d}-01T00:00:00Z') AND "
                                      f"\"captured_at\" < to_datetime('{after}T00:00:00Z')")
        self.context.iface.setActiveLayer(self.layer)

    def _layer(self):
        """The inventory layer, unless the user has removed it since."""
        if self.layer is not None and sip.isdeleted(self.layer):
            self.layer = None
        return self.layer

    def cleanup(self):
        if self.job is not None:
            self.job.cancel()
