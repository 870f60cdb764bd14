"""The dock's area-of-interest section: draw, pick, show, clear."""

from html import escape

from qgis.core import QgsApplication, QgsGeometry, QgsVectorLayer
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QButtonGroup,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QSizePolicy,
    QToolButton,
)

from ..core.aoi import WGS84, make_aoi, point_aoi, union_aoi
from ..core.compat import POLYGON_GEOMETRY
from ..core.i18n import translate
from ..providers.errors import InvalidInputError
from .map_tools import PointTool, PolygonTool, RectangleTool, make_rubber_band, remove_rubber_band

AOI_COLOR = QColor(20, 110, 220, 220)
AOI_FILL = QColor(20, 110, 220, 40)


def no_aoi_text():
    return translate("ImageryHub.Aoi", "No area of interest yet: draw one or pick features.")


def _button(text, icon, tip, checkable=False):
    button = QToolButton()
    button.setText(text)
    button.setIcon(QgsApplication.getThemeIcon(icon))
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setToolTip(tip)
    button.setCheckable(checkable)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return button


class AoiWidget(QGroupBox):
    """Emits ``aoiChanged(Aoi or None)``; ``aoi`` holds the current one."""

    aoiChanged = pyqtSignal(object)  # noqa: N815 (Qt signal naming)

    def __init__(self, iface, parent=None):
        super().__init__(translate("ImageryHub.Aoi", "Area of interest"), parent)
        self.iface = iface
        self.canvas = iface.mapCanvas()
        self.aoi = None
        self.band = None
        self._previous_tool = None

        self.rect_button = _button(translate("ImageryHub.Aoi", "Rectangle"), "/mActionSelectRectangle.svg",
                                   translate("ImageryHub.Aoi", "Drag a rectangle on the map"), True)
        self.polygon_button = _button(translate("ImageryHub.Aoi", "Polygon"), "/mActionSelectPolygon.svg",
                                      translate("ImageryHub.Aoi", "Click vertices on the map; right-click, "
                                                "double-click or Enter to finish; Backspace undoes a vertex; "
                                                "Esc cancels"), True)
        self.point_button = _button(translate("ImageryHub.Aoi", "Point"), "/mActionCapturePoint.svg",
                                    translate("ImageryHub.Aoi", "Click a point on the map; the radius makes it a "
                                              "circle"), True)
        self.radius = QDoubleSpinBox()
        self.radius.setRange(0, 50_000)
        self.radius.setDecimals(0)
        self.radius.setSingleStep(50)
        self.radius.setValue(100)
        self.radius.setSuffix(" m")
        self.radius.setToolTip(translate("ImageryHub.Aoi", "Radius around the clicked point (0: the point itself)"))
        self.selection_button = _button(translate("ImageryHub.Aoi", "Selection"), "/mActionSelectedToTop.svg",
                                        translate("ImageryHub.Aoi", "Use the selected polygons of the active layer"))
        self.extent_button = _button(translate("ImageryHub.Aoi", "Extent"), "/mActionZoomFullExtent.svg",
                                     translate("ImageryHub.Aoi", "Use the visible map extent"))
        self.clear_button = _button(translate("ImageryHub.Aoi", "Clear"), "/mActionDeleteSelected.svg",
                                    translate("ImageryHub.Aoi", "Forget the area of interest"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # a button is unchecked when its tool is left
        layout = QGridLayout(self)
        for column, button in enumerate((self.rect_button, self.polygon_button, self.point_button)):
            layout.addWidget(button, 0, column)
            self.group.addButton(button)
        radius_label = QLabel(translate("ImageryHub.Aoi", "Point radius"))
        radius_label.setBuddy(self.radius)
        layout.addWidget(radius_label, 1, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.radius, 1, 1, 1, 2)
        for column, button in enumerate((self.selection_button, self.extent_button, self.clear_button)):
            layout.addWidget(button, 2, column)
        layout.addWidget(self.status, 3, 0, 1, 3)

        self.tools = {
            self.rect_button: (RectangleTool(self.canvas), "rectangle"),
            self.polygon_button: (PolygonTool(self.canvas), "polygon"),
            self.point_button: (PointTool(self.canvas), "point"),
        }
        for button, (tool, kind) in self.tools.items():
            button.clicked.connect(lambda checked, b=button: self._toggle_tool(b, checked))
            tool.drawn.connect(lambda geometry, k=kind: self._drawn(geometry, k))
            tool.cancelled.connect(self._restore_tool)
            tool.deactivated.connect(lambda b=button: b.setChecked(False))
        self.selection_button.clicked.connect(self.use_selection)
        self.extent_button.clicked.connect(self.use_extent)
        self.clear_button.clicked.connect(self.clear)
        self.canvas.destinationCrsChanged.connect(self._show)
        self._set_status(no_aoi_text())

    # -- drawing -----------------------------------------------------------------
    def _toggle_tool(self, button, checked):
        tool = self.tools[button][0]
        if checked:
            if self.canvas.mapTool() not in [t for t, _ in self.tools.values()]:
                self._previous_tool = self.canvas.mapTool()
            self.canvas.setMapTool(tool)
            self.canvas.setFocus()
        elif self.canvas.mapTool() is tool:
            self._restore_tool()

    def _restore_tool(self):
        current = self.canvas.mapTool()
        if self._previous_tool is not None:
            self.canvas.setMapTool(self._previous_tool)
        elif current in [t for t, _ in self.tools.values()]:
            self.canvas.unsetMapTool(current)
        self._previous_tool = None

    def _drawn(self, geometry, kind):
        crs = self.canvas.mapSettings().destinationCrs()
        if kind == "point":
            self._apply(lambda: point_aoi(geometry.asPoint(), crs, self.radius.value()))
        else:
            self._apply(lambda: make_aoi(geometry, crs, kind))
        self._restore_tool()

    # -- picking -----------------------------------------------------------------
    def use_selection(self):
        layer = self.iface.activeLayer()
        if not isinstance(layer, QgsVectorLayer) or layer.geometryType() != POLYGON_GEOMETRY:
            self._refuse(translate("ImageryHub.Aoi", "Select a polygon layer in the Layers panel first."))
            return
        self.use_features(layer, selected_only=True)

    def use_features(self, layer, selected_only=True):
        """The union of the layer's selected (or all) features as the AOI."""
        features = layer.getSelectedFeatures() if selected_only else layer.getFeatures()
        geometries = [QgsGeometry(f.geometry()) for f in features]
        self._apply(lambda: union_aoi(geometries, layer.crs()))

    def use_extent(self):
        crs = self.canvas.mapSettings().destinationCrs()
        self._apply(lambda: make_aoi(QgsGeometry.fromRect(self.canvas.extent()), crs, "extent"))

    # -- state ---------------------------------------------------------------------
    def _apply(self, build):
        try:
            aoi = build()
        except InvalidInputError as exc:
            self._refuse(exc.message)
            return
        self.set_aoi(aoi)

    def set_aoi(self, aoi):
        self.aoi = aoi
        self._show()
        if aoi is None:
            self._set_status(no_aoi_text())
        else:
            self._set_status(f"<b>{escape(aoi.describe())}</b>")
        self.aoiChanged.emit(aoi)

    def clear(self):
        self.set_aoi(None)

    def _show(self):
        remove_rubber_band(self.canvas, self.band)
        self.band = None
        if self.aoi is not None:
            self.band = make_rubber_band(self.canvas, AOI_COLOR, AOI_FILL, 2, self.aoi.geometry.type())
            self.band.setIconSize(12)
            self.band.setToGeometry(self.aoi.geometry, WGS84)

    def _refuse(self, message):
        """Say why a new area was refused; the area in use (if any) stays, and so
        does its description."""
        if self.aoi is None:
            self._set_status(message, error=True)
            return
        self.status.setStyleSheet("")
        self.status.setText(translate("ImageryHub.Aoi", "<b>{area}</b> — still in use").format(
            area=escape(self.aoi.describe())) + f"<br><span style='color:#b00020'>{escape(message)}</span>")

    def _set_status(self, text, error=False):
        self.status.setText(text)
        self.status.setStyleSheet("color: #b00020;" if error else "")

    def cleanup(self):
        """Remove the rubber band and our map tools from the canvas (unload)."""
        if self.canvas.mapTool() in [t for t, _ in self.tools.values()]:
            self._restore_tool()  # back to the tool the user had, e.g. Pan
        for tool, _ in self.tools.values():
            tool.clear()
        remove_rubber_band(self.canvas, self.band)
        self.band = None
        try:
            self.canvas.destinationCrsChanged.disconnect(self._show)
        except TypeError:
            pass
