"""The Mapflow tab: account and projects on top, then three pages: Processing (new
processings on the AOI, the processings of a project, their results as layers),
My imagery (ui/mapflow/imagery.py) and Catalog (ui/mapflow/catalog.py).

Every call to Mapflow runs in a task (core/mapflow/service.py); processings the
user starts are watched until they finish (core/mapflow/watch.py), also after
QGIS restarts, and a message-bar notice offers their results or their error.
The pages share the start form: an uploaded mosaic or a catalog image becomes
its source through :meth:`MapflowTab.use_source`.
"""

from pathlib import Path

from qgis.core import QgsProject
from qgis.PyQt.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ...core.aoi import union_aoi
from ...core.compat import POLYGON_GEOMETRY, RASTER_LAYER, VECTOR_LAYER
from ...core.i18n import number, translate
from ...core.inventory import loaded_text
from ...core.mapflow.auth import guard_project_layers
from ...core.mapflow.service import MapflowService, polygon_areas_km2
from ...core.mapflow.uploads import upload_for_processing
from ...core.mapflow.watch import ProcessingWatcher
from ...core.mapflow.words import ending_text, reason, source_text, status_text
from ...providers.errors import ImageryHubError, InvalidInputError
from ...providers.mapflow.client import check_against_account
from .catalog import CatalogSearch
from .dialogs import MapflowDialogs
from .form import StartForm
from .imagery import FOLDER_SETTING as UPLOAD_FOLDER, MyImagery
from .processing_actions import ProcessingActions
from .processings import ProcessingsPanel
from .projects import AccountAndProjects
from ..folding import FoldingForm, column, fill, scrollable
from ..service_tab import ServiceTab
from ..task_progress import TaskProgress

PROJECT_SETTING = "mapflow/project_id"


class MapflowTab(ServiceTab):
    title = "Mapflow"
    service_id = "mapflow"

    def __init__(self, context, dock):
        super().__init__(context, dock)
        self.service = MapflowService(context)
        self.dialogs = MapflowDialogs(self)
        self.account = None
        self._loaded = False
        self._listed_project = None
        self._last_started = None
        self.header = AccountAndProjects()
        self.form = StartForm()
        self.panel = ProcessingsPanel()
        self.progress = TaskProgress()
        self.processing_page = QWidget()
        # the start form folds once a processing is started, the list takes the room
        self.start_box = self.folding = fill(self.processing_page, FoldingForm(
            translate("ImageryHub.Mapflow", "New processing on the AOI"), column(self.form),
            column((self.panel, 1), self.progress),
            context.settings, "mapflow"))
        self.imagery = MyImagery(self)
        self.catalog = CatalogSearch(self)
        # pages rather than more boxes: the dock is ~360 px wide and already long
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        # the long pages scroll, so that they do not make the panel taller than a small screen
        self._pages = [self.processing_page, self.imagery, self.catalog]
        for page, title in ((self.processing_page, translate("ImageryHub.Mapflow", "Processing")),
                            (scrollable(self.imagery), translate("ImageryHub.Mapflow", "My imagery")),
                            (scrollable(self.catalog), translate("ImageryHub.Mapflow", "Catalog"))):
            self.pages.addTab(page, title)
        self.pages.currentChanged.connect(self._page_shown)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.pages, 1)

        self.header.refreshRequested.connect(self.refresh)
        self.header.projectChanged.connect(self._project_changed)
        self.header.createRequested.connect(self.create_project)
        self.header.renameRequested.connect(self.rename_project)
        self.header.deleteRequested.connect(self.delete_project)
        self.form.startRequested.connect(lambda: self.start_processing())
        self.form.uploadRequested.connect(self.upload_for_processing)
        panel = self.panel
        actions = self.actions = ProcessingActions(self)
        for signal, slot in ((panel.loadRequested, actions.load_results), (panel.downloadRequested, actions.download),
                             (panel.aoisRequested, actions.show_aois),
                             (panel.renameRequested, actions.rename_processing),
                             (panel.restartRequested, actions.restart), (panel.moveRequested, actions.move),
                             (panel.deleteRequested, actions.delete_processing),
                             (panel.errorsRequested, actions.show_errors),
                             (panel.refreshRequested, self.refresh_processings)):
            signal.connect(slot)

        # tile layers of a saved project: their credential kept on the API's host
        QgsProject.instance().layersAdded.connect(self._layers_added)
        self.watcher = ProcessingWatcher(self.service, self)
        self.watcher.updated.connect(self.panel.model.update)
        self.watcher.updated.connect(self._progressed)
        self.watcher.finished.connect(self._finished)
        self.watcher.start()

    # -- plumbing ----------------------------------------------------------------------
    def run(self, description, work, on_success, on_error=None):
        """A Mapflow call in a task; a refusal before any request is reported here."""
        try:
            return self.service.run(description, work, on_success, on_error or self.error)
        except ImageryHubError as exc:
            (on_error or self.error)(exc)
            return None

    def error(self, error):
        # errors from the client already start with "Mapflow:"
        self.context.notify.error(error, None if getattr(error, "service", None) else "Mapflow")

    def show_page(self, page):
        """Bring the dock, this tab and one of its pages to the front."""
        self._show()
        self.pages.setCurrentIndex(self._pages.index(page))

    def show_inventory(self, catalog, rows=None):
        """An inventory's catalog footprints layer on the Catalog page (``rows``:
        read by the inventory's task)."""
        self.show_page(self.catalog)
        self.catalog.table.set_layer(catalog, rows)
        self.catalog.status.setText(loaded_text(catalog.featureCount()))

    def current_page(self):
        return self._pages[self.pages.currentIndex()]

    def _page_shown(self, index):
        if self._pages[index] is self.imagery and self.service.has_credentials():
            self.imagery.ensure_loaded()

    def use_source(self, source, label):
        """Make ``source`` the imagery of the next processing and show the start form."""
        self.form.use_source(source, label)
        self.start_box.unfold()
        self.show_page(self.processing_page)

    def _form_error(self, error):
        self.form.set_busy(False)
        self.form.show_status(reason(error), error=True)
        self.error(error)

    def showEvent(self, event):
        super().showEvent(event)
        if not self._loaded and self.service.has_credentials():
            self.refresh()

    # -- account and projects -------------------------------------------------------------
    def refresh(self):
        self._loaded = True
        self.run(translate("ImageryHub.Mapflow", "loading the Mapflow account"),
                 lambda client, task: (client.account(), client.projects()), self._account_loaded)

    def _account_loaded(self, answer):
        self.account, projects = answer
        self.header.set_account(self.account)
        self.form.set_account(self.account)
        self.header.set_projects(projects, self.context.settings.value(PROJECT_SETTING, "", str))

    def _refresh_account(self):
        self.run(translate("ImageryHub.Mapflow", "loading the Mapflow account"), lambda client, task: client.account(),
                 self._set_account)

    def _set_account(self, account):
        self.account = account
        self.header.set_account(account)

    def _project_changed(self, project_id):
        if project_id:
            self.context.settings.set_value(PROJECT_SETTING, project_id)
        self.refresh_processings()

    def _reload_projects(self, select_id=None):
        self.run(translate("ImageryHub.Mapflow", "loading Mapflow projects"), lambda client, task: client.projects(),
                 lambda projects: self.header.set_projects(projects, select_id or self.header.current_id()))

    def create_project(self):
        name = self.dialogs.ask_text(translate("ImageryHub.Mapflow", "New Mapflow project"),
                                     translate("ImageryHub.Mapflow", "Project name"))
        if name:
            self.run(translate("ImageryHub.Mapflow", "creating a Mapflow project"),
                     lambda client, task: client.create_project(name),
                     lambda project: self._reload_projects(project.id))

    def rename_project(self):
        project = self.header.current()
        name = project and self.dialogs.ask_text(translate("ImageryHub.Mapflow", "Rename Mapflow project"),
                                                 translate("ImageryHub.Mapflow", "Project name"), project.name)
        if name:
            self.run(translate("ImageryHub.Mapflow", "renaming a Mapflow project"),
                     lambda client, task: client.rename_project(project.id, name),
                     lambda _: self._reload_projects())

    def delete_project(self):
        project = self.header.current()
        if project is None or project.is_default:
            return
        text = translate("ImageryHub.Mapflow", "Delete the project “{name}” with all its processings and results? "
                                               "This cannot be undone.").format(name=project.name)
        if self.dialogs.confirm(translate("ImageryHub.Mapflow", "Delete Mapflow project"), text,
                                translate("ImageryHub.Mapflow", "Delete"), destructive=True):
            self.run(translate("ImageryHub.Mapflow", "deleting a Mapflow project"),
                     lambda client, task: client.delete_project(project.id),
                     lambda _: self._reload_projects(None))

    def refresh_processings(self):
        project_id = self.header.current_id()
        if project_id != self._listed_project:
            self.panel.model.set_items([])  # never show one project's rows under another's name
        self._listed_project = project_id
        if project_id is None:
            return
        self.run(translate("ImageryHub.Mapflow", "listing Mapflow processings"),
                 lambda client, task: client.processings(project_id,
                                                         progress=lambda done, total: task.report(done, total)),
                 lambda items: self._listed(project_id, items))

    def _listed(self, project_id, processings):
        if project_id == self.header.current_id():  # an answer for a project no longer shown is dropped
            self.panel.model.set_items(processings)

    # -- starting -----------------------------------------------------------------------------
    def start_processing(self, aoi=None):
        """Check everything that can be checked here, ask for the cost, confirm, start."""
        try:
            aoi = aoi or self.require_aoi()
            aoi.require_one_side("Mapflow")  # one processing covers one piece of the map
            if self.account is None:
                raise InvalidInputError(translate("ImageryHub.Mapflow",
                                                  "The Mapflow account is not loaded yet: press Refresh"),
                                        parameter="account")
            request = self.form.build_request(aoi.to_shapely(), self.header.current_id())
            areas = polygon_areas_km2(aoi)
            check_against_account(self.account, areas)
        except ImageryHubError as exc:
            self._form_error(exc)
            return
        self.form.set_busy(True)
        self.form.show_status(translate("ImageryHub.Mapflow", "Asking Mapflow for the cost…"))
        self.run(translate("ImageryHub.Mapflow", "estimating a Mapflow processing"),
                 lambda client, task: client.processing_cost(request),
                 lambda cost: self._confirm_start(request, aoi, areas, cost), self._form_error)

    def _confirm_start(self, request, aoi, areas, cost):
        try:
            check_against_account(self.account, areas, cost)
        except ImageryHubError as exc:
            self._form_error(exc)
            return
        account = self.account
        if account.billing_type == "CREDITS":
            price = translate("ImageryHub.Mapflow", "Cost: {cost} credits ({left} left)").format(
                cost=number(cost, 0), left=number(account.remaining_credits or 0, 0))
        elif account.billing_type == "AREA" and account.remaining_area_m2 is not None:
            price = translate("ImageryHub.Mapflow", "Area: {area} km² of {left} km² left").format(
                area=number(sum(areas), 2), left=number(account.remaining_area_m2 / 1e6, 2))
        else:
            price = translate("ImageryHub.Mapflow", "Cost: {cost}").format(cost=number(cost, 0))
        area = aoi.describe()
        if len(areas) > 1:
            area = translate("ImageryHub.Mapflow", "{area} in %Ln area(s)", None, len(areas)).format(area=area)
        text = translate("ImageryHub.Mapflow",
                         "Start “{name}”?\n\nModel: {model}\nArea: {area}\nImagery: {imagery}\n{price}").format(
            name=request.name, model=request.model_name, area=area, imagery=source_text(request.source), price=price)
        if not self.dialogs.confirm(translate("ImageryHub.Mapflow", "Start Mapflow processing"), text,
                                    translate("ImageryHub.Mapflow", "Start")):
            self.form.set_busy(False)
            self.form.show_status(translate("ImageryHub.Mapflow", "Not started."))
            return
        self.form.show_status(translate("ImageryHub.Mapflow", "Starting…"))
        self.run(translate("ImageryHub.Mapflow", "starting a Mapflow processing"),
                 lambda client, task: client.create_processing(request),
                 self._started, self._form_error)

    def upload_for_processing(self):
        """The form's "Upload…": a GeoTIFF from disk, whose s3:// URL becomes the source."""
        paths = self.dialogs.open_geotiffs(self.context.settings.value(UPLOAD_FOLDER, "", str))
        if not paths:
            return
        path = Path(paths[0])
        self.context.settings.set_value(UPLOAD_FOLDER, str(path.parent))
        self.form.show_status(translate("ImageryHub.Mapflow", "Uploading {file}…").format(file=path.name))
        task = self.run(translate("ImageryHub.Mapflow", "uploading {file} to Mapflow").format(file=path.name),
                        lambda client, task: upload_for_processing(client, task, path),
                        lambda url: self._uploaded_for_processing(path, url), self._form_error)
        if task is not None:
            self.progress.watch(task, translate("ImageryHub.Mapflow", "Uploading {file}…").format(file=path.name))

    def _uploaded_for_processing(self, path, url):
        self.form.url.setText(url)
        self.form.show_status(translate("ImageryHub.Mapflow", "{file} is uploaded: start the processing when ready.")
                              .format(file=path.name))

    def _started(self, processing):
        self.form.set_busy(False)
        self.form.show_status(translate("ImageryHub.Mapflow", "Started “{name}”; you will be told when it is done.")
                              .format(name=processing.name))
        self._last_started = processing.id
        self.start_box.fold()
        self.watcher.watch(processing)
        if processing.project_id in (None, self.header.current_id()):
            self.panel.model.update(processing, insert=True)
            self.panel.select(processing.id)
        self.context.notify.info(translate("ImageryHub.Mapflow", "Mapflow processing “{name}” started").format(
            name=processing.name))
        self._refresh_account()

    def _progressed(self, processing):
        """The start form's status line follows the processing it started to its end."""
        if processing.id == self._last_started and not processing.finished:
            self.form.show_status(translate("ImageryHub.Mapflow", "“{name}”: {status}, {percent} %").format(
                name=processing.name, status=status_text(processing), percent=number(processing.percent)))

    def _finished(self, processing):
        if processing.id == self._last_started:
            self.form.show_status(ending_text(processing), error=processing.status == "FAILED")
        if processing.status == "OK":
            text = translate("ImageryHub.Mapflow", "Mapflow processing “{name}” is done").format(name=processing.name)
            self.context.notify.success(text, duration=0, button=(translate("ImageryHub.Mapflow", "Load results"),
                                                                  lambda: self.actions.load_results(processing)))
        elif processing.status == "FAILED":
            first = (processing.error_lines() or [translate("ImageryHub.Mapflow", "no reason given")])[0]
            text = translate("ImageryHub.Mapflow", "Mapflow processing “{name}” failed: {reason}").format(
                name=processing.name, reason=first)
            self.context.notify.warning(text, button=(translate("ImageryHub.Mapflow", "Read the error"),
                                                      lambda: self.dialogs.show_errors(processing)), duration=0)
        else:
            self.context.notify.info(translate("ImageryHub.Mapflow", "Mapflow processing “{name}” ended: {status}")
                                     .format(name=processing.name, status=status_text(processing)))

    def main_button(self):
        return self.form.start_button

    # -- layer context menu ----------------------------------------------------------------------------
    def layer_actions(self):
        return [(translate("ImageryHub.Mapflow", "Use as Mapflow AOI"), self.use_layer_as_aoi, VECTOR_LAYER),
                (translate("ImageryHub.Mapflow", "Run Mapflow processing on selected features"),
                 self.run_on_selected_features, VECTOR_LAYER),
                (translate("ImageryHub.Mapflow", "Upload to Mapflow"), self.upload_active_layer, RASTER_LAYER)]

    def upload_active_layer(self):
        """Upload the active raster layer's file into a mosaic (asked which)."""
        self.imagery.upload_layer(self.context.iface.activeLayer())

    def _polygon_layer(self):
        layer = self.context.iface.activeLayer()
        if layer is None or layer.type() != VECTOR_LAYER or layer.geometryType() != POLYGON_GEOMETRY:
            self.error(InvalidInputError(translate("ImageryHub.Mapflow",
                                                   "Mapflow processes polygons: pick a polygon layer"),
                                         parameter="layer"))
            return None
        return layer

    def _show(self):
        self.dock.show()
        self.dock.raise_()
        self.dock.show_tab(self)

    def use_layer_as_aoi(self):
        """The selected (else all) polygons of the active layer as the AOI."""
        layer = self._polygon_layer()
        if layer is not None:
            self._show()
            self.dock.aoi_widget.use_features(layer, selected_only=layer.selectedFeatureCount() > 0)

    def run_on_selected_features(self):
        """Start a processing (after cost and confirmation) on the selected polygons."""
        layer = self._polygon_layer()
        if layer is None:
            return
        try:
            aoi = union_aoi([f.geometry() for f in layer.getSelectedFeatures()], layer.crs())
        except ImageryHubError as exc:
            self.error(exc)
            return
        self._show()
        self.dock.aoi_widget.set_aoi(aoi)
        self.start_processing(aoi)

    def _layers_added(self, layers):
        guard_project_layers(self.context.settings, layers)

    def cleanup(self):
        try:
            QgsProject.instance().layersAdded.disconnect(self._layers_added)
        except TypeError:
            pass
        self.watcher.stop()
        self.progress.cancel()
        self.imagery.progress.cancel()
        self.catalog.progress.cancel()
        self.catalog.cleanup()
