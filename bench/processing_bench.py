"""Processing benchmark (``make bench-processing``): what running the jobs as
algorithms costs and gives.

* ``qgis_process`` start-up: one cheap algorithm run (spexi_multi_view, one
  request) from the command line, against the same run in-process;
* spexi_search of the whole demo site (cells under 1 km², 2,000 images) into
  GeoPackages, in-process;
* download_images of 60 zoomed Spexi images with 100 ms of latency per request,
  one at a time and eight at a time.

The sandbox runs in its own process, as the real services would. Figures are
printed, never asserted: min / median / max of three runs each.
"""

import os
import sys
import tempfile
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from plugin_package import register_plugin_package  # noqa: E402
from spread import repeat  # noqa: E402
SITE = "-123.135,-123.108,49.275,49.290 [EPSG:4326]"
POINT = "-123.1216,49.2827 [EPSG:4326]"
IMAGES, LATENCY = 60, 0.1






def timed(function):
    seconds, result = repeat(function)
    return result, seconds


def main():
    register_plugin_package()
    from qgis.core import QgsApplication

    from imagery_hub.scripts.demo.headless import environment, run_algorithm
    from imagery_hub.sandbox.process import SandboxProcess
    from imagery_hub.scripts.qgis_app import make_profile

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append(str(Path(QgsApplication.pkgDataPath()) / "python" / "plugins"))
    from processing.core.Processing import Processing

    Processing.initialize()
    import processing

    from imagery_hub.processing_provider.provider import register

    provider = register()  # noqa: F841 (kept referenced while the algorithms run)
    with tempfile.TemporaryDirectory(prefix="imagery-hub-bench-") as folder:
        folder = Path(folder)
        with SandboxProcess() as sandbox:
            env = environment(make_profile(folder / "profiles"), sandbox.url)
            os.environ.update({k: v for k, v in env.items() if k.startswith("IMAGERY_HUB_")})
            measure(processing, run_algorithm, env, sandbox.url, folder)


def measure(processing, run_algorithm, env, url, folder):
    _, cli = timed(lambda: run_algorithm("spexi_multi_view", {"POINT": POINT, "OUTPUT": folder / "cli.gpkg"}, env))
    _, inside = timed(lambda: processing.run("imagery_hub:spexi_multi_view", {
        "POINT": POINT, "OUTPUT": str(folder / "views.gpkg")}))
    print(f"spexi_multi_view: qgis_process {cli:.2f} s, processing.run {inside * 1000:.0f} ms "
          f"(qgis_process start-up with the plugin: {cli - inside:.2f} s)")
    search, seconds = timed(lambda: processing.run("imagery_hub:spexi_search", {
        "EXTENT": SITE, "MAX_IMAGES": 2000, "FOCUSED": False, "FOOTPRINTS": str(folder / "f.gpkg"),
        "CAMERAS": str(folder / "c.gpkg")}))
    print(f"spexi_search of the demo site: {search['COUNT']:,} images in {search['CELLS']} cells, {seconds:.2f} s "
          f"({search['COUNT'] / seconds:,.0f} images/s, both layers written)")
    processing.run("imagery_hub:spexi_search", {"EXTENT": SITE, "MAX_IMAGES": IMAGES,
                                                "FOOTPRINTS": str(folder / "few.gpkg"), "CAMERAS": "TEMPORARY_OUTPUT"})

    runs = iter(range(10**6))

    def download(concurrency, name):  # each run into a folder of its own: nothing is there yet
        return timed(lambda: processing.run("imagery_hub:download_images", {
            "INPUT": str(folder / "few.gpkg"), "VARIANT": "zoomed", "CONCURRENCY": concurrency,
            "FOLDER": str(folder / name / str(next(runs))), "OUTPUT": "TEMPORARY_OUTPUT"}))
    download(8, "warm-up")  # the sandbox renders each zoomed JPEG once, then serves it from its cache
    requests.post(f"{url}/_sandbox/faults", json={"kind": "latency", "delay": LATENCY}, timeout=10)
    for concurrency in (1, 8):
        result, seconds = download(concurrency, f"images_{concurrency}")
        size = sum(p.stat().st_size for p in next((folder / f"images_{concurrency}").iterdir()).iterdir())
        print(f"download_images, {LATENCY * 1000:.0f} ms latency, {concurrency} at a time: {result['DOWNLOADED']} "
              f"images, {size / 1e6:.1f} MB in {seconds:.2f} s ({result['DOWNLOADED'] / seconds:.1f} images/s)")


if __name__ == "__main__":
    main()
