"""Spexi result layers: footprints (polygons) and camera positions (points) in
one GeoPackage, the same typed fields in both, styled from resources/styles.

Writing happens in a task; opening, grouping and marking the layers (a custom
property, saved with the project, so the layer menu and downloads recognise
them after reopening) on the GUI thread.
"""


from qgis.core import (
    QgsExpression,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ...providers.errors import ImageryHubError
from ...providers.spexi.client import image_filename
from ..compat import NO_GEOMETRY, WKB_POINT, WKB_POLYGON
from ..i18n import translate
from ..layers import (
    FieldSpec,
    GeoPackageWriter,
    add_group,
    date_shade,
    date_span,
    feature_rows,
    light_fills,
    make_feature,
    open_layer,
    result_path,
    result_title,
    set_attribute_values,
)

FOOTPRINTS, CAMERAS = "footprints", "cameras"
LAYER_PROPERTY = "imagery_hub/spexi_layer"  # "footprints" or "cameras"
FIELDS = (
    FieldSpec("id", "string", 32),
    FieldSpec("rank", "int"),  # the order the service returned (focused: most prominent first)
    FieldSpec("key", "string", 64),
    FieldSpec("capture_type", "string", 16),
    FieldSpec("captured_at", "datetime"),
    FieldSpec("heading", "double"),
    FieldSpec("pitch", "double"),
    FieldSpec("roll", "double"),
    FieldSpec("altitude", "double"),
    FieldSpec("distance", "double"),
    FieldSpec("tag", "string", 64),
    FieldSpec("original_url", "string", 1024),
    FieldSpec("zoomed_url", "string", 4096),
    FieldSpec("local_path", "string", 1024),
)
#: the results table's columns (labels translated where shown)
TABLE_COLUMNS = [("rank", "#"),
                 ("captured_at", QT_TRANSLATE_NOOP("ImageryHub.Spexi", "Captured (UTC)")),
                 ("capture_type", QT_TRANSLATE_NOOP("ImageryHub.Spexi", "Type")),
                 ("pitch", QT_TRANSLATE_NOOP("ImageryHub.Spexi", "Pitch")),
                 ("heading", QT_TRANSLATE_NOOP("ImageryHub.Spexi", "Heading")),
                 ("altitude", QT_TRANSLATE_NOOP("ImageryHub.Spexi", "Alt. m")),
                 ("distance", QT_TRANSLATE_NOOP("ImageryHub.Spexi", "Dist. m")),
                 ("id", QT_TRANSLATE_NOOP("ImageryHub.Spexi", "Image"))]


def table_rows(path, with_span=False):
    """The results table's rows of a result GeoPackage, read in a task (with
    ``with_span``: and the capture dates' span for :func:`open_results`)."""
    layer = QgsVectorLayer(f"{path}|layername={FOOTPRINTS}", FOOTPRINTS, "ogr")
    rows = feature_rows(layer, [name for name, _ in TABLE_COLUMNS])
    return (rows, date_span(layer, "captured_at")) if with_span else rows


#: the fields a search fills, in the order of :func:`result_row`'s values
VALUE_FIELDS = tuple(spec.name for spec in FIELDS if spec.name != "local_path")


def result_row(record, rank):
    """One image as a compact row: (values in VALUE_FIELDS order, footprint WKB,
    camera WKB). Tuples of plain values are left alone by Python's garbage
    collector, so holding 20,000 of them costs no long pauses (20,000 records
    with their dictionaries did: up to 200 ms, with Python's lock held)."""
    link = record.link
    values = (record.id, rank, record.properties.get("key"), record.capture_type, record.captured_at,
              record.heading, record.pitch, record.roll, record.altitude, record.properties.get("distance"),
              record.properties.get("tag"), link("original").href if link("original") else None,
              link("zoomed").href if link("zoomed") else None)
    return (values, record.footprint.wkb if record.footprint is not None else None,
            record.camera.wkb if record.camera is not None else None)


def result_rows(records, first_rank=1):
    return [result_row(record, rank) for rank, record in enumerate(records, first_rank)]


def _geometry(wkb):
    geometry = QgsGeometry()
    if wkb is not None:
        geometry.fromWkb(wkb)
    return geometry


def layer_features(fields, rows, layer_name, extra=None):
    """The features of ``rows`` (:func:`result_rows`) for the FOOTPRINTS or
    CAMERAS layer; ``extra`` (a list, one dict per row) adds values."""
    geometry_index = 1 if layer_name == FOOTPRINTS else 2
    for number, row in enumerate(rows):
        values = dict(zip(VALUE_FIELDS, row[0]), **(extra[number] if extra else {}))
        yield make_feature(fields, _geometry(row[geometry_index]), values)


def write_results(path, rows, cancelled=None, progress=None):
    """Write both layers of ``rows`` (:func:`result_rows`) into a new GeoPackage
    (in a task); ``progress(done, total)`` counts features over both layers."""
    total = 2 * len(rows)
    with GeoPackageWriter(path, cancelled) as gpkg:
        for index, (name, wkb_type) in enumerate(((FOOTPRINTS, WKB_POLYGON), (CAMERAS, WKB_POINT))):
            done, geometry = index * len(rows), index + 1  # row[1] the footprint, row[2] the camera
            gpkg.write_rows(name, wkb_type, FIELDS, ((row[0], row[geometry]) for row in rows),
                            progress=progress and (lambda count, done=done: progress(done + count, total)))
    return path


def append_results(path, records):
    """Add ``records`` not yet in the GeoPackage to both of its layers (in a
    task), ranked after the others; returns how many were added."""
    added = {}
    for name in (FOOTPRINTS, CAMERAS):
        layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
        present = {f["id"]: f["rank"] for f in layer.getFeatures()}
        fresh = result_rows([r for r in records if r.id not in present], max(present.values(), default=0) + 1)
        features = list(layer_features(layer.fields(), fresh, name))
        if features and not layer.dataProvider().addFeatures(features)[0]:
            raise ImageryHubError(translate(
                "ImageryHub.Spexi", "Could not add images to {layer} in {path}: {errors}").format(
                layer=name, path=path, errors="; ".join(layer.dataProvider().errors())))
        added[name] = len(features)
    return added[FOOTPRINTS]


def new_result_path(folder, suffix=""):
    return result_path(folder, "spexi", suffix=suffix)


#: camera arrows are drawn at 1:25,000 and closer
CAMERAS_MIN_SCALE = 25_000


def group_name(count, when=None, kind="Spexi"):
    """"Spexi · 409 images · 2026-12-04 17:00" (made unique when the group is added)."""
    return result_title(kind, count, "images", when)


def open_results(path, name, project=None, span=None):
    """Open both layers, mark them, add them in a new group (GUI thread);
    ``span``: the capture dates' span when a task has read it.
    Returns (footprints, cameras)."""
    footprints, cameras = open_layers(path, span)
    add_group(name, [cameras, footprints], project).setExpanded(True)
    return footprints, cameras


def open_layers(path, span=None):
    """Both layers of ``path``, marked and styled, in no group yet: (footprints, cameras)."""
    footprints = open_layer(path, FOOTPRINTS, translate("ImageryHub.Spexi", "Spexi footprints"), "spexi_footprints.qml")
    cameras = open_layer(path, CAMERAS, translate("ImageryHub.Spexi", "Spexi cameras"), "spexi_cameras.qml")
    footprints.setCustomProperty(LAYER_PROPERTY, FOOTPRINTS)
    cameras.setCustomProperty(LAYER_PROPERTY, CAMERAS)
    light_fills(footprints, date_shade(footprints, "captured_at", span=span))
    # camera arrows are only readable close up; from farther away the footprints tell the story
    cameras.setScaleBasedVisibility(True)
    cameras.setMinimumScale(CAMERAS_MIN_SCALE)
    return footprints, cameras


def is_footprints_layer(layer):
    return isinstance(layer, QgsVectorLayer) and layer.customProperty(LAYER_PROPERTY) == FOOTPRINTS


def is_cameras_layer(layer):
    return isinstance(layer, QgsVectorLayer) and layer.customProperty(LAYER_PROPERTY) == CAMERAS


def is_spexi_layer(layer):
    return isinstance(layer, QgsVectorLayer) and layer.customProperty(LAYER_PROPERTY) in (FOOTPRINTS, CAMERAS)


def gpkg_of(layer):
    return layer.source().split("|")[0]


def layers_of(path, project=None):
    """The Spexi layers of the project stored in the GeoPackage ``path``."""
    project = project or QgsProject.instance()
    return [layer for layer in project.mapLayers().values() if is_spexi_layer(layer) and gpkg_of(layer) == str(path)]


def fids_by_image_id(layer, image_ids):
    """{image id: feature id} of the features of ``layer`` with these image ids.
    A filter the GeoPackage evaluates itself, so a result of 20,000 images does
    not stall the GUI thread; only the id attribute is read."""
    image_ids = set(image_ids)
    request = QgsFeatureRequest().setFlags(NO_GEOMETRY)
    request.setSubsetOfAttributes(["id"], layer.fields())
    if len(image_ids) <= 500:
        quoted = ",".join(QgsExpression.quotedValue(i) for i in sorted(image_ids))
        request.setFilterExpression(f'"id" IN ({quoted})')
    return {f["id"]: f.id() for f in layer.getFeatures(request) if f["id"] in image_ids}


def set_local_paths(path, paths_by_id, project=None, written=()):
    """Write downloaded files into the local_path field of every layer of the
    GeoPackage ``path`` (GUI thread; undoable while a layer is being edited).
    Layers named in ``written`` (by :func:`write_local_paths`, in a task) and
    not being edited are only refreshed."""
    for layer in layers_of(path, project):
        if layer.customProperty(LAYER_PROPERTY) in written and not layer.isEditable():
            layer.dataChanged.emit()  # attribute tables read the new values; the selection stays
            layer.triggerRepaint()
            continue
        fids = fids_by_image_id(layer, paths_by_id)
        if fids:
            set_attribute_values(layer, {fid: paths_by_id[i] for i, fid in fids.items()}, "local_path",
                                 translate("ImageryHub.Spexi", "Spexi downloads"))


def write_local_paths(path, paths_by_id, skip=()):
    """In a task: write downloaded files into local_path of both layers of the
    GeoPackage ``path``, except those named in ``skip`` (being edited: the edit
    buffer takes them on the GUI thread). Returns the names written; then call
    :func:`set_local_paths` with them on the GUI thread."""
    written = []
    for name in (FOOTPRINTS, CAMERAS):
        if name in skip:
            continue
        layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
        fids = fids_by_image_id(layer, paths_by_id)
        set_attribute_values(layer, {fid: paths_by_id[i] for i, fid in fids.items()}, "local_path")
        written.append(name)
    return written


def add_placed_image(tif, name, beside, project=None):
    """A placed (warped) image as a raster layer at the top of the group of the
    layer ``beside`` (GUI thread)."""
    project = project or QgsProject.instance()
    raster = QgsRasterLayer(str(tif), name, "gdal")
    if not raster.isValid():
        raise ImageryHubError(translate(
            "ImageryHub.Spexi", "QGIS could not open the placed image {path}").format(path=tif))
    node = project.layerTreeRoot().findLayer(beside.id()) if beside is not None else None
    group = node.parent() if node is not None else project.layerTreeRoot()
    project.addMapLayer(raster, False)
    group.insertLayer(0, raster)
    return raster


def download_targets(layer, variant):
    """{image id: (url, file name)} of the selected features of a Spexi layer."""
    return targets_of(layer.getSelectedFeatures(), variant)


def targets_of(features, variant):
    """{image id: (url, file name)} of these features of a Spexi layer."""
    targets = {}
    for feature in features:
        url = feature[f"{variant}_url"]
        if url:
            targets[feature["id"]] = (url, image_filename(feature["id"], variant))
    return targets
