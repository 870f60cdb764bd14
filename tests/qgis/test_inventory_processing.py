"""``imagery_hub:imagery_inventory`` through processing.run against the sandbox:
a layer of three areas gives three summary rows and one inventory layer; a
service without credentials is skipped with the line that says how to add them."""

from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

from imagery_hub.sandbox.accounts import DEMO_CREDENTIALS
from imagery_hub.sandbox.demo_site import AOI_WKT

# the demo AOI, and its western and eastern halves
AREAS = (AOI_WKT,
         "POLYGON((-123.1264 49.2802, -123.1216 49.2802, -123.1216 49.2852, -123.1264 49.2852, -123.1264 49.2802))",
         "POLYGON((-123.1216 49.2802, -123.1168 49.2802, -123.1168 49.2852, -123.1216 49.2852, -123.1216 49.2802))")


def areas_layer():
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", "areas", "memory")
    features = []
    for text in AREAS:
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromWkt(text))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_three_areas_give_three_summary_rows(provider, context, monkeypatch, tmp_path):
    import processing

    for service_id, values in DEMO_CREDENTIALS.items():
        if service_id != "mapillary":  # Mapillary has no credentials: skipped
            monkeypatch.setenv(f"IMAGERY_HUB_{service_id.upper()}_KEY", values["secret"])
    monkeypatch.setenv("IMAGERY_HUB_IMAGO_USER", DEMO_CREDENTIALS["imago"]["username"])
    result = processing.run("imagery_hub:imagery_inventory", {
        "AREAS": areas_layer(), "OUTPUT": str(tmp_path / "inventory.gpkg"),
        "SUMMARY": str(tmp_path / "summary.gpkg")})

    summary = QgsVectorLayer(result["SUMMARY"], "summary", "ogr")
    rows = sorted(({f.name(): s[f.name()] for f in s.fields()} for s in summary.getFeatures()),
                  key=lambda row: row["area"])
    assert len(rows) == 3
    for row in rows:
        assert row["mapillary_state"].startswith("skipped: No Mapillary credentials") and \
            "IMAGERY_HUB_MAPILLARY_KEY" in row["mapillary_state"]
        for service_id in ("spexi", "mapflow", "eosda", "imago"):
            assert row[f"{service_id}_state"] == "done" and row[f"{service_id}_count"] > 0, row
        assert row["images"] == sum(row[f"{s}_count"] for s in ("spexi", "mapflow", "eosda", "imago"))
    whole, west, east = rows
    # drone images and boreholes lie in one half or the other (some images in both)
    assert max(west["spexi_count"], east["spexi_count"]) < whole["spexi_count"] <= \
        west["spexi_count"] + east["spexi_count"]
    assert west["imago_count"] + east["imago_count"] == whole["imago_count"]

    layer = QgsVectorLayer(result["OUTPUT"], "inventory", "ogr")
    assert layer.featureCount() == result["COUNT"] == sum(row["images"] for row in rows)
    by_area = {}
    for feature in layer.getFeatures():
        by_area.setdefault(feature["area"], set()).add(feature["service"])
    assert set(by_area) == {row["area"] for row in rows}
    assert all(services == {"spexi", "mapflow", "eosda", "imago"} for services in by_area.values())
    assert {f["kind"] for f in layer.getFeatures()} == {"drone", "satellite", "borehole image"}
