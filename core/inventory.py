"""The imagery inventory in QGIS: every service searched in a task of its own,
all at once, and the records written as one layer styled by service.

:class:`InventoryTask` runs every service at once (a thread each), says
what each one does and hands each one's records over as soon as it ends (the
overview listens), then writes the inventory GeoPackage; :class:`InventoryJob`
opens it in a group of its own. A failing service never stops the others;
Cancel stops all, and each service can be cancelled alone.
"""

import importlib
from datetime import datetime

from qgis.core import QgsCategorizedSymbolRenderer, QgsFillSymbol, QgsRendererCategory
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QObject, pyqtSignal

from ..providers import inventory
from ..providers.errors import OperationCancelled
from ..providers.registry import service
from .compat import WKB_MULTIPOLYGON
from .i18n import translate
from .sentences import text_of
from .layers import FieldSpec, GeoPackageWriter, add_group, geometry_from_shapely, make_feature, make_fields, \
    light_fills, open_layer, release_result_path, result_path
from .messages import log, summarize
from .tasks import ImageryHubTask

LAYER = "inventory"
FIELDS = (
    FieldSpec("service", "string", 16), FieldSpec("id", "string", 96), FieldSpec("captured_at", "datetime"),
    FieldSpec("kind", "string", 16), FieldSpec("resolution_m", "double"), FieldSpec("cloud", "double"),
    FieldSpec("link", "string", 1024), FieldSpec("altitude_m", "double"), FieldSpec("located", "string", 10),
)
#: what the attribute table calls each field, in the user's language (the names stay for expressions)
ALIASES = {"service": QT_TRANSLATE_NOOP("ImageryHub.Inventory", "Service"),
           "id": QT_TRANSLATE_NOOP("ImageryHub.Inventory", "Image id"),
           "captured_at": QT_TRANSLATE_NOOP("ImageryHub.Inventory", "Captured (UTC)"),
           "kind": QT_TRANSLATE_NOOP("ImageryHub.Inventory", "Kind"),
           "resolution_m": QT_TRANSLATE_NOOP("ImageryHub.Inventory", "Ground resolution (m)"),
           "cloud": QT_TRANSLATE_NOOP("ImageryHub.Inventory", "Cloud cover (%)"),
           "link": QT_TRANSLATE_NOOP("ImageryHub.Inventory", "Link"),
           "altitude_m": QT_TRANSLATE_NOOP("ImageryHub.Inventory", "Flight altitude (m)"),
           "located": QT_TRANSLATE_NOOP("ImageryHub.Inventory", "Located by")}
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
    """A category per service, in its colour, labelled with its name; the
    outline full, the fill light (:func:`light_fills`), the selection too."""
    categories = []
    for service_id, colour in SERVICE_COLOURS.items():
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": colour, "outline_width": "0.4"})
        categories.append(QgsRendererCategory(service_id, symbol, service(service_id).name))
    layer.setRenderer(QgsCategorizedSymbolRenderer("service", categories))
    return light_fills(layer)


def loaded_text(count):
    """What a tab says when it shows a service's layers of an inventory."""
    return translate("ImageryHub.Inventory", "%Ln image(s) (from the imagery inventory).", None, count)


def layers_module(service_id):
    """``core/<service>/inventory.py`` (``write_layers(path, result, area,
    cancelled)`` and ``table_rows(path, fields)`` in the task, ``open_layers(path)``
    on the GUI thread): how the service's usual result layers are built from
    its part of an inventory and the rows its tab shows of them read, or None
    where the inventory's search does not fetch what they need."""
    name = f"{__package__}.{service(service_id).module}.inventory"
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name != name:
            raise
        return None


def open_inventory(path, title, service_paths=None):
    """The inventory layer of ``path`` and each service's usual layers (from
    ``{service id: path}``) in one new group ``title`` (GUI thread). Returns
    (the inventory layer, {service id: [its layers]}, {service id: the error
    of a service whose layers could not be opened})."""
    layer = style_by_service(open_layer(path, LAYER, translate("ImageryHub.Inventory", "Imagery inventory")))
    for name, alias in ALIASES.items():
        layer.setFieldAlias(layer.fields().indexOf(name), translate("ImageryHub.Inventory", alias))
    service_layers, failures = {}, {}
    for service_id, service_path in (service_paths or {}).items():
        try:
            service_layers[service_id] = layers_module(service_id).open_layers(service_path)
        except Exception as exc:  # noqa: BLE001  one service's layers failing leaves the rest
            failures[service_id] = exc
    add_group(title, [layer] + [one for layers in service_layers.values() for one in layers])
    return layer, service_layers, failures


class InventoryTask(ImageryHubTask):
    """Every service of ``plan`` searched at once, then the inventory written.

    One task with a thread per service rather than a task per service: QGIS
    runs tasks on a pool as large as the machine has cores, so five tasks on a
    two-core machine would wait for each other. Each service still has its own
    state, status line and Cancel (:meth:`cancel_service`)."""

    serviceStatus = pyqtSignal(str, str)  # noqa: N815  service id, what it is doing
    serviceEnded = pyqtSignal(str, object)  # noqa: N815  service id, InventoryResult or the error

    def __init__(self, plan, area, options, folder, when, on_success=None, on_error=None, table_fields=None):
        super().__init__(translate("ImageryHub.Inventory", "Imagery inventory"), on_success, on_error)
        self.plan, self.area, self.options, self.folder, self.when = plan, area, options, folder, when
        self.table_fields = table_fields or {}  # service id: the fields of its tab's table
        self.stopped = set()  # services cancelled one by one
        self.ended = set()

    def cancel_service(self, service_id):
        self.stopped.add(service_id)

    def _ended(self, service_id, result):
        self.ended.add(service_id)
        self.serviceEnded.emit(service_id, result)
        self.report(len(self.ended), len(self.plan) + 1)  # the last step is writing the layer

    def work(self):
        outcome = inventory.search_all(self.plan, self.area, self.options,
                                       lambda s: self.isCanceled() or s in self.stopped,
                                       lambda s, line: self.serviceStatus.emit(s, text_of(line)), self._ended)
        records = [r for result in outcome.values() if isinstance(result, inventory.InventoryResult)
                   for r in result.records]
        if self.isCanceled() or not records:
            return None
        self.set_status(translate("ImageryHub.Inventory", "Writing %Ln footprint(s)", None, len(records)))
        path = result_path(self.folder, "inventory", self.when)
        write_inventory(path, records, self.is_cancelled)
        service_paths, rows, failures = {}, {}, {}
        for service_id, result in outcome.items():
            writer = layers_module(service_id)
            if writer is None or not isinstance(result, inventory.InventoryResult) or not result.items:
                continue
            service_path = result_path(self.folder, service_id, self.when)
            try:
                writer.write_layers(service_path, result, self.area, self.is_cancelled)
                # read here, so that a click on the service's row only shows them (100,000 rows: ~1 s)
                rows[service_id] = writer.table_rows(service_path, self.table_fields.get(service_id))
            except OperationCancelled:
                raise
            except Exception as exc:  # noqa: BLE001  one service's layers failing leaves the rest
                release_result_path(service_path)
                failures[service_id] = exc
                continue
            service_paths[service_id] = service_path
        return path, service_paths, rows, failures


class InventoryJob(QObject):
    """The panel's side of an :class:`InventoryTask`: the records and the
    figures of each service as it ends, and the layer opened at the end."""

    serviceDone = pyqtSignal(str, object)  # noqa: N815  service id, providers.inventory.Summary
    serviceFailed = pyqtSignal(str, str)  # noqa: N815  service id, the service's words
    serviceCancelled = pyqtSignal(str)  # noqa: N815  service id
    finished = pyqtSignal(object)  # the inventory layer, or None (nothing found, or cancelled)

    def __init__(self, plan, area, options, folder, start_task, parent=None, table_fields=None):
        super().__init__(parent)
        self.when = datetime.now()
        self.task = InventoryTask(plan, area, options, folder, self.when,
                                  on_success=self._written, on_error=self._stopped, table_fields=table_fields)
        self.task.serviceEnded.connect(self._ended)
        self.start_task = start_task
        self.records = {}
        self.cancelled = False
        self.layer = None
        self.service_layers = {}  # service id: its usual result layers
        self.service_rows = {}  # service id: its tab's table rows of the first of them, read by the task

    def start(self):
        self.start_task(self.task)

    def cancel(self):
        self.cancelled = True
        self.task.cancel()

    def cancel_service(self, service_id):
        self.task.cancel_service(service_id)

    def _ended(self, service_id, result):
        if isinstance(result, inventory.InventoryResult):
            self.records[service_id] = result.records
            self.serviceDone.emit(service_id, inventory.summarize(service_id, result.records, result.truncated))
            return
        if isinstance(result, OperationCancelled):
            self.serviceCancelled.emit(service_id)
            return
        words, details = summarize(result)
        log(translate("ImageryHub.Inventory", "Imagery inventory: {service} failed: {details}").format(
            service=service(service_id).name, details=details))
        self.serviceFailed.emit(service_id, words)

    def _written(self, written):
        if written is not None:
            path, service_paths, rows, failures = written
            title = translate("ImageryHub.Inventory", "Imagery inventory · {time}").format(time=f"{self.when:%H:%M:%S}")
            self.layer, self.service_layers, unopened = open_inventory(path, title, service_paths)
            self.service_rows = {s: rows[s] for s in self.service_layers}
            for service_id, error in {**failures, **unopened}.items():
                self._layers_failed(service_id, error)
        self.finished.emit(self.layer)

    def _layers_failed(self, service_id, error):
        """The service searched, its records are in the inventory layer, but its
        usual result layers could not be built: its row says so."""
        words, details = summarize(error)
        log(translate("ImageryHub.Inventory", "Imagery inventory: the result layers of {service} were not built: "
                      "{details}").format(service=service(service_id).name, details=details))
        self.serviceFailed.emit(service_id, translate(
            "ImageryHub.Inventory", "its images are in the inventory layer, but its own result layers could not "
            "be built: {reason}").format(reason=words))

    def _stopped(self, error):
        if not isinstance(error, OperationCancelled):
            log(translate("ImageryHub.Inventory", "Imagery inventory: {details}").format(details=summarize(error)[1]))
        self.finished.emit(None)
