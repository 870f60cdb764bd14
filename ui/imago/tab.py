"""The Imago tab: sign in, browse workspace → dataset → collection → imagery
type → image type, list a collection's imagery with a preview, download, and
open the upload and feature-download dialogs."""

from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
)

from ...core.compat import POINT_GEOMETRY, VECTOR_LAYER
from ...core.imago.session import ImagoConnection
from ...core.i18n import translate
from ...core.tasks import FunctionTask
from ...providers.errors import ImageryHubError
from .download_dialog import ImagoDownloadDialog
from .imagery_list import PREVIEW_HEIGHT, ImageryListMixin
from .upload_dialog import ImagoUploadDialog
from ..folding import FoldingForm, column, fill
from ..service_tab import ServiceTab
from ..task_progress import TaskProgress

HEADERS = (QT_TRANSLATE_NOOP("ImageryHub.Imago", "Imagery"), QT_TRANSLATE_NOOP("ImageryHub.Imago", "Depth (m)"),
           QT_TRANSLATE_NOOP("ImageryHub.Imago", "Images"))
DOWNLOAD_FOR_FEATURES = QT_TRANSLATE_NOOP("ImageryHub.Imago", "Download Imago images for selected features")
UPLOAD_PHOTOS = QT_TRANSLATE_NOOP("ImageryHub.Imago", "Upload photos to Imago")


class ImagoTab(ImageryListMixin, ServiceTab):
    title = "Imago"
    service_id = "imago"

    def __init__(self, context, dock):
        super().__init__(context, dock)
        self.connection = None
        self.imagery = []
        self.origins = []  # per row: (workspace, dataset) of an inventory's imagery, else None (the combos')
        self.inventory = None  # the inventory's Imago layer the table shows, and its fids per row
        self.fids = []
        self.inventory_rows = None  # the inventory's rows (core.imago.inventory.placed_imagery)
        self.download_dialog = None
        self.upload_dialog = None
        self._after_sign_in = []
        self._preview_for = None

        self.account = QLabel(translate("ImageryHub.Imago", "Not signed in."))
        self.account.setWordWrap(True)
        self.sign_in_button = QPushButton(translate("ImageryHub.Imago", "Sign in"))
        self.sign_in_button.setToolTip(translate("ImageryHub.Imago", "Sign in to Imago with the account in Imagery Hub "
                                                                     "settings"))
        self.sign_in_button.clicked.connect(lambda: self.sign_in())
        self.sign_out_button = QPushButton(translate("ImageryHub.Imago", "Sign out"))
        self.sign_out_button.clicked.connect(self.sign_out)
        account_row = QHBoxLayout()
        account_row.addWidget(self.account, 1)
        account_row.addWidget(self.sign_in_button)
        account_row.addWidget(self.sign_out_button)

        browse = QGroupBox(translate("ImageryHub.Imago", "Browse"))
        form = QFormLayout(browse)
        self.workspace_combo, self.dataset_combo, self.collection_combo = QComboBox(), QComboBox(), QComboBox()
        self.imagery_type_combo, self.image_type_combo = QComboBox(), QComboBox()
        for label, combo in ((translate("ImageryHub.Imago", "&Workspace"), self.workspace_combo),
                             (translate("ImageryHub.Imago", "&Dataset"), self.dataset_combo),
                             (translate("ImageryHub.Imago", "&Collection"), self.collection_combo),
                             (translate("ImageryHub.Imago", "Imagery &type"), self.imagery_type_combo),
                             (translate("ImageryHub.Imago", "I&mage type"), self.image_type_combo)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            form.addRow(label, combo)
        self.workspace_combo.currentIndexChanged.connect(self._workspace_changed)
        self.dataset_combo.currentIndexChanged.connect(self._dataset_changed)
        self.imagery_type_combo.currentIndexChanged.connect(self._imagery_type_changed)
        self.collection_combo.currentIndexChanged.connect(lambda: self._show_imagery([]))
        self.imagery_type_combo.currentIndexChanged.connect(lambda: self._show_imagery([]))
        self.list_button = QPushButton(translate("ImageryHub.Imago", "List imagery"))
        self.list_button.setToolTip(translate("ImageryHub.Imago", "List the imagery of the collection (of the imagery "
                                                                  "type)"))
        self.list_button.clicked.connect(self.list_imagery)

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([translate("ImageryHub.Imago", header) for header in HEADERS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.setMinimumHeight(100)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMaximumHeight(PREVIEW_HEIGHT)
        self.download_button = QPushButton(translate("ImageryHub.Imago", "Download"))
        self.download_button.setToolTip(translate("ImageryHub.Imago", "Download the selected imagery's images (full "
                                                                      "size) to the download folder"))
        self.download_button.clicked.connect(self.download_selected)
        self.upload_button = QPushButton(translate("ImageryHub.Imago", "Upload…"))
        self.upload_button.setToolTip(translate("ImageryHub.Imago", "Upload photos with their location to the chosen "
                                                                    "collection"))
        self.upload_button.clicked.connect(lambda: self.open_upload_dialog())
        buttons = QHBoxLayout()
        for button in (self.list_button, self.download_button, self.upload_button):
            buttons.addWidget(button)
        self.progress = TaskProgress()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()

        results = column(buttons, self.status, (self.table, 1), self.preview, self.progress)
        self.folding = fill(self, FoldingForm(translate("ImageryHub.Imago", "Account and collection"),
                                              column(account_row, browse), results, context.settings, "imago"))
        self._update_state()

    def main_button(self):
        return self.list_button

    # -- layer context menu -----------------------------------------------------------
    def layer_actions(self):
        return [(translate("ImageryHub.Imago", DOWNLOAD_FOR_FEATURES), self.download_for_active_layer, VECTOR_LAYER),
                (translate("ImageryHub.Imago", UPLOAD_PHOTOS), self.upload_for_active_layer, VECTOR_LAYER)]

    def _point_layer(self, action):
        layer = self.context.iface.activeLayer()
        if not isinstance(layer, QgsVectorLayer) or layer.geometryType() != POINT_GEOMETRY:
            self.context.notify.warning(translate("ImageryHub.Imago", "“{action}” works on point layers (boreholes, "
                                                                      "sample sites): pick one in the Layers "
                                                                      "panel").format(
                action=translate("ImageryHub.Imago", action)))
            return None
        return layer

    def download_for_active_layer(self):
        layer = self._point_layer(DOWNLOAD_FOR_FEATURES)
        if layer is None:
            return
        if layer.selectedFeatureCount() == 0:
            self.context.notify.warning(translate("ImageryHub.Imago", "Select the features of {layer} to download "
                                                                      "Imago images for").format(layer=layer.name()))
            return
        self.when_signed_in(lambda: self.open_download_dialog(layer))

    def upload_for_active_layer(self):
        layer = self._point_layer(UPLOAD_PHOTOS)
        if layer is not None:
            self.open_upload_dialog(layer)

    def open_download_dialog(self, layer):
        if self.download_dialog is not None:
            self.download_dialog.deleteLater()
        self.download_dialog = ImagoDownloadDialog(self, layer, self.context.iface.mainWindow())
        self.download_dialog.open()
        return self.download_dialog

    def open_upload_dialog(self, layer=None):
        def show():
            if self.upload_dialog is None:
                self.upload_dialog = ImagoUploadDialog(self, self.context.iface.mainWindow())
            else:
                self.upload_dialog.refresh_targets()  # follow what the tab shows now
            self.upload_dialog.use_layer(layer)
            self.upload_dialog.show()
            self.upload_dialog.raise_()
        self.when_signed_in(show)

    # -- session ----------------------------------------------------------------------
    def when_signed_in(self, callback):
        """Run ``callback`` now when signed in, else after signing in."""
        if self.connection is not None and self.connection.workspaces:
            callback()
        else:
            self.sign_in(callback)

    def sign_in(self, then=None):
        try:
            connection = ImagoConnection(self.credentials(), self.urls()["base_url"])
        except ImageryHubError as exc:  # no credentials yet, or no password for the username
            self.context.notify.error(exc, "Imago", button=(translate("ImageryHub.Imago", "Settings…"),
                                                            self.dock.settingsRequested.emit))
            return
        if then is not None:
            self._after_sign_in.append(then)
        self.account.setText(translate("ImageryHub.Imago", "Signing in…"))

        def work(task):
            client = connection.client(task.is_cancelled)
            if connection.auth.renewable:
                client.sign_in()
            return client.context()
        self._start(FunctionTask(translate("ImageryHub.Imago", "Imago: signing in"), work,
                                 lambda ws: self._signed_in(connection, ws), self._sign_in_failed))

    def _signed_in(self, connection, workspaces):
        inventory = self._inventory_layer()
        self.connection = connection
        connection.workspaces = workspaces
        self.account.setText(translate("ImageryHub.Imago", "Signed in as <b>{account}</b>").format(
            account=connection.account))
        self.workspace_combo.blockSignals(True)
        self.workspace_combo.clear()
        self.workspace_combo.addItems([w.name for w in workspaces])
        self.workspace_combo.blockSignals(False)
        self._workspace_changed()
        if inventory is not None:  # the combos were filled anew: the inventory's rows stay
            self.show_inventory(inventory, self.inventory_rows)
        self._update_state()
        callbacks, self._after_sign_in = self._after_sign_in, []
        for callback in callbacks:
            callback()

    def _sign_in_failed(self, error):
        self._after_sign_in = []
        self.account.setText(translate("ImageryHub.Imago", "Not signed in."))
        self.context.notify.error(error, translate("ImageryHub.Imago", "Imago sign-in"))

    def sign_out(self):
        connection, self.connection = self.connection, None
        for combo in (self.workspace_combo, self.dataset_combo, self.collection_combo, self.imagery_type_combo,
                      self.image_type_combo):
            combo.clear()
        self._show_imagery([])
        self.account.setText(translate("ImageryHub.Imago", "Not signed in."))
        self._update_state()
        if connection is not None and connection.auth.renewable:
            self.context.start(FunctionTask(translate("ImageryHub.Imago", "Imago: signing out"),
                                            lambda task: connection.client().sign_out()))

    # -- browsing ---------------------------------------------------------------------
    def current_workspace(self):
        if self.connection is None:
            return None
        return next((w for w in self.connection.workspaces if w.name == self.workspace_combo.currentText()), None)

    def current_dataset(self):
        workspace = self.current_workspace()
        if workspace is None:
            return None
        return self.connection.dataset(workspace.name, self.dataset_combo.currentText())

    def current_imagery_type(self):
        dataset = self.current_dataset()
        return dataset.imagery_type(self.imagery_type_combo.currentText()) if dataset else None

    def collection_names(self):
        dataset = self.current_dataset()
        return [c.name for c in self.connection.collections.get(dataset.id, [])] if dataset else []

    def _fill(self, combo, names, keep=None):
        combo.blockSignals(True)
        combo.clear()
        combo.addItems(names)
        if keep in names:
            combo.setCurrentIndex(names.index(keep))
        combo.blockSignals(False)

    def _workspace_changed(self):
        workspace = self.current_workspace()
        self._fill(self.dataset_combo, [d.name for d in workspace.datasets] if workspace else [])
        self._dataset_changed()

    def _dataset_changed(self):
        dataset = self.current_dataset()
        self._fill(self.imagery_type_combo, [t.name for t in dataset.imagery_types] if dataset else [],
                   self.imagery_type_combo.currentText())
        self._imagery_type_changed()
        self._fill(self.collection_combo, self.collection_names())
        self._show_imagery([])
        if dataset is not None and dataset.id not in self.connection.collections:
            connection = self.connection

            def work(task):
                return connection.client(task.is_cancelled).collections(dataset_id=dataset.id)

            def loaded(collections):
                connection.collections[dataset.id] = collections
                if self.current_dataset() is dataset:
                    self._fill(self.collection_combo, self.collection_names())
            self._start(FunctionTask(translate("ImageryHub.Imago", "Imago: collections of {dataset}").format(
                dataset=dataset.name), work, loaded, self._failed))

    def _imagery_type_changed(self):
        kind = self.current_imagery_type()
        self._fill(self.image_type_combo, [i.name for i in kind.image_types] if kind else [],
                   self.image_type_combo.currentText())

    def selection(self):
        """(workspace, dataset, collection, imagery type, image type) names as chosen."""
        return (self.workspace_combo.currentText(), self.dataset_combo.currentText(),
                self.collection_combo.currentText(), self.imagery_type_combo.currentText(),
                self.image_type_combo.currentText())

    def list_imagery(self):
        workspace, dataset, collection, imagery_type, _ = self.selection()
        if not collection:
            self.context.notify.warning(translate("ImageryHub.Imago", "Choose a collection to list its imagery"))
            return
        connection = self.connection

        def work(task):
            return connection.client(task.is_cancelled).imagery(collection, imagery_type, workspace, dataset)
        self._start(FunctionTask(translate("ImageryHub.Imago", "Imago: imagery of {collection}").format(
            collection=collection), work, self._listed, self._failed))

    def _listed(self, items):
        self._show_imagery(items)
        if items:
            self.folding.fold()

    # -- helpers ------------------------------------------------------------------------
    def _start(self, task):
        self.context.start(task)
        self.progress.watch(task)
        return task

    def _failed(self, error):
        self.context.notify.error(error, "Imago")

    def _update_state(self):
        signed_in = self.connection is not None
        self.sign_in_button.setVisible(not signed_in)
        self.sign_out_button.setVisible(signed_in)
        for widget in (self.workspace_combo, self.dataset_combo, self.collection_combo, self.imagery_type_combo,
                       self.image_type_combo, self.list_button):
            widget.setEnabled(signed_in)
        self.download_button.setEnabled(signed_in and bool(self.table.selectionModel().selectedRows()))

    def cleanup(self):
        for dialog in (self.upload_dialog, self.download_dialog):
            if dialog is not None:
                dialog.cleanup()
                dialog.close()
                dialog.deleteLater()
        self.upload_dialog = self.download_dialog = None
