"""Request-budget figures (printed, never asserted; min / median / max of three
runs, the sandbox in its own process):

* estimating a 60° × 60° area for Spexi and Mapillary (arithmetic, no grid) and
  the peak memory of refusing it;
* making the first 1,000 cells of that area lazily;
* the time from Cancel to the end of a Spexi and a Mapillary search of a large
  area against the sandbox, with 300 ms added to every request.

    .venv/bin/python bench/budget_bench.py
"""

import sys
import threading
import time
import tracemalloc
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from plugin_package import register_plugin_package  # noqa: E402

register_plugin_package()

from shapely.geometry import box  # noqa: E402

from imagery_hub.providers.errors import ImageryHubError, OperationCancelled  # noqa: E402
from imagery_hub.providers.mapillary import search as mapillary  # noqa: E402
from imagery_hub.providers.mapillary.client import MapillaryClient  # noqa: E402
from imagery_hub.providers.spexi import query as spexi  # noqa: E402
from imagery_hub.providers.spexi.client import SpexiClient  # noqa: E402
from imagery_hub.sandbox import DEMO_CREDENTIALS  # noqa: E402
from imagery_hub.sandbox.process import SandboxProcess  # noqa: E402
from spread import Spread, repeat  # noqa: E402

HUGE = box(-30, -30, 30, 30)
LARGE = box(-123.5, 49.0, -123.0, 49.5)


def estimate_and_refuse():
    try:
        mapillary.search_cells(HUGE)
    except ImageryHubError:
        pass
    return spexi.count_cells(HUGE), mapillary.count_cells(HUGE)


def estimates():
    seconds, (spexi_cells, mapillary_cells) = repeat(estimate_and_refuse)
    tracemalloc.start()
    estimate_and_refuse()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"Spexi estimate of 60°×60°: {spexi_cells:,} cells, Mapillary: {mapillary_cells:,} cells, refused — "
          f"{seconds * 1000:.2f} ms, peak {peak / 1e6:.2f} MB")
    lazily = (("Spexi", lambda: spexi.iter_cells(HUGE)),
              ("Mapillary", lambda: mapillary.search_cells(HUGE, max_cells=10**12)))
    for name, cells in lazily:
        seconds, count = repeat(lambda cells=cells: sum(1 for _ in islice(cells(), 1000)))
        print(f"{name}: first {count:,} cells in {seconds * 1000:.1f} ms")


def cancel_time(name, search):
    seconds = Spread([cancel_once(search) for _ in range(3)])
    print(f"{name}: Cancel to the end of the search {seconds:.2f} s")


def cancel_once(search):
    cancelled = threading.Event()
    ended = {}

    def run():
        try:
            search(cancelled.is_set)
        except OperationCancelled:
            pass
        ended["at"] = time.perf_counter()

    worker = threading.Thread(target=run)
    worker.start()
    time.sleep(1.0)  # the search is under way
    cancelled.set()
    clicked = time.perf_counter()
    worker.join()
    return ended["at"] - clicked


def main():
    print("min / median / max of 3 runs")
    estimates()
    with SandboxProcess() as sandbox:  # its own process: the client's figures only
        sandbox.add_fault(kind="latency", delay=0.3)
        spexi_key = DEMO_CREDENTIALS["spexi"]["secret"]
        cancel_time("Spexi", lambda cancelled: list(SpexiClient(
            spexi_key, f"{sandbox.url}/spexi", cancelled=cancelled).search_area(LARGE)))
        cancel_time("Mapillary", lambda cancelled: MapillaryClient(
            DEMO_CREDENTIALS["mapillary"]["secret"], f"{sandbox.url}/mapillary", f"{sandbox.url}/mapillary-tiles",
            cancelled=cancelled).search(LARGE, max_cells=10**6))


if __name__ == "__main__":
    main()
