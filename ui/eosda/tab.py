"""The EOSDA tab: search scenes on the AOI, pick one in the table or on the map,
render a band combination or index of it onto the map."""

from qgis.core import QgsProject
from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from qgis.PyQt.QtWidgets import (
    QAction,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from ...core import history
from ...core.compat import VECTOR_LAYER
from ...core.eosda.layers import add_footprints, add_render, is_footprints, render_name, unique_stem
from ...core.eosda.tasks import SCENES_LAYER, TABLE_FIELDS, RenderTask, SceneQuery, SearchScenesTask
from ...core.eosda.thumbnails import thumbnail_task
from ...core.i18n import number, translate
from ...core.inventory import loaded_text
from ...core.layers import result_path, result_title
from ...core.project_state import layers_in_tree_order
from ...core.resources import icon
from ...providers.eosda.client import EosdaClient, estimate
from ...providers.eosda.visual import DATASETS
from ...providers.errors import ImageryHubError, InvalidInputError
from .render import RenderOptions
from ..budget import confirm_requests
from ..folding import FoldingForm, column, fill
from ..history import history_button
from ..results_model import display_text, is_null
from ..results_table import ResultsTable
from ..service_tab import ServiceTab
from ..task_progress import TaskProgress
from ..thumbnails import THUMB, table_or_pictures

HEADERS = (QT_TRANSLATE_NOOP("ImageryHub.EOSDA", "Date"), QT_TRANSLATE_NOOP("ImageryHub.EOSDA", "Cloud %"),
           QT_TRANSLATE_NOOP("ImageryHub.EOSDA", "AOI %"), QT_TRANSLATE_NOOP("ImageryHub.EOSDA", "Satellite"),
           QT_TRANSLATE_NOOP("ImageryHub.EOSDA", "View id"))
RENDER_NDVI = QT_TRANSLATE_NOOP("ImageryHub.EOSDA", "Render NDVI for this scene")


def scene_caption(values):
    """A cell of the Pictures grid: the scene's date and cloud cover."""
    day, cloud = display_text(values[0]), values[1]
    return day if is_null(cloud) else f"{day} · {number(cloud, 0)} %"


def history_label(params):
    """A search of the Recent list: dataset, dates, cloud limit."""
    return translate("ImageryHub.EOSDA", "{dataset} {start} – {end}, clouds ≤ {cloud} %").format(
        dataset=DATASETS[params["dataset"]], start=params["date_from"], end=params["date_to"],
        cloud=number(params["max_cloud"], 0))


class EosdaTab(ServiceTab):
    title = "EOSDA"
    service_id = "eosda"
    poll_interval = 2.0  # seconds between task checks at first (tests make it shorter)

    def __init__(self, context, dock):
        super().__init__(context, dock)
        settings = context.settings
        self.footprints = None
        self.scene = None  # attributes of the chosen scene

        self.dataset = QComboBox()
        for key, label in DATASETS.items():
            self.dataset.addItem(label, key)
        self.dataset.setCurrentIndex(max(0, self.dataset.findData(settings.value("eosda/dataset", "sentinel2"))))
        today = QDate.currentDate()
        self.date_from, self.date_to = QDateEdit(today.addDays(-90)), QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.max_cloud = QSpinBox()
        self.max_cloud.setRange(0, 100)
        self.max_cloud.setSuffix(" %")
        self.max_cloud.setValue(int(settings.value("eosda/max_cloud", 30, int)))
        self.whole_area = QCheckBox(translate("ImageryHub.EOSDA", "Whole area covered"))
        self.whole_area.setToolTip(translate("ImageryHub.EOSDA", "Only scenes whose data cover the whole area of "
                                                                 "interest"))
        self.search_button = QPushButton(translate("ImageryHub.EOSDA", "Search scenes"))
        self.search_button.clicked.connect(lambda: self.search())
        self.history_button = history_button(self, self.service_id, history_label, lambda e: self.search(e))
        self.search_progress = TaskProgress()
        self.search_status = QLabel(translate("ImageryHub.EOSDA", "Search Sentinel-2 or Landsat 8 scenes over the "
                                                                  "area of interest."))
        self.search_status.setWordWrap(True)
        columns = [(name, translate("ImageryHub.EOSDA", header)) for name, header in zip(TABLE_FIELDS, HEADERS)]
        self.table = ResultsTable(context.iface.mapCanvas(), columns, sort_column=0,
                                  sort_order=Qt.SortOrder.DescendingOrder)
        self.table.setMinimumHeight(110)
        self.table.currentFeatureChanged.connect(self._scene_chosen)

        search_box = QGroupBox(translate("ImageryHub.EOSDA", "Scenes"))
        form = QFormLayout()
        form.addRow(translate("ImageryHub.EOSDA", "Dataset"), self.dataset)
        form.addRow(translate("ImageryHub.EOSDA", "From"), self.date_from)
        form.addRow(translate("ImageryHub.EOSDA", "To"), self.date_to)
        form.addRow(translate("ImageryHub.EOSDA", "Max cloud"), self.max_cloud)
        form.addRow(self.whole_area)
        search_box.setLayout(form)

        self.scene_label = QLabel(translate("ImageryHub.EOSDA", "Pick a scene in the table or on the map."))
        self.scene_label.setWordWrap(True)
        self.options = RenderOptions()
        self.options.set_aoi(dock.aoi)
        self.render_button = QPushButton(translate("ImageryHub.EOSDA", "Render onto the map"))
        self.render_button.clicked.connect(lambda: self.render())
        self.render_progress = TaskProgress()
        # the options fold away so that the table and the Render button fit a small screen
        self.options_box = QgsCollapsibleGroupBox(translate("ImageryHub.EOSDA", "Render options"))
        self.options_box.setSaveCollapsedState(False)
        QVBoxLayout(self.options_box).addWidget(self.options)
        self.options_box.setCollapsed(True)

        self.filter_edit = self.table.filter_edit()
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_button, 1)
        search_row.addWidget(self.history_button)
        self.views, self.grid, self.pictures_button = table_or_pictures(self.table, self._fetch_thumbnail,
                                                                        scene_caption)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_edit, 1)
        filter_row.addWidget(self.pictures_button)
        results = column(search_row, self.search_progress, self.search_status, filter_row,
                         (self.views, 1),
                         self.scene_label, self.options_box, self.render_button, self.render_progress)
        self.folding = fill(self, FoldingForm(translate("ImageryHub.EOSDA", "Search settings"), column(search_box),
                                              results, settings, "eosda"))
        dock.aoi_widget.aoiChanged.connect(self.options.set_aoi)

        # the layer menu entry is shown on EOSDA footprints layers only
        self.render_ndvi_action = QAction(icon("imagery_hub.svg"), translate("ImageryHub.EOSDA", RENDER_NDVI), self)
        self.render_ndvi_action.triggered.connect(self.render_ndvi_for_selected)
        context.iface.addCustomActionForLayerType(self.render_ndvi_action, "", VECTOR_LAYER, False)
        QgsProject.instance().layersAdded.connect(self._offer_action)
        self._offer_action(QgsProject.instance().mapLayers().values())

    def cleanup(self):
        try:
            QgsProject.instance().layersAdded.disconnect(self._offer_action)
        except TypeError:
            pass
        self.context.iface.removeCustomActionForLayerType(self.render_ndvi_action)
        self.table.set_layer(None)

    def _offer_action(self, layers):
        for layer in layers:
            if is_footprints(layer):
                self.context.iface.addCustomActionForLayer(self.render_ndvi_action, layer)

    # -- search -----------------------------------------------------------------------------------
    def search(self, again=None):
        """Search with the form, or run ``again`` a search of the history as it was."""
        try:
            if again is not None:
                self.dock.aoi_widget.set_aoi(again["aoi"])
            query = self._query(again["params"] if again is not None else None)
            api_key = self.credentials()["secret"]
            if not confirm_requests(self, estimate(query.date_from, query.date_to), self.context.settings):
                return
        except ImageryHubError as exc:
            self.context.notify.error(exc, translate("ImageryHub.EOSDA", "EOSDA search"))
            return
        settings = self.context.settings
        settings.set_value("eosda/dataset", query.dataset)
        settings.set_value("eosda/max_cloud", int(query.max_cloud))
        history.add(QgsProject.instance(), self.service_id, self.dock.aoi,
                    {"dataset": query.dataset, "date_from": query.date_from, "date_to": query.date_to,
                     "max_cloud": query.max_cloud, "whole_area": query.whole_area})
        path = result_path(settings.workspace_folder(), "EOSDA", suffix=query.dataset)
        task = SearchScenesTask(api_key, self.urls()["base_url"], query, path,
                                on_success=lambda outcome: self._searched(query, outcome),
                                on_error=self._search_failed)
        self.search_button.setEnabled(False)
        self.context.start(task)
        self.search_progress.watch(task, translate("ImageryHub.EOSDA", "Searching scenes…"))

    def _query(self, params=None):
        aoi = self.require_aoi()
        if aoi.area_km2 <= 0:
            raise InvalidInputError(translate("ImageryHub.EOSDA", "EOSDA searches an area: draw a rectangle or "
                                                                  "polygon, or give the point a radius"),
                                    parameter="aoi")
        iso = Qt.DateFormat.ISODate
        if params is None:
            params = {"dataset": self.dataset.currentData(), "date_from": self.date_from.date().toString(iso),
                      "date_to": self.date_to.date().toString(iso), "max_cloud": float(self.max_cloud.value()),
                      "whole_area": self.whole_area.isChecked()}
        query = SceneQuery(params["dataset"], aoi.to_shapely(), params["date_from"], params["date_to"],
                           params["max_cloud"], params["whole_area"])
        EosdaClient.search_body(query.dataset, query.aoi, query.date_from, query.date_to,
                                cloud_to=query.max_cloud)  # refuses bad input before any request
        return query

    def _searched(self, query, outcome):
        self.search_button.setEnabled(True)
        if outcome.count == 0:
            self.search_status.setText(translate("ImageryHub.EOSDA", "No scenes found: widen the dates or raise "
                                                                     "the cloud limit."))
            return
        count = outcome.count
        title = result_title("EOSDA", count, "scenes")
        name = translate("ImageryHub.EOSDA", "EOSDA {dataset} scenes {start} – {end}").format(
            dataset=DATASETS[query.dataset], start=query.date_from, end=query.date_to)
        self.show_results(add_footprints(outcome.path, SCENES_LAYER, title, name), outcome.rows)
        self.folding.fold()
        cloud = number(query.max_cloud, 0)
        if outcome.truncated:
            text = translate("ImageryHub.EOSDA", "%Ln scene(s) (clouds ≤ {cloud} %); {found} found, the newest kept: "
                                                 "narrow the dates", None, count).format(cloud=cloud,
                                                                                         found=number(outcome.found))
        else:
            text = translate("ImageryHub.EOSDA", "%Ln scene(s) (clouds ≤ {cloud} %)", None, count).format(cloud=cloud)
        self.search_status.setText(text)
        self.context.notify.success(f"EOSDA: {text}")

    def project_read(self, project):
        """The reopened project's last search settings come back in the form and
        its newest EOSDA scenes in the table."""
        last = next(iter(history.entries(project, self.service_id)), None)
        if last is not None:
            params, iso = last["params"], Qt.DateFormat.ISODate
            self.dataset.setCurrentIndex(max(0, self.dataset.findData(params["dataset"])))
            self.date_from.setDate(QDate.fromString(params["date_from"], iso))
            self.date_to.setDate(QDate.fromString(params["date_to"], iso))
            self.max_cloud.setValue(int(params["max_cloud"]))
            self.whole_area.setChecked(bool(params["whole_area"]))
        layer = next(iter(layers_in_tree_order(project, is_footprints)), None)
        if layer is not None:
            self.show_results(layer)

    def show_inventory(self, footprints, rows=None):
        """An inventory's footprints layer in the table (``rows``: read by the inventory's task)."""
        self.show_results(footprints, rows)
        self.search_status.setText(loaded_text(footprints.featureCount()))

    def show_results(self, footprints, rows=None):
        """A footprints layer (a search's, a reopened project's or an inventory's)
        in the table; ``rows``: the table's rows when a task has read them."""
        self.footprints = footprints
        self.table.set_layer(footprints, rows)

    def _fetch_thumbnail(self, feature, on_success, on_error):
        """The grid's picture of a scene: its preview link from the footprints
        layer, fetched in a task (the key is read here, on the GUI thread)."""
        index = feature.fields().indexOf("thumbnail")
        link = feature.attribute(index) if index >= 0 else None
        if is_null(link) or not str(link).strip():
            raise InvalidInputError(translate("ImageryHub.EOSDA", "EOSDA sent no preview for this scene"),
                                    parameter="thumbnail")
        api_key = self.credentials()["secret"]
        self.context.start(thumbnail_task(api_key, self.urls()["base_url"], str(link), *THUMB,
                                          translate("ImageryHub.EOSDA", "EOSDA: thumbnail of {scene}").format(
                                              scene=feature["view_id"]), on_success, on_error))

    def _search_failed(self, error):
        self.search_button.setEnabled(True)
        self.context.notify.error(error, translate("ImageryHub.EOSDA", "EOSDA search"))

    # -- choosing a scene ---------------------------------------------------------------------------
    def _scene_chosen(self, fid):
        if fid is None or self.table.layer is None:
            return
        feature = self.table.layer.getFeature(fid)
        self.set_scene({name: feature[name] for name in ("view_id", "dataset", "date", "cloud", "satellite")})

    def set_scene(self, scene):
        self.scene = scene
        day = scene["date"].toString(Qt.DateFormat.ISODate) if hasattr(scene["date"], "toString") else scene["date"]
        self.scene["day"] = day
        self.options.set_dataset(scene["dataset"])
        name = render_name(scene["view_id"], day, "", scene["satellite"])
        if isinstance(scene["cloud"], float):
            text = translate("ImageryHub.EOSDA", "<b>{scene}</b>, {cloud} % clouds<br><small>{view_id}</small>").format(
                scene=name, cloud=number(scene["cloud"], 0), view_id=scene["view_id"])
        else:
            text = f"<b>{name}</b><br><small>{scene['view_id']}</small>"
        self.scene_label.setText(text)

    # -- rendering ----------------------------------------------------------------------------------
    def render(self):
        try:
            if self.scene is None:
                raise InvalidInputError(translate("ImageryHub.EOSDA", "Pick a scene in the table first"),
                                        parameter="view_id")
            aoi = self.require_aoi()
            aoi.require_one_side("EOSDA")  # one raster cannot span the 180° meridian
            params = self.options.params(self.scene["view_id"], aoi.to_shapely())
            api_key = self.credentials()["secret"]
        except ImageryHubError as exc:
            self.context.notify.error(exc, translate("ImageryHub.EOSDA", "EOSDA render"))
            return
        name = render_name(self.scene["view_id"], self.scene["day"], self.options.index_name(),
                           self.scene["satellite"])
        folder = self.context.settings.workspace_folder() / "eosda"
        footprints = self.footprints
        task = RenderTask(api_key, self.urls()["base_url"], params, folder, unique_stem(folder, name), name,
                          on_success=lambda outcome: self._rendered(outcome, footprints),
                          on_error=self._render_failed,
                          poll_interval=self.poll_interval)
        self.render_button.setEnabled(False)
        self.context.start(task)
        self.render_progress.watch(task, translate("ImageryHub.EOSDA", "Rendering {name}…").format(name=name))

    def _render_failed(self, error):
        self.render_button.setEnabled(True)
        self.context.notify.error(error, translate("ImageryHub.EOSDA", "EOSDA render"))

    def _rendered(self, outcome, footprints):
        self.render_button.setEnabled(True)
        try:
            layer = add_render(outcome.path, outcome.layer_name, footprints)
        except ImageryHubError as exc:
            self.context.notify.error(exc, translate("ImageryHub.EOSDA", "EOSDA render"))
            return
        self.context.notify.success(translate("ImageryHub.EOSDA", "{layer} added ({width} × {height} px)").format(
            layer=layer.name(), width=outcome.width, height=outcome.height))

    def render_ndvi_for_selected(self):
        """The layer menu entry: NDVI of the one selected scene of the footprints layer."""
        layer = self.context.iface.activeLayer()
        selected = layer.selectedFeatures() if is_footprints(layer) else []
        if len(selected) != 1:
            self.context.notify.warning(translate("ImageryHub.EOSDA", "Select one scene on the EOSDA footprints layer, "
                                                                      "then choose “{action}” again").format(
                action=translate("ImageryHub.EOSDA", RENDER_NDVI)))
            return
        if layer is not self.table.layer:
            self.footprints = layer
            self.table.set_layer(layer)
        feature = selected[0]
        self.set_scene({name: feature[name] for name in ("view_id", "dataset", "date", "cloud", "satellite")})
        self.options.set_preset("ndvi")
        self.options.coloring.setCurrentIndex(self.options.coloring.findData("colormap"))
        self.render()
