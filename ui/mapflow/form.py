"""The "New processing" form: name, model, optional blocks, imagery source.

The model list and block prices come from the account (``set_account``). A
source is a tile URL (XYZ, TMS, Quadkey), an uploaded GeoTIFF, a catalog image,
one of the account's default imagery providers (Mapbox and the like, run at a
zoom without an image id), or one handed over by another part of the plugin
with :meth:`use_source` (an uploaded image or mosaic, a catalog search result).
"""

import re
from datetime import datetime

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.i18n import translate
from ...core.mapflow.words import short_number
from ...providers.errors import InvalidInputError
from ...providers.mapflow.sources import (
    CatalogImageSource,
    DataProviderSource,
    ProcessingRequest,
    TileSource,
    UploadedImageSource,
)

#: (kind, label); the labels and hints are translated where they are shown
SOURCE_KINDS = (("xyz", QT_TRANSLATE_NOOP("ImageryHub.Mapflow", "XYZ tiles")),
                ("tms", QT_TRANSLATE_NOOP("ImageryHub.Mapflow", "TMS tiles")),
                ("quadkey", QT_TRANSLATE_NOOP("ImageryHub.Mapflow", "Quadkey tiles")),
                ("tif", QT_TRANSLATE_NOOP("ImageryHub.Mapflow", "Uploaded GeoTIFF")),
                ("catalog", QT_TRANSLATE_NOOP("ImageryHub.Mapflow", "Catalog image")),
                ("default", QT_TRANSLATE_NOOP("ImageryHub.Mapflow", "Imagery provider")))
URL_HINTS = {"xyz": "https://…/{z}/{x}/{y}.png", "tms": "https://…/{z}/{x}/{y}.png",
             "quadkey": "https://…/{q}.jpeg",
             "tif": QT_TRANSLATE_NOOP("ImageryHub.Mapflow", "s3://… (as the upload returned it)")}
AUTO_ZOOM = -1


def _price(value):
    return translate("ImageryHub.Mapflow", "free") if not value else f"{short_number(value)} /km²"


class StartForm(QWidget):
    startRequested = pyqtSignal()
    uploadRequested = pyqtSignal()  # upload a GeoTIFF (the legacy upload) for its s3:// URL

    def __init__(self, parent=None):
        super().__init__(parent)
        self.account = None
        self.preset = None  # (source, label) handed over by use_source
        self.block_boxes = {}
        self.name = QLineEdit()
        self.name.setPlaceholderText(translate("ImageryHub.Mapflow", "automatic: model and time"))
        self.model = QComboBox()
        self.model.setToolTip(translate("ImageryHub.Mapflow",
                                        "The AI models of your Mapflow account, with their price"))
        self.model.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.model.setMinimumContentsLength(10)
        self.model.currentIndexChanged.connect(self._show_blocks)
        self.blocks = QWidget()
        self.blocks_layout = QVBoxLayout(self.blocks)
        self.blocks_layout.setContentsMargins(0, 0, 0, 0)
        self.source_kind = QComboBox()
        self.source_kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.source_kind.setMinimumContentsLength(10)
        for kind, label in SOURCE_KINDS:
            self.source_kind.addItem(translate("ImageryHub.Mapflow", label), kind)
        self.source_kind.currentIndexChanged.connect(self._show_source_inputs)
        self.url = QLineEdit()
        self.url.setClearButtonEnabled(True)
        self.upload_button = QToolButton()
        self.upload_button.setText(translate("ImageryHub.Mapflow", "Upload…"))
        self.upload_button.setToolTip(translate("ImageryHub.Mapflow",
                                                "Upload a GeoTIFF from disk; its s3:// URL goes here"))
        self.upload_button.clicked.connect(self.uploadRequested)
        self.url_row = QWidget()
        url_layout = QHBoxLayout(self.url_row)
        url_layout.setContentsMargins(0, 0, 0, 0)
        url_layout.addWidget(self.url, 1)
        url_layout.addWidget(self.upload_button)
        self.url_row.setFocusProxy(self.url)  # Alt+U goes to the URL itself
        self.zoom = QSpinBox()
        self.zoom.setRange(AUTO_ZOOM, 22)
        self.zoom.setSpecialValueText(translate("ImageryHub.Mapflow", "model default"))
        self.zoom.setValue(AUTO_ZOOM)
        self.zoom.setToolTip(translate("ImageryHub.Mapflow",
                                       "Tile zoom to process at; the model's own zoom when left at default"))
        self.provider = QComboBox()
        self.default_provider = QComboBox()
        self.default_provider.setToolTip(translate("ImageryHub.Mapflow",
                                                   "The imagery providers of your Mapflow account; no image to pick"))
        self.image_id = QLineEdit()
        self.image_id.setPlaceholderText(translate("ImageryHub.Mapflow", "image id from the catalog"))
        self.preset_label = QLabel()
        self.preset_label.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.start_button = QPushButton(translate("ImageryHub.Mapflow", "Start processing…"))
        self.start_button.setToolTip(translate("ImageryHub.Mapflow", "Shows the cost and asks before anything starts"))
        self.start_button.clicked.connect(self.startRequested)

        self.form = QFormLayout(self)
        self.form.addRow(translate("ImageryHub.Mapflow", "&Name"), self.name)
        self.form.addRow(translate("ImageryHub.Mapflow", "&Model"), self.model)
        self.form.addRow(translate("ImageryHub.Mapflow", "Options"), self.blocks)
        self.form.addRow(translate("ImageryHub.Mapflow", "&Source"), self.source_kind)
        self.form.addRow(translate("ImageryHub.Mapflow", "&URL"), self.url_row)
        self.form.addRow(translate("ImageryHub.Mapflow", "&Zoom"), self.zoom)
        self.form.addRow(translate("ImageryHub.Mapflow", "Provider"), self.provider)
        self.form.addRow(translate("ImageryHub.Mapflow", "Imagery"), self.default_provider)
        self.form.addRow(translate("ImageryHub.Mapflow", "Image"), self.image_id)
        self.form.addRow(self.preset_label)
        self.form.addRow(self.status)
        self.form.addRow(self.start_button)
        self._show_source_inputs()
        self.show_status("")

    # -- account ---------------------------------------------------------------------
    def set_account(self, account):
        current = self.model.currentData()
        self.account = account
        self.model.blockSignals(True)
        self.model.clear()
        for model in account.models:
            self.model.addItem(f"{model.name} — {_price(model.price_per_km2)}", model.id or model.name)
        index = self.model.findData(current)
        self.model.setCurrentIndex(max(0, index))
        self.model.blockSignals(False)
        self.provider.clear()
        self.provider.addItems(account.data_providers)
        self.default_provider.clear()
        for provider in account.default_providers:
            self.default_provider.addItem(provider.label, provider.name)
        self._show_blocks()

    def current_model(self):
        if self.account is None:
            return None
        return self.account.model(self.model.currentData())

    def _show_blocks(self):
        for box in self.block_boxes.values():
            box.deleteLater()
        self.block_boxes = {}
        model = self.current_model()
        for block in model.optional_blocks() if model else []:
            box = QCheckBox(f"{block.display_name} (+{_price(block.price)})" if block.price else
                            translate("ImageryHub.Mapflow", "{block} (free)").format(block=block.display_name))
            box.setChecked(True)
            box.setProperty("serviceWords", True)  # the block's name is Mapflow's, shown as it sends it
            self.blocks_layout.addWidget(box)
            self.block_boxes[block.name] = box
        self.blocks.setVisible(bool(self.block_boxes))
        self.form.labelForField(self.blocks).setVisible(bool(self.block_boxes))

    # -- source --------------------------------------------------------------------------
    def kind(self):
        return self.source_kind.currentData()

    def _show_source_inputs(self):
        kind = self.kind()
        self.upload_button.setVisible(kind == "tif")
        visible = {self.url_row: kind in URL_HINTS,
                   self.zoom: kind in ("xyz", "tms", "quadkey", "catalog", "default"),
                   self.provider: kind == "catalog", self.image_id: kind == "catalog",
                   self.default_provider: kind == "default"}
        for widget, shown in visible.items():
            widget.setVisible(shown)
            self.form.labelForField(widget).setVisible(shown)
        self.url.setPlaceholderText(translate("ImageryHub.Mapflow", URL_HINTS[kind]) if kind in URL_HINTS else "")
        preset = kind == "preset" and self.preset is not None
        self.preset_label.setVisible(preset)
        if preset:
            self.preset_label.setText(translate("ImageryHub.Mapflow", "Imagery: <b>{label}</b>").format(
                label=self.preset[1]))

    def use_source(self, source, label):
        """Process ``source`` (any providers.mapflow_sources source) next, e.g. an
        uploaded mosaic or a catalog image picked elsewhere in the plugin."""
        self.preset = (source, label)
        index = self.source_kind.findData("preset")
        if index < 0:
            self.source_kind.addItem(translate("ImageryHub.Mapflow", "Selected imagery"), "preset")
            index = self.source_kind.count() - 1
        self.source_kind.setCurrentIndex(index)
        self._show_source_inputs()

    def source(self):
        kind = self.kind()
        zoom = None if self.zoom.value() == AUTO_ZOOM else self.zoom.value()
        if kind == "preset":
            return self.preset[0]
        if kind == "tif":
            return UploadedImageSource(self.url.text().strip())
        if kind == "catalog":
            return CatalogImageSource(self.provider.currentText(), self.image_id.text().strip(), zoom)
        if kind == "default":
            return DataProviderSource(self.default_provider.currentData() or "", zoom,
                                      self.default_provider.currentText())
        return TileSource(kind, self.url.text().strip(), zoom)

    # -- the request --------------------------------------------------------------------------
    def build_request(self, geometry, project_id):
        """A checked ProcessingRequest, or InvalidInputError saying what to change."""
        model = self.current_model()
        if model is None:
            raise InvalidInputError(translate("ImageryHub.Mapflow",
                                              "The Mapflow account is not loaded yet: press Refresh"),
                                    parameter="model")
        plain_model = re.sub(r"^\W+", "", model.name) or model.name  # without the leading emoji
        name = self.name.text().strip() or f"{plain_model} {datetime.now():%Y-%m-%d %H:%M}"
        request = ProcessingRequest(
            name=name, model_name=model.name, model_id=model.id or None, geometry=geometry, source=self.source(),
            blocks={n: box.isChecked() for n, box in self.block_boxes.items()}, project_id=project_id,
            meta={"source-app": "imagery-hub"})
        request.check()
        return request

    def show_status(self, text, error=False):
        self.status.setVisible(bool(text))
        self.status.setText(text)
        self.status.setStyleSheet("color: #b00020;" if error else "")

    def set_busy(self, busy):
        self.start_button.setEnabled(not busy)
