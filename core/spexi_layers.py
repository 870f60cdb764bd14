"""Spexi result layers: footprints (polygons) and camera positions (points) in
one GeoPackage, the same typed fields in both, styled from resources/styles.

Writing happens in a task; opening, grouping and marking the layers (a custom
property, saved with the project, so the layer menu and downloads recognise
them after reopening) on the GUI thread.
"""

from datetime import datetime

from qgis.core import QgsProject, QgsRasterLayer, QgsVectorLayer

from ..providers.errors import ImageryHubError
from ..providers.spexi import image_filename
from .compat import WKB_POINT, WKB_POLYGON
from .layers import (
    FieldSpec,
    GeoPackageWriter,
    add_group,
    geometry_from_shapely,
    make_feature,
    make_fields,
    open_layer,
    result_path,
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
TABLE_COLUMNS = [("rank", "#"), ("captured_at", "Captured (UTC)"), ("capture_type", "Type"), ("pitch", "Pitch"),
                 ("heading", "Heading"), ("altitude", "Alt. m"), ("distance", "Dist. m"), ("id", "Image")]


def record_values(record, rank):
    link = record.link
    return {
        "id": record.id, "rank": rank, "key": record.properties.get("key"), "capture_type": record.capture_type,
        "captured_at": record.captured_at, "heading": record.heading, "pitch": record.pitch, "roll": record.roll,
        "altitude": record.altitude, "distance": record.properties.get("distance"),
        "tag": record.properties.get("tag"),
        "original_url": link("original").href if link("original") else None,
        "zoomed_url": link("zoomed").href if link("zoomed") else None,
    }


def _features(fields, records, geometry_of, first_rank=1):
    for rank, record in enumerate(records, first_rank):
        shape = geometry_of(record)
        yield make_feature(fields, geometry_from_shapely(shape) if shape is not None else None,
                           record_values(record, rank))


def write_results(path, records, cancelled=None, progress=None):
    """Write both layers of ``records`` into a new GeoPackage (in a task);
    ``progress(done, total)`` counts features over both layers."""
    fields = make_fields(FIELDS)
    total = 2 * len(records)
    layers = ((FOOTPRINTS, WKB_POLYGON, lambda r: r.footprint), (CAMERAS, WKB_POINT, lambda r: r.camera))
    with GeoPackageWriter(path, cancelled) as gpkg:
        for index, (name, wkb_type, geometry_of) in enumerate(layers):
            done = index * len(records)
            gpkg.write(name, wkb_type, fields, _features(fields, records, geometry_of),
                       progress=progress and (lambda count, done=done: progress(done + count, total)))
    return path


def append_results(path, records):
    """Add ``records`` not yet in the GeoPackage to both of its layers (in a
    task); returns how many were added."""
    added = {}
    for name, geometry_of in ((FOOTPRINTS, lambda r: r.footprint), (CAMERAS, lambda r: r.camera)):
        layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
        present = {f["id"] for f in layer.getFeatures()}
        ranks = [f["rank"] for f in layer.getFeatures()]
        fresh = [r for r in records if r.id not in present]
        features = list(_features(layer.fields(), fresh, geometry_of, max(ranks, default=0) + 1))
        if features and not layer.dataProvider().addFeatures(features)[0]:
            raise OSError(f"Could not add images to {name} in {path}: {layer.dataProvider().errors()}")
        added[name] = len(features)
    return added[FOOTPRINTS]


def new_result_path(folder, suffix=""):
    return result_path(folder, "spexi", suffix=suffix)


def group_name(when=None):
    return f"Spexi {(when or datetime.now()):%Y-%m-%d %H:%M:%S}"


def open_results(path, name=None, project=None):
    """Open both layers, mark them, add them in a new group (GUI thread).
    Returns (footprints, cameras)."""
    footprints = open_layer(path, FOOTPRINTS, "Footprints", "spexi_footprints.qml")
    cameras = open_layer(path, CAMERAS, "Camera positions", "spexi_cameras.qml")
    footprints.setCustomProperty(LAYER_PROPERTY, FOOTPRINTS)
    cameras.setCustomProperty(LAYER_PROPERTY, CAMERAS)
    add_group(name or group_name(), [cameras, footprints], project)
    return footprints, cameras


def is_spexi_layer(layer):
    return isinstance(layer, QgsVectorLayer) and layer.customProperty(LAYER_PROPERTY) in (FOOTPRINTS, CAMERAS)


def gpkg_of(layer):
    return layer.source().split("|")[0]


def layers_of(path, project=None):
    """The Spexi layers of the project stored in the GeoPackage ``path``."""
    project = project or QgsProject.instance()
    return [layer for layer in project.mapLayers().values() if is_spexi_layer(layer) and gpkg_of(layer) == str(path)]


def set_local_paths(path, paths_by_id, project=None):
    """Write downloaded files into the local_path field of every layer of the
    GeoPackage ``path`` (GUI thread; undoable while a layer is being edited)."""
    for layer in layers_of(path, project):
        fids = {f["id"]: f.id() for f in layer.getFeatures() if f["id"] in paths_by_id}
        if fids:
            set_attribute_values(layer, {fid: paths_by_id[i] for i, fid in fids.items()}, "local_path",
                                 "Spexi downloads")


def add_placed_image(tif, name, beside, project=None):
    """A placed (warped) image as a raster layer at the top of the group of the
    layer ``beside`` (GUI thread)."""
    project = project or QgsProject.instance()
    raster = QgsRasterLayer(str(tif), name, "gdal")
    if not raster.isValid():
        raise ImageryHubError(f"QGIS could not open the placed image {tif}")
    node = project.layerTreeRoot().findLayer(beside.id()) if beside is not None else None
    group = node.parent() if node is not None else project.layerTreeRoot()
    project.addMapLayer(raster, False)
    group.insertLayer(0, raster)
    return raster


def download_targets(layer, variant):
    """{image id: (url, file name)} of the selected features of a Spexi layer."""
    targets = {}
    for feature in layer.getSelectedFeatures():
        url = feature[f"{variant}_url"]
        if url:
            targets[feature["id"]] = (url, image_filename(feature["id"], variant))
    return targets
