"""Ingest benchmark (``make bench-ingest``): Spexi result rows into the result
GeoPackage (both layers, as a search writes them) at 1,000, 10,000 and 100,000
images (``--million`` adds 1,000,000), three runs each, beside the anchor: one
raw OGR transaction over the same rows with the spatial index built after the
bulk insert (the same index choice). Goal: at least 0.9× the anchor, and a
features-per-second figure that stays flat as the count grows. Figures are
printed, never asserted.
"""

import argparse
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from plugin_package import register_plugin_package  # noqa: E402

RUNS = 3


def make_rows(count):
    """Rows as :func:`core.spexi.layers.result_rows` makes them: values, footprint WKB, camera WKB."""
    from shapely.geometry import Point, box

    start = datetime(2024, 5, 1, tzinfo=timezone.utc)
    rows = []
    for i in range(count):
        x, y = -123.13 + (i % 1000) * 1e-4, 49.27 + (i // 1000) * 1e-4
        values = (f"img{i:08d}", i + 1, f"key{i}", "nadir", start + timedelta(seconds=i), 10.0, -90.0, 0.0, 100.0,
                  5.0, "tag", f"https://cdn.example/{i}/original.jpg", f"https://cdn.example/{i}/zoomed.jpg")
        rows.append((values, box(x, y, x + 1e-4, y + 1e-4).wkb, Point(x, y).wkb))
    return rows


def raw_ogr(path, rows):
    """The anchor: plain OGR, one transaction per layer, index after."""
    from osgeo import ogr, osr

    from imagery_hub.core.spexi.layers import FIELDS

    kinds = {"string": ogr.OFTString, "int": ogr.OFTInteger, "double": ogr.OFTReal, "datetime": ogr.OFTDateTime}
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    for name, geometry_type, column in (("footprints", ogr.wkbPolygon, 1), ("cameras", ogr.wkbPoint, 2)):
        layer = source.CreateLayer(name, srs, geometry_type, ["SPATIAL_INDEX=NO", "FID=fid", "GEOMETRY_NAME=geom"])
        for spec in FIELDS:
            definition = ogr.FieldDefn(spec.name, kinds[spec.kind])
            definition.SetWidth(spec.length)
            layer.CreateField(definition)
        layer_definition = layer.GetLayerDefn()
        layer.StartTransaction()
        for row in rows:
            feature = ogr.Feature(layer_definition)
            for index, value in enumerate(row[0]):
                if index == 4:
                    feature.SetField(index, value.year, value.month, value.day, value.hour, value.minute,
                                     value.second, 100)
                elif value is not None:
                    feature.SetField(index, value)
            feature.SetGeometryDirectly(ogr.CreateGeometryFromWkb(row[column]))
            layer.CreateFeature(feature)
        layer.CommitTransaction()
        source.ReleaseResultSet(source.ExecuteSQL(f"SELECT CreateSpatialIndex('{name}', 'geom')"))
    source = None


def rates(write, rows, folder):
    """Features per second (two per row) of ``write(path, rows)``, RUNS times."""
    result = []
    for run in range(RUNS):
        path = Path(folder) / f"{write.__name__}_{len(rows)}_{run}.gpkg"
        began = time.perf_counter()
        write(path, rows)
        result.append(2 * len(rows) / (time.perf_counter() - began))
        path.unlink()
    return sorted(result)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--million", action="store_true", help="also 1,000,000 images (a few minutes)")
    counts = (1_000, 10_000, 100_000) + ((1_000_000,) if parser.parse_args().million else ())
    register_plugin_package()
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from imagery_hub.core.spexi.layers import write_results

    print("Spexi results into a GeoPackage, features/s (min / median / max of 3)")
    with tempfile.TemporaryDirectory() as folder:
        for count in counts:
            rows = make_rows(count)
            ours, anchor = rates(write_results, rows, folder), rates(raw_ogr, rows, folder)
            print(f"  {count:>9,} images: plugin {ours[0]:>7,.0f} / {statistics.median(ours):>7,.0f} / "
                  f"{ours[-1]:>7,.0f}   raw OGR {anchor[0]:>7,.0f} / {statistics.median(anchor):>7,.0f} / "
                  f"{anchor[-1]:>7,.0f}   ratio of medians {statistics.median(ours) / statistics.median(anchor):.2f}")
    app.exitQgis()


if __name__ == "__main__":
    main()
