"""Selection and bookkeeping benchmark (``make bench-selection``): work on the
GUI thread that grows with the number of results, at 1,000, 10,000 and 100,000
features, three runs each (min / median / max), figures printed, never asserted.

* map → table and table → map selection sync (select all, invert, clear, 30 %
  scattered), with the canvas and the results table shown: GUI time of the
  call plus the events it posts; anchor: the same selection with no table;
* writing 100 local paths into a GeoPackage result while every feature is
  selected, and with nothing selected (the write must not reselect);
* download progress bookkeeping: the cost of one 64 KB chunk's report with
  500 and 4,000 jobs running (a running total: the same either way).
"""

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from plugin_package import register_plugin_package  # noqa: E402

SIZES = (1_000, 10_000, 100_000)
RUNS = 3


def spread(values):
    values = sorted(values)
    return f"{values[0]:7.1f} / {statistics.median(values):7.1f} / {values[-1]:7.1f} ms"


def gui_ms(app, action, prepare=None):
    """Milliseconds of GUI-thread time: the call and the events it leaves behind."""
    times = []
    for _ in range(RUNS):
        if prepare is not None:
            prepare()
        app.processEvents()
        began = time.perf_counter()
        action()
        app.processEvents()
        times.append((time.perf_counter() - began) * 1000)
    return times


def make_layer(count):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=id:integer&field=cloud:double", f"n{count}", "memory")
    features = []
    for i in range(count):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(i % 400 / 10, i // 400 / 10)))
        feature.setAttributes([i, float(i % 97)])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def selection_sync(app, canvas, count):
    from qgis.core import QgsProject
    from qgis.PyQt.QtCore import Qt

    from imagery_hub.ui.results_table import ResultsTable

    layer = make_layer(count)
    QgsProject.instance().addMapLayer(layer)
    canvas.setLayers([layer])
    scattered = random.Random(18).sample(layer.allFeatureIds(), count * 3 // 10)
    table = ResultsTable(canvas, [("id", "Id"), ("cloud", "Cloud %")])
    table.resize(500, 400)
    table.show()
    table.set_layer(layer)
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # rows no longer in the features' order
    clear = layer.removeSelection
    print(f"  {count:>7,} features, table sorted by another column (GUI ms: min / median / max)")
    rows = [
        ("map: select all", lambda: layer.selectAll(), clear),
        ("map: invert (from 10)", lambda: layer.invertSelection(), lambda: layer.selectByIds(scattered[:10])),
        ("map: clear all", clear, layer.selectAll),
        ("map: 30 % scattered", lambda: layer.selectByIds(scattered), clear),
        ("table: select all (Ctrl+A)", table.selectAll, clear),
        ("table: clear", table.clearSelection, layer.selectAll),
    ]
    for name, action, prepare in rows:
        print(f"    {name:<36} {spread(gui_ms(app, action, prepare))}")
    table.set_layer(None)
    for name, action, prepare in rows[:4]:  # the anchors: the layer alone, with the canvas
        print(f"    {'anchor, no table: ' + name[5:]:<36} {spread(gui_ms(app, action, prepare))}")
    table.deleteLater()
    QgsProject.instance().removeMapLayer(layer.id())


def path_writes(app, folder, count):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    from imagery_hub.core.compat import WKB_POINT
    from imagery_hub.core.layers import FieldSpec, GeoPackageWriter, make_fields, open_layer, set_attribute_values

    fields = make_fields([FieldSpec("id", "string"), FieldSpec("local_path", "string")])

    def features():
        for i in range(count):
            feature = QgsFeature(fields)
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(i % 400 / 10, i // 400 / 10)))
            feature.setAttributes([f"image-{i}", None])
            yield feature

    path = Path(folder) / f"paths_{count}.gpkg"
    with GeoPackageWriter(path) as gpkg:
        gpkg.write("footprints", WKB_POINT, fields, features())
    layer = open_layer(path, "footprints", "footprints")
    fids = sorted(f.id() for f in layer.getFeatures())[:100]
    values = {fid: f"/data/image-{fid}.jpg" for fid in fids}
    for name, prepare in (("all selected", layer.selectAll), ("none selected", layer.removeSelection)):
        times = gui_ms(app, lambda: set_attribute_values(layer, values, "local_path"), prepare)
        print(f"    100 paths into {count:>7,} features, {name:<14} {spread(times)}")


def progress_bookkeeping():
    from imagery_hub.core.downloads import Downloader, DownloadJob

    for jobs in (500, 4_000):
        downloader = Downloader([DownloadJob(i, f"{i}.jpg", url="http://127.0.0.1/") for i in range(jobs)],
                                ".", make_session=None)
        times = []
        for _ in range(RUNS):
            began = time.perf_counter()
            for key in range(jobs):  # every job half-way: one report each
                downloader._progress(key, 65_536, 131_072)
            times.append((time.perf_counter() - began) / jobs * 1e6)
        times.sort()
        print(f"  progress report per chunk with {jobs:>5,} jobs: {times[0]:.2f} / {statistics.median(times):.2f} / "
              f"{times[-1]:.2f} µs (min / median / max)")


def main():
    register_plugin_package()
    from qgis.core import QgsApplication
    from qgis.gui import QgsMapCanvas

    app = QgsApplication([], True)
    app.initQgis()
    canvas = QgsMapCanvas()
    canvas.resize(800, 600)
    canvas.show()
    print("Selection sync, canvas and table shown (goal: ≤ 50 ms at 100,000)")
    for count in SIZES:
        selection_sync(app, canvas, count)
    print("Writing local paths (goal: no reselect, so the same with or without a selection)")
    with tempfile.TemporaryDirectory() as folder:
        for count in SIZES[:2]:
            path_writes(app, folder, count)
    print("Download progress bookkeeping (goal: O(1) per chunk)")
    progress_bookkeeping()
    canvas.deleteLater()
    app.processEvents()


if __name__ == "__main__":
    main()
