"""Result GeoPackages: written whole or not at all, grouped, edited undo-safely."""

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, timezone

import pytest
from qgis.core import QgsProject, QgsVectorLayer
from shapely.geometry import Point, box

from imagery_hub.core.compat import WKB_POINT, WKB_POLYGON
from imagery_hub.core.layers import (
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
from imagery_hub.providers.errors import OperationCancelled

SPECS = [FieldSpec("id", "string"), FieldSpec("captured_at", "datetime"), FieldSpec("heading", "double"),
         FieldSpec("local_path", "string")]


def features(fields, count, shape=lambda i: box(i, 0, i + 1, 1)):
    for i in range(count):
        yield make_feature(fields, geometry_from_shapely(shape(i)), {
            "id": f"img-{i}", "captured_at": datetime(2024, 5, 1, 12, 0, i % 60, tzinfo=timezone.utc),
            "heading": i * 10.0})


def test_two_layers_in_one_geopackage_with_typed_fields(tmp_path):
    fields = make_fields(SPECS)
    path = result_path(tmp_path, "Spexi", datetime(2024, 5, 1, 12, 30))
    assert path.name == "spexi_20240501_123000.gpkg"
    with GeoPackageWriter(path) as gpkg:
        assert gpkg.write("footprints", WKB_POLYGON, fields, features(fields, 25)) == 25
        assert gpkg.write("cameras", WKB_POINT, fields, features(fields, 25, lambda i: Point(i, 0))) == 25
    footprints = open_layer(path, "footprints", "Footprints")
    cameras = open_layer(path, "cameras", "Cameras")
    assert footprints.featureCount() == cameras.featureCount() == 25
    assert footprints.crs().authid() == "EPSG:4326"
    assert [footprints.fields().field(s.name).typeName().lower() for s in SPECS] == \
        ["string", "datetime", "real", "string"]
    first = next(footprints.getFeatures())
    assert first["id"] == "img-0" and first["captured_at"].toString("yyyy-MM-dd HH:mm") == "2024-05-01 12:00"
    # a second search at the same second does not overwrite the first
    assert result_path(tmp_path, "Spexi", datetime(2024, 5, 1, 12, 30)).name == "spexi_20240501_123000_2.gpkg"


def test_searches_finishing_in_the_same_second_each_keep_their_geopackage(tmp_path):
    """Many at once, as tasks finishing together do: every name is claimed by
    creating it, so none is handed out twice and no result replaces another."""
    fields = make_fields(SPECS)
    when = datetime(2024, 5, 1, 12, 30)
    start = threading.Barrier(12)

    def search(i):
        start.wait()
        path = result_path(tmp_path, "Spexi", when)
        with GeoPackageWriter(path) as gpkg:
            gpkg.write("footprints", WKB_POLYGON, fields, features(fields, i + 1))
        return path

    with ThreadPoolExecutor(12) as pool:
        paths = list(pool.map(search, range(12)))
    assert len(set(paths)) == 12
    counts = sorted(open_layer(p, "footprints", "F").featureCount() for p in paths)
    assert counts == list(range(1, 13))
    # a search that fails gives its name back
    with pytest.raises(OperationCancelled):
        with GeoPackageWriter(result_path(tmp_path, "Spexi", when), cancelled=lambda: True) as gpkg:
            gpkg.write("footprints", WKB_POLYGON, fields, features(fields, 1))
    assert sorted(tmp_path.iterdir()) == sorted(paths)


def test_python_dates_are_written_as_dates(tmp_path):
    fields = make_fields([FieldSpec("day", "date")])
    path = tmp_path / "dates.gpkg"
    with GeoPackageWriter(path) as gpkg:
        gpkg.write("days", WKB_POINT, fields, [make_feature(fields, geometry_from_shapely(Point(0, 0)),
                                                            {"day": date(2024, 8, 20)})])
    value = next(open_layer(path, "days", "Days").getFeatures())["day"]
    assert value.toString("yyyy-MM-dd") == "2024-08-20"


def test_cancel_while_writing_leaves_nothing(tmp_path):
    fields = make_fields(SPECS)
    path = tmp_path / "cancelled.gpkg"
    state = {"n": 0}

    def cancelled():
        state["n"] += 1
        return state["n"] > 10

    with pytest.raises(OperationCancelled):
        with GeoPackageWriter(path, cancelled=cancelled) as gpkg:
            gpkg.write("footprints", WKB_POLYGON, fields, features(fields, 100))
    assert list(tmp_path.iterdir()) == []


def test_group_on_top_of_the_layer_tree(tmp_path):
    fields = make_fields(SPECS)
    path = tmp_path / "r.gpkg"
    with GeoPackageWriter(path) as gpkg:
        gpkg.write("footprints", WKB_POLYGON, fields, features(fields, 3))
    project = QgsProject.instance()
    other = QgsVectorLayer("Point?crs=EPSG:4326", "other", "memory")
    project.addMapLayer(other)
    layer = open_layer(path, "footprints", "Footprints")
    group = add_group("Spexi 2024-05-01 12:30", [layer])
    try:
        root = project.layerTreeRoot()
        assert root.children()[0] is group
        assert [child.layer() for child in group.children()] == [layer]
    finally:
        project.removeMapLayers([layer.id(), other.id()])
        project.layerTreeRoot().removeChildNode(group)


def test_attribute_write_back_is_undoable_in_edit_mode(tmp_path):
    fields = make_fields(SPECS)
    path = tmp_path / "r.gpkg"
    with GeoPackageWriter(path) as gpkg:
        gpkg.write("footprints", WKB_POLYGON, fields, features(fields, 3))
    layer = open_layer(path, "footprints", "Footprints")
    fids = sorted(f.id() for f in layer.getFeatures())
    # not editing: written to the file at once
    layer.selectByIds(fids[:2])
    selections, changes = [], []
    layer.selectionChanged.connect(lambda *args: selections.append(args))
    layer.dataChanged.connect(lambda: changes.append(True))
    set_attribute_values(layer, {fids[0]: "/data/a.jpg"}, "local_path")
    assert open_layer(path, "footprints", "again").getFeature(fids[0])["local_path"] == "/data/a.jpg"
    assert layer.getFeature(fids[0])["local_path"] == "/data/a.jpg"
    assert sorted(layer.selectedFeatureIds()) == sorted(fids[:2])  # the user's selection stays,
    assert selections == [] and changes == [True]  # untouched (a results table is not reselected)
    # editing: one undoable command in the edit buffer, file untouched until saved
    layer.startEditing()
    set_attribute_values(layer, {fids[1]: "/data/b.jpg", fids[2]: "/data/c.jpg"}, "local_path")
    assert layer.getFeature(fids[1])["local_path"] == "/data/b.jpg"
    assert not open_layer(path, "footprints", "again").getFeature(fids[1])["local_path"]
    layer.undoStack().undo()
    assert not layer.getFeature(fids[1])["local_path"] and not layer.getFeature(fids[2])["local_path"]
    layer.rollBack()


def test_rows_written_through_ogr_read_back_as_written(tmp_path):
    from datetime import timedelta

    from imagery_hub.core.compat import field_kind

    specs = [FieldSpec("id", "string", 16), FieldSpec("rank", "int"), FieldSpec("size", "long"),
             FieldSpec("heading", "double"), FieldSpec("nadir", "bool"), FieldSpec("captured_at", "datetime"),
             FieldSpec("day", "date"), FieldSpec("local_path", "string")]
    pacific = timezone(timedelta(hours=-7))
    rows = [(("a", 1, 5_000_000_000, 12.5, True, datetime(2024, 5, 1, 5, 30, 15, tzinfo=pacific), date(2024, 5, 1)),
             box(0, 0, 1, 1).wkb),
            (("b", "2", None, None, False, datetime(2024, 5, 2, 12, 0), None, 42), None)]  # naive = UTC; no geometry;
    # "2" and 42 not of their fields' types: converted as OGR does
    path = tmp_path / "r.gpkg"
    with GeoPackageWriter(path) as gpkg:
        assert gpkg.write_rows("footprints", WKB_POLYGON, specs, rows) == 2
        assert gpkg.write_rows("cameras", WKB_POINT, specs, [(("c",), Point(3, 4).wkb)]) == 1
    layer = open_layer(path, "footprints", "Footprints")
    assert {f.name(): field_kind(f) for f in layer.fields() if f.name() != "fid"} == {s.name: s.kind for s in specs}
    first, second = sorted(layer.getFeatures(), key=lambda f: f["id"])
    assert first["captured_at"].toUTC().toString("yyyy-MM-ddTHH:mm:ss") == "2024-05-01T12:30:15"
    assert second["captured_at"].toUTC().toString("yyyy-MM-ddTHH:mm:ss") == "2024-05-02T12:00:00"
    assert first["day"].toString("yyyy-MM-dd") == "2024-05-01" and first["size"] == 5_000_000_000
    assert first["nadir"] in (True, 1) and second["nadir"] in (False, 0) and first["heading"] == 12.5
    assert second["rank"] == 2 and second["local_path"] == "42"
    assert first.geometry().boundingBox().toString(0) == "0,0 : 1,1" and second.geometry().isEmpty()
    assert layer.crs().authid() == "EPSG:4326"
    assert layer.dataProvider().hasSpatialIndex() == layer.dataProvider().SpatialIndexPresent
    camera = next(open_layer(path, "cameras", "Cameras").getFeatures())
    assert camera["id"] == "c" and camera.geometry().asPoint().x() == 3


def test_cancel_while_writing_rows_leaves_no_file(tmp_path):
    path = tmp_path / "r.gpkg"
    rows = ((("x",), Point(i, 0).wkb) for i in range(5_000))
    with pytest.raises(OperationCancelled):
        with GeoPackageWriter(path, cancelled=lambda: True) as gpkg:
            gpkg.write_rows("cameras", WKB_POINT, SPECS, rows)
    assert list(tmp_path.iterdir()) == []
