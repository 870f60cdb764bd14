"""The Spexi tab of the panel: filters and Search, the results table with a
preview of the selected image, downloads, placing a nadir image on the map,
and the multi-view map tool (ui/spexi/actions.py has the last three)."""

from qgis.core import QgsProject
from qgis.PyQt import sip
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
)

from ...core.compat import VECTOR_LAYER
from ...core import history
from ...core.i18n import number, translate
from ...core.inventory import loaded_text
from ...core.layers import group_of
from ...core.messages import WARNING, log
from ...core.project_state import layers_in_tree_order
from ...core.spexi.layers import (
    TABLE_COLUMNS,
    fids_by_image_id,
    gpkg_of,
    group_name,
    is_cameras_layer,
    is_footprints_layer,
    open_results,
)
from ...core.spexi.tasks import FetchImageTask, SpexiSearchTask, client_factory
from ...providers.errors import ImageryHubError
from ...providers.spexi.client import filter_params
from ...providers.spexi.query import estimate
from ..budget import confirm_requests
from ..folding import FoldingForm, column, fill
from ..history import history_button
from ..results_table import ResultsTable
from ..service_tab import ServiceTab
from .actions import SpexiActions
from .filters import SpexiFilters
from .images import ImageLoader, Thumbnail
from ..task_progress import TaskProgress
from ..thumbnails import THUMB, table_or_pictures

PREVIEW_DELAY_MS = 250  # wait for the selection to settle before fetching a preview
PREVIEW_BOX = (240, 160)  # small enough for the table and its buttons to fit a 768-pixel screen
TABLE_MIN_HEIGHT = 110


def found_text(count, capped, cells, group):
    """The summary of a search: "<b>409</b> images in 4 cells in “Spexi · …”."."""
    if capped and cells > 1:
        text = translate(
            "ImageryHub.Spexi", "<b>%Ln</b> image(s) (the maximum you set) in {cells} cells in “{group}”.", None,
                         count)
    elif capped:
        text = translate("ImageryHub.Spexi", "<b>%Ln</b> image(s) (the maximum you set) in “{group}”.", None, count)
    elif cells > 1:
        text = translate("ImageryHub.Spexi", "<b>%Ln</b> image(s) in {cells} cells in “{group}”.", None, count)
    else:
        text = translate("ImageryHub.Spexi", "<b>%Ln</b> image(s) in “{group}”.", None, count)
    return text.format(cells=number(cells), group=group)


class SpexiTab(ServiceTab):
    title = "Spexi"
    service_id = "spexi"

    def __init__(self, context, dock):
        super().__init__(context, dock)
        self.canvas = context.iface.mapCanvas()
        self.footprints = self.cameras = None
        self.group_name = None
        self._cap = 0
        self.loader = ImageLoader(context)
        self.actions = SpexiActions(self)

        self.filters = SpexiFilters()
        self.filters.restore(context.settings)
        self.search_button = QPushButton(translate("ImageryHub.Spexi", "&Search"))
        self.search_button.setToolTip(translate("ImageryHub.Spexi", "Search Spexi images over the area of interest"))
        self.search_button.clicked.connect(lambda: self.search())
        self.multiview_button = self.actions.multiview_button
        self.history_button = history_button(self, self.service_id, self._describe_search,
                                             lambda entry: self.search(entry))
        top = QHBoxLayout()
        top.addWidget(self.search_button, 1)
        top.addWidget(self.history_button)
        top.addWidget(self.multiview_button, 1)
        self.progress = TaskProgress()
        self.summary = QLabel(translate("ImageryHub.Spexi", "Set the filters, then search the area of interest."))
        self.summary.setWordWrap(True)
        self.table = ResultsTable(self.canvas, [(name, translate("ImageryHub.Spexi", label))
                                                   for name, label in TABLE_COLUMNS])
        self.table.setMinimumHeight(TABLE_MIN_HEIGHT)
        self.preview = Thumbnail(*PREVIEW_BOX)
        self.preview.show_text(translate("ImageryHub.Spexi", "Select an image to preview it"))
        self.variant = QComboBox()
        self.variant.addItem(translate("ImageryHub.Spexi", "Original image"), "original")
        self.variant.addItem(translate("ImageryHub.Spexi", "Zoomed to the area"), "zoomed")
        self.variant.setToolTip(translate(
            "ImageryHub.Spexi", "Which file to download: the full frame or Spexi's crop around the area"))
        self.variant.setCurrentIndex(max(0, self.variant.findData(context.settings.value("spexi/variant", "original"))))
        self.variant.currentIndexChanged.connect(
            lambda: context.settings.set_value("spexi/variant", self.variant.currentData()))
        variant_label = QLabel(translate("ImageryHub.Spexi", "&File"))
        variant_label.setBuddy(self.variant)
        choice = QHBoxLayout()
        choice.addWidget(variant_label)
        choice.addWidget(self.variant, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.actions.download_button, 1)
        bottom.addWidget(self.actions.place_button, 1)

        self.filter_edit = self.table.filter_edit()
        self.views, self.grid, self.pictures_button = table_or_pictures(self.table, self._fetch_thumbnail,
                                                                        lambda values: f"#{values[0]}")
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_edit, 1)
        filter_row.addWidget(self.pictures_button)
        results = column(top, self.progress, self.summary, filter_row, (self.views, 1), choice, bottom,
                         self.preview)
        results.layout().setAlignment(self.preview, Qt.AlignmentFlag.AlignHCenter)
        self.folding = fill(self, FoldingForm(self.tr("Search settings"), column(self.filters), results,
                                              context.settings, "spexi"))

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._load_preview)
        self._mirroring = False

    # -- plumbing for the actions --------------------------------------------------
    def make_client(self):
        """A client factory for tasks (credentials are read here, on the GUI thread)."""
        return client_factory(self.credentials()["secret"], self.urls()["base_url"])

    def _fetch_thumbnail(self, feature, on_success, on_error):
        """The grid's picture of a footprint: its zoomed image, fitted into a cell,
        cached with the previews in the profile."""
        self.context.start(FetchImageTask(self.make_client(), feature["id"], feature["zoomed_url"], "zoomed",
                                          THUMB, on_success=lambda decoded: on_success(decoded.image),
                                          on_error=on_error, decode=True))

    def fail(self, error, context=None):
        button = None
        if getattr(error, "service", None) and "settings" in str(error):
            button = (translate("ImageryHub.Spexi", "Settings…"), self.dock.settingsRequested.emit)
        self.context.notify.error(error, context, button=button)

    def layer_actions(self):
        return [(translate(
            "ImageryHub.Spexi", "Download selected Spexi images"), self.actions.download_from_layer_menu, VECTOR_LAYER)]

    def cleanup(self):
        self._preview_timer.stop()
        self.loader.forget()
        self.actions.cleanup()
        self._watch(None, None)

    # -- search ---------------------------------------------------------------------
    def search(self, again=None):
        """Search the area with the form's filters, or run ``again`` a search of
        the history ({"aoi", "params": {"filters", "cap"}}) as it was."""
        try:
            if again is None:
                aoi = self.require_aoi()
                filters, cap = self.filters.filters(), self.filters.max_records()
            else:
                aoi, filters, cap = again["aoi"], dict(again["params"]["filters"]), again["params"]["cap"]
                self.dock.aoi_widget.set_aoi(aoi)
            filter_params(**filters)  # refuse bad filters now, before a task starts
            make_client = self.make_client()
            cost = estimate(aoi.to_shapely() if aoi.kind != "point" else None)
            if not confirm_requests(self, cost, self.context.settings):
                return
        except ImageryHubError as error:
            self.fail(error, translate("ImageryHub.Spexi", "Search"))
            return
        if again is None:
            self.filters.remember(self.context.settings)
        history.add(QgsProject.instance(), self.service_id, aoi, {"filters": filters, "cap": cap})
        self._cap = cap
        task = SpexiSearchTask(make_client, aoi, filters, cap, self.context.settings.workspace_folder(),
                               on_success=self._searched, on_error=self._search_failed)
        self.search_button.setEnabled(False)
        self.progress.watch(task, translate("ImageryHub.Spexi", "Searching Spexi…"))
        self.context.start(task)

    @staticmethod
    def _describe_search(params):
        filters = params["filters"]
        words = [translate(
            "ImageryHub.Spexi", "pitch {pitch}").format(pitch=filters["pitch"])] if "pitch" in filters else []
        words += [", ".join(filters["capture_type"])] if "capture_type" in filters else []
        if "captured_at" in filters:
            words.append(" – ".join(str(d) for d in filters["captured_at"]))
        return ", ".join(words + [translate("ImageryHub.Spexi", "up to {count}").format(count=number(params["cap"]))])

    def _search_failed(self, error):
        self.search_button.setEnabled(True)
        self.fail(error, translate("ImageryHub.Spexi", "Search"))

    def _searched(self, result):
        self.search_button.setEnabled(True)
        skipped, count = result.skipped, result.count  # plain names: pylupdate5 misses n written as a.b
        unreadable = (" " + translate("ImageryHub.Spexi", "%Ln image(s) Spexi sent could not be read and were left "
                                                          "out (see the log).", None, skipped) if skipped else "")
        if unreadable:
            log(translate("ImageryHub.Spexi", "Spexi: %Ln feature(s) of the answer were unreadable (geometry, "
                                              "capture date or camera position) and left out", None, skipped),
                WARNING)
        if not result.count:
            self.summary.setText(translate(
                "ImageryHub.Spexi", "No Spexi images match: widen the filters, untick Focused or move "
                                    "the area.") + unreadable)
            self.context.notify.info(translate("ImageryHub.Spexi", "Spexi: no images match this search") + unreadable)
            return
        try:
            footprints, cameras = open_results(result.path, group_name(result.count), span=result.span)
        except ImageryHubError as error:
            self.fail(error, translate("ImageryHub.Spexi", "Search"))
            return
        self.group_name = group_of(footprints)
        self.show_results(footprints, cameras, result.rows)
        self.folding.fold()
        self.summary.setText(found_text(result.count, result.count >= self._cap, result.cells, self.group_name)
                             + unreadable)
        self.context.notify.success(translate("ImageryHub.Spexi", "Spexi: %Ln image(s) found.", None, count)
                                    + unreadable)

    def project_read(self, project):
        """The reopened project's last search settings come back in the form and
        its newest Spexi result in the table."""
        last = next(iter(history.entries(project, self.service_id)), None)
        if last is not None:
            self.filters.set_filters(last["params"]["filters"], last["params"]["cap"])
        footprints = next(iter(layers_in_tree_order(project, is_footprints_layer)), None)
        if footprints is None:
            return
        cameras = next((layer for layer in layers_in_tree_order(project, is_cameras_layer)
                        if gpkg_of(layer) == gpkg_of(footprints)), None)
        if cameras is None:
            return
        self.group_name = group_of(footprints, project)
        self.show_results(footprints, cameras)
        count = footprints.featureCount()
        self.summary.setText(translate("ImageryHub.Spexi", "%Ln image(s) in “{group}” (from the project).", None,
                                       count).format(group=self.group_name or footprints.name()))

    def show_inventory(self, footprints, cameras, rows=None):
        """An inventory's layers in the table (``rows``: read by the inventory's task)."""
        self.group_name = group_of(footprints)
        self.show_results(footprints, cameras, rows)
        self.summary.setText(loaded_text(footprints.featureCount()))

    def show_results(self, footprints, cameras, rows=None):
        """Show a result's layers in the table (``rows``: read by the task) and
        keep their selections together."""
        self._watch(footprints, cameras)
        self.table.set_layer(footprints, rows)
        self.preview.show_text(translate("ImageryHub.Spexi", "Select an image to preview it"))

    def _watch(self, footprints, cameras):
        for layer in (self.footprints, self.cameras):
            if layer is None or sip.isdeleted(layer):
                continue  # gone already (the project closing removes both layers, one by one)
            for signal, slot in ((layer.selectionChanged, self._selection_changed),
                                 (layer.willBeDeleted, self._result_removed)):
                try:
                    signal.disconnect(slot)
                except TypeError:
                    pass  # not connected
        self.footprints, self.cameras = footprints, cameras
        for layer in (footprints, cameras):
            if layer is not None:
                layer.selectionChanged.connect(self._selection_changed)
                layer.willBeDeleted.connect(self._result_removed)

    def _result_removed(self):
        self._watch(None, None)
        self.group_name = None

    def _selection_changed(self, *_):
        """Selecting camera points selects their footprints (and rows), and back;
        the preview follows."""
        if self._mirroring or self.footprints is None or self.cameras is None:
            return
        self._preview_timer.start()
        source = self.sender()
        target = self.footprints if source is self.cameras else self.cameras
        ids = {f["id"] for f in source.getSelectedFeatures()}
        fids = list(fids_by_image_id(target, ids).values()) if ids else []
        self._mirroring = True
        try:
            target.selectByIds(fids)
        finally:
            self._mirroring = False

    # -- preview ----------------------------------------------------------------------
    def current_feature(self):
        fids = self.footprints.selectedFeatureIds() if self.footprints else []
        if len(fids) != 1:
            return None
        return self.footprints.getFeature(fids[0])

    def _load_preview(self):
        feature = self.current_feature()
        if feature is None:
            self.preview.show_text(translate("ImageryHub.Spexi", "Select one image to preview it"))
            return
        try:
            make_client = self.make_client()
        except ImageryHubError as error:
            self.preview.show_text(str(error))
            return
        self.preview.show_text(translate("ImageryHub.Spexi", "Loading {image}…").format(image=feature["id"]))
        self.loader.load("preview", feature["id"], feature["zoomed_url"], "zoomed", self._preview_ready,
                         make_client, self.preview.box)

    def _preview_ready(self, path, error):
        if error is not None:
            self.preview.show_text(translate("ImageryHub.Spexi", "No preview: {error}").format(error=error))
        else:
            self.preview.show_file(path)
