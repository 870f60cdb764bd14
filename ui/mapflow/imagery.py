""""My imagery" in the Mapflow tab: storage, mosaics and their images, uploads,
previews, and an image or mosaic as the source of a processing.

Every call runs in a task through the tab (``MapflowTab.run``); uploads run in
an UploadTask (core/mapflow/uploads.py), which checks the files with GDAL, the
mosaic's profile and the storage left before sending, and can be cancelled.
Keys on the tree: Enter uses the selection for a processing, F2 renames,
Delete deletes (after a confirmation), F5 reloads.
"""

from pathlib import Path

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, Qt
from qgis.PyQt.QtGui import QKeySequence, QPixmap
from qgis.PyQt.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.i18n import number, translate
from ...core.images import decode_image
from ...core.mapflow.auth import tile_auth_config
from ...core.mapflow.imagery import image_layer, load_imagery, mosaic_layer
from ...core.mapflow.layers import on_api_host
from ...core.mapflow.rasters import layer_file
from ...core.mapflow.uploads import UploadTarget, UploadTask
from ...core.mapflow.words import profile_text, source_text, storage_text
from ...providers.errors import ImageryHubError, InvalidInputError
from ...providers.mapflow.sources import MosaicSource
from ..images import fit
from ..item_actions import add_item_actions
from .imagery_tree import ImageryTree
from ..task_progress import TaskProgress

PREVIEW_SIDE = 200
LARGE_PREVIEW_SIDE = 800  # the large preview window shows at most 800 × 800
NEW_MOSAIC = QT_TRANSLATE_NOOP("ImageryHub.Mapflow", "A new mosaic…")
FOLDER_SETTING = "mapflow/upload_folder"


def _button(text, tip, slot):
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.clicked.connect(slot)
    return button


class MyImagery(QWidget):
    def __init__(self, tab):
        super().__init__()
        self.tab = tab
        self.imagery = None  # core.mapflow_imagery.Imagery, once loaded
        self._loading = False
        self._preview_for = None
        self.storage_label = QLabel(translate("ImageryHub.Mapflow", "Storage not loaded yet."))
        self.storage_bar = QProgressBar()
        self.storage_bar.setRange(0, 1000)
        self.storage_bar.setTextVisible(False)
        self.storage_bar.setMaximumHeight(8)
        self.tree = ImageryTree()
        self.tree.currentItemChanged.connect(lambda *_: self._current_changed())
        self.tree.itemSelectionChanged.connect(self._update_actions)
        self.tree.itemDoubleClicked.connect(lambda *_: self.use_for_processing())
        self.progress = TaskProgress()
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(60)
        self.caption = QLabel(translate("ImageryHub.Mapflow", "Select an image to see its preview."))
        self.caption.setWordWrap(True)

        self.actions, self.menu = add_item_actions(self, self.tree, (
            ("use", translate("ImageryHub.Mapflow", "&Use for a processing"), self.use_for_processing, "Return"),
            ("map", translate("ImageryHub.Mapflow", "Show on the &map"), self.show_on_map, None),
            ("large", translate("ImageryHub.Mapflow", "&Large preview"), self.large_preview, None),
            ("edit", translate("ImageryHub.Mapflow", "Re&name / tags…"), self.edit, "F2"),
            ("link", translate("ImageryHub.Mapflow", "&Link an uploaded s3:// image…"), self.link_image, None),
            ("delete", translate("ImageryHub.Mapflow", "De&lete…"), self.delete, QKeySequence.StandardKey.Delete)),
            translate("ImageryHub.Mapflow", "Reload"), self.refresh)

        self.new_button = _button(translate("ImageryHub.Mapflow", "New mosaic…"),
                                  translate("ImageryHub.Mapflow", "Create an empty mosaic"), self.create_mosaic)
        self.upload_button = _button(translate("ImageryHub.Mapflow", "Upload…"),
                                     translate("ImageryHub.Mapflow", "Upload GeoTIFFs from disk into a mosaic"),
                                     self.upload_files)
        self.refresh_button = _button(translate("ImageryHub.Mapflow", "Reload"),
                                      translate("ImageryHub.Mapflow", "Reload mosaics, images and storage (F5)"),
                                      self.refresh)
        self.use_button = _button(translate("ImageryHub.Mapflow", "Use for processing"),
                                  translate("ImageryHub.Mapflow", "Process the selected mosaic or images (Enter)"),
                                  self.use_for_processing)
        self.map_button = _button(translate("ImageryHub.Mapflow", "Show"),
                                  translate("ImageryHub.Mapflow",
                                            "Show the mosaic's tiles, or download the image as a layer"),
                                  self.show_on_map)
        self.more_button = QToolButton()
        self.more_button.setText(translate("ImageryHub.Mapflow", "More"))
        self.more_button.setMenu(self.menu)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        storage_row = QHBoxLayout()
        storage_row.addWidget(self.storage_label, 1)
        storage_row.addWidget(self.refresh_button)
        top_buttons, item_buttons = QHBoxLayout(), QHBoxLayout()
        for row, widgets in ((top_buttons, (self.new_button, self.upload_button)),
                             (item_buttons, (self.use_button, self.map_button, self.more_button))):
            for widget in widgets:
                row.addWidget(widget)
            row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(storage_row)
        layout.addWidget(self.storage_bar)
        layout.addLayout(top_buttons)
        layout.addWidget(self.tree)
        layout.addLayout(item_buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.preview)
        layout.addWidget(self.caption)
        layout.addStretch(1)
        self._update_actions()

    # -- loading -------------------------------------------------------------------------------
    def refresh(self, select=None, then=None):
        """Reload storage, mosaics and images; ``then()`` runs once they are shown."""
        self._loading = True

        def loaded(imagery):
            self._loaded(imagery, select)
            if then is not None:
                then()
        self.tab.run(translate("ImageryHub.Mapflow", "loading your Mapflow imagery"), load_imagery, loaded,
                     self._load_failed)

    def ensure_loaded(self):
        if self.imagery is None and not self._loading:
            self.refresh()

    def _load_failed(self, error):
        self._loading = False
        self.tab.error(error)

    def _loaded(self, imagery, select=None):
        self._loading = False
        self.imagery = imagery
        self.show_storage(imagery.storage)
        self.tree.fill(imagery.mosaics)
        if select is not None:
            self.tree.select(*select)
        self._update_actions()

    def show_storage(self, storage):
        self.storage_label.setText(translate("ImageryHub.Mapflow", "Storage: {usage}").format(
            usage=storage_text(storage)))
        self.storage_bar.setValue(int(10 * storage.percent))
        self.storage_bar.setToolTip(translate("ImageryHub.Mapflow", "{percent} % of your Mapflow storage is used")
                                    .format(percent=number(storage.percent, 1)))

    def _update_actions(self):
        selected = self.tree.entries_selected()
        kinds = {kind for kind, _, _ in selected}
        one = len(selected) == 1
        enabled = {"use": bool(selected) and len({entry.mosaic.id for _, _, entry in selected}) == 1,
                   "map": one, "large": one and kinds == {"image"}, "edit": one,
                   "link": one and kinds == {"mosaic"}, "delete": bool(selected)}
        for key, on in enabled.items():
            self.actions[key].setEnabled(on)
        self.use_button.setEnabled(enabled["use"])
        self.map_button.setEnabled(enabled["map"])

    # -- mosaics ---------------------------------------------------------------------------------
    def create_mosaic(self):
        answer = self.tab.dialogs.ask_mosaic(translate("ImageryHub.Mapflow", "New Mapflow mosaic"))
        if answer:
            name, tags = answer
            self.tab.run(translate("ImageryHub.Mapflow", "creating a Mapflow mosaic"),
                         lambda client, task: client.data.create_mosaic(name, tags),
                         lambda mosaic: self.refresh(("mosaic", mosaic.id)))

    def edit(self):
        selected = self.tree.entries_selected()
        if len(selected) != 1:
            return
        kind, value, _ = selected[0]
        if kind == "mosaic":
            mosaic = value.mosaic
            answer = self.tab.dialogs.ask_mosaic(translate("ImageryHub.Mapflow", "Mosaic name and tags"), mosaic.name,
                                                 mosaic.tags)
            if answer:
                self.tab.run(translate("ImageryHub.Mapflow", "changing a Mapflow mosaic"),
                             lambda client, task: client.data.update_mosaic(mosaic.id, *answer),
                             lambda changed: self.refresh(("mosaic", changed.id)))
        else:
            name = self.tab.dialogs.ask_text(translate("ImageryHub.Mapflow", "Rename image"),
                                             translate("ImageryHub.Mapflow", "Name"), value.filename)
            if name and name != value.filename:
                self.tab.run(translate("ImageryHub.Mapflow", "renaming a Mapflow image"),
                             lambda client, task: client.data.rename_image(value.id, name),
                             lambda _: self.refresh(("image", value.id)))

    def delete(self):
        selected = self.tree.entries_selected()
        mosaics = [value.mosaic for kind, value, _ in selected if kind == "mosaic"]
        images = [value for kind, value, entry in selected
                  if kind == "image" and entry.mosaic.id not in {m.id for m in mosaics}]
        if not mosaics and not images:
            return
        parts = []  # noun phrases, put into one sentence below
        if mosaics:
            count = sum(len(e.images) for k, e, _ in selected if k == "mosaic")
            names = ", ".join(f"“{m.name}”" for m in mosaics)
            if len(mosaics) == 1:
                parts.append(translate("ImageryHub.Mapflow", "the mosaic {names} with %Ln image(s)", None, count))
            else:
                parts.append(translate("ImageryHub.Mapflow", "the mosaics {names} with %Ln image(s)", None, count))
            parts[-1] = parts[-1].format(names=names)
        if len(images) == 1:
            parts.append(translate("ImageryHub.Mapflow", "1 image (“{file}”)").format(file=images[0].filename))
        elif images:
            parts.append(translate("ImageryHub.Mapflow", "%Ln image(s)", None, len(images)))
        what = parts[0] if len(parts) == 1 else translate("ImageryHub.Mapflow", "{first} and {second}").format(
            first=parts[0], second=parts[1])
        text = translate("ImageryHub.Mapflow", "Delete {what} from Mapflow? Deleted images cannot be restored.").format(
            what=what)
        if not self.tab.dialogs.confirm(translate("ImageryHub.Mapflow", "Delete Mapflow imagery"), text,
                                        translate("ImageryHub.Mapflow", "Delete"), destructive=True):
            return

        def work(client, task):
            for mosaic in mosaics:
                client.data.delete_mosaic(mosaic.id)
            for image in images:
                client.data.delete_image(image.id)
        self.tab.run(translate("ImageryHub.Mapflow", "deleting Mapflow imagery"), work, lambda _: self.refresh())

    def link_image(self):
        entry = self.tree.current_mosaic()
        url = entry and self.tab.dialogs.ask_text(
            translate("ImageryHub.Mapflow", "Link an uploaded image"),
            translate("ImageryHub.Mapflow", "s3:// URL of the image to add to “{mosaic}”").format(
                mosaic=entry.mosaic.name))
        if url:
            self.tab.run(translate("ImageryHub.Mapflow", "linking an image to a Mapflow mosaic"),
                         lambda client, task: client.data.link_image(entry.mosaic.id, url),
                         lambda message: (self.tab.context.notify.success(message), self.refresh()))

    # -- uploads ----------------------------------------------------------------------------------------
    def _target(self, default_name):
        """Which mosaic to upload into: asked, with the current one highlighted."""
        entries = self.imagery.mosaics if self.imagery else []
        current = self.tree.current_mosaic()
        index = next((i for i, e in enumerate(entries) if current and e.mosaic.id == current.mosaic.id), len(entries))
        choice = self.tab.dialogs.choose(translate("ImageryHub.Mapflow", "Upload to Mapflow"),
                                         translate("ImageryHub.Mapflow", "Into the mosaic"),
                                         [e.mosaic.name for e in entries]
                                         + [translate("ImageryHub.Mapflow", NEW_MOSAIC)], index)
        if choice is None:
            return None
        if choice < len(entries):
            return UploadTarget(entries[choice].mosaic.name, entries[choice].mosaic.id)
        answer = self.tab.dialogs.ask_mosaic(translate("ImageryHub.Mapflow", "New Mapflow mosaic"), default_name)
        return UploadTarget(answer[0], None, answer[1]) if answer else None

    def upload_files(self):
        settings = self.tab.context.settings
        paths = self.tab.dialogs.open_geotiffs(settings.value(FOLDER_SETTING, "", str))
        if paths:
            settings.set_value(FOLDER_SETTING, str(Path(paths[0]).parent))
            self._with_imagery(lambda: self._upload(paths, Path(paths[0]).stem))

    def upload_layer(self, layer):
        """The layer context menu's "Upload to Mapflow"."""
        try:
            path = layer_file(layer)
        except ImageryHubError as exc:
            self.tab.error(exc)
            return
        self._with_imagery(lambda: self._upload([path], layer.name()))
        self.tab.show_page(self)

    def _with_imagery(self, then):
        """Run ``then`` once the mosaics are known (loading them first if needed)."""
        if self.imagery is not None:
            then()
        else:
            self.refresh(then=then)

    def _upload(self, paths, default_name):
        if self.progress.running():
            self.tab.error(InvalidInputError(translate("ImageryHub.Mapflow",
                                                       "An upload is running: wait for it or cancel it first")))
            return
        target = self._target(default_name)
        if target is not None:
            self.start_upload(paths, target)

    def start_upload(self, paths, target):
        """Upload ``paths`` to ``target`` (an UploadTarget) in a task, with progress and Cancel."""
        try:
            token, base_url = self.tab.service.token(), self.tab.service.base_url
        except ImageryHubError as exc:
            self.tab.error(exc)
            return
        task = UploadTask(token, base_url, paths, target, self._uploaded, self._upload_failed)
        self.tab.context.start(task)
        self.progress.watch(task, translate("ImageryHub.Mapflow", "Uploading to “{mosaic}”…").format(
            mosaic=target.name))

    def _uploaded(self, outcome):
        self.show_storage(outcome.storage)
        first = outcome.images[0].id if outcome.images else None
        self.refresh(("image", first) if first else ("mosaic", outcome.mosaic.id))
        count = len(outcome.images)
        source = MosaicSource(outcome.mosaic.id, [i.id for i in outcome.images], outcome.mosaic.name)
        self.tab.context.notify.success(
            translate("ImageryHub.Mapflow", "%Ln image(s) uploaded to the Mapflow mosaic “{mosaic}”", None,
                      count).format(mosaic=outcome.mosaic.name),
            button=(translate("ImageryHub.Mapflow", "Use for processing"),
                    lambda: self.tab.use_source(source, source_text(source))))

    def _upload_failed(self, error):
        self.refresh()  # files sent before a cancel or a failure are in the mosaic
        self.tab.error(error)

    # -- using and showing ------------------------------------------------------------------------------
    def use_for_processing(self):
        selected = self.tree.entries_selected()
        entries = {entry.mosaic.id: entry for _, _, entry in selected}
        if len(entries) != 1:
            self.tab.error(InvalidInputError(translate("ImageryHub.Mapflow",
                                                       "Select one mosaic, or images of one mosaic"),
                                             parameter="mosaic"))
            return
        entry = next(iter(entries.values()))
        whole = any(kind == "mosaic" for kind, _, _ in selected)
        ids = [] if whole else [value.id for kind, value, _ in selected if kind == "image"]
        source = MosaicSource(entry.mosaic.id, ids, entry.mosaic.name)
        self.tab.use_source(source, source_text(source))

    def show_on_map(self):
        selected = self.tree.entries_selected()
        if len(selected) != 1:
            return
        kind, value, _ = selected[0]
        if kind == "mosaic":
            try:
                base_url = self.tab.service.base_url
                auth = tile_auth_config(self.tab.context.settings, self.tab.service.token(), api_url=base_url) \
                    if on_api_host(value.mosaic.tile_url, base_url) else None
                mosaic_layer(value.mosaic, base_url, auth)
            except ImageryHubError as exc:
                self.tab.error(exc)
            return
        folder = self.tab.context.settings.download_folder() / "mapflow"
        task = self.tab.run(translate("ImageryHub.Mapflow", "downloading {file}").format(file=value.filename),
                            lambda client, task: client.data.download_image(
                                value.id, folder, progress=lambda done, total: task.report(done, total or 0)),
                            lambda path: image_layer(path, Path(path).stem))
        if task is not None:
            self.progress.watch(task, translate("ImageryHub.Mapflow", "Downloading {file}…").format(
                file=value.filename))

    # -- previews -----------------------------------------------------------------------------------------
    def _current_changed(self):
        item = self.tree.currentItem()
        kind, value, entry = item.data(0, Qt.ItemDataRole.UserRole) if item else (None, None, None)
        if kind != "image":
            self._preview_for = None
            self.preview.clear()
            self.caption.setText(translate("ImageryHub.Mapflow", "Select an image to see its preview.")
                                 if kind is None else
                                 translate("ImageryHub.Mapflow",
                                           "“{mosaic}”: %Ln image(s). Select one to see it.", None,
                                           len(value.images)).format(mosaic=value.mosaic.name))
            return
        self._preview_for = value.id
        self.caption.setText(f"{value.filename}<br><small>{profile_text(value.profile) if value.profile else ''}"
                             "</small>")
        self.tab.run(translate("ImageryHub.Mapflow", "fetching a Mapflow preview"),
                     lambda client, task: decode_image(client.data.preview(value, "s"), PREVIEW_SIDE),
                     lambda image: self._show_preview(value.id, image), lambda error: self._preview_failed(value.id))

    def _show_preview(self, image_id, image):
        if image_id != self._preview_for:
            return  # the user has moved on
        self.preview.setPixmap(fit(QPixmap.fromImage(image), PREVIEW_SIDE, PREVIEW_SIDE))

    def _preview_failed(self, image_id):
        if image_id == self._preview_for:
            self.preview.setText(translate("ImageryHub.Mapflow", "No preview available."))

    def large_preview(self):
        selected = self.tree.entries_selected()
        if len(selected) == 1 and selected[0][0] == "image":
            image = selected[0][1]
            self.tab.run(translate("ImageryHub.Mapflow", "fetching a Mapflow preview"),
                         lambda client, task: decode_image(client.data.preview(image, "l"), LARGE_PREVIEW_SIDE),
                         lambda picture: self.tab.dialogs.show_picture(image.filename, picture))
