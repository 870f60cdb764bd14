"""'Upload photos to Imago': image files, a point picked on the map or a selected
feature, an elevation typed in or read from a field, sent as x/y/z in the CRS
the imagery type expects, with each file's progress and refusals listed.

The dialog is not modal so that the map can be clicked while it is open.
"""

from qgis.core import QgsProject
from qgis.gui import QgsVertexMarker
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from ...core.i18n import translate
from ...core.sentences import message_text, sentence, text_of
from ...core.imago.upload import DONE, REFUSED, UploadTask, ledger_path, to_target_crs
from ...providers.errors import InvalidInputError
from ...providers.imago.headers import check_image
from ...providers.imago.models import ImagerySelector
from ..map_tools import PointTool
from ..task_progress import TaskProgress
from ..help import add_help

READY = QT_TRANSLATE_NOOP("ImageryHub.Imago", "ready")
STATE_COLORS = {REFUSED: "#b00020", DONE: "#1b7f2a", "failed": "#b00020"}


class ImagoUploadDialog(QDialog):
    def __init__(self, tab, parent=None):
        super().__init__(parent)
        self.tab, self.context = tab, tab.context
        self.canvas = self.context.iface.mapCanvas()
        self.layer = None
        self.point = self.point_crs = None
        self.marker = None
        self.task = None
        self._previous_tool = None
        self.setWindowTitle(translate("ImageryHub.Imago", "Upload photos to Imago"))
        self.setModal(False)

        self.files = QTreeWidget()
        self.files.setHeaderLabels([translate("ImageryHub.Imago", "Photo"), translate("ImageryHub.Imago", "Status")])
        self.files.setRootIsDecorated(False)
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.files.setMinimumHeight(120)
        self.files.setColumnWidth(0, 200)
        add = QPushButton(translate("ImageryHub.Imago", "&Add photos…"))
        add.clicked.connect(self.choose_files)
        remove = QPushButton(translate("ImageryHub.Imago", "&Remove"))
        remove.clicked.connect(self.remove_selected)
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(add)
        file_buttons.addWidget(remove)
        file_buttons.addStretch(1)

        self.collection_combo, self.imagery_type_combo, self.image_type_combo = QComboBox(), QComboBox(), QComboBox()
        self.imagery_name = QLineEdit()
        self.imagery_name.setPlaceholderText(translate("ImageryHub.Imago", "optional, e.g. a sample site id"))
        target = QFormLayout()
        target.addRow(translate("ImageryHub.Imago", "&Collection"), self.collection_combo)
        target.addRow(translate("ImageryHub.Imago", "Imagery &type"), self.imagery_type_combo)
        target.addRow(translate("ImageryHub.Imago", "I&mage type"), self.image_type_combo)
        target.addRow(translate("ImageryHub.Imago", "Imagery &name"), self.imagery_name)
        self.imagery_type_combo.currentTextChanged.connect(self._imagery_type_changed)

        self.at_point = QRadioButton(translate("ImageryHub.Imago", "Point on the map"))
        self.pick_button = QPushButton(translate("ImageryHub.Imago", "&Pick on map"))
        self.pick_button.setCheckable(True)
        self.pick_button.toggled.connect(self._pick)
        self.at_feature = QRadioButton(translate("ImageryHub.Imago", "Selected feature"))
        self.feature_label = QLabel()
        self.typed_elevation = QRadioButton(translate("ImageryHub.Imago", "Elevation"))
        self.elevation = QDoubleSpinBox()
        self.elevation.setRange(-12_000, 9_000)
        self.elevation.setDecimals(2)
        self.elevation.setSuffix(" m")
        self.field_elevation = QRadioButton(translate("ImageryHub.Imago", "Elevation from field"))
        self.elevation_field = QComboBox()
        self.location_group, self.elevation_group = QButtonGroup(self), QButtonGroup(self)
        grid = QGridLayout()
        for row, (radio, widget, group) in enumerate((
                (self.at_point, self.pick_button, self.location_group),
                (self.at_feature, self.feature_label, self.location_group),
                (self.typed_elevation, self.elevation, self.elevation_group),
                (self.field_elevation, self.elevation_field, self.elevation_group))):
            group.addButton(radio)
            grid.addWidget(radio, row, 0)
            grid.addWidget(widget, row, 1)
            radio.toggled.connect(self._show_location)
        self.elevation.valueChanged.connect(self._show_location)
        self.imagery_type_combo.currentTextChanged.connect(self._show_location)
        self.location = QLabel()
        self.location.setWordWrap(True)
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        add_help(self.buttons, "imago")
        self.upload_button = self.buttons.addButton(translate("ImageryHub.Imago", "&Upload"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.upload_button.setDefault(True)
        self.upload_button.clicked.connect(self.upload)
        self.buttons.rejected.connect(self.close)
        self.progress = TaskProgress()
        layout = QVBoxLayout(self)
        layout.addWidget(self.files, 1)
        layout.addLayout(file_buttons)
        layout.addLayout(target)
        layout.addLayout(grid)
        layout.addWidget(self.location)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.tool = PointTool(self.canvas)
        self.tool.setParent(self)  # goes with the dialog
        self.tool.drawn.connect(self._picked)
        self.tool.cancelled.connect(lambda: self.pick_button.setChecked(False))
        self.tool.deactivated.connect(lambda: self.pick_button.setChecked(False))
        self.resize(520, 560)
        self.refresh_targets()

    # -- what is offered -----------------------------------------------------------------
    def refresh_targets(self):
        """Collections and the imagery types placed by x/y of the tab's dataset."""
        _, _, collection, imagery_type, image_type = self.tab.selection()
        dataset = self.tab.current_dataset()
        self.kinds = {k.name: k for k in (dataset.imagery_types if dataset else ()) if k.coordinate_crs}
        self.collection_combo.clear()
        self.collection_combo.addItems(self.tab.collection_names())
        self.collection_combo.setCurrentText(collection)
        self.imagery_type_combo.clear()
        self.imagery_type_combo.addItems(list(self.kinds))
        self.imagery_type_combo.setCurrentText(imagery_type)
        self.image_type_combo.setCurrentText(image_type)

    def _imagery_type_changed(self):
        kind = self.kinds.get(self.imagery_type_combo.currentText())
        self.image_type_combo.clear()
        self.image_type_combo.addItems([i.name for i in kind.image_types] if kind else [])

    def use_layer(self, layer):
        """Offer the selected feature of ``layer`` (or only map points without one)."""
        self.layer = layer
        self.at_feature.setEnabled(layer is not None)
        self.field_elevation.setEnabled(layer is not None)
        self.elevation_field.clear()
        if layer is not None:
            self.elevation_field.addItems([f.name() for f in layer.fields() if f.isNumeric()])
            guess = next((n for n in ("elev", "elevation", "z", "rl", "collar_z")
                          if n in [f.lower() for f in layer.fields().names()]), None)
            if guess:
                index = [f.lower() for f in layer.fields().names()].index(guess)
                self.elevation_field.setCurrentText(layer.fields().names()[index])
        (self.at_feature if layer is not None else self.at_point).setChecked(True)
        (self.field_elevation if layer is not None and self.elevation_field.count() else
         self.typed_elevation).setChecked(True)
        self._show_location()

    # -- files ----------------------------------------------------------------------------
    def choose_files(self):
        paths, _ = QFileDialog.getOpenFileNames(
            self, translate("ImageryHub.Imago", "Photos to upload to Imago"), "",
            translate("ImageryHub.Imago", "Images (*.jpg *.jpeg *.png *.tif *.tiff);;All files (*)"))
        self.add_files(paths)

    def add_files(self, paths):
        known = set(self.file_paths())
        for path in paths:
            if str(path) in known:
                continue
            item = QTreeWidgetItem([str(path).replace("\\", "/").rsplit("/", 1)[-1], ""])
            item.setData(0, Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(0, str(path))
            self.files.addTopLevelItem(item)
            try:  # a few bytes of header: what Imago would refuse shows at once
                header = check_image(path)
                self._set_state(item, READY, text_of(header.describe()))
            except InvalidInputError as exc:
                reason = exc.values.get("reason")  # why, without the file's name
                self._set_state(item, REFUSED, sentence(*reason) if isinstance(reason, tuple)
                                else message_text(exc).split(": ", 1)[-1])

    def remove_selected(self):
        for item in self.files.selectedItems():
            self.files.takeTopLevelItem(self.files.indexOfTopLevelItem(item))

    def file_paths(self):
        return [self.files.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
                for i in range(self.files.topLevelItemCount())]

    def _set_state(self, item, state, text):
        shown = translate("ImageryHub.Imago", state)
        item.setText(1, f"{shown}: {text}" if text else shown)
        item.setToolTip(1, item.text(1))
        item.setForeground(1, QColor(STATE_COLORS.get(state, "#202020")))

    def _file_changed(self, index, state, text):
        item = self.files.topLevelItem(index)
        if item is not None:
            self._set_state(item, state, text.split(": ", 1)[-1] if state == REFUSED else text)

    # -- location -------------------------------------------------------------------------
    def _pick(self, on):
        if on:
            if self.canvas.mapTool() is not self.tool:
                self._previous_tool = self.canvas.mapTool()
            self.canvas.setMapTool(self.tool)
        elif self.canvas.mapTool() is self.tool:
            if self._previous_tool is not None:
                self.canvas.setMapTool(self._previous_tool)
            else:
                self.canvas.unsetMapTool(self.tool)
            self._previous_tool = None

    def _picked(self, geometry):
        self.point = geometry.asPoint()
        self.point_crs = self.canvas.mapSettings().destinationCrs()
        if self.marker is None:
            self.marker = QgsVertexMarker(self.canvas)
            self.marker.setIconType(QgsVertexMarker.IconType.ICON_CROSS)
            self.marker.setColor(QColor(230, 80, 20))
            self.marker.setIconSize(16)
            self.marker.setPenWidth(3)
        self.marker.setCenter(self.point)
        self.at_point.setChecked(True)
        self.pick_button.setChecked(False)
        self._show_location()

    def placement(self):
        """(x, y, z, CRS authid) in the imagery type's CRS; refuses what is missing."""
        kind = self.kinds.get(self.imagery_type_combo.currentText())
        if kind is None:
            raise InvalidInputError(translate("ImageryHub.Imago", "Choose an imagery type placed by location"),
                                    parameter="imagery_type")
        if self.at_feature.isChecked():
            if self.layer is None or self.layer.selectedFeatureCount() != 1:
                raise InvalidInputError(translate("ImageryHub.Imago", "Select exactly one feature of the layer, or "
                                                                      "pick a point on the map"), parameter="location")
            feature = next(self.layer.getSelectedFeatures())
            if feature.geometry().isEmpty():
                raise InvalidInputError(translate("ImageryHub.Imago", "The selected feature has no location"),
                                        parameter="location")
            point, crs = feature.geometry().centroid().asPoint(), self.layer.crs()
        else:
            if self.point is None:
                raise InvalidInputError(translate("ImageryHub.Imago", "Pick the point on the map first"),
                                        parameter="location")
            point, crs, feature = self.point, self.point_crs, None
        if self.field_elevation.isChecked() and self.layer is not None:
            if feature is None:
                raise InvalidInputError(translate("ImageryHub.Imago", "The elevation field needs a selected feature: "
                                                                      "type the elevation instead"), parameter="z")
            value = feature[self.elevation_field.currentText()]
            try:
                z = float(value)
            except (TypeError, ValueError):
                raise InvalidInputError(translate("ImageryHub.Imago", "{field} has no elevation for this "
                                                                      "feature").format(
                    field=self.elevation_field.currentText()), parameter="z") from None
        else:
            z = self.elevation.value()
        x, y = to_target_crs(point, crs, kind.coordinate_crs, QgsProject.instance().transformContext())
        return x, y, z, kind.coordinate_crs

    def _show_location(self):
        try:
            x, y, z, authid = self.placement()
        except InvalidInputError as exc:
            self.location.setText(f"<i>{exc.message}</i>")
            return
        digits = 7 if authid == "EPSG:4326" else 2
        self.location.setText(translate("ImageryHub.Imago", "Sent as x {x}, y {y}, z {z} m in {crs} (what {kind} "
                                                            "expects)").format(
            x=f"{x:.{digits}f}", y=f"{y:.{digits}f}", z=f"{z:g}", crs=authid,
            kind=self.imagery_type_combo.currentText()))

    # -- upload ---------------------------------------------------------------------------
    def selector(self):
        x, y, z, _ = self.placement()
        workspace, dataset = self.tab.selection()[:2]
        return ImagerySelector(self.collection_combo.currentText(), self.imagery_type_combo.currentText(),
                               self.image_type_combo.currentText(), workspace, dataset,
                               name=self.imagery_name.text().strip() or None, x=x, y=y, z=z)

    def upload(self):
        if self.task is not None:
            return
        paths = self.file_paths()
        try:
            if self.tab.connection is None:
                raise InvalidInputError(translate("ImageryHub.Imago", "Sign in on the Imago tab first"),
                                        parameter="session")
            if not paths:
                raise InvalidInputError(translate("ImageryHub.Imago", "Add the photos to upload first"),
                                        parameter="files")
            task = UploadTask(self.tab.connection, paths, self.selector(), ledger_path(self.context.settings),
                              on_success=self._uploaded, on_error=self._failed)
        except InvalidInputError as exc:
            self.location.setText(f"<span style='color:#b00020'>{exc.message}</span>")
            return
        task.fileChanged.connect(self._file_changed)
        self.task = task
        self.upload_button.setEnabled(False)
        self.context.start(task)
        self.progress.watch(task)

    def _uploaded(self, outcome):
        self.task = None
        self.upload_button.setEnabled(True)
        notify = self.context.notify.success if not (outcome.refused or outcome.failed) else self.context.notify.warning
        notify(f"Imago: {outcome.summary()}")

    def _failed(self, error):
        self.task = None
        self.upload_button.setEnabled(True)
        self.context.notify.error(error, translate("ImageryHub.Imago", "Imago upload"))

    def cleanup(self):
        """Give the map back its tool and remove the marker (close, unload)."""
        self.pick_button.setChecked(False)
        self._pick(False)
        if self.marker is not None:
            self.canvas.scene().removeItem(self.marker)
            self.marker = None

    def closeEvent(self, event):  # noqa: N802 (Qt override)
        self.cleanup()
        super().closeEvent(event)
