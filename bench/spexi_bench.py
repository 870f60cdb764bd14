"""Spexi benchmark (``make bench-spexi``): a 20,000-image search into the result
layers, and 100 downloads of about 1 MB with 100 ms latency per request and a
bandwidth cap per connection.

Prints features per second into the layer, the longest stall of the GUI thread
(a 5 ms QTimer on it measures the gaps between its ticks; aim: under 50 ms),
and download throughput against a one-by-one baseline and against the cap
(aim: at least 80 % of it). The sandbox runs in its own process, as the real
service would, so its work does not compete with QGIS for Python's lock.
Figures are printed, never asserted.
"""

import argparse
import os
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


def bench_search(registry, make_client, folder, count):
    from qgis.core import QgsGeometry, QgsRectangle
    from qgis.gui import QgsMapCanvas

    from imagery_hub.core.aoi import WGS84, make_aoi
    from imagery_hub.core.spexi.layers import TABLE_COLUMNS, open_results
    from imagery_hub.core.spexi.tasks import SpexiSearchTask
    from imagery_hub.sandbox.demo_site import EXTENT
    from imagery_hub.ui.results_table import ResultsTable

    aoi = make_aoi(QgsGeometry.fromRect(QgsRectangle(*EXTENT)), WGS84, "extent")
    canvas = QgsMapCanvas()
    table = ResultsTable(canvas, TABLE_COLUMNS)
    shown = {}

    def show(result):  # what the Spexi tab does with a result, on the GUI thread
        footprints, cameras = open_results(result.path, "Spexi bench")
        table.set_layer(footprints, result.rows)
        shown.update(footprints=footprints, rows=table.model().rowCount())
        return result

    make_client().session.get_json("developer-api/api/v1/image", params={"p": "-123.12,49.28", "limit": 1})
    monitor = StallMonitor()
    monitor.start()
    task = SpexiSearchTask(make_client, aoi, {"focused": False}, count, folder, on_success=show)
    writing = []
    task.statusChanged.connect(lambda text: writing.append(time.perf_counter()) if text.startswith("Writing") else None)
    began = time.perf_counter()
    outcome = run_task(registry, task)
    stall = monitor.stop()
    result = outcome["result"]
    searched = writing[0] - began
    print(f"Search: {result.count:,} images over {aoi.describe()} in {result.cells} cells: "
          f"{outcome['seconds']:.1f} s ({searched:.1f} s receiving, {outcome['seconds'] - searched:.1f} s writing "
          "the GeoPackage and reading the table's rows)")
    print(f"  {result.count / outcome['seconds']:,.0f} features/s into the layer "
          f"({2 * result.count / outcome['seconds']:,.0f} counting both layers)")
    print(f"  adding the layers and filling the table ({shown['rows']:,} rows): {outcome['callback_ms']:.0f} ms")
    print(f"  longest GUI-thread stall during the search: {stall:.0f} ms")
    return shown["footprints"]


def bench_downloads(registry, sandbox_url, make_client, footprints, folder, files, rate, baseline_files):
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
              {"kind": "bandwidth", "rate": rate, "path": "/image/"}]
    requests.post(f"{sandbox_url}/_sandbox/faults", json=faults, timeout=10).raise_for_status()
    mean = sum(sizes) / len(sizes)
    print(f"  {len(targets)} files of {mean / 1e6:.2f} MB on average; 100 ms latency per request, "
          f"cap {rate / 1e6:.1f} MB/s per connection")

    baseline = list(targets.values())[:baseline_files]
    began = time.perf_counter()
    for url, name in baseline:
        download(client.session, url, Path(folder) / "baseline", name)
    seconds = time.perf_counter() - began
    sequential = sum(sizes[:baseline_files]) / seconds
    print(f"  one by one: {baseline_files} files in {seconds:.1f} s, {sequential / 1e6:.2f} MB/s")

    concurrency = DEFAULT_CONCURRENCY
    monitor = StallMonitor()
    monitor.start()
    task = download_task(make_client, targets, Path(folder) / "concurrent", concurrency,
                         on_success=lambda result: (set_local_paths(gpkg_of(footprints), result.paths), result)[1])
    outcome = run_task(registry, task)
    stall = monitor.stop()
    result = outcome["result"]
    throughput = sum(sizes) / outcome["seconds"]
    cap = concurrency * rate
    print(f"  {concurrency} at a time (the default): {len(result.paths)} files in {outcome['seconds']:.1f} s, "
          f"{throughput / 1e6:.2f} MB/s = {throughput / sequential:.1f}× one by one, "
          f"{100 * throughput / cap:.0f} % of the cap ({concurrency} × {rate / 1e6:.1f} MB/s)")
    print(f"  writing {len(result.paths)} local paths into the layers: {outcome['callback_ms']:.0f} ms")
    print(f"  longest GUI-thread stall during the downloads: {stall:.0f} ms")
    if result.errors:
        print(f"  failed: {result.errors}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--images", type=int, default=20_000, help="library size and search cap")
    parser.add_argument("--downloads", type=int, default=100)
    parser.add_argument("--baseline", type=int, default=20, help="files downloaded one by one for the baseline")
    parser.add_argument("--rate", type=float, default=2_000_000, help="bytes/s per connection")
    args = parser.parse_args()

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    register_plugin_package()
    from qgis.core import QgsApplication

    from imagery_hub.core.tasks import TaskRegistry
    from imagery_hub.core.spexi.tasks import client_factory
    from imagery_hub.sandbox.accounts import secret
    from imagery_hub.sandbox.process import SandboxProcess

    app = QgsApplication([], True)
    app.initQgis()
    with tempfile.TemporaryDirectory(prefix="spexi-bench-") as folder:
        # about 1 MB per original: 2000 × 1500 pixels with a noisy sensor
        with SandboxProcess({"spexi.images": args.images, "spexi.image_size": "2000x1500",
                             "spexi.image_noise": 12}) as sandbox:
            url = sandbox.url
            make_client = client_factory(secret("spexi"), f"{url}/spexi")
            registry = TaskRegistry()
            footprints = bench_search(registry, make_client, folder, args.images)
            bench_downloads(registry, url, make_client, footprints, folder, args.downloads, args.rate, args.baseline)
    app.exitQgis()


if __name__ == "__main__":
    main()
