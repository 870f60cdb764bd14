"""The Spexi search filters: camera angles, altitude, dates, capture types,
focus and the result cap. Each range filter is off until its box is ticked."""

from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QDate
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from ...core.i18n import translate
from ...providers.errors import InvalidInputError
from ...providers.spexi.query import CAPTURE_TYPES

#: (label, pitch range): the labels translated where shown
PITCH_PRESETS = ((QT_TRANSLATE_NOOP("ImageryHub.Spexi", "Any"), None),
                 (QT_TRANSLATE_NOOP("ImageryHub.Spexi", "Nadir (−90°)"), (-90.0, -90.0)),
                 (QT_TRANSLATE_NOOP("ImageryHub.Spexi", "Oblique (−60°)"), (-60.0, -60.0)),
                 (QT_TRANSLATE_NOOP("ImageryHub.Spexi", "Custom range"), "custom"))
CAPTURE_LABELS = {
    "orthomosaic": (QT_TRANSLATE_NOOP("ImageryHub.Spexi", "Ortho"),
                    QT_TRANSLATE_NOOP("ImageryHub.Spexi", "Orthomosaic: nadir mapping images")),
    "oblique": (QT_TRANSLATE_NOOP("ImageryHub.Spexi", "Oblique"),
                QT_TRANSLATE_NOOP("ImageryHub.Spexi", "Oblique: tilted views of the sides of buildings")),
    "panorama": (QT_TRANSLATE_NOOP("ImageryHub.Spexi", "Pano"),
                 QT_TRANSLATE_NOOP("ImageryHub.Spexi", "Panorama: near-horizontal views from higher up")),
}
DEFAULT_CAP = 1000
MAX_CAP = 50_000


def _spin(low, high, value, suffix, decimals=0, tip=""):
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setDecimals(decimals)
    spin.setValue(value)
    spin.setSuffix(suffix)
    spin.setToolTip(tip)
    spin.setKeyboardTracking(False)
    return spin


def _pair(first, second):
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(first, 1)
    layout.addWidget(QLabel("–"))
    layout.addWidget(second, 1)
    return row


class SpexiFilters(QgsCollapsibleGroupBox):
    def __init__(self, parent=None):
        super().__init__(translate("ImageryHub.Spexi", "Filters"), parent)
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)

        self.pitch_preset = QComboBox()
        for label, value in PITCH_PRESETS:
            self.pitch_preset.addItem(translate("ImageryHub.Spexi", label), value)
        self.pitch_preset.setToolTip(translate(
            "ImageryHub.Spexi", "Camera angle: −90° looks straight down, −60° is oblique"))
        self.pitch_min = _spin(-135, 45, -90, "°", tip=translate("ImageryHub.Spexi", "Lowest pitch"))
        self.pitch_max = _spin(-135, 45, -60, "°", tip=translate("ImageryHub.Spexi", "Highest pitch"))
        self.pitch_range = _pair(self.pitch_min, self.pitch_max)
        self.heading_box = QCheckBox(translate("ImageryHub.Spexi", "Heading"))
        compass = translate("ImageryHub.Spexi", "0° north, 90° east")
        self.heading_min = _spin(0, 359.9, 0, "°", 1, compass)
        self.heading_max = _spin(0, 359.9, 359.9, "°", 1, compass)
        self.altitude_box = QCheckBox(translate("ImageryHub.Spexi", "Altitude"))
        above = translate("ImageryHub.Spexi", "Above ground")
        self.altitude_min = _spin(0, 10000, 0, " m", tip=above)
        self.altitude_max = _spin(0, 10000, 500, " m", tip=above)
        self.date_box = QCheckBox(translate("ImageryHub.Spexi", "Captured between"))
        self.date_from = QDateEdit(QDate.currentDate().addYears(-2))
        self.date_to = QDateEdit(QDate.currentDate())
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.type_boxes = {}
        types = QWidget()
        types_row = QHBoxLayout(types)
        types_row.setContentsMargins(0, 0, 0, 0)
        for value in ("orthomosaic", "oblique", "panorama"):
            label, tip = CAPTURE_LABELS[value]
            box = QCheckBox(translate("ImageryHub.Spexi", label))
            box.setToolTip(translate("ImageryHub.Spexi", tip))
            box.setChecked(True)
            self.type_boxes[value] = box
            types_row.addWidget(box)
        self.focused = QCheckBox(translate("ImageryHub.Spexi", "Focused on the area"))
        self.focused.setChecked(True)
        self.focused.setToolTip(translate(
            "ImageryHub.Spexi", "Spexi drops images where the area is at the frame's edge and ranks "
                                "the rest by how prominently it appears. Untick for every intersecting "
                                "image."))
        self.cap = QSpinBox()
        self.cap.setRange(1, MAX_CAP)
        self.cap.setValue(DEFAULT_CAP)
        self.cap.setSingleStep(100)
        self.cap.setToolTip(translate("ImageryHub.Spexi", "Stop after this many images"))
        self.cap.setSuffix(" " + translate("ImageryHub.Spexi", "images"))

        pitch_label = QLabel(translate("ImageryHub.Spexi", "&Pitch"))
        pitch_label.setBuddy(self.pitch_preset)
        cap_label = QLabel(translate("ImageryHub.Spexi", "&Limit"))
        cap_label.setBuddy(self.cap)
        types.setToolTip(translate("ImageryHub.Spexi", "Capture types to include"))
        types_row.addStretch(1)
        # a row is (label, field) or one widget across both columns: the panel is narrow
        rows = ((pitch_label, self.pitch_preset), (self.pitch_range,),
                (self.heading_box,), (_pair(self.heading_min, self.heading_max),),
                (self.altitude_box,), (_pair(self.altitude_min, self.altitude_max),),
                (self.date_box,), (_pair(self.date_from, self.date_to),),
                (types,), (self.focused,), (cap_label, self.cap))
        for row, widgets in enumerate(rows):
            if len(widgets) == 1:
                grid.addWidget(widgets[0], row, 0, 1, 2)
            else:
                grid.addWidget(widgets[0], row, 0)
                grid.addWidget(widgets[1], row, 1)

        self.pitch_preset.currentIndexChanged.connect(self._sync)
        for box in (self.heading_box, self.altitude_box, self.date_box):
            box.toggled.connect(self._sync)
        self._sync()

    def _sync(self):
        self.pitch_range.setVisible(self.pitch_preset.currentData() == "custom")
        for box, widgets in ((self.heading_box, (self.heading_min, self.heading_max)),
                             (self.altitude_box, (self.altitude_min, self.altitude_max)),
                             (self.date_box, (self.date_from, self.date_to))):
            for widget in widgets:
                widget.setEnabled(box.isChecked())

    def set_pitch_preset(self, label_start):
        index = next(i for i, (label, _) in enumerate(PITCH_PRESETS) if label.startswith(label_start))
        self.pitch_preset.setCurrentIndex(index)

    def filters(self):
        """The search keyword arguments of SpexiClient.search; the provider
        checks the values again before any request."""
        result = {"focused": self.focused.isChecked()}
        preset = self.pitch_preset.currentData()
        if preset == "custom":
            result["pitch"] = (self.pitch_min.value(), self.pitch_max.value())
        elif preset is not None:
            result["pitch"] = preset[0]
        if self.heading_box.isChecked():
            result["heading"] = (self.heading_min.value(), self.heading_max.value())
        if self.altitude_box.isChecked():
            result["altitude"] = (self.altitude_min.value(), self.altitude_max.value())
        if self.date_box.isChecked():
            result["captured_at"] = (self.date_from.date().toPyDate(), self.date_to.date().toPyDate())
        chosen = [value for value, box in self.type_boxes.items() if box.isChecked()]
        if not chosen:
            raise InvalidInputError(translate(
                "ImageryHub.Spexi", "Tick at least one capture type"), parameter="capture_type",
                                    service="Spexi")
        if len(chosen) < len(CAPTURE_TYPES):
            result["capture_type"] = chosen
        return result

    def max_records(self):
        return self.cap.value()

    def set_filters(self, filters, cap):
        """The form as :meth:`filters` and :meth:`max_records` gave them (a search
        of the project's history, shown again when the project is reopened)."""
        pitch = filters.get("pitch")
        if isinstance(pitch, (tuple, list)):
            self.pitch_preset.setCurrentIndex(self.pitch_preset.findData("custom"))
            self.pitch_min.setValue(pitch[0])
            self.pitch_max.setValue(pitch[1])
        else:
            preset = next((i for i, (_, value) in enumerate(PITCH_PRESETS)
                           if (value is None and pitch is None) or (isinstance(value, tuple) and value[0] == pitch)),
                          0)
            self.pitch_preset.setCurrentIndex(preset)
        for key, box, low, high in (("heading", self.heading_box, self.heading_min, self.heading_max),
                                    ("altitude", self.altitude_box, self.altitude_min, self.altitude_max)):
            box.setChecked(key in filters)
            if key in filters:
                low.setValue(filters[key][0])
                high.setValue(filters[key][1])
        self.date_box.setChecked("captured_at" in filters)
        if "captured_at" in filters:
            self.date_from.setDate(QDate(filters["captured_at"][0]))
            self.date_to.setDate(QDate(filters["captured_at"][1]))
        chosen = filters.get("capture_type") or CAPTURE_TYPES
        for value, box in self.type_boxes.items():
            box.setChecked(value in chosen)
        self.focused.setChecked(bool(filters.get("focused", True)))
        self.cap.setValue(int(cap))

    # the choices that are worth keeping between sessions (QgsSettings, imagery_hub/spexi/...)
    def restore(self, settings):
        self.cap.setValue(settings.value("spexi/max_images", DEFAULT_CAP, int))
        self.focused.setChecked(settings.value("spexi/focused", True, bool))
        preset = settings.value("spexi/pitch_preset", 0, int)
        self.pitch_preset.setCurrentIndex(preset if 0 <= preset < len(PITCH_PRESETS) else 0)

    def remember(self, settings):
        settings.set_value("spexi/max_images", self.cap.value())
        settings.set_value("spexi/focused", self.focused.isChecked())
        settings.set_value("spexi/pitch_preset", self.pitch_preset.currentIndex())
