"""A 200 MB GeoTIFF goes to a Mapflow mosaic with memory that stays flat.

The upload runs in a child process that holds only the client, and its peak
resident set size is read there before and after it. Peak RSS counts every
allocation (Python objects, requests' and the socket's buffers), which
tracemalloc would miss. It is read as ``VmHWM`` from /proc, with the peak reset
just before the upload (``clear_refs``): ``ru_maxrss`` would not do, since Linux
carries it across exec, so a child of the large pytest process starts with the
parent's peak. The sandbox stays in the test process, so its spooling of the
body to disk does not enter the figure. As a check of the instrument, the child
then reads the file whole, which must show up.
"""

import json
import subprocess
import sys
from pathlib import Path

from imagery_hub.providers.mapflow.client import MapflowClient
from imagery_hub.sandbox.accounts import secret
from imagery_hub.sandbox.mapflow.geotiffs import write_blank

ROOT = Path(__file__).resolve().parents[2]
MB = 1024 * 1024
CHILD = r"""
import importlib.util, json, re, sys
root, url, token, path, mosaic_id = sys.argv[1:]
spec = importlib.util.spec_from_file_location("imagery_hub", root + "/__init__.py", submodule_search_locations=[root])
module = importlib.util.module_from_spec(spec)
sys.modules["imagery_hub"] = module
spec.loader.exec_module(module)
from imagery_hub.providers.mapflow import MapflowClient

def peak():
    with open("/proc/self/status") as status:
        return int(re.search(r"VmHWM:\s+(\d+) kB", status.read()).group(1)) * 1024

client = MapflowClient(token, url)
client.data.storage()  # imports done and a connection open before measuring
with open("/proc/self/clear_refs", "w") as refs:
    refs.write("5")  # reset the peak to the present size
before = peak()
sent = []
image = client.data.upload_image(mosaic_id, path, progress=lambda done, total: sent.append(done))
after_upload = peak()
whole = open(path, "rb").read()
after_read = peak()
print(json.dumps({"before": before, "after_upload": after_upload, "after_read": after_read,
                  "image_size": image.size_bytes, "progress_calls": len(sent), "read": len(whole)}))
"""


def test_a_200_mb_upload_keeps_memory_flat(sandbox, tmp_path):
    state = sandbox.state["mapflow"]
    state.reset()
    path = write_blank(tmp_path / "large.tif", 8400, 8400)  # 3 bands of 8400 × 8400 bytes
    size = path.stat().st_size
    assert size > 200 * MB
    client = MapflowClient(secret("mapflow"), sandbox.url + "/mapflow/rest")
    mosaic = client.data.create_mosaic("Large")
    try:
        child = subprocess.run([sys.executable, "-c", CHILD, str(ROOT), sandbox.url + "/mapflow/rest",
                                secret("mapflow"), str(path), mosaic.id],
                               capture_output=True, text=True, timeout=120, check=False)
        assert child.returncode == 0, child.stderr
        figures = json.loads(child.stdout)
        growth = figures["after_upload"] - figures["before"]
        assert growth < 16 * MB, f"the upload grew the peak RSS by {growth / MB:.0f} MB"
        assert figures["after_read"] - figures["after_upload"] > 150 * MB  # the instrument sees a whole read
        assert figures["image_size"] == size and figures["progress_calls"] > 100
        assert client.data.storage().used_bytes == size
        assert client.data.mosaic_images(mosaic.id)[0].profile.width == 8400
    finally:
        state.reset()
