"""The Mapillary tab: coverage on the map, search in the AOI, the results
table, the image viewer (a map tool to pick an image) and downloads."""

from pathlib import Path

from qgis.core import QgsCoordinateTransform, QgsPointXY, QgsProject, QgsRectangle
from qgis.gui import QgsDateEdit, QgsFileWidget
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QDate, Qt
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QToolButton,
)

from ...core import history
from ...core.aoi import WGS84
from ...core.inventory import loaded_text
from ...core.mapillary.access import DOWNLOAD_SIZE_KEY, MapillaryAccess, bbox_limit, refine_depth
from ...core.mapillary.downloads import SIZES, download_task, fetch_thumbnail, record_paths
from ...core.project_hooks import mapillary_coverage
from ...core.project_state import layers_in_tree_order
from ...core.mapillary.search import SearchRequest, SearchTask, add_search_layers, is_images_layer
from ...core.mapillary.viewer import pick_from_coverage, pick_from_layers
from ...core.tasks import FunctionTask
from ...providers.errors import ImageryHubError
from ...providers.mapillary.search import estimate
from ..budget import confirm_requests
from .map_items import ImagePickTool
from .viewer import MapillaryViewer
from ..folding import FoldingForm, column, fill
from ..history import history_button
from ..results_table import ResultsTable
from ..service_tab import ServiceTab
from ..task_progress import TaskProgress
from ..thumbnails import THUMB, ThumbnailGrid

COLUMNS = [("captured_at", "Captured"), ("creator", "Creator"), ("is_pano", "Pano")]


def _describe_search(params):
    dates = " – ".join(str(d) if d else "…" for d in (params["start"], params["end"]))
    words = [dates if params["start"] or params["end"] else "any date"]
    words += ["panoramas"] if params["panoramas_only"] else []
    words += [params["creator"]] if params["creator"] else []
    return ", ".join(words)


def _optional_date(edit):
    return None if edit.isNull() else edit.date().toPyDate()


class MapillaryTab(ServiceTab):
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

        self.coverage_check = QCheckBox("Show coverage on the map")
        self.coverage_check.setToolTip("Sequences and images as vector tiles (mly1_public), green; panoramas blue")
        self.coverage_check.toggled.connect(self.set_coverage)

        search_box = QGroupBox("Search the area of interest")
        form = QFormLayout(search_box)
        self.start_edit, self.end_edit = self._date_edit(), self._date_edit()
        form.addRow("Captured from", self.start_edit)
        form.addRow("to", self.end_edit)
        self.pano_check = QCheckBox("Panoramas only")
        form.addRow("", self.pano_check)
        self.creator_edit = QLineEdit()
        self.creator_edit.setPlaceholderText("any (Mapillary username)")
        self.creator_edit.returnPressed.connect(self.search)
        form.addRow("Creator", self.creator_edit)
        self.search_button = QPushButton("Search")
        self.search_button.clicked.connect(lambda: self.search())
        self.history_button = history_button(self, self.service_id, _describe_search, lambda e: self.search(e))
        self.search_progress = TaskProgress()

        self.results_label = QLabel("No search yet.")
        self.results_label.setWordWrap(True)
        self.table = ResultsTable(self.canvas, COLUMNS, sort_column=0, sort_order=Qt.SortOrder.DescendingOrder,
                                  zoom_on_double_click=False)  # double-click views the image
        self.table.setMinimumHeight(110)
        self.table.doubleClicked.connect(lambda _index: self._view_current())
        self.table.currentFeatureChanged.connect(self._current_changed)

        self.pick_button = QPushButton("View an image on the map")
        self.pick_button.setCheckable(True)
        self.pick_button.setToolTip("Click an image point of a search layer or of the coverage; Esc stops")
        self.pick_button.toggled.connect(self._toggle_pick_tool)
        self.pick_tool = ImagePickTool(self.canvas)
        self.pick_tool.picked.connect(self.pick)
        self.pick_tool.cancelled.connect(lambda: self.pick_button.setChecked(False))
        self.pick_tool.deactivated.connect(lambda: self.pick_button.setChecked(False))

        self.size_combo = QComboBox()
        for size in SIZES:
            self.size_combo.addItem(f"{size} px wide" if size.isdigit() else "original", size)
        saved = str(context.settings.value(DOWNLOAD_SIZE_KEY, "1024", str))
        self.size_combo.setCurrentIndex(max(0, self.size_combo.findData(saved)))
        self.size_combo.setToolTip(self.tr("Size of the downloaded images"))
        self.folder_widget = QgsFileWidget()
        self.folder_widget.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.folder_widget.lineEdit().setPlaceholderText("default: downloads/mapillary")
        self.folder_widget.setToolTip("Empty: the download folder of Imagery Hub settings, in a mapillary folder")
        form.addRow("Download to", self.folder_widget)
        self.download_button = QPushButton("Download selected")
        self.download_button.clicked.connect(self.download)
        self.download_progress = TaskProgress()
        download_row = QHBoxLayout()
        download_row.addWidget(self.size_combo)
        download_row.addWidget(self.download_button, 1)
        self.filter_edit = self.table.filter_edit()
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_button, 1)
        search_row.addWidget(self.history_button)
        self.grid = ThumbnailGrid(self.table, self._fetch_thumbnail)
        self.grid.doubleClicked.disconnect()  # as in the table, double-click views the image
        self.grid.doubleClicked.connect(lambda _index: self._view_current())
        self.views = QStackedWidget()
        self.views.addWidget(self.table)
        self.views.addWidget(self.grid)
        self.pictures_button = QToolButton()
        self.pictures_button.setText(self.tr("Pictures"))
        self.pictures_button.setCheckable(True)
        self.pictures_button.setToolTip(self.tr("Show the results as thumbnails instead of a table"))
        self.pictures_button.toggled.connect(lambda on: self.views.setCurrentIndex(1 if on else 0))
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
        edit.setNullRepresentation("any date")
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
        self._start(FunctionTask(f"Mapillary: thumbnail of image {image_id}",
                                 lambda task: fetch_thumbnail(access, image_id, *THUMB, task.is_cancelled),
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
            self.context.notify.error(exc, "Mapillary coverage")
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
                raise ImageryHubError("The start date is after the end date: swap them")
            access = self._access("Mapillary search")
            if access is None:
                return
            cost = estimate(request.area, request.bbox_limit, access.concurrency)
            if not confirm_requests(self, cost, self.context.settings):
                return
        except ImageryHubError as exc:
            self.context.notify.error(exc, "Mapillary search")
            return
        history.add(QgsProject.instance(), self.service_id, aoi, params)
        folder = self.context.settings.workspace_folder()
        task = SearchTask(access, request, folder, on_success=self._searched,
                          on_error=lambda e: self.context.notify.error(e, "Mapillary search"),
                          table_fields=[name for name, _ in self.table.source.columns])
        self._start(task, self.search_progress, "Searching Mapillary…")

    def _searched(self, outcome):
        layer, _group = add_search_layers(outcome)
        self.set_layer(layer, outcome.rows)
        self.folding.fold()
        text = f"{outcome.count:,} images in {outcome.cells} cell{'s' if outcome.cells != 1 else ''}"
        self.results_label.setText(text + ". Select rows or points to download; double-click to view.")
        if outcome.capped:
            self.context.notify.warning(
                f"Mapillary returned its 2000-image maximum for {len(outcome.capped)} cell(s), so some images are "
                "missing there (shown in red): zoom in to a smaller area or narrow the dates.")
        else:
            self.context.notify.success(f"Mapillary: {text}")

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
            self.results_label.setText(self.tr("{count:,} images (from the project).").format(
                count=layer.featureCount()))

    def show_inventory(self, images):
        """An inventory's images layer in the table."""
        self.set_layer(images)
        self.results_label.setText(loaded_text(images.featureCount()))

    def set_layer(self, layer, rows=None):
        self.layer = layer
        self.table.set_layer(layer, rows)
        if layer is not None:
            layer.willBeDeleted.connect(lambda gone=layer: self._layer_gone(gone))

    def _layer_gone(self, layer):
        if self.layer is layer:  # an older search's layer may go while a newer one is shown
            self.layer = None

    # -- viewer ----------------------------------------------------------------------------------
    def ensure_viewer(self):
        if self.viewer is None:
            self.viewer = MapillaryViewer(self.context, self.canvas, self.iface.mainWindow())
            self.iface.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.viewer)
            window = self.iface.mainWindow()
            if window is not None:  # a picture needs room: about half the window's height
                window.resizeDocks([self.viewer], [max(380, window.height() // 2)], Qt.Orientation.Vertical)
        return self.viewer

    def view(self, image_id):
        self.ensure_viewer().show_image(str(image_id))

    def _current_changed(self, fid):
        if fid is not None and self.viewer is not None and self.viewer.isVisible():
            self._view_feature(fid)

    def _view_current(self):
        index = self.table.currentIndex()
        if index.isValid():
            self._view_feature(self.table.fid_at(index))

    def _view_feature(self, fid):
        if self.layer is not None:
            feature = self.layer.getFeature(fid)
            if feature.isValid():
                self.view(feature["id"])

    def _toggle_pick_tool(self, enabled):
        if enabled:
            if self.canvas.mapTool() is not self.pick_tool:
                self._previous_tool = self.canvas.mapTool()
            self.canvas.setMapTool(self.pick_tool)
            self.canvas.setFocus()
        elif self.canvas.mapTool() is self.pick_tool:
            self._restore_tool()

    def _restore_tool(self):
        if self._previous_tool is not None and not sip.isdeleted(self._previous_tool):
            self.canvas.setMapTool(self._previous_tool)
        else:
            self.canvas.unsetMapTool(self.pick_tool)
        self._previous_tool = None

    def visible_image_layers(self):
        root = QgsProject.instance().layerTreeRoot()
        return [layer for layer in QgsProject.instance().mapLayers().values()
                if is_images_layer(layer) and root.findLayer(layer.id()) is not None
                and root.findLayer(layer.id()).isVisible()]

    def pick(self, point, tolerance):
        """An image point clicked: from a search layer when one is there, else
        from the coverage tiles (which takes a request)."""
        crs = self.canvas.mapSettings().destinationCrs()
        found = pick_from_layers(self.visible_image_layers(), point, tolerance, crs)
        if found is not None:
            self.view(found.id)
            return
        if not self.coverage.layers():
            self.context.notify.info("No image there: run a search or show the Mapillary coverage first")
            return
        access = self._access("Mapillary viewer")
        if access is None:
            return
        to_wgs84 = QgsCoordinateTransform(crs, WGS84, QgsProject.instance())
        where = to_wgs84.transform(QgsPointXY(point))
        box = to_wgs84.transformBoundingBox(QgsRectangle(point.x() - tolerance, point.y() - tolerance,
                                                         point.x() + tolerance, point.y() + tolerance))
        tolerance_deg = max(box.width(), box.height()) / 2

        def picked(image):
            if image is None:
                self.context.notify.info("No Mapillary image there: click closer to a point (zoom in to see them)")
            else:
                self.view(image.id)

        self._start(FunctionTask("Imagery Hub: finding the Mapillary image",
                                 lambda task: pick_from_coverage(access, where.x(), where.y(), tolerance_deg,
                                                                 task.is_cancelled),
                                 on_success=picked, on_error=lambda e: self.context.notify.error(e, "Mapillary")))

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
                raise ImageryHubError("Run a search first, or make a Mapillary images layer the active layer")
            access = MapillaryAccess.from_context(self.context)
            task = download_task(access, layer, layer.selectedFeatureIds(), size, folder,
                                 on_success=lambda result: self._downloaded(layer, result),
                                 on_error=lambda e: self.context.notify.error(e, "Mapillary download"))
        except ImageryHubError as exc:
            self.context.notify.error(exc, "Mapillary download")
            return
        self.context.settings.set_value(DOWNLOAD_SIZE_KEY, size)
        self._start(task, self.download_progress, f"Downloading {len(task.jobs)} images…")

    def _downloaded(self, layer, result):
        if not sip.isdeleted(layer):
            record_paths(layer, result)
        text = f"Mapillary: {result.summary('image')}"
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
