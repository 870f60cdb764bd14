"""The Mapflow tab: account, projects, new processings on the AOI, the processings
of a project, and their results as layers.

Every call to Mapflow runs in a task (core/mapflow_service.py); processings the
user starts are watched until they finish (core/mapflow_watch.py), also after
QGIS restarts, and a message-bar notice offers their results or their error.
"""

from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt.QtWidgets import QVBoxLayout

from ..core.aoi import union_aoi
from ..core.compat import POLYGON_GEOMETRY, VECTOR_LAYER
from ..core.mapflow_auth import tile_auth_config
from ..core.mapflow_layers import (
    add_to_group,
    download_results,
    group_name,
    needs_auth,
    open_aois,
    open_results,
    tile_layers,
    write_aois,
)
from ..core.mapflow_service import MapflowService, polygon_areas_km2
from ..core.mapflow_watch import ProcessingWatcher
from ..core.messages import log
from ..providers.errors import ImageryHubError, InvalidInputError
from ..providers.mapflow import check_against_account
from .mapflow_dialogs import MapflowDialogs
from .mapflow_form import StartForm
from .mapflow_processings import ProcessingsPanel
from .mapflow_projects import AccountAndProjects
from .service_tab import ServiceTab
from .task_progress import TaskProgress

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
        self.header = AccountAndProjects()
        self.form = StartForm()
        self.panel = ProcessingsPanel()
        self.progress = TaskProgress()
        start_box = QgsCollapsibleGroupBox("New processing on the AOI")
        QVBoxLayout(start_box).addWidget(self.form)
        list_box = QgsCollapsibleGroupBox("Processings")
        list_layout = QVBoxLayout(list_box)
        list_layout.addWidget(self.panel)
        list_layout.addWidget(self.progress)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(start_box)
        layout.addWidget(list_box, 1)

        self.header.refreshRequested.connect(self.refresh)
        self.header.projectChanged.connect(self._project_changed)
        self.header.createRequested.connect(self.create_project)
        self.header.renameRequested.connect(self.rename_project)
        self.header.deleteRequested.connect(self.delete_project)
        self.form.startRequested.connect(lambda: self.start_processing())
        panel = self.panel
        for signal, slot in ((panel.loadRequested, self.load_results), (panel.downloadRequested, self.download),
                             (panel.aoisRequested, self.show_aois), (panel.renameRequested, self.rename_processing),
                             (panel.restartRequested, self.restart), (panel.moveRequested, self.move),
                             (panel.deleteRequested, self.delete_processing),
                             (panel.errorsRequested, self.show_errors),
                             (panel.refreshRequested, self.refresh_processings)):
            signal.connect(slot)

        self.watcher = ProcessingWatcher(self.service, self)
        self.watcher.updated.connect(self.panel.model.update)
        self.watcher.finished.connect(self._finished)
        self.watcher.start()

    # -- plumbing ----------------------------------------------------------------------
    def _run(self, description, work, on_success, on_error=None):
        """A Mapflow call in a task; a refusal before any request is reported here."""
        try:
            return self.service.run(description, work, on_success, on_error or self._error)
        except ImageryHubError as exc:
            (on_error or self._error)(exc)
            return None

    def _error(self, error):
        self.context.notify.error(error, "Mapflow")

    def _form_error(self, error):
        self.form.set_busy(False)
        self.form.show_status(str(getattr(error, "message", error)), error=True)
        self._error(error)

    def showEvent(self, event):
        super().showEvent(event)
        if not self._loaded and self.service.has_credentials():
            self.refresh()

    # -- account and projects -------------------------------------------------------------
    def refresh(self):
        self._loaded = True
        self._run("loading the Mapflow account", lambda client, task: (client.account(), client.projects()),
                  self._account_loaded)

    def _account_loaded(self, answer):
        self.account, projects = answer
        self.header.set_account(self.account)
        self.form.set_account(self.account)
        self.header.set_projects(projects, self.context.settings.value(PROJECT_SETTING, "", str))

    def _refresh_account(self):
        self._run("loading the Mapflow account", lambda client, task: client.account(), self._set_account)

    def _set_account(self, account):
        self.account = account
        self.header.set_account(account)

    def _project_changed(self, project_id):
        if project_id:
            self.context.settings.set_value(PROJECT_SETTING, project_id)
        self.refresh_processings()

    def _reload_projects(self, select_id=None):
        self._run("loading Mapflow projects", lambda client, task: client.projects(),
                  lambda projects: self.header.set_projects(projects, select_id or self.header.current_id()))

    def create_project(self):
        name = self.dialogs.ask_text("New Mapflow project", "Project name")
        if name:
            self._run("creating a Mapflow project", lambda client, task: client.create_project(name),
                      lambda project: self._reload_projects(project.id))

    def rename_project(self):
        project = self.header.current()
        name = project and self.dialogs.ask_text("Rename Mapflow project", "Project name", project.name)
        if name:
            self._run("renaming a Mapflow project", lambda client, task: client.rename_project(project.id, name),
                      lambda _: self._reload_projects())

    def delete_project(self):
        project = self.header.current()
        if project is None or project.is_default:
            return
        if self.dialogs.confirm("Delete Mapflow project", f"Delete the project “{project.name}” with all its "
                                "processings and results? This cannot be undone.", "Delete", destructive=True):
            self._run("deleting a Mapflow project", lambda client, task: client.delete_project(project.id),
                      lambda _: self._reload_projects(None))

    def refresh_processings(self):
        project_id = self.header.current_id()
        if project_id != self._listed_project:
            self.panel.model.set_items([])  # never show one project's rows under another's name
        self._listed_project = project_id
        if project_id is None:
            return
        self._run("listing Mapflow processings", lambda client, task: client.processings(
            project_id, progress=lambda done, total: task.report(done, total)),
            lambda items: self._listed(project_id, items))

    def _listed(self, project_id, processings):
        if project_id == self.header.current_id():  # an answer for a project no longer shown is dropped
            self.panel.model.set_items(processings)

    # -- starting -----------------------------------------------------------------------------
    def start_processing(self, aoi=None):
        """Check everything that can be checked here, ask for the cost, confirm, start."""
        try:
            aoi = aoi or self.require_aoi()
            if self.account is None:
                raise InvalidInputError("The Mapflow account is not loaded yet: press Refresh", parameter="account")
            request = self.form.build_request(aoi.to_shapely(), self.header.current_id())
            areas = polygon_areas_km2(aoi)
            check_against_account(self.account, areas)
        except ImageryHubError as exc:
            self._form_error(exc)
            return
        self.form.set_busy(True)
        self.form.show_status("Asking Mapflow for the cost…")
        self._run("estimating a Mapflow processing", lambda client, task: client.processing_cost(request),
                  lambda cost: self._confirm_start(request, aoi, areas, cost), self._form_error)

    def _confirm_start(self, request, aoi, areas, cost):
        try:
            check_against_account(self.account, areas, cost)
        except ImageryHubError as exc:
            self._form_error(exc)
            return
        account = self.account
        if account.billing_type == "CREDITS":
            price = f"Cost: {cost:,.0f} credits ({account.remaining_credits:,.0f} left)"
        elif account.billing_type == "AREA" and account.remaining_area_m2 is not None:
            price = f"Area: {sum(areas):,.2f} km² of {account.remaining_area_m2 / 1e6:,.2f} km² left"
        else:
            price = f"Cost: {cost:,.0f}"
        parts = f" in {len(areas)} areas" if len(areas) > 1 else ""
        text = (f"Start “{request.name}”?\n\nModel: {request.model_name}\nArea: {aoi.describe()}{parts}\n"
                f"Imagery: {request.source.label}\n{price}")
        if not self.dialogs.confirm("Start Mapflow processing", text, "Start"):
            self.form.set_busy(False)
            self.form.show_status("Not started.")
            return
        self.form.show_status("Starting…")
        self._run("starting a Mapflow processing", lambda client, task: client.create_processing(request),
                  self._started, self._form_error)

    def _started(self, processing):
        self.form.set_busy(False)
        self.form.show_status(f"Started “{processing.name}”; you will be told when it is done.")
        self.watcher.watch(processing)
        if processing.project_id in (None, self.header.current_id()):
            self.panel.model.update(processing, insert=True)
            self.panel.select(processing.id)
        self.context.notify.info(f"Mapflow processing “{processing.name}” started")
        self._refresh_account()

    def _finished(self, processing):
        if processing.status == "OK":
            self.context.notify.success(f"Mapflow processing “{processing.name}” is done",
                                        button=("Load results", lambda: self.load_results(processing)), duration=0)
        elif processing.status == "FAILED":
            first = (processing.error_lines() or ["no reason given"])[0]
            self.context.notify.warning(f"Mapflow processing “{processing.name}” failed: {first}",
                                        button=("Read the error", lambda: self.dialogs.show_errors(processing)),
                                        duration=0)
        else:
            self.context.notify.info(f"Mapflow processing “{processing.name}” ended: {processing.status_label}")

    # -- what can be done with a processing ---------------------------------------------------------
    def load_results(self, processing):
        """Result tiles and imagery as layers in a group named after the processing."""
        try:
            if processing.status != "OK":
                raise InvalidInputError(f"“{processing.name}” is not finished yet", parameter="processing")
            base_url = self.service.base_url
            auth = None
            if needs_auth(processing, base_url):
                auth = tile_auth_config(self.context.settings, self.service.token())
            layers = tile_layers(processing, base_url, auth)
        except ImageryHubError as exc:
            self._error(exc)
            return None
        return add_to_group(group_name(processing), layers)

    def download(self, processing):
        folder = self.context.settings.workspace_folder()
        task = self._run(f"downloading the results of {processing.name}",
                         lambda client, task: download_results(client, task, processing, folder),
                         lambda result: self._downloaded(processing, result))
        if task is not None:
            self.progress.watch(task, f"Downloading the results of {processing.name}…")

    def _downloaded(self, processing, result):
        try:
            open_results(result["path"], processing)
        except ImageryHubError as exc:
            self._error(exc)
            return
        log(f"Mapflow: the results of “{processing.name}” are in {result['path']}")
        self.context.notify.success(f"Downloaded {result['results']:,} features of “{processing.name}” "
                                    f"into {result['path'].name}")

    def show_aois(self, processing):
        folder = self.context.settings.workspace_folder()
        self._run(f"loading the AOIs of {processing.name}",
                  lambda client, task: write_aois(task, client.processing_aois(processing.id), processing, folder),
                  lambda path: add_to_group(group_name(processing), [open_aois(path, processing)]))

    def rename_processing(self, processing):
        name = self.dialogs.ask_text("Rename Mapflow processing", "Name", processing.name)
        if name and name != processing.name:
            self._run("renaming a Mapflow processing",
                      lambda client, task: client.rename_processing(processing.id, name), self.panel.model.update)

    def restart(self, processing):
        self._run("restarting a Mapflow processing", lambda client, task: client.restart_processing(processing.id),
                  self._restarted)

    def _restarted(self, processing):
        self.panel.model.update(processing)
        self.watcher.watch(processing)
        self.context.notify.info(f"Restarted the failed parts of “{processing.name}”")

    def move(self, processing):
        others = [p for p in self.header.projects if p.id != processing.project_id]
        index = self.dialogs.choose("Move Mapflow processing", f"Move “{processing.name}” to", [p.name for p in others])
        if index is not None:
            target = others[index]
            self._run("moving a Mapflow processing",
                      lambda client, task: client.move_processing(processing.id, target.id),
                      lambda moved: self.panel.model.remove(moved.id))

    def delete_processing(self, processing):
        if self.dialogs.confirm("Delete Mapflow processing", f"Delete “{processing.name}” and its results on "
                                "Mapflow? Layers already downloaded stay.", "Delete", destructive=True):
            self._run("deleting a Mapflow processing", lambda client, task: client.delete_processing(processing.id),
                      lambda _: self._deleted(processing))

    def _deleted(self, processing):
        self.watcher.unwatch(processing.id)
        self.panel.model.remove(processing.id)

    def show_errors(self, processing):
        self.dialogs.show_errors(processing)

    # -- layer context menu ----------------------------------------------------------------------------
    def layer_actions(self):
        return [("Use as Mapflow AOI", self.use_layer_as_aoi, VECTOR_LAYER),
                ("Run Mapflow processing on selected features", self.run_on_selected_features, VECTOR_LAYER)]

    def _polygon_layer(self):
        layer = self.context.iface.activeLayer()
        if layer is None or layer.type() != VECTOR_LAYER or layer.geometryType() != POLYGON_GEOMETRY:
            self._error(InvalidInputError("Mapflow processes polygons: pick a polygon layer", parameter="layer"))
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
            self._error(exc)
            return
        self._show()
        self.dock.aoi_widget.set_aoi(aoi)
        self.start_processing(aoi)

    def cleanup(self):
        self.watcher.stop()
        self.progress.cancel()
