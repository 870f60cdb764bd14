"""Mapillary figures against the sandbox (printed, never asserted):

* search of an area needing 35 cells, with 50 ms added to every search request,
  fetched 1, 4 and 8 cells at a time;
* decoding a z14 coverage tile and detection geometry with providers/mvt.py.

    .venv/bin/python bench/mapillary_bench.py
"""

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from plugin_package import register_plugin_package  # noqa: E402

register_plugin_package()

from imagery_hub.providers import mvt  # noqa: E402
from imagery_hub.providers.mapillary.client import MapillaryClient, parse_detection  # noqa: E402
from imagery_hub.sandbox import DEMO_CREDENTIALS  # noqa: E402
from imagery_hub.sandbox.mapillary.data import world  # noqa: E402
from imagery_hub.sandbox.process import SandboxProcess  # noqa: E402

AREA = (-123.150, 49.260, -123.090, 49.305)  # 0.06° × 0.045°: 7 × 5 cells of 0.0099°


def timed(function, repeat=1):
    start = time.perf_counter()
    for _ in range(repeat):
        result = function()
    return (time.perf_counter() - start) / repeat, result


def three(function):
    """min / median / max seconds of three runs, and the last result."""
    runs = [timed(function) for _ in range(3)]
    seconds = sorted(s for s, _ in runs)
    return f"{seconds[0]:.2f} / {statistics.median(seconds):.2f} / {seconds[-1]:.2f} s", runs[-1][1]


def main():
    with SandboxProcess() as sandbox:  # its own process: the client's figures only
        client = MapillaryClient(DEMO_CREDENTIALS["mapillary"]["secret"], f"{sandbox.url}/mapillary",
                                 f"{sandbox.url}/mapillary-tiles")
        client.search(AREA)  # warm the sandbox's world and caches
        sandbox.add_fault(kind="latency", delay=0.05, path="/mapillary/images")
        print(f"search of {AREA} with 50 ms per request (min / median / max of 3):")
        for concurrency in (1, 4, 8):
            client.concurrency = concurrency
            seconds, result = three(lambda: client.search(AREA))
            print(f"  {concurrency} at a time{' (the anchor)' if concurrency == 1 else ''}: {seconds} for "
                  f"{result.cells} cells, {len(result.images):,} images")
        sandbox.clear_faults()

        image = world().images[len(world().images) // 2]
        tile = client.tiles_session.request(
            "GET", client.tile_url_template().format(z=14, x=2588, y=5606)).content
        seconds, layers = timed(lambda: mvt.decode(tile), 50)
        features = sum(len(layer.features) for layer in layers.values())
        print(f"decode a z14 coverage tile ({len(tile):,} bytes, {features} features): {seconds * 1000:.2f} ms")
        data = client.session.get_json(f"{image.id}/detections", params={"fields": "id,value,geometry"})["data"]
        seconds, _ = timed(lambda: [parse_detection(d, 4000, 3000) for d in data], 200)
        print(f"decode detection geometry: {seconds / max(1, len(data)) * 1e6:.1f} µs per detection")


if __name__ == "__main__":
    main()
