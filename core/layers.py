"""Result layers: written to a GeoPackage in a task, added to the project in a
group on the GUI thread, styled from resources/styles.

A GeoPackage is first written as ``<name>.part.gpkg`` and renamed when every
layer is complete, so a cancelled or failed search never leaves a half-written
file under the final name. Layers that already exist are edited through the
edit buffer when the user is editing them, so plugin changes are undoable.
"""

import gc
import os
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsDrawSourceEffect,
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsProject,
    QgsProperty,
    QgsRenderContext,
    QgsSimpleFillSymbolLayer,
    QgsSimpleLineSymbolLayer,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from qgis.PyQt.QtCore import QDate, QDateTime, Qt
from qgis.PyQt.QtGui import QColor

from ..providers.download import safe_filename
from ..providers.errors import ImageryHubError, OperationCancelled
from .compat import FILL_COLOR_PROPERTY, NO_GEOMETRY, make_field, to_qdatetime, translucent_selection
from .i18n import translate
from .ingest import open_geopackage, write_rows
from .resources import style_path

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: str  # string, int, long, double, bool, datetime, date
    length: int = 0


def make_fields(specs):
    fields = QgsFields()
    for spec in specs:
        fields.append(make_field(spec.name, spec.kind, spec.length))
    return fields


def geometry_from_shapely(shape):
    """A QgsGeometry from a shapely geometry (via WKB: exact and fast)."""
    if shape is None:
        return QgsGeometry()
    geometry = QgsGeometry()
    geometry.fromWkb(shape.wkb)
    return geometry


def make_feature(fields, geometry, values):
    """A feature with ``values`` (a dict by field name); datetimes become QDateTime, dates QDate."""
    feature = QgsFeature(fields)
    if geometry is not None:
        feature.setGeometry(geometry)
    for name, value in values.items():
        index = fields.indexOf(name)
        if index < 0:
            continue
        if isinstance(value, datetime):
            value = to_qdatetime(value)
        elif isinstance(value, date):
            value = QDate(value.year, value.month, value.day)
        feature.setAttribute(index, value)
    return feature


class GeoPackageWriter:
    """Writes several layers into one new GeoPackage; use as a context manager.

    ``with GeoPackageWriter(path) as gpkg: gpkg.write("footprints", ...)``
    On success the ``.part`` file is renamed to ``path``; on any error or cancel
    it is deleted and ``path`` is untouched.
    """

    def __init__(self, path, cancelled=None):
        self.path = Path(path)
        # GDAL insists on the .gpkg extension, so the partial file is <stem>.part.gpkg
        self.part = self.path.with_suffix(".part.gpkg")
        self.cancelled = cancelled
        self.layers = []
        self._rows_source = None  # the OGR dataset write_rows keeps open

    def __enter__(self):
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.part.unlink(missing_ok=True)
        return self

    def __exit__(self, exc_type, exc, tb):
        self._rows_source = None  # closes it
        if exc_type is None:
            self.part.replace(self.path)
        else:
            self.part.unlink(missing_ok=True)
            release_result_path(self.path)
        return False

    def write(self, layer_name, wkb_type, fields, features, crs=WGS84, progress=None):
        """Write ``features`` (an iterable of QgsFeature) as ``layer_name``; returns the count."""
        self._rows_source = None  # one writer at a time on the file
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = layer_name
        options.fileEncoding = "UTF-8"
        options.actionOnExistingFile = (QgsVectorFileWriter.CreateOrOverwriteLayer if self.part.exists()
                                        else QgsVectorFileWriter.CreateOrOverwriteFile)
        writer = QgsVectorFileWriter.create(str(self.part), fields, wkb_type, crs,
                                            QgsCoordinateTransformContext(), options)
        if writer.hasError() != QgsVectorFileWriter.NoError:
            raise ImageryHubError(translate("ImageryHub.Layers", "Could not create the GeoPackage layer {layer}: "
                                            "{reason}").format(layer=layer_name, reason=writer.errorMessage()))
        count = 0
        try:
            for feature in features:
                if self.cancelled is not None and self.cancelled():
                    raise OperationCancelled(translate("ImageryHub.Layers", "Cancelled while writing results"))
                if not writer.addFeature(feature):
                    raise ImageryHubError(translate("ImageryHub.Layers", "Could not write to {layer}: {reason}")
                                          .format(layer=layer_name, reason=writer.errorMessage()))
                count += 1
                if progress is not None and count % 500 == 0:
                    progress(count)
        finally:
            del writer  # flushes and closes the layer
        self.layers.append(layer_name)
        return count

    def write_rows(self, layer_name, wkb_type, specs, rows, progress=None):
        """Write ``rows`` (``(values, wkb)``, values in the order of ``specs``)
        as ``layer_name`` through OGR in one transaction, the spatial index
        built after (:mod:`core.ingest`); returns the count. For large results."""
        if self._rows_source is None:
            self._rows_source = open_geopackage(self.part)
        count = write_rows(self._rows_source, layer_name, wkb_type, specs, rows, self.cancelled, progress)
        self.layers.append(layer_name)
        return count


def result_path(folder, service, when=None, suffix=""):
    """``<folder>/<service>_<YYYYmmdd_HHMMSS>[_suffix].gpkg``, never overwriting.
    The name is claimed by creating it, empty, exclusively (two searches that
    finish in the same second get two names); :class:`GeoPackageWriter` replaces
    the empty file, or removes it when writing fails; a search that writes
    nothing gives it back with :func:`release_result_path`."""
    when = when or datetime.now()
    stem = safe_filename(f"{service.lower()}_{when:%Y%m%d_%H%M%S}{'_' + suffix if suffix else ''}")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    counter = 1
    while True:
        path = folder / (f"{stem}.gpkg" if counter == 1 else f"{stem}_{counter}.gpkg")
        counter += 1
        if path.with_suffix(".part.gpkg").exists():
            continue
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
        except FileExistsError:
            continue
        return path


def release_result_path(path):
    """Give back a name claimed by :func:`result_path` and never written."""
    path = Path(path)
    if path.is_file() and path.stat().st_size == 0:
        path.unlink()


@contextmanager
def long_lived():
    """Around building many objects that will live on (a table's rows): no
    cyclic garbage collection during the build, and afterwards everything
    built is left out of full collections (``gc.freeze``). Each full
    collection walks every object with the interpreter lock held: over the
    rows of 100,000 images that stalled the GUI thread 70-130 ms, several
    times. The rows are still freed as usual (by reference counting) when
    dropped."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def let_go(items, chunk=5000):
    """Empty the list ``items`` a slice at a time (worker thread). Freeing
    100,000 rows in one go is one long stretch of C holding the interpreter
    lock (~40 ms at the end of a search, a stall of the GUI thread); between
    slices the GUI thread gets its turn."""
    while items:
        del items[-chunk:]


def feature_rows(layer, field_names):
    """``[(fid, [values])]`` of every feature, attributes only, for tables. Works
    on a layer opened in a worker thread too, so a task can read a large result
    and the GUI thread only shows it."""
    request = QgsFeatureRequest().setFlags(NO_GEOMETRY)
    request.setSubsetOfAttributes(field_names, layer.fields())
    indexes = [layer.fields().indexOf(name) for name in field_names]
    with long_lived():
        return [(f.id(), [f.attribute(i) for i in indexes]) for f in layer.getFeatures(request)]


def open_layer(path, layer_name, display_name, style=None):
    """A GeoPackage layer (GUI thread), styled from ``resources/styles/<style>``."""
    layer = QgsVectorLayer(f"{path}|layername={layer_name}", display_name, "ogr")
    if not layer.isValid():
        raise ImageryHubError(translate("ImageryHub.Layers", "QGIS could not open {layer} in {path}").format(
            layer=layer_name, path=path))
    if style:
        message, ok = layer.loadNamedStyle(style_path(style))
        if not ok:
            raise ImageryHubError(translate("ImageryHub.Layers", "Could not apply the style {style}: {reason}")
                                  .format(style=style, reason=message))
    return layer


#: footprint fills are drawn at this opacity, selected or not. Before QGIS 3.34 a
#: layer cannot choose its selection symbol: QGIS 3.22 fills a selected polygon
#: with the project's opaque selection colour in place of the symbol layer's own
#: colour. A paint effect on the fill symbol layer (QgsDrawSourceEffect with an
#: opacity) applies to whatever that symbol layer draws, the selection fill
#: included, so the imagery under a selected footprint stays visible on every
#: version; the outline stays a separate, full-strength line symbol layer.
FILL_OPACITY = 0.25


def date_span(layer, field):
    """(oldest, newest) of a date-time field in ms since 1970, or (None, None).
    Reads the whole layer (30 ms at 100,000 features): a task reads it on its
    own copy of the layer and hands it to :func:`date_shade`."""
    index = layer.fields().indexOf(field)
    low, high = (layer.minimumValue(index), layer.maximumValue(index)) if index >= 0 else (None, None)
    if not all(isinstance(value, QDateTime) and value.isValid() for value in (low, high)):
        return None, None
    return low.toMSecsSinceEpoch(), high.toMSecsSinceEpoch()


def date_shade(layer, field, old="#c6dbef", new="#08519c", span=None):
    """A fill colour expression from light (the oldest feature of ``layer``) to
    dark (the newest); None when the dates do not differ. The range (``span``
    from :func:`date_span`, else read here) is written into the expression as
    numbers: an aggregate (``minimum()``) would read the layer from the render
    threads."""
    low, high = span or date_span(layer, field)
    if low is None or low == high:
        return None
    return (f"color_mix_rgb('{old}', '{new}', scale_linear(epoch(to_datetime(\"{field}\")), "
            f"{low}, {high}, 0, 1))")


def light_fills(layer, shade=None):
    """Footprints as outlines over a light fill (``shade``: a colour expression,
    else each symbol's own fill colour), the selected ones translucent too."""
    for symbol in layer.renderer().symbols(QgsRenderContext()):
        fills = [part for part in symbol.symbolLayers() if isinstance(part, QgsSimpleFillSymbolLayer)]
        for fill in fills:  # the fill's own outline becomes a line, so the effect leaves it at full strength
            if fill.strokeStyle() != Qt.PenStyle.NoPen:
                line = QgsSimpleLineSymbolLayer(fill.strokeColor(), fill.strokeWidth(), fill.strokeStyle())
                line.setWidthUnit(fill.strokeWidthUnit())
                fill.setStrokeStyle(Qt.PenStyle.NoPen)
                symbol.appendSymbolLayer(line)
        if not fills:
            fills = [QgsSimpleFillSymbolLayer(QColor("#c6dbef"), Qt.BrushStyle.SolidPattern, QColor(),
                                              Qt.PenStyle.NoPen)]
            symbol.insertSymbolLayer(0, fills[0])
        for fill in fills:
            colour = QColor(fill.color())
            colour.setAlpha(255)  # the effect makes it light; two alphas would make it vanish
            fill.setColor(colour)
            if shade:
                fill.setDataDefinedProperty(FILL_COLOR_PROPERTY, QgsProperty.fromExpression(shade))
            effect = QgsDrawSourceEffect()
            effect.setOpacity(FILL_OPACITY)
            fill.setPaintEffect(effect)
    translucent_selection(layer)
    layer.triggerRepaint()
    return layer


#: what a search's group counts (``noun``), in the user's language with the count's plural form
COUNTED = {"images": lambda n: translate("ImageryHub.Layers", "%Ln image(s)", None, n),
           "scenes": lambda n: translate("ImageryHub.Layers", "%Ln scene(s)", None, n)}


def result_title(service, count, noun, when=None):
    """The name of a search's group, the same pattern for every service:
    "Spexi · 409 images · 2026-12-04 17:00" (``noun``: a COUNTED key)."""
    return f"{service} · {COUNTED[noun](count)} · {(when or datetime.now()):%Y-%m-%d %H:%M}"


def unique_group_name(name, root):
    """``name``, or "name (2)", "name (3)"… when the layer tree has it already."""
    taken = {group.name() for group in root.findGroups(True)}
    candidate, number = name, 2
    while candidate in taken:
        candidate, number = f"{name} ({number})", number + 1
    return candidate


def group_of(layer, project=None):
    """The name of the group ``layer`` sits in, or None."""
    node = (project or QgsProject.instance()).layerTreeRoot().findLayer(layer.id())
    parent = node.parent() if node is not None else None
    return parent.name() if parent is not None and parent.parent() is not None else None


def add_group(name, layers, project=None):
    """Put ``layers`` into a new group at the top of the layer tree (GUI thread);
    a name already there gets a number."""
    project = project or QgsProject.instance()
    root = project.layerTreeRoot()
    group = root.insertGroup(0, unique_group_name(name, root))
    for layer in layers:
        project.addMapLayer(layer, False)
        group.addLayer(layer)
    return group


def refusal(layer):
    """Why the layer's data source refused a change, as it says, or in our words."""
    return "; ".join(layer.dataProvider().errors()) or translate("ImageryHub.Layers", "the data source refused it")


def set_attribute_values(layer, values_by_fid, field_name, description="Imagery Hub", create_kind=None):
    """Write ``{fid: value}`` into ``field_name``. In edit mode it goes through the
    edit buffer as one undoable command (the user decides when to save); otherwise
    straight to the data source. A missing field is an error, unless
    ``create_kind`` (a :class:`FieldSpec` kind) is given: then it is added first,
    within the same undo command in edit mode."""
    index = layer.fields().indexOf(field_name)
    if index < 0 and create_kind is None:
        raise ImageryHubError(translate("ImageryHub.Layers", "Layer {layer} has no field {field}").format(
            layer=layer.name(), field=field_name))
    if layer.isEditable():
        layer.beginEditCommand(description)
        if index < 0:
            if not layer.addAttribute(make_field(field_name, create_kind)):
                layer.destroyEditCommand()
                raise ImageryHubError(translate("ImageryHub.Layers", "Could not add the field {field} to {layer}")
                                      .format(field=field_name, layer=layer.name()))
            index = layer.fields().indexOf(field_name)
        for fid, value in values_by_fid.items():
            layer.changeAttributeValue(fid, index, value)
        layer.endEditCommand()
        return
    if index < 0:
        if not layer.dataProvider().addAttributes([make_field(field_name, create_kind)]):
            raise ImageryHubError(translate("ImageryHub.Layers", "Could not add the field {field} to {layer}: "
                                            "{reason}").format(field=field_name, layer=layer.name(),
                                                               reason=refusal(layer)))
        layer.updateFields()
        index = layer.fields().indexOf(field_name)
    if not layer.dataProvider().changeAttributeValues({fid: {index: v} for fid, v in values_by_fid.items()}):
        raise ImageryHubError(translate("ImageryHub.Layers", "Could not write {field} into {layer}: {reason}")
                              .format(field=field_name, layer=layer.name(), reason=refusal(layer)))
    # Written through the layer's own provider, so its features read the new
    # values; attribute tables and caches are told once. Not reload(): that
    # clears the selection, and reselecting 10,000 features costs seconds.
    layer.dataChanged.emit()
    layer.triggerRepaint()
