"""The Mapillary tab: coverage on the map, search in the AOI, the results
table, the image viewer (with a map tool to pick an image: ``viewing.py``) and
downloads."""

from pathlib import Path

from qgis.core import QgsProject
from qgis.gui import QgsDateEdit, QgsFileWidget
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
)

from ...core import history
from ...core.i18n import number, translate
from ...core.images import decode_file
from ...core.inventory import loaded_text
from ...core.mapillary.access import DOWNLOAD_SIZE_KEY, MapillaryAccess, bbox_limit, refine_depth
from ...core.mapillary.downloads import SIZES, download_task, downloaded_text, fetch_thumbnail, record_paths
from ...core.project_hooks import mapillary_coverage
from ...core.project_state import layers_in_tree_order
from ...core.mapillary.search import SearchRequest, SearchTask, add_search_layers, is_images_layer
from ...core.tasks import FunctionTask
from ...providers.errors import ImageryHubError
from ...providers.mapillary.search import estimate
from ..budget import confirm_requests
from .map_items import ImagePickTool
from .viewing import ViewingMixin
from ..folding import FoldingForm, column, fill
from ..history import history_button
from ..results_table import ResultsTable
from ..service_tab import ServiceTab
from ..task_progress import TaskProgress
from ..thumbnails import THUMB, table_or_pictures

#: the results table's columns (labels translated where shown)
COLUMNS = [("captured_at", QT_TRANSLATE_NOOP("ImageryHub.Mapillary", "Captured")),
           ("creator", QT_TRANSLATE_NOOP("ImageryHub.Mapillary", "Creator")),
           ("is_pano", QT_TRANSLATE_NOOP("ImageryHub.Mapillary", "Pano"))]


def _describe_search(params):
    dates = " – ".join(str(d) if d else "…" for d in (params["start"], params["end"]))
    words = [dates if params["start"] or params["end"] else translate("ImageryHub.Mapillary", "any date")]
    words += [translate("ImageryHub.Mapillary", "panoramas")] if params["panoramas_only"] else []
    words += [params["creator"]] if params["creator"] else []
    return ", ".join(words)


def _optional_date(edit):
    return None if edit.isNull() else edit.date().toPyDate()


class MapillaryTab(ViewingMixin, ServiceTab):
    title = "Mapillary"
    service_id = "mapillary"

    def __init__(self, context, dock):
        super().__init__(context, dock)
        self.iface = context.iface
        self.canvas = self.iface.mapCanvas()
        self.layer = None  # the images layer the table shows
        self.viewer = None
        self.tasks = []
        self._previous_tool = None
        self.coverage = mapillary_coverage(context)  # the plugin's one, armed before the panel is built
        self.coverage.changed.connect(self._coverage_changed)

        self.coverage_check = QCheckBox(translate("ImageryHub.Mapillary", "Show coverage on the map"))
        self.coverage_check.setToolTip(translate(
            "ImageryHub.Mapillary", "Sequences and images as vector tiles (mly1_public), green; panoramas blue"))
        self.coverage_check.toggled.connect(self.set_coverage)

        search_box = QGroupBox(translate("ImageryHub.Mapillary", "Search the area of interest"))
        form = QFormLayout(search_box)
        self.start_edit, self.end_edit = self._date_edit(), self._date_edit()
        form.addRow(translate("ImageryHub.Mapillary", "Captured from"), self.start_edit)
        form.addRow(translate("ImageryHub.Mapillary", "to"), self.end_edit)
        self.pano_check = QCheckBox(translate("ImageryHub.Mapillary", "Panoramas only"))
        form.addRow("", self.pano_check)
        self.creator_edit = QLineEdit()
        self.creator_edit.setPlaceholderText(translate("ImageryHub.Mapillary", "any (Mapillary username)"))
        self.creator_edit.returnPressed.connect(self.search)
        form.addRow(translate("ImageryHub.Mapillary", "Creator"), self.creator_edit)
        self.search_button = QPushButton(translate("ImageryHub.Mapillary", "Search"))
        self.search_button.clicked.connect(lambda: self.search())
        self.history_button = history_button(self, self.service_id, _describe_search, lambda e: self.search(e))
        self.search_progress = TaskProgress()

        self.results_label = QLabel(translate("ImageryHub.Mapillary", "No search yet."))
        self.results_label.setWordWrap(True)
        columns = [(name, translate("ImageryHub.Mapillary", label)) for name, label in COLUMNS]
        self.table = ResultsTable(self.canvas, columns, sort_column=0, sort_order=Qt.SortOrder.DescendingOrder,
                                  zoom_on_double_click=False)  # double-click views the image
        self.table.setMinimumHeight(110)
        self.table.doubleClicked.connect(lambda _index: self._view_current())
        self.table.currentFeatureChanged.connect(self._current_changed)

        self.pick_button = QPushButton(translate("ImageryHub.Mapillary", "View an image on the map"))
        self.pick_button.setCheckable(True)
        self.pick_button.setToolTip(translate(
            "ImageryHub.Mapillary", "Click an image point of a search layer or of the coverage; Esc stops"))
        self.pick_button.toggled.connect(self._toggle_pick_tool)
        self.pick_tool = ImagePickTool(self.canvas)
        self.pick_tool.picked.connect(self.pick)
        self.pick_tool.cancelled.connect(lambda: self.pick_button.setChecked(False))
        self.pick_tool.deactivated.connect(lambda: self.pick_button.setChecked(False))

        self.size_combo = QComboBox()
        for size in SIZES:
            self.size_combo.addItem(translate(
                "ImageryHub.Mapillary", "{size} px wide").format(size=size) if size.isdigit()
                                    else translate("ImageryHub.Mapillary", "original"), size)
        saved = str(context.settings.value(DOWNLOAD_SIZE_KEY, "1024", str))
        self.size_combo.setCurrentIndex(max(0, self.size_combo.findData(saved)))
        self.size_combo.setToolTip(self.tr("Size of the downloaded images"))
        self.folder_widget = QgsFileWidget()
        self.folder_widget.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.folder_widget.lineEdit().setPlaceholderText(translate(
            "ImageryHub.Mapillary", "default: downloads/mapillary"))
        self.folder_widget.setToolTip(translate(
            "ImageryHub.Mapillary", "Empty: the download folder of Imagery Hub settings, in a mapillary folder"))
        form.addRow(translate("ImageryHub.Mapillary", "Download to"), self.folder_widget)
        self.download_button = QPushButton(translate("ImageryHub.Mapillary", "Download selected"))
        self.download_button.clicked.connect(self.download)
        self.download_progress = TaskProgress()
        download_row = QHBoxLayout()
        download_row.addWidget(self.size_combo)
        download_row.addWidget(self.download_button, 1)
        self.filter_edit = self.table.filter_edit()
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_button, 1)
        search_row.addWidget(self.history_button)
        self.views, self.grid, self.pictures_button = table_or_pictures(self.table, self._fetch_thumbnail)
        self.grid.doubleClicked.disconnect()  # as in the table, double-click views the image
        self.grid.doubleClicked.connect(lambda _index: self._view_current())
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_edit, 1)
        filter_row.addWidget(self.pictures_button)
        results = column(search_row, self.search_progress, self.results_label, filter_row,
                         (self.views, 1),
                         self.pick_button, download_row, self.download_progress)
        self.folding = fill(self, FoldingForm(self.tr("Search settings"), column(self.coverage_check, search_box),
                                              results, context.settings, "mapillary"))

    @staticmethod
    def _date_edit():
        edit = QgsDateEdit()
        edit.setAllowNull(True)
        edit.setNullRepresentation(translate("ImageryHub.Mapillary", "any date"))
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.clear()
        return edit

    def _access(self, what):
        try:
            return MapillaryAccess.from_context(self.context)
        except ImageryHubError as exc:
            self.context.notify.error(exc, what)
            return None

    def _fetch_thumbnail(self, feature, on_success, on_error):
        """The grid's picture of an image point (the key is read here, on the GUI thread)."""
        access = MapillaryAccess.from_context(self.context)
        image_id = feature["id"]
        self._start(FunctionTask(translate(
            "ImageryHub.Mapillary", "Mapillary: thumbnail of image {image}").format(image=image_id),
                                 lambda task: decode_file(fetch_thumbnail(access, image_id, *THUMB, task.is_cancelled)),
                                 on_success=on_success, on_error=on_error))

    def _start(self, task, progress=None, text=""):
        self.tasks = [t for t in self.tasks if not sip.isdeleted(t)] + [task]
        self.context.start(task)
        if progress is not None:
            progress.watch(task, text)
        return task

    # -- coverage ---------------------------------------------------------------------------
    def set_coverage(self, visible):
        try:
            if visible:
                self.coverage.show()
            else:
                self.coverage.hide()
        except ImageryHubError as exc:
            self.context.notify.error(exc, translate("ImageryHub.Mapillary", "Mapillary coverage"))
            self._coverage_changed(False)

    def _coverage_changed(self, present):
        self.coverage_check.blockSignals(True)
        self.coverage_check.setChecked(present)
        self.coverage_check.blockSignals(False)

    # -- search --------------------------------------------------------------------------------
    def search(self, again=None):
        """Search the area with the form's filters, or run ``again`` a search of
        the history ({"aoi", "params"}) as it was."""
        if self.search_progress.running():
            return
        try:
            if again is None:
                aoi = self.require_aoi()
                params = {"start": _optional_date(self.start_edit), "end": _optional_date(self.end_edit),
                          "panoramas_only": self.pano_check.isChecked(),
                          "creator": self.creator_edit.text().strip() or None}
            else:
                aoi, params = again["aoi"], again["params"]
                self.dock.aoi_widget.set_aoi(aoi)
            request = SearchRequest(aoi.to_shapely(), params["start"], params["end"], params["panoramas_only"],
                                    params["creator"], bbox_limit(self.context.settings),
                                    refine_depth(self.context.settings))
            if request.start and request.end and request.start > request.end:
                raise ImageryHubError(translate(
                    "ImageryHub.Mapillary", "The start date is after the end date: swap them"))
            access = self._access(translate("ImageryHub.Mapillary", "Mapillary search"))
            if access is None:
                return
            cost = estimate(request.area, request.bbox_limit, access.concurrency)
            if not confirm_requests(self, cost, self.context.settings):
                return
        except ImageryHubError as exc:
            self.context.notify.error(exc, translate("ImageryHub.Mapillary", "Mapillary search"))
            return
        history.add(QgsProject.instance(), self.service_id, aoi, params)
        folder = self.context.settings.workspace_folder()
        task = SearchTask(access, request, folder, on_success=self._searched,
                          on_error=lambda e: self.context.notify.error(e, translate(
                              "ImageryHub.Mapillary", "Mapillary search")),
                          table_fields=[name for name, _ in self.table.source.columns])
        self._start(task, self.search_progress, translate("ImageryHub.Mapillary", "Searching Mapillary…"))

    def _searched(self, outcome):
        layer, _group = add_search_layers(outcome)
        self.set_layer(layer, outcome.rows)
        self.folding.fold()
        count = outcome.count  # a plain name: pylupdate5 misses n written as a.b
        if outcome.cells == 1:
            found = translate("ImageryHub.Mapillary", "%Ln image(s) in 1 cell", None, count)
        else:
            found = translate("ImageryHub.Mapillary", "%Ln image(s) in {cells} cells", None, count).format(
                cells=number(outcome.cells))
        self.results_label.setText(translate(
            "ImageryHub.Mapillary", "{found}. Select rows or points to download; double-click to "
                                    "view.").format(found=found))
        if outcome.capped:
            self.context.notify.warning(translate(
                "ImageryHub.Mapillary", "Mapillary returned its 2000-image maximum for %Ln cell(s), so some images "
                                        "are missing there (shown in red): zoom in to a smaller area or narrow the "
                                        "dates.", None, len(outcome.capped)))
        else:
            self.context.notify.success(translate("ImageryHub.Mapillary", "Mapillary: {found}").format(found=found))

    def project_read(self, project):
        """The reopened project's last search settings come back in the form and
        its newest Mapillary search in the table."""
        last = next(iter(history.entries(project, self.service_id)), None)
        if last is not None:
            params = last["params"]
            for edit, day in ((self.start_edit, params["start"]), (self.end_edit, params["end"])):
                if day:
                    edit.setDate(QDate(day))
                else:
                    edit.clear()
            self.pano_check.setChecked(bool(params["panoramas_only"]))
            self.creator_edit.setText(params["creator"] or "")
        layer = next(iter(layers_in_tree_order(project, is_images_layer)), None)
        if layer is not None:
            self.set_layer(layer)
            count = layer.featureCount()
            self.results_label.setText(translate("ImageryHub.Mapillary", "%Ln image(s) (from the project).", None,
                                                 count))

    def show_inventory(self, images, *_capped_cells, rows=None):
        """An inventory's images layer in the table (``rows``: read by the
        inventory's task); its capped cells stay on the map."""
        self.set_layer(images, rows)
        self.results_label.setText(loaded_text(images.featureCount()))

    def set_layer(self, layer, rows=None):
        self.layer = layer
        self.table.set_layer(layer, rows)
        if layer is not None:
            layer.willBeDeleted.connect(lambda gone=layer: self._layer_gone(gone))

    def _layer_gone(self, layer):
        if self.layer is layer:  # an older search's layer may go while a newer one is shown
            self.layer = None

    # -- downloads -------------------------------------------------------------------------------
    def download(self):
        if self.download_progress.running():
            return
        layer = self.layer
        if layer is None or not is_images_layer(layer):
            active = self.iface.activeLayer()
            layer = active if is_images_layer(active) else None
        size = self.size_combo.currentData()
        default = Path(self.context.settings.download_folder()) / "mapillary"
        folder = self.folder_widget.filePath().strip() or str(default)
        try:
            if layer is None:
                raise ImageryHubError(translate(
                    "ImageryHub.Mapillary", "Run a search first, or make a Mapillary images layer the active layer"))
            access = MapillaryAccess.from_context(self.context)
            task = download_task(access, layer, layer.selectedFeatureIds(), size, folder,
                                 on_success=lambda result: self._downloaded(layer, result),
                                 on_error=lambda e: self.context.notify.error(e, translate(
                                     "ImageryHub.Mapillary", "Mapillary download")))
        except ImageryHubError as exc:
            self.context.notify.error(exc, translate("ImageryHub.Mapillary", "Mapillary download"))
            return
        self.context.settings.set_value(DOWNLOAD_SIZE_KEY, size)
        self._start(task, self.download_progress, translate(
            "ImageryHub.Mapillary", "Downloading %Ln image(s)…", None, len(task.jobs)))

    def _downloaded(self, layer, result):
        if not sip.isdeleted(layer):
            record_paths(layer, result)
        text = downloaded_text(result)
        if result.errors:
            self.context.notify.warning(text + ": " + next(iter(result.errors.values())))
        else:
            self.context.notify.success(text)

    # -- lifecycle -------------------------------------------------------------------------------
    def cleanup(self):
        for task in self.tasks:
            if not sip.isdeleted(task):
                task.cancel()
        if self.canvas.mapTool() is self.pick_tool:
            self._restore_tool()
        self.coverage.cleanup()
        if self.viewer is not None:
            self.viewer.cleanup()
            self.iface.removeDockWidget(self.viewer)
            self.viewer.deleteLater()
            self.viewer = None
