"""Downloads benchmark (``make bench-downloads``): files of 1 MB behind a link
capped as a whole (every connection shares it, as a real line does) at 8 and
40 MB/s, with 100 ms before each answer, three runs each (min / median / max).
Beside the default settings (connections adapting up to 16), the anchors: the
link's capacity, one file at a time, and four at a time (the former default).
Goal: at least 80 % of the link with the default settings. The sandbox runs in
its own process. Figures are printed, never asserted.
"""

import statistics
import sys
import tempfile
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from plugin_package import register_plugin_package  # noqa: E402

RUNS = 3
LINKS = (8e6, 40e6)
FILE_SIZE = 1_000_000
LATENCY = 0.1
SECONDS_OF_DATA = 4  # files per run: about this many seconds of the full link


def fetch(url, folder, count, concurrency):
    """(MB/s, peak connections) of downloading ``count`` files with core.downloads.Downloader."""
    from imagery_hub.core.downloads import Downloader, DownloadJob
    from imagery_hub.providers import http

    def make_session(cancelled):
        return http.make_session("Files", url, None, cancelled=cancelled)

    stamp = time.monotonic_ns()
    jobs = [DownloadJob(key=i, url=f"{url}/files/blob/link{stamp}_{i}?size={FILE_SIZE}", filename=f"{stamp}_{i}.bin")
            for i in range(count)]
    downloader = Downloader(jobs, folder, make_session, concurrency)
    began = time.perf_counter()
    result = downloader.run()
    seconds = time.perf_counter() - began
    if result.errors:
        raise SystemExit(f"downloads failed: {next(iter(result.errors.values()))}")
    for path in result.paths.values():
        Path(path).unlink()
    return count * FILE_SIZE / seconds / 1e6, downloader.peak


def main():
    register_plugin_package()
    from imagery_hub.core.settings import DEFAULT_CONCURRENCY
    from imagery_hub.sandbox.process import SandboxProcess

    print(f"Downloads of {FILE_SIZE / 1e6:.0f} MB files, {LATENCY * 1000:.0f} ms per request, the link capped "
          "as a whole; MB/s min / median / max of 3 (share of the link)")
    with SandboxProcess() as sandbox, tempfile.TemporaryDirectory(prefix="downloads-bench-") as folder:
        for link in LINKS:
            faults = [{"kind": "latency", "delay": LATENCY, "path": "/files/blob/link"},
                      {"kind": "bandwidth", "rate": link, "link": True, "path": "/files/blob/link"}]
            requests.delete(f"{sandbox.url}/_sandbox/faults", timeout=10).raise_for_status()
            requests.post(f"{sandbox.url}/_sandbox/faults", json=faults, timeout=10).raise_for_status()
            count = int(SECONDS_OF_DATA * link / FILE_SIZE)
            print(f"  link {link / 1e6:.0f} MB/s, {count} files per run")
            for label, concurrency, files in (("one at a time", 1, max(4, count // 8)),
                                              ("4 at a time (at most 4)", 4, count),
                                              (f"default (adapting, up to {DEFAULT_CONCURRENCY})", DEFAULT_CONCURRENCY,
                                               count)):
                runs = [fetch(sandbox.url, folder, files, concurrency) for _ in range(RUNS)]
                rates = sorted(rate for rate, _ in runs)
                peaks = sorted({peak for _, peak in runs})
                print(f"    {label:<32} {rates[0]:5.1f} / {statistics.median(rates):5.1f} / {rates[-1]:5.1f} MB/s "
                      f"({100 * statistics.median(rates) * 1e6 / link:3.0f} % of the link; "
                      f"at most {'/'.join(map(str, peaks))} at once)")


if __name__ == "__main__":
    main()
