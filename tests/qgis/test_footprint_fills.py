"""Footprints on the map: outlines over a light fill graded by date or rank, and
the selected ones translucent so the imagery under them stays visible — also on
QGIS 3.22, whose selection fill is the project's opaque colour. Checked on the
rendered map, as a user sees it: two footprints side by side over white."""

from datetime import datetime, timezone

import pytest
from qgis.core import QgsMapRendererSequentialJob, QgsMapSettings, QgsPointXY, QgsProject
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor
from shapely.geometry import box

from imagery_hub.core.compat import WKB_MULTIPOLYGON, WKB_POLYGON
from imagery_hub.core.eosda.layers import add_footprints
from imagery_hub.core.eosda.tasks import FOOTPRINT_FIELDS, SCENES_LAYER
from imagery_hub.core.inventory import FIELDS as INVENTORY_FIELDS
from imagery_hub.core.inventory import LAYER as INVENTORY_LAYER
from imagery_hub.core.inventory import open_inventory
from imagery_hub.core.layers import GeoPackageWriter, date_span, geometry_from_shapely, make_feature, make_fields
from imagery_hub.core.mapflow.catalog_layers import FIELDS as CATALOG_FIELDS
from imagery_hub.core.mapflow.catalog_layers import LAYER as CATALOG_LAYER
from imagery_hub.core.mapflow.catalog_layers import open_catalog
from imagery_hub.core.spexi.layers import open_results, result_rows, table_rows, write_results
from imagery_hub.providers.spexi.client import SpexiClient
from imagery_hub.sandbox.accounts import secret
from imagery_hub.sandbox.demo_site import CENTER

OLD = datetime(2020, 5, 1, tzinfo=timezone.utc)
NEW = datetime(2026, 5, 1, tzinfo=timezone.utc)  # the same cloud cover: only the date tells them apart
SELECTION = QColor(255, 255, 0)  # QGIS's default, opaque


@pytest.fixture
def project():
    yield QgsProject.instance()
    QgsProject.instance().removeAllMapLayers()
    QgsProject.instance().layerTreeRoot().removeAllChildren()


def two_squares(path, layer_name, specs, values, wkb_type=WKB_POLYGON):
    """A GeoPackage with two squares side by side, ``values`` on each."""
    fields = make_fields(specs)
    squares = [box(-123.0, 49.0, -122.9, 49.1), box(-122.8, 49.0, -122.7, 49.1)]
    features = []
    for square, value in zip(squares, values):
        geometry = geometry_from_shapely(square)
        if wkb_type == WKB_MULTIPOLYGON:
            geometry.convertToMultiType()
        features.append(make_feature(fields, geometry, value))
    with GeoPackageWriter(path) as gpkg:
        gpkg.write(layer_name, wkb_type, fields, features)
    return path


def rendered_interiors(layer):
    """The colour in the middle of each footprint on a white map, QGIS's opaque
    yellow as the selection colour."""
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    extent = layer.extent()
    extent.grow(extent.width() / 10)
    settings.setExtent(extent)
    settings.setOutputSize(QSize(600, 300))
    settings.setBackgroundColor(QColor("white"))
    settings.setSelectionColor(SELECTION)
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    colours = []
    for feature in sorted(layer.getFeatures(), key=lambda feature: feature.id()):
        centre = settings.mapToPixel().transform(QgsPointXY(feature.geometry().centroid().asPoint()))
        colours.append(QColor(image.pixel(int(centre.x()), int(centre.y()))))
    return colours


def assert_light_graded_and_translucent_when_selected(layer):
    first, second = rendered_interiors(layer)
    for colour in (first, second):  # light: the white map shows through
        assert min(colour.red(), colour.green(), colour.blue()) > 120, colour.name()
    assert first.rgb() != second.rgb()  # graded: the two differ
    layer.selectByIds([min(layer.allFeatureIds())])
    selected, unselected = rendered_interiors(layer)
    assert unselected.rgb() == second.rgb()
    assert selected.rgb() != first.rgb()  # the selection shows ...
    assert selected.blue() > 120, selected.name()  # ... and is no opaque yellow (blue 0): the map shows through


def test_spexi_footprints_are_shaded_by_date(sandbox, tmp_path, project):
    records = list(SpexiClient(secret("spexi"), sandbox.service_url("spexi")).search(point=CENTER, limit=1000))
    footprints, _ = open_results(write_results(tmp_path / "spexi.gpkg", result_rows(records)), "Spexi", project)
    features = list(footprints.getFeatures())
    first = features[0]

    def apart(feature):  # neither covers the other's middle, so each middle shows one fill
        return all(not other.geometry().intersects(mine.geometry().centroid().buffer(0.0002, 4))
                   for mine, other in ((first, feature), (feature, first)))

    second = next(feature for feature in features if feature["captured_at"] != first["captured_at"] and apart(feature))
    pair = [record for record in records if record.id in (first["id"], second["id"])]
    path = write_results(tmp_path / "pair.gpkg", result_rows(pair))
    # as a search does: the task reads the capture dates' span with the table's rows, the GUI thread uses it
    rows, span = table_rows(path, with_span=True)
    footprints, _ = open_results(path, "Spexi pair", project, span=span)
    assert len(rows) == 2 and span == date_span(footprints, "captured_at") and span[0] < span[1]
    assert_light_graded_and_translucent_when_selected(footprints)


def test_eosda_scenes_are_shaded_by_date(tmp_path, project):
    path = two_squares(tmp_path / "eosda.gpkg", SCENES_LAYER, FOOTPRINT_FIELDS,
                       [{"view_id": "a", "acquired": OLD, "cloud": 5.0},
                        {"view_id": "b", "acquired": NEW, "cloud": 5.0}])
    assert_light_graded_and_translucent_when_selected(add_footprints(path, SCENES_LAYER, "EOSDA", project=project))


def test_mapflow_catalog_is_shaded_by_cloud_cover(tmp_path, project):
    path = two_squares(tmp_path / "catalog.gpkg", CATALOG_LAYER, CATALOG_FIELDS,
                       [{"image_id": "a", "cloud": 2.0}, {"image_id": "b", "cloud": 60.0}], WKB_MULTIPOLYGON)
    assert_light_graded_and_translucent_when_selected(open_catalog(path, "Mapflow catalog", project))


def test_inventory_is_shaded_by_service(tmp_path, project):
    path = two_squares(tmp_path / "inventory.gpkg", INVENTORY_LAYER, INVENTORY_FIELDS,
                       [{"service": "spexi", "id": "a"}, {"service": "eosda", "id": "b"}], WKB_MULTIPOLYGON)
    assert_light_graded_and_translucent_when_selected(open_inventory(path, "Inventory")[0])
