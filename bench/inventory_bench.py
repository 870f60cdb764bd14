"""Imagery inventory benchmark (``make bench-inventory``): the overview's time
beside the slowest single service's own search time over the same area.

Each service is first searched alone (its own client search, as its tab does);
then "All services" runs as the panel runs it (one InventoryTask in QGIS's task
manager, a thread per service). Printed: each service alone, when the first
service's numbers arrived, when the overview was complete (every service
ended, before the layer is written), and its ratio to the slowest service
alone (aim: at most 1.2). The sandbox runs in its own process with a latency
per request, as a real service has. Figures are printed, never asserted.
"""

import argparse
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

    app = QgsApplication([], False)
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
    app.exitQgis()


if __name__ == "__main__":
    main()
