"""The imagery catalog in the Mapflow tab: search on the AOI with the filters,
footprints as a layer styled by cloud cover with a table synced to it, the
selected scene's preview (fetched without Mapflow credentials), and "Run
processing on this image"."""

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from qgis.PyQt.QtGui import QPixmap
from qgis.PyQt.QtWidgets import (
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.i18n import number, translate
from ...core.images import decode_file, decode_image
from ...core.mapflow.catalog_layers import fetch_thumbnail, image_of, open_catalog, search_catalog
from ...core.mapflow.words import reason, short_number, source_text
from ...providers.errors import ImageryHubError, InvalidInputError
from ...providers.mapflow.search import CatalogQuery, check_search_area
from ...providers.mapflow.sources import CatalogImageSource
from ..results_table import ResultsTable
from ..task_progress import TaskProgress
from ..thumbnails import THUMB, table_or_pictures
from ..images import fit

#: (field, header); the headers are translated when the table is made
COLUMNS = [("acquired", QT_TRANSLATE_NOOP("ImageryHub.Mapflow", "Date")),
           ("cloud", QT_TRANSLATE_NOOP("ImageryHub.Mapflow", "Cloud %")),
           ("resolution", "m/px"),
           ("aoi_cover", QT_TRANSLATE_NOOP("ImageryHub.Mapflow", "AOI %")),
           ("off_nadir", QT_TRANSLATE_NOOP("ImageryHub.Mapflow", "Off-nadir")),
           ("provider", QT_TRANSLATE_NOOP("ImageryHub.Mapflow", "Provider")),
           ("image_id", QT_TRANSLATE_NOOP("ImageryHub.Mapflow", "Image id"))]
SETTINGS = "mapflow/catalog/"
PREVIEW_SIDE = 220


def _spin(kind, low, high, suffix, any_value=False, decimals=1):
    box = QDoubleSpinBox() if kind == "float" else QSpinBox()
    if kind == "float":
        box.setDecimals(decimals)
        box.setSingleStep(0.1)
    box.setRange(low, high)
    box.setSuffix(suffix)
    if any_value:  # shown at the minimum: the filter is left out
        box.setSpecialValueText(translate("ImageryHub.Mapflow", "any"))
    return box


def _pair(first, second):
    row = QHBoxLayout()
    row.addWidget(first, 1)
    row.addWidget(QLabel("–"))
    row.addWidget(second, 1)
    return row


class CatalogSearch(QWidget):
    def __init__(self, tab):
        super().__init__()
        self.tab = tab
        self.image = None  # the CatalogImage of the current row
        settings = tab.context.settings
        today = QDate.currentDate()
        self.date_from, self.date_to = QDateEdit(today.addYears(-1)), QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.min_res, self.max_res = _spin("float", 0, 100, " m", True), _spin("float", 0, 100, " m", True)
        self.max_res.setValue(settings.value(SETTINGS + "max_resolution", 0.0, float))
        self.max_cloud = _spin("int", 0, 100, " %")
        self.max_cloud.setValue(settings.value(SETTINGS + "max_cloud", 30, int))
        self.min_nadir, self.max_nadir = _spin("float", 0, 90, "°", True), _spin("float", 0, 90, "°", True)
        self.min_cover = _spin("int", 0, 100, " %", True)
        self.min_cover.setValue(settings.value(SETTINGS + "min_cover", 0, int))
        self.min_cover.setToolTip(translate("ImageryHub.Mapflow", "How much of the AOI an image must cover at least"))
        self.search_button = QPushButton(translate("ImageryHub.Mapflow", "Search imagery"))
        self.search_button.clicked.connect(self.search)
        self.progress = TaskProgress()
        self.status = QLabel(translate("ImageryHub.Mapflow",
                                       "Search the imagery of your Mapflow providers over the AOI."))
        self.status.setWordWrap(True)
        columns = [(name, translate("ImageryHub.Mapflow", header)) for name, header in COLUMNS]
        self.table = ResultsTable(tab.context.iface.mapCanvas(), columns, sort_column=0,
                                  sort_order=Qt.SortOrder.DescendingOrder)
        self.table.setMinimumHeight(150)
        self.table.currentFeatureChanged.connect(self._scene_chosen)
        self.views, self.grid, self.pictures_button = table_or_pictures(
            self.table, self._fetch_thumbnail,
            tooltip=translate("ImageryHub.Mapflow", "Show the scenes as their previews instead of a table"))
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(translate("ImageryHub.Mapflow", "Pick a scene in the table or on the map."))
        self.caption.setWordWrap(True)
        self.run_button = QPushButton(translate("ImageryHub.Mapflow", "Run processing on this image…"))
        self.run_button.setToolTip(translate("ImageryHub.Mapflow",
                                             "Starts a processing of the AOI with the model chosen under "
                                             "Processing, after showing its cost"))
        self.run_button.clicked.connect(self.run_processing)
        self.run_button.setEnabled(False)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels go above when the dock is narrow
        form.addRow(translate("ImageryHub.Mapflow", "Dates"), _pair(self.date_from, self.date_to))
        form.addRow(translate("ImageryHub.Mapflow", "Resolution"), _pair(self.min_res, self.max_res))
        form.addRow(translate("ImageryHub.Mapflow", "Off-nadir"), _pair(self.min_nadir, self.max_nadir))
        form.addRow(translate("ImageryHub.Mapflow", "Max cloud"), self.max_cloud)
        form.addRow(translate("ImageryHub.Mapflow", "Min AOI cover"), self.min_cover)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_button, 1)
        search_row.addWidget(self.pictures_button)
        layout.addLayout(search_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.views, 1)
        layout.addWidget(self.preview)
        layout.addWidget(self.caption)
        layout.addWidget(self.run_button)

    def cleanup(self):
        self.table.set_layer(None)

    def _fetch_thumbnail(self, feature, on_success, on_error):
        """The grid's picture of a scene: its preview, fitted into a cell (no
        Mapflow credential goes with it)."""
        image = image_of(feature)
        if not image.has_picture_preview:
            raise ImageryHubError(translate("ImageryHub.Mapflow", "This image has no picture preview"))
        self.tab.run(translate("ImageryHub.Mapflow", "fetching a catalog thumbnail"),
                     lambda client, task: decode_file(fetch_thumbnail(client, image, *THUMB)),
                     on_success, on_error)

    # -- search ----------------------------------------------------------------------------------
    def query(self, aoi):
        """The CatalogQuery of the form, checked (InvalidInputError says what to change)."""
        if aoi.area_km2 <= 0:
            raise InvalidInputError(translate("ImageryHub.Mapflow",
                                              "The catalog searches an area: draw a rectangle or polygon, "
                                              "or give the point a radius"), parameter="aoi")
        check_search_area(self.tab.account, aoi.area_km2)

        def value(box):
            return None if box.value() == box.minimum() and box.specialValueText() else float(box.value())
        query = CatalogQuery(aoi.to_shapely(), self.date_from.date().toPyDate(), self.date_to.date().toPyDate(),
                             value(self.min_res), value(self.max_res), float(self.max_cloud.value()),
                             value(self.min_nadir), value(self.max_nadir), value(self.min_cover))
        query.check()
        return query

    def search(self):
        try:
            query = self.query(self.tab.require_aoi())
        except ImageryHubError as exc:
            self.status.setText(reason(exc))
            self.tab.error(exc)
            return
        settings = self.tab.context.settings
        for key, box in (("max_cloud", self.max_cloud), ("min_cover", self.min_cover),
                         ("max_resolution", self.max_res)):
            settings.set_value(SETTINGS + key, box.value())
        folder = settings.workspace_folder()
        self.search_button.setEnabled(False)
        task = self.tab.run(translate("ImageryHub.Mapflow", "searching the Mapflow catalog"),
                            lambda client, task: search_catalog(client, task, query, folder,
                                                                  [name for name, _ in COLUMNS]),
                            lambda outcome: self._searched(query, outcome), self._search_failed)
        if task is None:
            self.search_button.setEnabled(True)
        else:
            self.progress.watch(task, translate("ImageryHub.Mapflow", "Searching the Mapflow catalog…"))

    def _search_failed(self, error):
        self.search_button.setEnabled(True)
        self.status.setText(translate("ImageryHub.Mapflow", "The search failed: {reason}").format(
            reason=reason(error)))
        self.tab.error(error)

    def _searched(self, query, outcome):
        self.search_button.setEnabled(True)
        if outcome.count == 0:
            self.status.setText(translate("ImageryHub.Mapflow",
                                          "No images match: widen the dates or relax the filters."))
            return
        title = translate("ImageryHub.Mapflow", "Mapflow catalog {start} – {end}").format(
            start=query.date_from, end=query.date_to)
        layer = open_catalog(outcome.path, title)
        self.table.set_layer(layer, outcome.rows)
        count, total = outcome.count, outcome.total  # pylupdate5 reads only a plain name or call as the count
        text = translate("ImageryHub.Mapflow", "%Ln image(s) (clouds ≤ {cloud} %)", None, count).format(
            cloud=short_number(query.max_cloud))
        if total > count:
            text = translate("ImageryHub.Mapflow", "{found}; %Ln found, the first {kept} kept: narrow the filters",
                             None, total).format(found=text, kept=number(count))
        self.status.setText(text)
        self.tab.context.notify.success(translate("ImageryHub.Mapflow", "Mapflow catalog: {result}").format(
            result=text))

    # -- a scene -----------------------------------------------------------------------------------
    def _scene_chosen(self, fid):
        layer = self.table.layer
        if fid is None or layer is None:
            return
        image = image_of(layer.getFeature(fid))
        self.image = image
        self.run_button.setEnabled(True)
        when = layer.getFeature(fid)["acquired"]
        day = when.toString("yyyy-MM-dd") if hasattr(when, "toString") else str(when)
        cloud = (translate("ImageryHub.Mapflow", "{cloud} % clouds").format(cloud=number(image.cloud_cover, 0))
                 if image.cloud_cover is not None else translate("ImageryHub.Mapflow", "clouds unknown"))
        res = f"{short_number(image.resolution)} m/px" if image.resolution is not None else ""
        self.caption.setText(f"<b>{image.provider}</b> {image.sensor} {day}, {cloud}, {res}"
                             f"<br><small>{image.id}</small>")
        self.preview.clear()
        if not image.has_picture_preview:
            self.preview.setText(translate("ImageryHub.Mapflow", "This image has no picture preview."))
            return
        self.preview.setText(translate("ImageryHub.Mapflow", "Loading the preview…"))
        self.tab.run(translate("ImageryHub.Mapflow", "fetching a catalog preview"),
                     lambda client, task: decode_image(client.catalog.preview(image), PREVIEW_SIDE),
                     lambda picture: self._show_preview(image, picture),
                     lambda error: self._preview_failed(image, error))

    def _show_preview(self, image, picture):
        if image is not self.image:
            return  # another scene was picked meanwhile
        self.preview.setPixmap(fit(QPixmap.fromImage(picture), PREVIEW_SIDE, PREVIEW_SIDE))

    def _preview_failed(self, image, error):
        if image is self.image:
            self.preview.setText(translate("ImageryHub.Mapflow", "No preview: {reason}").format(
                reason=reason(error)))

    def run_processing(self):
        image = self.image
        if image is None:
            self.tab.error(InvalidInputError(translate("ImageryHub.Mapflow", "Pick a scene in the table first"),
                                             parameter="image"))
            return
        source = CatalogImageSource(image.provider, image.id, image.zoom)
        self.tab.use_source(source, source_text(source))
        self.tab.start_processing()
