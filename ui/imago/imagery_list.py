"""The Imago tab's imagery list: a collection's imagery (or an imagery
inventory's Imago rows) in the table, the preview of the row picked, and the
download of the rows selected."""

from qgis.PyQt import sip
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QDesktopServices, QPixmap
from qgis.PyQt.QtWidgets import QTableWidgetItem

from ...core.downloads import DownloadJob, DownloadTask
from ...core.i18n import translate
from ...core.images import decode_file
from ...core.imago.inventory import placed_imagery
from ...core.inventory import loaded_text
from ...core.tasks import FunctionTask
from ...providers.imago.client import image_file_namer
from ...providers.imago.models import ImagerySelector
from ..images import fit

PREVIEW_WIDTH = 320
PREVIEW_HEIGHT = 110


class ImageryListMixin:
    """The list for :class:`.tab.ImagoTab`, which owns ``table``, ``preview``,
    ``status``, ``folding``, ``connection`` and the imagery shown (``imagery``,
    ``origins``, ``inventory``, ``fids``)."""

    def show_inventory(self, layer, rows=None):
        """An imagery inventory's Imago layer in the table: each row's imagery
        from its own workspace, dataset and collection, so previews and downloads
        work as after listing a collection; selected rows select its points.
        ``rows``: :func:`placed_imagery` as the inventory's task read it, else
        read here. Signs in first when needed (the inventory had the credentials)."""
        rows = self.inventory_rows = rows if rows is not None else placed_imagery(layer)
        self._show_imagery([imagery for _fid, imagery, _ws, _ds in rows],
                           [(workspace, dataset) for _fid, _im, workspace, dataset in rows],
                           layer, [fid for fid, *_ in rows])
        self.status.setText(loaded_text(len(rows)))
        self.status.show()
        if rows:
            self.folding.fold()
        if self.connection is None:
            self.sign_in()

    def _inventory_layer(self):
        """The inventory layer the table shows, unless the user removed it since."""
        if self.inventory is not None and sip.isdeleted(self.inventory):
            self.inventory = None
        return self.inventory

    def _show_imagery(self, items, origins=None, inventory=None, fids=None):
        self.imagery = list(items)
        self.origins = list(origins) if origins is not None else [None] * len(self.imagery)
        self.inventory, self.fids = inventory, list(fids or [])
        if inventory is None:
            self.status.hide()
        self.table.setRowCount(len(self.imagery))
        for row, item in enumerate(self.imagery):
            name = QTableWidgetItem(item.name)
            if item.x is not None:
                name.setToolTip(f"x {item.x}, y {item.y}, z {item.z}")  # coordinates: no words to translate
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(item.depth_text()))
            self.table.setItem(row, 2, QTableWidgetItem(", ".join(i.image_type for i in item.images)))
        self.table.resizeColumnToContents(1)
        self.preview.clear()
        self._update_state()

    def selected_rows(self):
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [row for row in rows if row < len(self.imagery)]

    def selected_imagery(self):
        return [self.imagery[row] for row in self.selected_rows()]

    def _selector(self, row):
        """What fetches row ``row``'s images: the imagery in the workspace,
        dataset and collection chosen above, or, for an inventory's row, in its
        own; the image type chosen above when the imagery has it, else its first."""
        item = self.imagery[row]
        workspace, dataset, collection, imagery_type, image_type = self.selection()
        if self.origins[row] is not None:
            (workspace, dataset), collection = self.origins[row], item.collection
            kinds = [image.image_type for image in item.images]
            if kinds and image_type not in kinds:
                image_type = kinds[0]
        return ImagerySelector(collection, item.imagery_type or imagery_type, image_type, workspace, dataset,
                               imagery_id=item.id)

    def _selection_changed(self):
        self._update_state()
        rows = self.selected_rows()
        layer = self._inventory_layer()
        if layer is not None:
            layer.selectByIds([self.fids[row] for row in rows])
        if len(rows) != 1 or self.connection is None:
            return
        selector = self._selector(rows[0])
        self._preview_for = selector
        connection, folder = self.connection, self.context.settings.download_folder() / "imago" / ".previews"

        def work(task):
            path = connection.client(task.is_cancelled).download_image(
                selector, folder, f"preview_{selector.imagery_id}_{selector.image_type}", width=PREVIEW_WIDTH)
            return decode_file(path, max_side=PREVIEW_WIDTH)  # here, not on the GUI thread

        def show(image):
            if self._preview_for == selector:
                self.preview.setPixmap(fit(QPixmap.fromImage(image), min(PREVIEW_WIDTH, max(120, self.table.width())),
                                           PREVIEW_HEIGHT))
        self.context.start(FunctionTask(translate("ImageryHub.Imago", "Imago: preview"), work, show, self._failed))

    def download_selected(self):
        chosen = self.selected_imagery()
        if not chosen:
            self.context.notify.warning(translate("ImageryHub.Imago", "Select imagery in the list to download"))
            return
        connection = self.connection
        client = connection.client()
        folder = self.context.settings.download_folder() / "imago"
        jobs = []
        for row in self.selected_rows():
            item, selector = self.imagery[row], self._selector(row)
            stem = f"{selector.collection}_{item.name}_{selector.image_type}"
            jobs.append(DownloadJob(key=item.name, filename=image_file_namer(stem), url=client.image_url(selector)))

        def done(result):
            self.context.notify.success(translate("ImageryHub.Imago", "Imago: {summary} to {folder}").format(
                summary=result.summary("image"), folder=folder),
                button=(translate("ImageryHub.Imago", "Open folder"), lambda: QDesktopServices.openUrl(
                    QUrl.fromLocalFile(str(folder)))))
            for key, error in result.errors.items():
                self.context.notify.warning(f"Imago: {key}: {error}")
        self._start(DownloadTask(translate("ImageryHub.Imago", "Imago: downloading images"), jobs, folder,
                                 lambda cancelled: connection.client(cancelled).prepared_session(),
                                 self.context.settings.concurrency(), done, self._failed))
