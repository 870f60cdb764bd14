"""The imagery inventory in QGIS: every service searched in a task of its own,
all at once, and the records written as one layer styled by service.

:class:`InventoryJob` starts one :class:`ServiceSearchTask` per service, says
what each one does through its signals (the overview listens), and when the
last one has ended writes the inventory GeoPackage in a task and opens it in a
group of its own. A failing service never stops the others; Cancel stops all.
"""

from datetime import datetime

from qgis.core import QgsCategorizedSymbolRenderer, QgsFillSymbol, QgsRendererCategory
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..providers import inventory
from ..providers.errors import OperationCancelled
from ..providers.registry import service
from .compat import WKB_MULTIPOLYGON
from .layers import FieldSpec, GeoPackageWriter, add_group, geometry_from_shapely, make_feature, make_fields, \
    open_layer, result_path
from .messages import summarize
from .tasks import ImageryHubTask

LAYER = "inventory"
FIELDS = (
    FieldSpec("service", "string", 16), FieldSpec("id", "string", 96), FieldSpec("captured_at", "datetime"),
    FieldSpec("kind", "string", 16), FieldSpec("resolution_m", "double"), FieldSpec("cloud", "double"),
    FieldSpec("link", "string", 1024), FieldSpec("altitude_m", "double"), FieldSpec("located", "string", 10),
)
#: one colour per service, on the map and in the timeline
SERVICE_COLOURS = {"spexi": "#e6550d", "mapillary": "#31a354", "mapflow": "#3182bd", "eosda": "#756bb1",
                   "imago": "#b8860b"}


def record_values(record):
    return {"service": record.service, "id": record.id, "captured_at": record.captured_at, "kind": record.kind,
            "resolution_m": record.resolution_m, "cloud": record.cloud, "link": record.link,
            "altitude_m": record.altitude_m, "located": inventory.located(record)}


def inventory_features(fields, records, extra=None):
    """QgsFeatures of ``records``; ``extra`` values (e.g. the area) go on each."""
    for record in records:
        shape = inventory.footprint_polygon(record)
        if shape is None:
            continue
        yield make_feature(fields, geometry_from_shapely(shape), dict(record_values(record), **(extra or {})))


def write_inventory(path, records, cancelled=None):
    """The inventory GeoPackage at ``path`` (worker thread); returns the count."""
    fields = make_fields(FIELDS)
    with GeoPackageWriter(path, cancelled=cancelled) as gpkg:
        return gpkg.write(LAYER, WKB_MULTIPOLYGON, fields, inventory_features(fields, records))


def style_by_service(layer):
    """A category per service, in its colour, labelled with its name."""
    categories = []
    for service_id, colour in SERVICE_COLOURS.items():
        symbol = QgsFillSymbol.createSimple({"color": colour + "55", "outline_color": colour, "outline_width": "0.4"})
        categories.append(QgsRendererCategory(service_id, symbol, service(service_id).name))
    layer.setRenderer(QgsCategorizedSymbolRenderer("service", categories))
    return layer


def open_inventory(path, title):
    """The inventory layer of ``path`` in a new group ``title`` (GUI thread)."""
    layer = style_by_service(open_layer(path, LAYER, "Imagery inventory"))
    add_group(title, [layer])
    return layer


class ServiceSearchTask(ImageryHubTask):
    """One service's part of the inventory; the result is an InventoryResult."""

    def __init__(self, service_id, credentials, urls, area, options, on_success=None, on_error=None):
        super().__init__(f"Imagery inventory: {service(service_id).name}", on_success, on_error)
        self.service_id, self.credentials, self.urls = service_id, credentials, urls
        self.area, self.options = area, options

    def work(self):
        return inventory.search(self.service_id, self.credentials, self.urls, self.area, self.options,
                                progress=self.set_status, cancelled=self.is_cancelled)


class WriteInventoryTask(ImageryHubTask):
    def __init__(self, path, records, on_success=None, on_error=None):
        super().__init__("Imagery inventory: writing the layer", on_success, on_error)
        self.path, self.records = path, records

    def work(self):
        write_inventory(self.path, self.records, self.is_cancelled)
        return self.path


class InventoryJob(QObject):
    """Every service of ``plan`` (``{service id: (credentials, urls)}``) searched
    at once over ``area`` (shapely, EPSG:4326); ``start_task`` runs a task (the
    plugin's registry keeps it alive)."""

    serviceStarted = pyqtSignal(str, object)  # noqa: N815  service id, its task
    serviceDone = pyqtSignal(str, object)  # noqa: N815  service id, providers.inventory.Summary
    serviceFailed = pyqtSignal(str, str)  # noqa: N815  service id, the service's words
    finished = pyqtSignal(object)  # the inventory layer, or None (nothing found, or cancelled)

    def __init__(self, plan, area, options, folder, start_task, parent=None):
        super().__init__(parent)
        self.plan, self.area, self.options, self.folder = plan, area, options, folder
        self.start_task = start_task
        self.tasks, self.records, self.summaries = {}, {}, {}
        self.cancelled = False
        self.when = datetime.now()
        self.layer = None

    def start(self):
        for service_id, (credentials, urls) in self.plan.items():
            task = ServiceSearchTask(service_id, credentials, urls, self.area, self.options,
                                     on_success=lambda result, s=service_id: self._done(s, result),
                                     on_error=lambda error, s=service_id: self._failed(s, error))
            self.tasks[service_id] = task
            self.serviceStarted.emit(service_id, task)
            self.start_task(task)
        if not self.tasks:
            self.finished.emit(None)

    def cancel(self):
        self.cancelled = True
        for task in self.tasks.values():
            task.cancel()

    def _done(self, service_id, result):
        self.records[service_id] = result.records
        self.summaries[service_id] = inventory.summarize(service_id, result.records, result.truncated)
        self.serviceDone.emit(service_id, self.summaries[service_id])
        self._ended(service_id)

    def _failed(self, service_id, error):
        words = "Cancelled" if isinstance(error, OperationCancelled) else summarize(error)[0]
        self.serviceFailed.emit(service_id, words)
        self._ended(service_id)

    def _ended(self, service_id):
        self.tasks[service_id] = None
        if any(self.tasks.values()):
            return
        records = [r for service_id in self.plan for r in self.records.get(service_id, [])]
        if self.cancelled or not records:
            self.finished.emit(None)
            return
        path = result_path(self.folder, "inventory", self.when)
        self.start_task(WriteInventoryTask(path, records, on_success=self._written,
                                           on_error=lambda error: self.finished.emit(None)))

    def _written(self, path):
        self.layer = open_inventory(path, f"Imagery inventory · {self.when:%H:%M:%S}")
        self.finished.emit(self.layer)
