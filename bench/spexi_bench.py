"""Spexi benchmark (``make bench-spexi``): searches of 1,000, 10,000 and 100,000
images into the result layers, then 100 downloads of about 1 MB with 100 ms per
request behind a link capped as a whole (every connection shares it), three
runs each.

The search prints images/s received and images/s written into the GeoPackage
(two layers per image) apart, and the longest stall of the GUI thread (a 5 ms
QTimer on the real event loop measures the gaps between its ticks; aim: under
50 ms) while the canvas shows the layers and the results table is shown; then
every footprint is selected on the map (the table follows), beside QGIS
selecting on its own (no table) as the anchor. Downloads
print MB/s with the default settings beside the link's capacity (aim: at
least 80 %) and one at a time. The sandbox runs in its own process, as the
real service would, so its work does not compete with QGIS for Python's lock.
Figures are printed, never asserted.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from plugin_package import register_plugin_package  # noqa: E402






class StallMonitor:
    """The longest gap between ticks of a timer on the GUI thread, beyond its interval."""

    def __init__(self, interval_ms=5):
        from qgis.PyQt.QtCore import QTimer

        self.interval = interval_ms / 1000
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.worst = 0.0
        self.last = None

    def start(self):
        self.worst, self.last = 0.0, time.perf_counter()
        self.timer.start()

    def _tick(self):
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last - self.interval)
        self.last = now

    def stop(self):
        self.timer.stop()
        self._tick()
        return self.worst * 1000


def run_task(registry, task):
    """Start a task and run the Qt event loop until its callbacks have run."""
    from qgis.PyQt.QtCore import QEventLoop

    loop, outcome = QEventLoop(), {}
    on_success, on_error = task.on_success, task.on_error

    def done(key, callback):
        def finish(value):
            began = time.perf_counter()
            outcome[key] = callback(value) if callback else value
            outcome["callback_ms"] = (time.perf_counter() - began) * 1000
            loop.quit()
        return finish

    task.on_success, task.on_error = done("result", on_success), done("error", on_error)
    began = time.perf_counter()
    registry.start(task)
    loop.exec()
    outcome["seconds"] = time.perf_counter() - began
    if "error" in outcome:
        raise SystemExit(f"{task.description()} failed: {outcome['error']}")
    return outcome


def start_plugin():
    """The plugin started as QGIS starts it (initGui registers its Processing provider)."""
    from minimal_iface import MinimalIface

    from imagery_hub import classFactory

    plugin = classFactory(MinimalIface())
    plugin.initGui()
    return plugin


def stop_plugin(plugin):
    """Unload the plugin and delete its stand-in main window before QGIS exits
    (a canvas deleted by Python after that crashes the process)."""
    plugin.unload()
    plugin.iface.close()


def spread(values, unit="", digits=0):
    values = sorted(values)
    return " / ".join(f"{v:,.{digits}f}" for v in (values[0], statistics.median(values), values[-1])) + unit


def bench_search(registry, make_client, folder, count, runs):
    from qgis.core import QgsApplication, QgsGeometry, QgsProject, QgsRectangle
    from qgis.PyQt.QtCore import QEvent
    from qgis.gui import QgsMapCanvas

    from imagery_hub.core.aoi import WGS84, make_aoi
    from imagery_hub.core.spexi.layers import TABLE_COLUMNS, open_results
    from imagery_hub.core.spexi.tasks import SpexiSearchTask
    from imagery_hub.sandbox.demo_site import EXTENT
    from imagery_hub.ui.results_table import ResultsTable

    aoi = make_aoi(QgsGeometry.fromRect(QgsRectangle(*EXTENT)), WGS84, "extent")
    canvas = QgsMapCanvas()
    canvas.setParallelRenderingEnabled(True)  # as QGIS sets it
    canvas.resize(800, 600)
    canvas.show()
    table = ResultsTable(canvas, TABLE_COLUMNS)
    table.resize(500, 400)
    table.show()
    shown, figures = {}, {key: [] for key in ("receive", "write", "show", "stall", "select", "select_stall",
                                                "anchor", "anchor_stall")}

    def show(result):  # what the Spexi tab does with a result, on the GUI thread
        footprints, cameras = open_results(result.path, "Spexi bench", span=result.span)
        canvas.setLayers([footprints, cameras])
        canvas.setExtent(footprints.extent())
        table.set_layer(footprints, result.rows)
        shown.update(footprints=footprints, rows=table.model().rowCount(), result=result)
        return result

    make_client().session.get_json("developer-api/api/v1/image", params={"p": "-123.12,49.28", "limit": 1})
    for _ in range(runs):
        if shown:
            table.set_layer(None)
            QgsProject.instance().removeAllMapLayers()
        monitor = StallMonitor()
        monitor.start()
        task = SpexiSearchTask(make_client, aoi, {"focused": False}, count, folder, on_success=show)
        writing = []
        task.statusChanged.connect(
            lambda text, writing=writing: writing.append(time.perf_counter()) if text.startswith("Writing") else None)
        began = time.perf_counter()
        outcome = run_task(registry, task)
        wait_events(0.3)  # the user looks at the result first
        figures["stall"].append(monitor.stop())
        app = QgsApplication.instance()
        select_all_ms(app, monitor, shown["footprints"], [])  # once unmeasured: the file in the cache for both
        figures["select"].append(select_all_ms(app, monitor, shown["footprints"], figures["select_stall"]))
        table.set_layer(None)  # the anchor: QGIS selecting on its own, the same layer and canvas
        figures["anchor"].append(select_all_ms(app, monitor, shown["footprints"], figures["anchor_stall"]))
        result = shown["result"]
        figures["receive"].append(result.count / (writing[0] - began))
        figures["write"].append(result.count / (outcome["seconds"] - (writing[0] - began)))
        figures["show"].append(outcome["callback_ms"])
    print(f"Search: {result.count:,} images over {aoi.describe()} in {result.cells} cells "
          f"(min / median / max of {runs})")
    print(f"  receiving: {spread(figures['receive'])} images/s")
    print(f"  writing the GeoPackage (footprints and cameras) and reading the table's rows: "
          f"{spread(figures['write'])} images/s")
    print(f"  adding the layers and filling the table ({shown['rows']:,} rows): {spread(figures['show'], ' ms')}")
    print(f"  longest GUI-thread stall, search to result shown, canvas and table shown: "
          f"{spread(figures['stall'], ' ms')} (aim: under 50 ms)")
    print(f"  selecting all {shown['rows']:,} footprints on the map (the table follows), with the events: "
          f"{spread(figures['select'], ' ms')}, longest stall {spread(figures['select_stall'], ' ms')}")
    print(f"    anchor, QGIS alone (no table): {spread(figures['anchor'], ' ms')}, "
          f"longest stall {spread(figures['anchor_stall'], ' ms')}")
    table.set_layer(None)
    for widget in (table, canvas):  # gone now, not when Python exits after QGIS (a crash there)
        widget.deleteLater()
    QgsApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return shown["footprints"]


def select_all_ms(app, monitor, layer, stalls):
    """Milliseconds of QGIS's "Select All" on ``layer`` with the events it
    leaves; the longest stall meanwhile goes to ``stalls``."""
    layer.removeSelection()
    wait_events(0.3)
    monitor.start()
    began = time.perf_counter()
    layer.selectAll()
    app.processEvents()
    spent = (time.perf_counter() - began) * 1000
    wait_events(0.3)  # the redraw
    stalls.append(monitor.stop())
    return spent


def wait_events(seconds):
    from qgis.PyQt.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def bench_downloads(registry, sandbox_url, make_client, footprints, folder, files, link, runs):
    from qgis.core import QgsFeatureRequest

    from imagery_hub.core.settings import DEFAULT_CONCURRENCY
    from imagery_hub.core.spexi.layers import gpkg_of, set_local_paths
    from imagery_hub.core.spexi.tasks import download_task
    from imagery_hub.providers.download import download
    from imagery_hub.providers.spexi.client import image_filename

    request = QgsFeatureRequest().setFilterExpression('"capture_type" = \'orthomosaic\'').setLimit(files)
    features = list(footprints.getFeatures(request))
    targets = {f["id"]: (f["original_url"], image_filename(f["id"], "original")) for f in features}
    client = make_client()
    print(f"Downloads: rendering {len(targets)} originals in the sandbox first (not timed)…", flush=True)
    with ThreadPoolExecutor(2) as pool:
        sizes = list(pool.map(lambda t: len(client.session.get(t[0]).content), targets.values()))
    faults = [{"kind": "latency", "delay": 0.1, "path": "/image/"},
              {"kind": "bandwidth", "rate": link, "link": True, "path": "/image/"}]
    requests.post(f"{sandbox_url}/_sandbox/faults", json=faults, timeout=10).raise_for_status()
    print(f"  {len(targets)} files of {sum(sizes) / len(sizes) / 1e6:.2f} MB on average; 100 ms per request, "
          f"the link capped as a whole at {link / 1e6:.1f} MB/s (min / median / max of {runs})")

    rates, stalls, writes = [], [], []
    for run in range(runs):
        monitor = StallMonitor()
        monitor.start()
        path = gpkg_of(footprints)
        task = download_task(make_client, targets, Path(folder) / f"concurrent{run}", DEFAULT_CONCURRENCY,
                             on_success=lambda result, path=path: (
                                 set_local_paths(path, result.paths, written=result.written), result)[1],
                             gpkg=path)
        outcome = run_task(registry, task)
        stalls.append(monitor.stop())
        rates.append(sum(sizes) / outcome["seconds"] / 1e6)
        writes.append(outcome["callback_ms"])
    print(f"  default settings (adapting, up to {DEFAULT_CONCURRENCY} at once): {spread(rates, ' MB/s', 1)} = "
          f"{100 * statistics.median(rates) * 1e6 / link:.0f} % of the link (median)")
    baseline = list(targets.values())[:max(5, files // 10)]
    began = time.perf_counter()
    for url, name in baseline:
        download(client.session, url, Path(folder) / "baseline", name)
    sequential = sum(sizes[:len(baseline)]) / (time.perf_counter() - began) / 1e6
    print(f"  anchor, one by one ({len(baseline)} files): {sequential:.2f} MB/s = "
          f"{100 * sequential * 1e6 / link:.0f} % of the link")
    print(f"  refreshing the layers after the paths were written in the task: {spread(writes, ' ms')}")
    print(f"  longest GUI-thread stall during the downloads: {spread(stalls, ' ms')}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--images", type=int, nargs="+", default=[1_000, 10_000, 100_000],
                        help="library sizes, each searched whole (the downloads after the last)")
    parser.add_argument("--downloads", type=int, default=100)
    parser.add_argument("--link", type=float, default=8_000_000, help="bytes/s of the whole link")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    register_plugin_package()
    from qgis.core import QgsApplication

    app = QgsApplication([], True)
    app.initQgis()
    run(args)  # everything it made is gone before QGIS exits (else a crash at exit)
    app.exitQgis()


def run(args):
    from qgis.core import QgsProject

    from imagery_hub.core.spexi.tasks import client_factory
    from imagery_hub.core.tasks import TaskRegistry
    from imagery_hub.sandbox.accounts import secret
    from imagery_hub.sandbox.process import SandboxProcess

    plugin = start_plugin()  # as QGIS starts it: what it sets up at start is part of the figures
    with tempfile.TemporaryDirectory(prefix="spexi-bench-") as folder:
        for count in args.images:
            # about 1 MB per original: 2000 × 1500 pixels with a noisy sensor
            with SandboxProcess({"spexi.images": count, "spexi.image_size": "2000x1500",
                                 "spexi.image_noise": 12}) as sandbox:
                make_client = client_factory(secret("spexi"), f"{sandbox.url}/spexi")
                registry = TaskRegistry()
                footprints = bench_search(registry, make_client, folder, count, args.runs)
                if count == args.images[-1]:
                    bench_downloads(registry, sandbox.url, make_client, footprints, folder, args.downloads,
                                    args.link, args.runs)
    QgsProject.instance().removeAllMapLayers()
    stop_plugin(plugin)

if __name__ == "__main__":
    main()
