"""The render options of the EOSDA tab: what to show (preset or expression),
how to colour it, at which pixel size, in which format; the image size is shown
before anything is sent."""

from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, pyqtSignal
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

from ...core.i18n import number, translate
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
GEOREFERENCES = (("tiff", "GeoTIFF"), ("world", QT_TRANSLATE_NOOP("ImageryHub.EOSDA", "Image + world file")),
                 ("kmz", "KMZ"))
#: the presets' and colormaps' names (providers/eosda/visual.py), translated where shown
NAMES = (QT_TRANSLATE_NOOP("ImageryHub.EOSDA", "True colour"),
         QT_TRANSLATE_NOOP("ImageryHub.EOSDA", "False colour (NIR)"),
         QT_TRANSLATE_NOOP("ImageryHub.EOSDA", "Red–yellow–green"))
FORMATS = (("png", "PNG"), ("jpeg", "JPEG"), ("tiff", "TIFF"))
DEFAULT_RANGES = ("0.2, 0.4, 0.6", "#d73027, #fc8d59, #d9ef8b, #1a9850")


def _form(parent=None):
    form = QFormLayout(parent)
    form.setContentsMargins(0, 0, 0, 0)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def _combo(items):
    """A combo box of (data, label); labels are translated (a name without
    translation, such as "PNG", stays as it is)."""
    combo = QComboBox()
    for data, label in items:
        combo.addItem(translate("ImageryHub.EOSDA", label), data)
    return combo


def _numbers(text, parameter):
    try:
        return [float(part) for part in text.replace(";", ",").split(",") if part.strip()]
    except ValueError:
        refuse(translate("ImageryHub.EOSDA", "Thresholds are numbers separated by commas, not “{text}”").format(
            text=text), parameter)


class RenderOptions(QWidget):
    """``changed`` when anything that affects the request changes."""

    changed = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.dataset = "sentinel2"
        self.aoi = None
        self.preset = _combo([(p.key, p.label) for p in PRESETS]
                             + [(CUSTOM, QT_TRANSLATE_NOOP("ImageryHub.EOSDA", "Custom expression"))])
        self.expression = QLineEdit()
        self.expression.setPlaceholderText(translate("ImageryHub.EOSDA", "e.g. (B08-B04)/(B08+B04) or B08,B04,B03"))
        self.coloring = _combo([("colormap", QT_TRANSLATE_NOOP("ImageryHub.EOSDA", "Colormap")),
                                ("ranges", QT_TRANSLATE_NOOP("ImageryHub.EOSDA", "Range colours"))])
        self.colormap = QComboBox()
        self.colormap.setEditable(True)  # a colormap id made with EOSDA's Colormap endpoint
        for name, colormap_id in COLORMAPS.items():
            self.colormap.addItem(translate("ImageryHub.EOSDA", name), colormap_id)
        self.colormap.setToolTip(translate("ImageryHub.EOSDA", "EOSDA's NDVI colormap, or paste the id of a colormap "
                                                               "made with EOSDA's Colormap endpoint"))
        self.low, self.high = QDoubleSpinBox(), QDoubleSpinBox()
        for box, value in ((self.low, DEFAULT_LEVELS[0]), (self.high, DEFAULT_LEVELS[1])):
            box.setRange(-1e6, 1e6)
            box.setDecimals(2)
            box.setSingleStep(0.1)
            box.setValue(value)
        self.steps = QSpinBox()
        self.steps.setRange(1, 256)
        self.steps.setSpecialValueText(translate("ImageryHub.EOSDA", "smooth"))
        self.steps.setToolTip(translate("ImageryHub.EOSDA", "Number of colours the colormap is cut into "
                                                            "(colors_limit)"))
        self.thresholds = QLineEdit(DEFAULT_RANGES[0])
        self.colors = QLineEdit(DEFAULT_RANGES[1])
        self.colors.setToolTip(translate("ImageryHub.EOSDA", "One colour more than thresholds: below the first, "
                                                             "between each, above the last"))
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
        self.calibrate = QCheckBox(translate("ImageryHub.EOSDA", "Calibrate (TOA reflectance)"))
        self.calibrate.setToolTip(translate("ImageryHub.EOSDA", "Top-of-atmosphere reflectance (calibrate)"))
        self.calibrate.setChecked(True)
        self.pansharpening = QCheckBox(translate("ImageryHub.EOSDA", "Pansharpening (Landsat 8)"))
        self.size = _combo([(None, QT_TRANSLATE_NOOP("ImageryHub.EOSDA", "not set"))] + [(s, s) for s in SIZES])
        self.size.setToolTip(translate("ImageryHub.EOSDA", "Image size class sent for EOSDA's logs only"))

        self.colormap_box, self.ranges_box = QWidget(), QWidget()
        colormap_form = _form(self.colormap_box)
        colormap_form.addRow(translate("ImageryHub.EOSDA", "Colormap"), self.colormap)
        levels = QHBoxLayout()
        levels.addWidget(self.low)
        levels.addWidget(QLabel(translate("ImageryHub.EOSDA", "to")))
        levels.addWidget(self.high)
        colormap_form.addRow(translate("ImageryHub.EOSDA", "Levels"), levels)
        colormap_form.addRow(translate("ImageryHub.EOSDA", "Steps"), self.steps)
        ranges_form = _form(self.ranges_box)
        ranges_form.addRow(translate("ImageryHub.EOSDA", "Thresholds"), self.thresholds)
        ranges_form.addRow(translate("ImageryHub.EOSDA", "Colours"), self.colors)
        self.single_band_box = QWidget()
        single = QVBoxLayout(self.single_band_box)
        single.setContentsMargins(0, 0, 0, 0)
        coloring_form = _form()
        coloring_form.addRow(translate("ImageryHub.EOSDA", "Colouring"), self.coloring)
        single.addLayout(coloring_form)
        single.addWidget(self.colormap_box)
        single.addWidget(self.ranges_box)

        more = QgsCollapsibleGroupBox(translate("ImageryHub.EOSDA", "More options"))
        more.setCollapsed(True)
        more_form = _form(more)
        more_form.addRow(translate("ImageryHub.EOSDA", "Resampling"), self.resample)
        more_form.addRow(self.calibrate)
        more_form.addRow(self.pansharpening)
        more_form.addRow(translate("ImageryHub.EOSDA", "Size class"), self.size)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = _form()
        top.addRow(translate("ImageryHub.EOSDA", "Show"), self.preset)
        top.addRow(translate("ImageryHub.EOSDA", "Bands"), self.expression)
        layout.addLayout(top)
        layout.addWidget(self.single_band_box)
        bottom = _form()
        bottom.addRow(translate("ImageryHub.EOSDA", "Pixel size"), self.px_size)
        bottom.addRow("", self.size_label)
        bottom.addRow(translate("ImageryHub.EOSDA", "Output"), self.georeference)
        bottom.addRow(translate("ImageryHub.EOSDA", "Format"), self.format)
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
            text = translate("ImageryHub.EOSDA", "Image size: draw a single-polygon area first") \
                if self.aoi is not None else translate("ImageryHub.EOSDA", "Image size: no area of interest yet")
        else:
            width, height = size
            values = dict(width=width, height=height, megapixels=number(width * height / 1e6, 2))
            if max(size) > MAX_SIDE_PX:
                text = "<span style='color:#b00020'>{}</span>".format(translate(
                    "ImageryHub.EOSDA", "Image: {width} × {height} px ({megapixels} MP): too large, raise the "
                                        "pixel size").format(**values))
            else:
                text = translate("ImageryHub.EOSDA", "Image: {width} × {height} px ({megapixels} MP)").format(**values)
        self.size_label.setText(text)
        self.changed.emit()

    # -- the request ------------------------------------------------------------------------
    def params(self, view_id, geometry):
        """VisualParams from the widgets; InvalidInputError says what to change."""
        bm_type = self.bm_type()
        unknown = unknown_bands(self.dataset, bm_type)
        if unknown:
            if len(unknown) == 1:
                text = translate("ImageryHub.EOSDA", "{bands} is not a band of {dataset}: check the expression")
            else:
                text = translate("ImageryHub.EOSDA", "{bands} are not bands of {dataset}: check the expression")
            refuse(text.format(bands=", ".join(unknown), dataset=DATASETS[self.dataset]), "bm_type")
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
