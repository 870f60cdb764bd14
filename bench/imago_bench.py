"""Imago figures (printed, never asserted; min / median / max of three runs,
the sandbox in its own process): header checks, streamed upload memory,
downloads one by one and in parallel.

    .venv/bin/python bench/imago_bench.py
"""

import sys
import tempfile
import tracemalloc
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from plugin_package import register_plugin_package  # noqa: E402

register_plugin_package()

from imagery_hub.providers.imago.client import ImagoClient  # noqa: E402
from imagery_hub.providers.imago.headers import check_image, read_image_header  # noqa: E402
from imagery_hub.providers.imago.models import ImagerySelector  # noqa: E402
from imagery_hub.sandbox import DEMO_CREDENTIALS  # noqa: E402
from imagery_hub.sandbox.imago.api import PREFIX  # noqa: E402
from imagery_hub.sandbox.imago.data import BOREHOLES, TRAY_LENGTH, TRAYS_PER_HOLE  # noqa: E402
from imagery_hub.sandbox.imago.samples import crafted_png, photo  # noqa: E402
from imagery_hub.sandbox.process import SandboxProcess  # noqa: E402
from spread import repeat  # noqa: E402

ACCOUNT = DEMO_CREDENTIALS["imago"]


def timed(function, calls=1):
    return repeat(function, calls=calls)


def bench_headers(folder):
    small = folder / "small.jpg"
    small.write_bytes(photo(640, 480, progressive=True))
    big = folder / "big.jpg"  # a real JPEG header followed by 200 MB: the check reads only the header
    with open(big, "wb") as fh:
        fh.write(photo(64, 64)[:-2])
        fh.truncate(200 * 1024 * 1024)
    huge = folder / "huge.png"
    huge.write_bytes(crafted_png(70_000, 70_000))
    for path in (small, big, huge):
        seconds, header = timed(lambda p=path: read_image_header(p), 200)
        print(f"header of {path.name:>9} ({path.stat().st_size / 1e6:8.1f} MB): {seconds * 1e6:7.1f} µs  "
              f"{header.describe()}")


def bench_upload(sandbox, folder):
    path = folder / "upload.jpg"
    with open(path, "wb") as fh:  # a real JPEG, padded to 64 MB after its end marker
        fh.write(photo(800, 600))
        fh.truncate(64 * 1024 * 1024)
    check_image(path)
    client = ImagoClient(username=ACCOUNT["username"], password=ACCOUNT["secret"], base_url=sandbox.url + PREFIX)
    client.context()
    tracemalloc.start()
    seconds, _ = timed(lambda: client.upload_image(path, ImagerySelector("Site photos", "Field photos", "Photo",
                                                                         name="bench")))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"upload of 64 MB: {seconds:.2f} s ({64 / seconds:.0f} MB/s), peak Python memory "
          f"{peak / 1e6:.1f} MB (streamed, not loaded)")


def bench_downloads(sandbox, folder):
    client = ImagoClient(username=ACCOUNT["username"], password=ACCOUNT["secret"], base_url=sandbox.url + PREFIX)
    selectors = [ImagerySelector(hole, "Core trays", "Dry", "Vancouver Exploration", "Downtown Drilling 2024",
                                 start_depth=round(t * TRAY_LENGTH, 2)) for hole in BOREHOLES
                 for t in range(TRAYS_PER_HOLE)]
    for selector in selectors:  # the sandbox draws each image once; time the transfers, not the drawing
        client.download_image(selector, folder / "warm")
    for workers in (1, 4):
        target = folder / f"dl{workers}"

        def run(workers=workers, target=target):
            with ThreadPoolExecutor(workers) as pool:
                list(pool.map(lambda s: client.download_image(s, target), selectors))
        seconds, _ = timed(run)
        print(f"{len(selectors)} core-tray images, {workers} at a time: {seconds:.2f} s")
    seconds, _ = timed(lambda: [client.download_image(s, folder / "scaled", width=400) for s in selectors])
    print(f"{len(selectors)} images scaled to 400 px by the sandbox: {seconds:.2f} s")


def main():
    with tempfile.TemporaryDirectory() as tmp, SandboxProcess() as sandbox:
        folder = Path(tmp)
        bench_headers(folder)
        bench_upload(sandbox, folder)
        bench_downloads(sandbox, folder)


if __name__ == "__main__":
    main()
