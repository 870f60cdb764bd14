"""Cancel benchmark (``make bench-cancel``): how long a task takes to end after
Cancel while its server drips the answer at 20 bytes a second.

Three cases, three runs each: a download task (one file, cancelled once its
first bytes have arrived), the same against a server that has stalled in the
middle of the body (a byte every 5 s: the read waits on the socket's timeout),
and a Spexi search task (cancelled while the first page drips in). Prints min /
median / max seconds from Cancel to the task's end (the aim is under a second).
The sandbox runs in its own process, as the real service would. Figures are printed, never asserted.
"""

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from plugin_package import register_plugin_package  # noqa: E402


def cancel_and_time(registry, task, ready, timeout=120):
    """Start ``task``, cancel it once ``ready()`` is true, and return the seconds
    from Cancel until the task has ended (completed or terminated)."""
    from qgis.PyQt.QtCore import QCoreApplication, QEventLoop

    ended = []
    task.taskCompleted.connect(lambda: ended.append(time.perf_counter()))
    task.taskTerminated.connect(lambda: ended.append(time.perf_counter()))
    registry.start(task)
    deadline = time.monotonic() + timeout
    while not ready() and not ended and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    if ended:
        raise SystemExit(f"{task.description()} ended before it could be cancelled")
    cancelled = time.perf_counter()
    task.cancel()
    while not ended and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    if not ended:
        raise SystemExit(f"{task.description()} did not end within {timeout} s of Cancel")
    return ended[0] - cancelled


def bench_download(registry, url, folder, run, name="drip"):
    from imagery_hub.core.downloads import DownloadJob, DownloadTask
    from imagery_hub.providers.http import make_session

    job = DownloadJob(run, f"{name}{run}.bin", url=f"{url}/files/blob/{name}{run}?size=1000000")
    task = DownloadTask("Dripping download", [job], folder,
                        lambda cancelled: make_session("Files", url, cancelled=cancelled), 1)
    return cancel_and_time(registry, task, arrived_a_second_ago(url, f"/files/blob/{name}{run}"))


def arrived_a_second_ago(url, path):
    """True once the sandbox has had the request for a second or two: its body is
    then dripping (or stalled) and the task is in the middle of reading it. The
    random part keeps Cancel from always landing just as a read times out."""
    seen, wait = [], 1.0 + random.random()

    def ready():
        if not seen:
            if any(r["path"] == path for r in requests.get(f"{url}/_sandbox/requests", timeout=10).json()):
                seen.append(time.monotonic())
            return False
        return time.monotonic() - seen[0] > wait
    return ready


def bench_search(registry, url, folder):
    from qgis.core import QgsGeometry, QgsRectangle

    from imagery_hub.core.aoi import WGS84, make_aoi
    from imagery_hub.core.spexi.tasks import SpexiSearchTask, client_factory
    from imagery_hub.sandbox.accounts import secret
    from imagery_hub.sandbox.demo_site import EXTENT

    aoi = make_aoi(QgsGeometry.fromRect(QgsRectangle(*EXTENT)), WGS84, "extent")
    task = SpexiSearchTask(client_factory(secret("spexi"), f"{url}/spexi"), aoi, {"focused": False}, 1000, folder)
    return cancel_and_time(registry, task, arrived_a_second_ago(url, "/spexi/developer-api/api/v1/image"))


def summary(name, seconds):
    print(f"{name}: Cancel → task ended in min {min(seconds):.2f} s, median {statistics.median(seconds):.2f} s, "
          f"max {max(seconds):.2f} s ({len(seconds)} runs)")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rate", type=float, default=20, help="bytes/s the server drips")
    args = parser.parse_args()

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    register_plugin_package()
    from qgis.core import QgsApplication

    from imagery_hub.core.tasks import TaskRegistry
    from imagery_hub.sandbox.process import SandboxProcess

    app = QgsApplication([], False)
    app.initQgis()
    registry = TaskRegistry()
    with SandboxProcess() as sandbox, tempfile.TemporaryDirectory(prefix="cancel-bench-") as folder:
        faults = [{"kind": "bandwidth", "rate": 0.2, "path": "/files/blob/stall"},
                  {"kind": "bandwidth", "rate": args.rate, "path": "/files/blob/"},
                  {"kind": "bandwidth", "rate": args.rate, "path": "/spexi/"}]
        requests.post(f"{sandbox.url}/_sandbox/faults", json=faults, timeout=10).raise_for_status()
        print(f"The sandbox drips every answer at {args.rate:g} bytes/s")
        downloads = [bench_download(registry, sandbox.url, Path(folder) / f"d{run}", run) for run in range(args.runs)]
        summary("Download task", downloads)
        stalled = [bench_download(registry, sandbox.url, Path(folder) / f"s{run}", run, "stall")
                   for run in range(args.runs)]
        summary("Download task, server stalled mid-body", stalled)
        searches = [bench_search(registry, sandbox.url, folder) for _ in range(args.runs)]
        summary("Spexi search task", searches)
    app.exitQgis()


if __name__ == "__main__":
    main()
