"""Mapflow figures (printed, never asserted; min / median / max of three runs, the
sandbox in its own process): listing many processings page by page,
the sandbox's result tiles, a large result streamed into a GeoPackage, uploads of
large GeoTIFFs into a mosaic, and catalog searches with their previews.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/mapflow_bench.py
"""

import math
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from plugin_package import register_plugin_package  # noqa: E402

register_plugin_package()

from qgis.core import QgsApplication  # noqa: E402
from shapely import wkt  # noqa: E402
from shapely.geometry import box  # noqa: E402

from imagery_hub.providers.mapflow.client import MapflowClient  # noqa: E402
from imagery_hub.providers.mapflow.sources import ProcessingRequest, TileSource  # noqa: E402
from imagery_hub.sandbox.process import SandboxProcess  # noqa: E402
from imagery_hub.sandbox.accounts import secret  # noqa: E402
from imagery_hub.sandbox.demo_site import AOI_WKT, CENTER  # noqa: E402
from imagery_hub.sandbox.mapflow.imagery import render_tile  # noqa: E402
from imagery_hub.sandbox.mapflow.mvt import encode_polygon_tile  # noqa: E402
from imagery_hub.sandbox.mvt import tile_bounds  # noqa: E402
from imagery_hub.sandbox.mapflow.world import blocks_in  # noqa: E402
from spread import repeat  # noqa: E402


class _Task:
    """What download_results needs from a task, outside the task manager."""

    def set_status(self, text):
        pass

    def report(self, done, total):
        pass

    def is_cancelled(self):
        return False


def timed(function):
    return repeat(function)


def tile_of(lon, lat, z):
    n = 2 ** z
    row = (1 - math.log(math.tan(math.radians(lat)) + 1 / math.cos(math.radians(lat))) / math.pi) / 2 * n
    return int((lon + 180) / 360 * n), int(row)


def bench_tiles():
    blocks_in(*box(CENTER[0] - 0.06, CENTER[1] - 0.03, CENTER[0] + 0.06, CENTER[1] + 0.03).bounds)  # warm the city
    for z in (12, 14, 16, 18):
        x, y = tile_of(*CENTER, z)
        seconds, png = timed(lambda z=z, x=x, y=y: render_tile(z, x, y))
        bounds = tile_bounds(z, x, y)
        buildings = [b for item in blocks_in(*bounds) for b in item.buildings]
        features = [(b.id, b.footprint, {"class_id": b.class_id, "confidence": b.confidence}) for b in buildings]
        mvt_seconds, mvt = timed(lambda z=z, x=x, y=y, f=features: encode_polygon_tile(z, x, y, {"vector_layer": f}))
        print(f"  z{z}: PNG {seconds * 1000:6.1f} ms ({len(png) / 1024:5.1f} KiB); "
              f"MVT {len(features):5d} buildings {mvt_seconds * 1000:7.1f} ms ({len(mvt) / 1024:6.1f} KiB)")


def bench_listing(client, sandbox):
    project = client.create_project("Bench")
    source = TileSource("xyz", sandbox.cdn_url + "/mapflow/imagery/{z}/{x}/{y}.png")
    aoi = wkt.loads(AOI_WKT)
    count = 300
    seconds, _ = timed(lambda: [client.create_processing(ProcessingRequest(f"P{i}", "🏠 Buildings", aoi, source,
                                                                           project_id=project.id))
                                for i in range(count)])
    print(f"  starting {count} processings: {seconds:.2f} s ({seconds / count * 1000:.1f} ms each)")
    for page_size in (20, 50, 100):
        seconds, found = timed(lambda size=page_size: client.processings(project.id, page_size=size))
        print(f"  listing all {len(found)} with pages of {page_size}: {seconds * 1000:.0f} ms")
    sandbox.add_fault(kind="status", status=404, path="/processings/v2/page")
    seconds, found = timed(lambda: client.processings(project.id))
    print(f"  listing all {len(found)} unpaged (documented GET): {seconds * 1000:.0f} ms")
    sandbox.clear_faults()


def bench_download(client, sandbox):
    from imagery_hub.core.mapflow.layers import download_results

    west, south = CENTER[0] - 0.014, CENTER[1] - 0.009
    area = box(west, south, west + 0.028, south + 0.018)  # about 4 km² of city
    source = TileSource("xyz", sandbox.cdn_url + "/mapflow/imagery/{z}/{x}/{y}.png")
    processing = client.create_processing(ProcessingRequest("Large", "🏠 Buildings", area, source))
    while processing.status != "OK":
        time.sleep(0.1)
        processing = client.processing(processing.id)
    with tempfile.TemporaryDirectory() as folder:
        seconds, result = timed(lambda: download_results(client, _Task(), processing, Path(folder)))
        size = result["path"].stat().st_size
    print(f"  {processing.area_km2:.1f} km²: {result['results']} buildings streamed and written to a "
          f"GeoPackage in {seconds:.2f} s ({size / 1e6:.1f} MB)")


def bench_upload(client):
    from imagery_hub.core.mapflow.rasters import read_profile
    from imagery_hub.sandbox.mapflow.geotiffs import write_blank

    with tempfile.TemporaryDirectory() as folder:
        for side in (2900, 5800, 8400):  # about 25, 100 and 210 MB
            path = write_blank(Path(folder) / f"blank_{side}.tif", side, side)
            size = path.stat().st_size
            profile_seconds, _ = timed(lambda p=path: read_profile(p))
            mosaic = client.data.create_mosaic(f"Bench {side}")
            seconds, _ = timed(lambda p=path, m=mosaic: client.data.upload_image(m.id, p))
            print(f"  {size / 1e6:6.1f} MB: GDAL check {profile_seconds * 1000:5.1f} ms, upload {seconds:5.2f} s "
                  f"({size / 1e6 / seconds:6.1f} MB/s, the sandbox spooling and copying included)")
            client.data.delete_mosaic(mosaic.id)


def bench_catalog(client):
    from datetime import date

    from imagery_hub.providers.mapflow.search import CatalogQuery

    aoi = wkt.loads(AOI_WKT)
    query = CatalogQuery(aoi, date(2019, 1, 1), date.today())
    for page_size in (20, 100, 500):
        seconds, result = timed(lambda size=page_size: client.catalog.search(query, page_size=size))
        print(f"  {len(result.images)} images since 2019 with pages of {page_size}: {seconds * 1000:.0f} ms")
    images = [i for i in result.images if i.has_picture_preview][:10]
    seconds, pictures = timed(lambda: [client.catalog.preview(i) for i in images])
    print(f"  {len(images)} previews from the third-party host: {seconds / len(images) * 1000:.0f} ms each "
          f"({sum(map(len, pictures)) / len(images) / 1024:.0f} KiB on average)")


def bench_catalog_rows():
    """The catalog table's rows: read in the search task since issue 18, so the
    GUI thread only inserts them. Both figures at 1k, 10k and 100k footprints."""
    from datetime import datetime, timezone

    from qgis.core import QgsVectorLayer

    from imagery_hub.core.layers import feature_rows
    from imagery_hub.core.mapflow.catalog_layers import LAYER, write_footprints
    from imagery_hub.providers.mapflow.search import CatalogImage
    from imagery_hub.ui.mapflow.catalog import COLUMNS
    from imagery_hub.ui.results_model import FeatureTableModel

    names = [name for name, _ in COLUMNS]
    aoi = wkt.loads(AOI_WKT)
    lon, lat = aoi.centroid.x, aoi.centroid.y
    when = datetime(2024, 6, 1, tzinfo=timezone.utc)
    with tempfile.TemporaryDirectory() as folder:
        for count in (1_000, 10_000, 100_000):
            images = [CatalogImage(f"scene-{i}", box(lon + i * 1e-6, lat, lon + i * 1e-6 + 0.01, lat + 0.01), when,
                                   "Sandbox Imagery", 0.5, float(i % 100), 10.0) for i in range(count)]
            path = Path(folder) / f"catalog_{count}.gpkg"
            write_footprints(path, images, aoi)
            layer = QgsVectorLayer(f"{path}|layername={LAYER}", LAYER, "ogr")
            read, rows = timed(lambda layer=layer: feature_rows(layer, names))
            shown, _ = timed(lambda layer=layer, rows=rows: FeatureTableModel(COLUMNS).load(layer, rows))
            print(f"  {count:>7,} footprints: rows read {read * 1000:7.1f} ms (now in the task; on the GUI thread "
                  f"before), rows put into the table {shown * 1000:6.1f} ms "
                  "(GUI thread; min / median / max)")


def main():
    app = QgsApplication([], False)
    app.initQgis()
    # its own process; no billing: 900 processings (300, three runs) would spend the account's credits
    with SandboxProcess(options={"mapflow.processing_seconds": 0.5, "mapflow.billing": "NONE"}) as sandbox:
        client = MapflowClient(secret("mapflow"), sandbox.url + "/mapflow/rest")
        print("Result tiles (sandbox rendering):")
        bench_tiles()
        print("Processings list:")
        bench_listing(client, sandbox)
        print("Download results:")
        bench_download(client, sandbox)
        print("Uploads into a mosaic:")
        bench_upload(client)
        print("Catalog search:")
        bench_catalog(client)
    print("Catalog table rows:")
    bench_catalog_rows()
    app.exitQgis()


if __name__ == "__main__":
    main()
