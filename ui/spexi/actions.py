"""What the Spexi tab does with images: download the selected ones (also from
the layer menu), place a nadir image on the map, and the multi-view tool."""

from qgis.PyQt import sip
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QColor, QDesktopServices
from qgis.PyQt.QtWidgets import QPushButton
from shapely import wkt

from ...core.aoi import point_aoi
from ...core.i18n import translate
from ...core.compat import POINT_GEOMETRY
from ...core.layers import group_of
from ...core.spexi.layers import (
    LAYER_PROPERTY,
    add_placed_image,
    download_targets,
    gpkg_of,
    group_name,
    is_spexi_layer,
    layers_of,
    open_results,
    set_local_paths,
)
from ...core.spexi.tasks import AppendTask, download_task, downloaded_text
from ...core.spexi.warp import WarpTask
from ...core.tasks import FunctionTask
from ...providers.errors import ImageryHubError
from ..map_tools import make_rubber_band, remove_rubber_band
from .images import ImageViewer
from .multiview import MultiViewDialog, MultiViewTool

MARKER_COLOR = QColor(235, 60, 40)


class SpexiActions:
    def __init__(self, tab):
        self.tab = tab
        self.context = tab.context
        self.canvas = tab.canvas
        self.download_button = QPushButton(translate("ImageryHub.Spexi", "&Download"))
        self.download_button.setToolTip(translate(
            "ImageryHub.Spexi", "Download the selected images into the download folder "
                                "(Imagery Hub settings)"))
        self.download_button.clicked.connect(self.download_selected)
        self.place_button = QPushButton(translate("ImageryHub.Spexi", "&Place on map"))
        self.place_button.setToolTip(translate(
            "ImageryHub.Spexi", "Warp the selected nadir image into its footprint and add it to the map"))
        self.place_button.clicked.connect(self.place_selected)
        self.multiview_button = QPushButton(translate("ImageryHub.Spexi", "&Multi-view"))
        self.multiview_button.setCheckable(True)
        self.multiview_button.setToolTip(translate(
            "ImageryHub.Spexi", "Click a point on the map to see it from above and from the four sides"))
        self.multiview_button.toggled.connect(self._toggle_tool)
        self.tool = MultiViewTool(self.canvas)
        self.tool.clicked.connect(self.multi_view_at)
        self.tool.cancelled.connect(lambda: self.multiview_button.setChecked(False))
        self.tool.deactivated.connect(lambda: self.multiview_button.setChecked(False))
        self._previous_tool = None
        self.dialog = None
        self.viewer = None
        self.marker = None

    # -- downloads ------------------------------------------------------------------
    def download_selected(self):
        if self.tab.footprints is None:
            self.context.notify.warning(translate(
                "ImageryHub.Spexi", "Search Spexi first, then select the images to download"))
            return
        self.download(self.tab.footprints)

    def download_from_layer_menu(self):
        layer = self.context.iface.activeLayer()
        if not is_spexi_layer(layer):
            if layer is None:
                text = translate(
                    "ImageryHub.Spexi", "This layer is not a Spexi result layer: use the footprints or camera "
                                        "positions of a Spexi search")
            else:
                text = translate("ImageryHub.Spexi", "{name} is not a Spexi result layer: use the footprints or camera "
                                                     "positions of a Spexi search").format(name=layer.name())
            self.context.notify.warning(text)
            return
        self.download(layer)

    def download(self, layer):
        variant = self.tab.variant.currentData()
        targets = download_targets(layer, variant)
        if not targets:
            self.context.notify.warning(translate(
                "ImageryHub.Spexi", "Select the Spexi images to download first (in the table or on the map)"))
            return
        try:
            make_client = self.tab.make_client()
        except ImageryHubError as error:
            self.tab.fail(error, translate("ImageryHub.Spexi", "Download"))
            return
        folder = self.context.settings.download_folder()
        path = gpkg_of(layer)
        editing = [other.customProperty(LAYER_PROPERTY) for other in layers_of(path) if other.isEditable()]
        task = download_task(make_client, targets, folder, self.context.settings.concurrency(),
                             on_success=lambda result: self._downloaded(path, folder, result),
                             on_error=lambda error: self.tab.fail(error, translate(
                                 "ImageryHub.Spexi", "Download")), gpkg=path,
                             skip=editing)
        self.tab.progress.watch(task, translate(
            "ImageryHub.Spexi", "Downloading %Ln Spexi image(s)…", None, len(targets)))
        self.context.start(task)

    def _downloaded(self, path, folder, result):
        if result.paths:
            set_local_paths(path, result.paths, written=result.written)
        text = downloaded_text(result)
        open_folder = (translate(
            "ImageryHub.Spexi", "Open folder"), lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
        if result.errors:
            first = next(iter(result.errors.items()))
            self.context.notify.warning(f"{text}; {first[0]}: {first[1]}", button=open_folder)
        else:
            self.context.notify.success(text, button=open_folder if result.paths else None)

    # -- a nadir image on the map -------------------------------------------------------
    def place_selected(self):
        feature = self.tab.current_feature()
        if feature is None:
            self.context.notify.warning(translate(
                "ImageryHub.Spexi", "Select one nadir Spexi image to place it on the map"))
            return
        footprints = self.tab.footprints
        try:
            task = WarpTask(self.tab.make_client(), feature["id"], feature["original_url"],
                            wkt.loads(feature.geometry().asWkt()), feature["heading"], feature["pitch"],
                            self.context.settings.download_folder(), feature["local_path"] or None,
                            on_success=lambda result: self._placed(footprints, feature["id"], result),
                            on_error=lambda error: self.tab.fail(error, translate(
                                "ImageryHub.Spexi", "Placing the image")))
        except ImageryHubError as error:
            self.tab.fail(error, translate("ImageryHub.Spexi", "Placing the image"))
            return
        self.tab.progress.watch(task, translate("ImageryHub.Spexi", "Placing image {image} on the map…").format(
            image=feature["id"]))
        self.context.start(task)

    def _placed(self, footprints, image_id, result):
        tif, jpeg = result
        alive = footprints is not None and not sip.isdeleted(footprints)
        try:
            add_placed_image(tif, translate("ImageryHub.Spexi", "Spexi image {image}").format(image=image_id),
                             footprints if alive else None)
        except ImageryHubError as error:
            self.tab.fail(error)
            return
        if alive:
            set_local_paths(gpkg_of(footprints), {image_id: jpeg})
        self.context.notify.success(translate(
            "ImageryHub.Spexi", "Spexi image {image} placed on the map").format(image=image_id))

    # -- multi-view -------------------------------------------------------------------
    def _toggle_tool(self, checked):
        if checked:
            if self.canvas.mapTool() is not self.tool:
                self._previous_tool = self.canvas.mapTool()
            self.canvas.setMapTool(self.tool)
        elif self.canvas.mapTool() is self.tool:
            if self._previous_tool is not None and not sip.isdeleted(self._previous_tool):
                self.canvas.setMapTool(self._previous_tool)
            else:
                self.canvas.unsetMapTool(self.tool)
            self._previous_tool = None

    def multi_view_at(self, point):
        crs = self.canvas.mapSettings().destinationCrs()
        try:
            centre = point_aoi(point, crs).point
            make_client = self.tab.make_client()
        except ImageryHubError as error:
            self.tab.fail(error, translate("ImageryHub.Spexi", "Multi-view"))
            return
        lon, lat = centre.x(), centre.y()
        self._close_dialog()
        self._mark(point)
        dialog = MultiViewDialog(f"{lon:.5f}, {lat:.5f}", self.context.iface.mainWindow())
        dialog.openRequested.connect(lambda record: self.open_full(record, make_client))
        dialog.addRequested.connect(lambda record: self.add_records([record]))
        dialog.finished.connect(self._forget_marker)
        self.dialog = dialog
        dialog.show()
        task = FunctionTask(translate("ImageryHub.Spexi", "Spexi multi-view"),
                            lambda task: make_client(task.is_cancelled).multi_view(point=(lon, lat)),
                            on_success=lambda views: self._show_views(dialog, views, make_client),
                            on_error=lambda error: self._views_failed(dialog, error))
        self.context.start(task)

    def _show_views(self, dialog, views, make_client):
        if sip.isdeleted(dialog):
            return
        dialog.set_views(views)
        for view, record in views:
            cell = dialog.cells[view]
            self.tab.loader.load(f"multiview-{view}", record.id, record.link("zoomed").href, "zoomed",
                                 lambda path, error, cell=cell: self._thumbnail(cell, path, error), make_client,
                                 cell.thumbnail.box)

    @staticmethod
    def _thumbnail(cell, path, error):
        if sip.isdeleted(cell):
            return
        if error is not None:
            cell.thumbnail.show_text(translate("ImageryHub.Spexi", "No image: {error}").format(error=error))
        else:
            cell.thumbnail.show_file(path)

    def _views_failed(self, dialog, error):
        if not sip.isdeleted(dialog):
            dialog.set_error(translate("ImageryHub.Spexi", "Spexi multi-view failed: {error}").format(error=error))
        self.tab.fail(error, translate("ImageryHub.Spexi", "Multi-view"))

    def open_full(self, record, make_client):
        def show(decoded, error):
            if error is not None:
                self.tab.fail(error, translate("ImageryHub.Spexi", "Opening the image"))
                return
            title = translate(
                "ImageryHub.Spexi", "Spexi image {image} ({kind})").format(image=record.id, kind=record.capture_type)
            self.viewer = ImageViewer(decoded.image, title,
                                      self.context.iface.mainWindow())
            self.viewer.show()

        self.tab.loader.load("full", record.id, record.link("original").href, "original", show, make_client,
                             decode=True)

    def add_records(self, records):
        """Add images (from the multi-view) to the current result, or start one."""
        footprints = self.tab.footprints
        path = gpkg_of(footprints) if footprints is not None else None
        task = AppendTask(records, path, self.context.settings.workspace_folder(),
                          on_success=lambda result: self._added(path, result),
                          on_error=lambda error: self.tab.fail(error, translate("ImageryHub.Spexi", "Adding images")))
        self.context.start(task)

    def _added(self, existing, result):
        path, added, rows = result
        if existing is not None:
            for layer in layers_of(path):
                layer.dataProvider().reloadData()
                layer.triggerRepaint()
            if self.tab.footprints is not None and gpkg_of(self.tab.footprints) == path:
                self.tab.table.set_layer(self.tab.footprints, rows)
        else:
            footprints, cameras = open_results(path, group_name(added, kind=translate(
                "ImageryHub.Spexi", "Spexi multi-view")))
            self.tab.group_name = group_of(footprints)
            self.tab.show_results(footprints, cameras, rows)
        self.context.notify.success(translate(
            "ImageryHub.Spexi", "Spexi: %Ln image(s) added to the results", None, added)
                                    if added else translate(
                                        "ImageryHub.Spexi", "Spexi: that image is already in the results"))

    def _mark(self, point):
        self._forget_marker()
        self.marker = make_rubber_band(self.canvas, MARKER_COLOR, MARKER_COLOR, 3, POINT_GEOMETRY)
        self.marker.setIconSize(14)
        self.marker.addPoint(point)

    def _forget_marker(self, *_):
        remove_rubber_band(self.canvas, self.marker)
        self.marker = None

    def _close_dialog(self):
        if self.dialog is not None and not sip.isdeleted(self.dialog):
            self.dialog.close()
        self.dialog = None

    def cleanup(self):
        if self.canvas.mapTool() is self.tool:
            self._toggle_tool(False)
        self._close_dialog()
        self._forget_marker()
