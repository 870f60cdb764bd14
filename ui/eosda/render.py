"""The render options of the EOSDA tab: what to show (preset or expression),
how to colour it, at which pixel size, in which format; the image size is shown
before anything is sent."""

from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...providers.eosda.visual import (
    COLORMAPS,
    DATASETS,
    DEFAULT_LEVELS,
    MAX_SIDE_PX,
    NATIVE_PX,
    PRESETS,
    RESAMPLE,
    SIZES,
    VisualParams,
    as_geojson,
    expression_count,
    image_size,
    refuse,
    unknown_bands,
)

CUSTOM = "custom"
GEOREFERENCES = (("tiff", "GeoTIFF"), ("world", "Image + world file"), ("kmz", "KMZ"))
FORMATS = (("png", "PNG"), ("jpeg", "JPEG"), ("tiff", "TIFF"))
DEFAULT_RANGES = ("0.2, 0.4, 0.6", "#d73027, #fc8d59, #d9ef8b, #1a9850")


def _form(parent=None):
    form = QFormLayout(parent)
    form.setContentsMargins(0, 0, 0, 0)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def _combo(items):
    combo = QComboBox()
    for data, label in items:
        combo.addItem(label, data)
    return combo


def _numbers(text, parameter):
    try:
        return [float(part) for part in text.replace(";", ",").split(",") if part.strip()]
    except ValueError:
        refuse(f"Thresholds are numbers separated by commas, not {text!r}", parameter)


class RenderOptions(QWidget):
    """``changed`` when anything that affects the request changes."""

    changed = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.dataset = "sentinel2"
        self.aoi = None
        self.preset = _combo([(p.key, p.label) for p in PRESETS] + [(CUSTOM, "Custom expression")])
        self.expression = QLineEdit()
        self.expression.setPlaceholderText("e.g. (B08-B04)/(B08+B04) or B08,B04,B03")
        self.coloring = _combo([("colormap", "Colormap"), ("ranges", "Range colours")])
        self.colormap = QComboBox()
        self.colormap.setEditable(True)  # a colormap id made with EOSDA's Colormap endpoint
        for name, colormap_id in COLORMAPS.items():
            self.colormap.addItem(name, colormap_id)
        self.colormap.setToolTip("EOSDA's NDVI colormap, or paste the id of a colormap made with EOSDA's "
                                 "Colormap endpoint")
        self.low, self.high = QDoubleSpinBox(), QDoubleSpinBox()
        for box, value in ((self.low, DEFAULT_LEVELS[0]), (self.high, DEFAULT_LEVELS[1])):
            box.setRange(-1e6, 1e6)
            box.setDecimals(2)
            box.setSingleStep(0.1)
            box.setValue(value)
        self.steps = QSpinBox()
        self.steps.setRange(1, 256)
        self.steps.setSpecialValueText("smooth")
        self.steps.setToolTip("Number of colours the colormap is cut into (colors_limit)")
        self.thresholds = QLineEdit(DEFAULT_RANGES[0])
        self.colors = QLineEdit(DEFAULT_RANGES[1])
        self.colors.setToolTip("One colour more than thresholds: below the first, between each, above the last")
        self.px_size = QDoubleSpinBox()
        self.px_size.setRange(0.5, 5000)
        self.px_size.setDecimals(1)
        self.px_size.setSuffix(" m")
        self.px_size.setValue(NATIVE_PX[self.dataset])
        self.size_label = QLabel()
        self.size_label.setWordWrap(True)
        self.georeference = _combo([(k, label) for k, label in GEOREFERENCES])
        self.format = _combo(FORMATS)
        self.resample = _combo([(r, r) for r in RESAMPLE])
        self.resample.setCurrentText("cubic")
        self.calibrate = QCheckBox("Calibrate (TOA reflectance)")
        self.calibrate.setToolTip("Top-of-atmosphere reflectance (calibrate)")
        self.calibrate.setChecked(True)
        self.pansharpening = QCheckBox("Pansharpening (Landsat 8)")
        self.size = _combo([(None, "not set")] + [(s, s) for s in SIZES])
        self.size.setToolTip("Image size class sent for EOSDA's logs only")

        self.colormap_box, self.ranges_box = QWidget(), QWidget()
        colormap_form = _form(self.colormap_box)
        colormap_form.addRow("Colormap", self.colormap)
        levels = QHBoxLayout()
        levels.addWidget(self.low)
        levels.addWidget(QLabel("to"))
        levels.addWidget(self.high)
        colormap_form.addRow("Levels", levels)
        colormap_form.addRow("Steps", self.steps)
        ranges_form = _form(self.ranges_box)
        ranges_form.addRow("Thresholds", self.thresholds)
        ranges_form.addRow("Colours", self.colors)
        self.single_band_box = QWidget()
        single = QVBoxLayout(self.single_band_box)
        single.setContentsMargins(0, 0, 0, 0)
        coloring_form = _form()
        coloring_form.addRow("Colouring", self.coloring)
        single.addLayout(coloring_form)
        single.addWidget(self.colormap_box)
        single.addWidget(self.ranges_box)

        more = QgsCollapsibleGroupBox("More options")
        more.setCollapsed(True)
        more_form = _form(more)
        more_form.addRow("Resampling", self.resample)
        more_form.addRow(self.calibrate)
        more_form.addRow(self.pansharpening)
        more_form.addRow("Size class", self.size)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = _form()
        top.addRow("Show", self.preset)
        top.addRow("Bands", self.expression)
        layout.addLayout(top)
        layout.addWidget(self.single_band_box)
        bottom = _form()
        bottom.addRow("Pixel size", self.px_size)
        bottom.addRow("", self.size_label)
        bottom.addRow("Output", self.georeference)
        bottom.addRow("Format", self.format)
        layout.addLayout(bottom)
        layout.addWidget(more)

        for signal in (self.preset.currentIndexChanged, self.coloring.currentIndexChanged,
                       self.georeference.currentIndexChanged, self.expression.textChanged):
            signal.connect(self._update)
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.px_size.valueChanged.connect(self._update_size)
        self._update()

    # -- state -------------------------------------------------------------------------
    def set_dataset(self, dataset):
        """The chosen scene's dataset: band names, default pixel size, pansharpening."""
        if dataset == self.dataset:
            return
        if self.px_size.value() == NATIVE_PX.get(self.dataset):
            self.px_size.setValue(NATIVE_PX.get(dataset, self.px_size.value()))
        self.dataset = dataset
        self._update()

    def set_aoi(self, aoi):
        self.aoi = aoi
        self._update_size()

    def set_preset(self, key):
        self.preset.setCurrentIndex(self.preset.findData(key))

    def current_preset(self):
        return next((p for p in PRESETS if p.key == self.preset.currentData()), None)

    def bm_type(self):
        preset = self.current_preset()
        return preset.bm_type[self.dataset] if preset else self.expression.text().strip()

    def index_name(self):
        """What the render shows, for layer and file names."""
        preset = self.current_preset()
        return preset.name_alias if preset else "Custom"

    def single_band(self):
        preset = self.current_preset()
        if preset is not None:
            return preset.single_band
        return expression_count(self.bm_type() or "x") == 1

    def _preset_changed(self, *_):
        if self.current_preset() is None:  # the preset's bands are a starting point: typing replaces them
            self.expression.selectAll()
            self.expression.setFocus()

    def _update(self, *_):
        preset = self.current_preset()
        self.expression.blockSignals(True)
        if preset is not None:
            self.expression.setText(preset.bm_type[self.dataset])
        self.expression.blockSignals(False)
        self.expression.setReadOnly(preset is not None)
        self.single_band_box.setVisible(self.single_band())
        ranges = self.coloring.currentData() == "ranges"
        self.colormap_box.setVisible(not ranges)
        self.ranges_box.setVisible(ranges)
        self.format.setEnabled(self.georeference.currentData() != "tiff")
        self.pansharpening.setEnabled(self.dataset == "landsat8")
        self._update_size()

    def image_size(self):
        """(width, height) of the render of the AOI at the chosen pixel size, or None."""
        if self.aoi is None:
            return None
        geojson = as_geojson(self.aoi.to_shapely())
        if geojson["type"] != "Polygon":
            return None
        return image_size(geojson, self.px_size.value())

    def _update_size(self, *_):
        size = self.image_size()
        if size is None:
            text = "Image size: draw a single-polygon area first" if self.aoi is not None else \
                "Image size: no area of interest yet"
        else:
            width, height = size
            text = f"Image: {width} × {height} px ({width * height / 1e6:.2f} MP)"
            if max(size) > MAX_SIDE_PX:
                text = f"<span style='color:#b00020'>{text}: too large, raise the pixel size</span>"
        self.size_label.setText(text)
        self.changed.emit()

    # -- the request ------------------------------------------------------------------------
    def params(self, view_id, geometry):
        """VisualParams from the widgets; InvalidInputError says what to change."""
        bm_type = self.bm_type()
        unknown = unknown_bands(self.dataset, bm_type)
        if unknown:
            verb = "is not a band" if len(unknown) == 1 else "are not bands"
            refuse(f"{', '.join(unknown)} {verb} of {DATASETS[self.dataset]}: check the expression", "bm_type")
        georeference = self.georeference.currentData()
        params = VisualParams(
            view_id=view_id, bm_type=bm_type, geometry=geometry, px_size=self.px_size.value(),
            name_alias=self.index_name(), resample=self.resample.currentData(),
            calibrate=1 if self.calibrate.isChecked() else 0, size=self.size.currentData(),
            georeference=georeference, format="tiff" if georeference == "tiff" else self.format.currentData(),
            pansharpening=True if self.pansharpening.isEnabled() and self.pansharpening.isChecked() else None)
        if self.single_band():
            if self.coloring.currentData() == "ranges":
                params.thresholds = _numbers(self.thresholds.text(), "thresholds")
                params.colors = [c.strip() for c in self.colors.text().replace(";", ",").split(",") if c.strip()]
            else:
                index = self.colormap.findText(self.colormap.currentText())
                params.colormap = self.colormap.itemData(index) if index >= 0 else self.colormap.currentText()
                params.levels = (self.low.value(), self.high.value())
                params.colors_limit = self.steps.value() if self.steps.value() > 1 else None
        params.payload()  # every check now, before a task starts
        return params
