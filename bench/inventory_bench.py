"""Imagery inventory benchmark (``make bench-inventory``): the overview's time
beside the slowest single service's own search time over the same area.

Each service is first searched alone (its own client search, as its tab does);
then "All services" runs as the panel runs it (one InventoryTask in QGIS's task
manager, a thread per service). Printed: each service alone, when the first
service's numbers arrived, when the overview was complete (every service
ended, before the layer is written), and its ratio to the slowest service
alone (aim: at most 1.2). The sandbox runs in its own process with a latency
per request, as a real service has.

Then a click on a service's row at 1,000, 10,000 and 100,000 Spexi images (a
result GeoPackage written for each): the time it holds the GUI thread with the
rows the inventory's task read, beside the anchor of the tab reading them
itself on the GUI thread (as before), and the task's read. Figures are
printed, never asserted.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from plugin_package import register_plugin_package  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency", type=float, default=0.05, help="seconds added to every request")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    register_plugin_package()
    from qgis.core import QgsApplication
    from shapely import wkt

    from imagery_hub.core.inventory import InventoryTask
    from imagery_hub.core.tasks import TaskRegistry
    from imagery_hub.providers import inventory
    from imagery_hub.providers.registry import service
    from imagery_hub.sandbox.accounts import DEMO_CREDENTIALS
    from imagery_hub.sandbox.demo_site import AOI_WKT
    from imagery_hub.sandbox.process import SandboxProcess

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QgsApplication([], True)
    app.initQgis()
    area = wkt.loads(AOI_WKT)
    options = inventory.InventoryOptions(area_km2=0.39)
    with SandboxProcess() as sandbox, tempfile.TemporaryDirectory() as folder:
        requests.post(f"{sandbox.url}/_sandbox/faults", json={"kind": "latency", "delay": args.latency}, timeout=10)
        plan = {s: (DEMO_CREDENTIALS[s], service(s).sandbox_urls(sandbox.url)) for s in inventory.service_ids()}
        alone = {s: [] for s in plan}
        first, complete = [], []
        registry = TaskRegistry()
        for _run in range(args.runs):
            for service_id, (credentials, urls) in plan.items():
                began = time.perf_counter()
                inventory.search(service_id, credentials, urls, area, options)
                alone[service_id].append(time.perf_counter() - began)
            ended = {}
            task = InventoryTask(plan, area, options, folder, datetime.now())
            task.serviceEnded.connect(lambda s, result, ended=ended: ended.setdefault(s, time.perf_counter()))
            began = time.perf_counter()
            registry.start(task)
            while registry.running():
                app.processEvents()
                time.sleep(0.002)
            first.append(min(ended.values()) - began)
            complete.append(max(ended.values()) - began)
        medians = {s: statistics.median(t) for s, t in alone.items()}
        slowest = max(medians, key=medians.get)
        print(f"Imagery inventory over the demo AOI, {args.latency * 1000:.0f} ms latency per request, "
              f"median of {args.runs} runs")
        for service_id, seconds in medians.items():
            print(f"  {service(service_id).name:<15} alone {seconds:6.2f} s")
        overview = statistics.median(complete)
        print(f"  first service's numbers after {statistics.median(first):.2f} s")
        print(f"  overview complete after      {overview:.2f} s = {overview / medians[slowest]:.2f} × the slowest "
              f"service alone ({service(slowest).name}, {medians[slowest]:.2f} s; aim ≤ 1.2 ×)")
        print(f"  the five one after another would take {sum(medians.values()):.2f} s")
    bench_row_click(app, args.runs)
    # no app.exitQgis(): a result layer the Spexi tab still holds would be closed by
    # Python's teardown after QGIS had closed GDAL, and the process crash at its end


def spexi_rows(count, area):
    """``count`` Spexi images over ``area`` as :func:`core.spexi.layers.result_rows` gives them."""
    from shapely.geometry import Point, box

    lon, lat = area.centroid.x, area.centroid.y
    when = datetime(2024, 6, 1, 12)
    rows = []
    for i in range(count):
        x, y = lon + (i % 300) * 1e-5, lat + (i // 300) * 1e-5
        values = (f"image-{i}", i + 1, f"key-{i}", "nadir", when, 90.0, -90.0, 0.0, 60.0, 1.0, "bench",
                  f"https://example.org/{i}.jpg", None)
        rows.append((values, box(x, y, x + 2e-4, y + 2e-4).wkb, Point(x + 1e-4, y + 1e-4).wkb))
    return rows


def bench_row_click(app, runs):
    """A row's click (``open_service``) on the GUI thread at 1k, 10k and 100k images."""
    from qgis.core import QgsProject
    from shapely import wkt

    from imagery_hub.core.spexi import inventory as spexi_inventory
    from imagery_hub.core.spexi.layers import write_results
    from imagery_hub.sandbox.demo_site import AOI_WKT
    from imagery_hub.ui.inventory import table_fields

    sys.path.insert(0, str(ROOT / "bench"))
    from spexi_bench import start_plugin, stop_plugin
    from spread import repeat

    plugin = start_plugin()
    panel = plugin.panel().inventory
    tab = next(t for t in panel.dock.service_tabs if t.service_id == "spexi")
    fields = table_fields(tab)
    area = wkt.loads(AOI_WKT)
    print(f"A row's click, Spexi (the GUI thread, min / median / max of {runs}):")
    with tempfile.TemporaryDirectory() as folder:
        for count in (1_000, 10_000, 100_000):
            path = Path(folder) / f"spexi_{count}.gpkg"
            write_results(path, spexi_rows(count, area))
            layers = spexi_inventory.open_layers(path)
            QgsProject.instance().addMapLayers(layers)
            read, rows = repeat(lambda path=path: spexi_inventory.table_rows(path, fields), runs)
            panel.service_layers = {"spexi": layers}

            def click(rows):
                panel.service_rows = {"spexi": rows}
                panel.open_service("spexi")
                app.processEvents()
            shown, _ = repeat(lambda rows=rows: click(rows), runs)
            alone, _ = repeat(lambda: click(None), runs)  # the anchor: the tab reads them on the GUI thread
            print(f"  {count:>7,} images: {shown * 1000:.1f} ms with the task's rows; {alone * 1000:.1f} ms reading "
                  f"them there (before); the task's read {read * 1000:.1f} ms")
            tab.table.set_layer(None)
            QgsProject.instance().removeAllMapLayers()
    stop_plugin(plugin)


if __name__ == "__main__":
    main()
