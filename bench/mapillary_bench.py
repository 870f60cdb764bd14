"""Mapillary figures against the sandbox (printed, never asserted):

* search of an area needing 35 cells, with 50 ms added to every search request,
  fetched 1, 4 and 8 cells at a time;
* decoding a z14 coverage tile and detection geometry with providers/mvt.py.

    .venv/bin/python bench/mapillary_bench.py
"""

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from plugin_package import register_plugin_package  # noqa: E402

register_plugin_package()

from imagery_hub.providers import mvt  # noqa: E402
from imagery_hub.providers.mapillary.client import MapillaryClient, parse_detection  # noqa: E402
from imagery_hub.sandbox import DEMO_CREDENTIALS, Sandbox  # noqa: E402
from imagery_hub.sandbox.mapillary.data import world  # noqa: E402

AREA = (-123.150, 49.260, -123.090, 49.305)  # 0.06° × 0.045°: 7 × 5 cells of 0.0099°


def timed(function, repeat=1):
    start = time.perf_counter()
    for _ in range(repeat):
        result = function()
    return (time.perf_counter() - start) / repeat, result


def main():
    with Sandbox() as sandbox:
        client = MapillaryClient(DEMO_CREDENTIALS["mapillary"]["secret"], f"{sandbox.url}/mapillary",
                                 f"{sandbox.url}/mapillary-tiles")
        client.search(AREA)  # warm the sandbox's world and caches
        sandbox.faults.add(kind="latency", delay=0.05, path="/mapillary/images")
        print(f"search of {AREA} with 50 ms per request:")
        for concurrency in (1, 4, 8):
            client.concurrency = concurrency
            seconds, result = timed(lambda: client.search(AREA))
            print(f"  {concurrency} at a time: {seconds:6.2f} s for {result.cells} cells, "
                  f"{len(result.images):,} images")
        sandbox.faults.clear()

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
