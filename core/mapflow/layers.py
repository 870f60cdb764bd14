"""Mapflow results as QGIS layers: result tiles, the result GeoPackage, the AOIs.

Tile layers are made on the GUI thread (making them fetches nothing). The
result GeoJSON is streamed to disk and turned into a GeoPackage inside a task
(:func:`download_results`); the layers are opened and grouped on the GUI thread
(:func:`open_results`). Tiles on the API's own host get the auth config (see
core/mapflow/auth.py); tiles on any other host get no credential at all.
"""

from pathlib import Path

from qgis.core import QgsProject, QgsRasterLayer, QgsVectorLayer, QgsVectorTileLayer

from ...providers.download import claim, safe_filename
from ...providers.errors import ImageryHubError, OperationCancelled
from ...providers.http import origin
from ...providers.mapflow.errors import render_messages
from ..compat import WKB_MULTIPOLYGON, data_source_uri
from ..i18n import translate
from ..layers import (
    FieldSpec,
    GeoPackageWriter,
    add_group,
    geometry_from_shapely,
    make_feature,
    make_fields,
    open_layer,
    result_path,
)
from ..resources import style_path

#: scale denominator of Web Mercator zoom 0 as QGIS computes it for tiles
ZOOM0_SCALE = 559_082_264.028_717_8
MAX_ZOOM = 20
AOI_FIELDS = [FieldSpec("aoi_id", "string"), FieldSpec("status", "string"), FieldSpec("percent", "int"),
              FieldSpec("area_km2", "double"), FieldSpec("messages", "string")]


def zoom_scale(zoom):
    return ZOOM0_SCALE / 2 ** zoom


def tile_uri(url, min_zoom, auth_config, api_url):
    # credentials only for the API's own host (the sandbox protects its vector
    # tiles there); the live service serves tiles from app.mapflow.ai without any
    same_host = origin(url) == origin(api_url)
    return data_source_uri({"type": "xyz", "url": url, "zmin": min_zoom, "zmax": MAX_ZOOM,
                            "authcfg": auth_config if same_host else None})


def on_api_host(url, api_url):
    """True when tiles at ``url`` come from the API's own host (and so need its credential)."""
    return bool(url) and origin(url) == origin(api_url)


def needs_auth(processing, api_url):
    """True when a tile layer of this processing is served by the API host."""
    return any(on_api_host(url, api_url) for url in (processing.raster_tile_url, processing.vector_tile_url))


def _hide_beyond(layer, min_zoom):
    """Draw nothing when zoomed out past the model's zoom: QGIS would otherwise
    fetch every tile of the view at the minimum zoom."""
    layer.setScaleBasedVisibility(True)
    layer.setMinimumScale(zoom_scale(min_zoom - 1))
    return layer


def tile_layers(processing, api_url, auth_config=None):
    """[vector tile layer, raster XYZ layer] of a finished processing (GUI thread)."""
    layers = []
    min_zoom = processing.min_zoom
    if processing.vector_tile_url:
        vector = QgsVectorTileLayer(tile_uri(processing.vector_tile_url, min_zoom, auth_config, api_url),
                                    translate("ImageryHub.Mapflow",
                                              "{name} – results (tiles)").format(name=processing.name))
        if not vector.isValid():
            raise ImageryHubError(translate("ImageryHub.Mapflow",
                                            "QGIS could not open the result tiles of {name}").format(
                name=processing.name))
        message, ok = vector.loadNamedStyle(style_path("mapflow_results_tiles.qml"))
        if not ok:
            raise ImageryHubError(translate("ImageryHub.Mapflow",
                                            "Could not style the result tiles: {reason}").format(reason=message))
        layers.append(_hide_beyond(vector, min_zoom))
    if processing.raster_tile_url:
        raster = QgsRasterLayer(tile_uri(processing.raster_tile_url, min_zoom - 2, auth_config, api_url),
                                translate("ImageryHub.Mapflow", "{name} – imagery").format(name=processing.name), "wms")
        if not raster.isValid():
            raise ImageryHubError(translate("ImageryHub.Mapflow",
                                            "QGIS could not open the imagery tiles of {name}").format(
                name=processing.name))
        layers.append(_hide_beyond(raster, min_zoom - 2))
    if not layers:
        raise ImageryHubError(translate("ImageryHub.Mapflow",
                                        "{name} has no result layers yet").format(name=processing.name))
    return layers


def group_name(processing):
    return f"Mapflow: {processing.name}"


def add_to_group(name, layers, project=None):
    """Add layers to the top-level group ``name``, made when missing (GUI thread)."""
    project = project or QgsProject.instance()
    group = project.layerTreeRoot().findGroup(name)
    if group is None:
        group = add_group(name, layers, project)
    else:
        for layer in layers:
            project.addMapLayer(layer, False)
            group.addLayer(layer)
    group.setExpanded(True)
    return group


# -- in a task ---------------------------------------------------------------------------
def download_result_layer(client, task, processing, folder):
    """Stream the result GeoJSON into ``folder``; returns (its path, the layer
    reading it). Worker thread."""
    task.set_status(translate("ImageryHub.Mapflow", "Downloading the results of {name}…").format(name=processing.name))
    geojson = client.download_result(processing.id, folder, f"mapflow_{processing.id}.geojson",
                                     progress=lambda done, total: task.report(done, total or 0))
    source = QgsVectorLayer(str(geojson), "result", "ogr")
    if not source.isValid():
        raise ImageryHubError(translate("ImageryHub.Mapflow", "The results of {name} are not readable GeoJSON").format(
            name=processing.name))
    return geojson, source


def download_results(client, task, processing, folder):
    """Stream the result GeoJSON and write it with the AOIs into one GeoPackage.
    Returns ``{"path", "results", "aois"}`` (feature counts). Worker thread. A
    second download of the same results (clicked twice) waits for the first,
    which removes the GeoJSON both would read."""
    def check():
        if task.is_cancelled():
            raise OperationCancelled(translate("ImageryHub.Mapflow", "Cancelled while waiting for the same download"),
                                     service="Mapflow")

    with claim(("mapflow results", str(Path(folder).resolve()), processing.id), check):
        geojson, source = download_result_layer(client, task, processing, folder)
        task.set_status(translate("ImageryHub.Mapflow", "Writing the GeoPackage…"))
        aois = client.processing_aois(processing.id)
        path = result_path(folder, "mapflow", suffix=safe_filename(processing.name)[:40])
        with GeoPackageWriter(path, cancelled=task.is_cancelled) as gpkg:
            results = gpkg.write("results", source.wkbType(), source.fields(), source.getFeatures())
            written_aois = gpkg.write("aois", WKB_MULTIPOLYGON, *_aoi_features(aois))
        del source
        geojson.unlink(missing_ok=True)
    return {"path": path, "results": results, "aois": written_aois}


def write_aois(task, aois, processing, folder):
    """The AOIs of a processing into their own GeoPackage; returns its path. Worker thread."""
    path = result_path(folder, "mapflow", suffix=safe_filename(f"{processing.name}_aois")[:40])
    with GeoPackageWriter(path, cancelled=task.is_cancelled) as gpkg:
        gpkg.write("aois", WKB_MULTIPOLYGON, *_aoi_features(aois))
    return path


def _aoi_features(aois):
    fields = make_fields(AOI_FIELDS)
    features = []
    for aoi in aois:
        geometry = geometry_from_shapely(aoi.geometry)
        geometry.convertToMultiType()
        features.append(make_feature(fields, geometry, {
            "aoi_id": aoi.id, "status": aoi.status, "percent": aoi.percent, "area_km2": aoi.area_m2 / 1e6,
            "messages": "\n".join(render_messages(aoi.messages))}))
    return fields, features


# -- back on the GUI thread ---------------------------------------------------------------
def open_results(path, processing):
    """The result and AOI layers of a downloaded GeoPackage, styled, in the processing's group."""
    name = translate("ImageryHub.Mapflow", "{name} – results").format(name=processing.name)
    results = open_layer(path, "results", name, "mapflow_results.qml")
    aois = open_aois(path, processing)
    add_to_group(group_name(processing), [results, aois])
    return results, aois


def open_aois(path, processing):
    name = translate("ImageryHub.Mapflow", "{name} – AOIs").format(name=processing.name)
    return open_layer(path, "aois", name, "mapflow_aois.qml")
