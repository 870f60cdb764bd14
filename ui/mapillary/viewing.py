"""The Mapillary tab's viewing side: the image viewer docked below the map, and
the map tool that picks an image point, from a search layer when one is
there, else from the coverage tiles (which takes a request)."""

from qgis.core import QgsCoordinateTransform, QgsPointXY, QgsProject, QgsRectangle
from qgis.PyQt import sip
from qgis.PyQt.QtCore import Qt

from ...core.aoi import WGS84
from ...core.i18n import translate
from ...core.mapillary.search import is_images_layer
from ...core.mapillary.viewer import pick_from_coverage, pick_from_layers
from ...core.tasks import FunctionTask
from .viewer import MapillaryViewer


class ViewingMixin:
    """Viewing for :class:`.tab.MapillaryTab`, which owns ``viewer``,
    ``pick_tool``, ``pick_button`` and ``_previous_tool``."""

    # -- viewer ----------------------------------------------------------------------------------
    def ensure_viewer(self):
        if self.viewer is None:
            self.viewer = MapillaryViewer(self.context, self.canvas, self.iface.mainWindow())
            self.iface.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.viewer)
            window = self.iface.mainWindow()
            if window is not None:  # a picture needs room: about half the window's height
                window.resizeDocks([self.viewer], [max(380, window.height() // 2)], Qt.Orientation.Vertical)
        return self.viewer

    def view(self, image_id):
        self.ensure_viewer().show_image(str(image_id))

    def _current_changed(self, fid):
        if fid is not None and self.viewer is not None and self.viewer.isVisible():
            self._view_feature(fid)

    def _view_current(self):
        index = self.table.currentIndex()
        if index.isValid():
            self._view_feature(self.table.fid_at(index))

    def _view_feature(self, fid):
        if self.layer is not None:
            feature = self.layer.getFeature(fid)
            if feature.isValid():
                self.view(feature["id"])

    def _toggle_pick_tool(self, enabled):
        if enabled:
            if self.canvas.mapTool() is not self.pick_tool:
                self._previous_tool = self.canvas.mapTool()
            self.canvas.setMapTool(self.pick_tool)
            self.canvas.setFocus()
        elif self.canvas.mapTool() is self.pick_tool:
            self._restore_tool()

    def _restore_tool(self):
        if self._previous_tool is not None and not sip.isdeleted(self._previous_tool):
            self.canvas.setMapTool(self._previous_tool)
        else:
            self.canvas.unsetMapTool(self.pick_tool)
        self._previous_tool = None

    def visible_image_layers(self):
        root = QgsProject.instance().layerTreeRoot()
        return [layer for layer in QgsProject.instance().mapLayers().values()
                if is_images_layer(layer) and root.findLayer(layer.id()) is not None
                and root.findLayer(layer.id()).isVisible()]

    def pick(self, point, tolerance):
        """An image point clicked: from a search layer when one is there, else
        from the coverage tiles (which takes a request)."""
        crs = self.canvas.mapSettings().destinationCrs()
        found = pick_from_layers(self.visible_image_layers(), point, tolerance, crs)
        if found is not None:
            self.view(found.id)
            return
        if not self.coverage.layers():
            self.context.notify.info(translate(
                "ImageryHub.Mapillary", "No image there: run a search or show the Mapillary coverage first"))
            return
        access = self._access(translate("ImageryHub.Mapillary", "Mapillary viewer"))
        if access is None:
            return
        to_wgs84 = QgsCoordinateTransform(crs, WGS84, QgsProject.instance())
        where = to_wgs84.transform(QgsPointXY(point))
        box = to_wgs84.transformBoundingBox(QgsRectangle(point.x() - tolerance, point.y() - tolerance,
                                                         point.x() + tolerance, point.y() + tolerance))
        tolerance_deg = max(box.width(), box.height()) / 2

        def picked(image):
            if image is None:
                self.context.notify.info(translate(
                    "ImageryHub.Mapillary", "No Mapillary image there: click closer to a point (zoom in to see them)"))
            else:
                self.view(image.id)

        self._start(FunctionTask(translate("ImageryHub.Mapillary", "Imagery Hub: finding the Mapillary image"),
                                 lambda task: pick_from_coverage(access, where.x(), where.y(), tolerance_deg,
                                                                 task.is_cancelled),
                                 on_success=picked, on_error=lambda e: self.context.notify.error(e, "Mapillary")))
