"""EOSDA timings against the sandbox: scene search (one year, ten years) and
Download visual round trips at several pixel sizes. Prints figures only.

    .venv/bin/python bench/eosda_bench.py
"""

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from plugin_package import register_plugin_package  # noqa: E402

register_plugin_package()

from shapely import wkt  # noqa: E402

from imagery_hub.providers.eosda.client import EosdaClient  # noqa: E402
from imagery_hub.providers.eosda.visual import COLORMAPS, VisualParams, image_size  # noqa: E402
from imagery_hub.sandbox.accounts import secret  # noqa: E402
from imagery_hub.sandbox.demo_site import AOI_WKT  # noqa: E402
from imagery_hub.sandbox.process import SandboxProcess  # noqa: E402

AOI = wkt.loads(AOI_WKT)
SCENE = "S2/10/U/DV/2024/8/20/0"


def timed(what, function, repeat=3):
    """Prints min / median / max of ``repeat`` runs."""
    seconds = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        seconds.append(time.perf_counter() - start)
    seconds.sort()
    print(f"{what:<52} {seconds[0] * 1000:6.0f} / {statistics.median(seconds) * 1000:6.0f} / "
          f"{seconds[-1] * 1000:6.0f} ms")
    return result


def main():
    print("min / median / max of 3; the sandbox in its own process")
    with SandboxProcess(options={"eosda.pending_polls": 0}) as sandbox, tempfile.TemporaryDirectory() as folder:
        client = EosdaClient(secret("eosda"), sandbox.url + "/eosda")
        year = timed("search sentinel2, one year", lambda: client.search("sentinel2", AOI, "2023-01-01", "2023-12-31"))
        decade = timed("search sentinel2, ten years (10 ranges)",
                       lambda: client.search("sentinel2", AOI, "2014-01-01", "2023-12-31"))
        print(f"  {len(year.scenes)} scenes in one year, {len(decade.scenes)} in ten years "
              f"({decade.requests} requests)")
        for px_size in (20, 10, 5, 2, 1):
            width, height = image_size(AOI, px_size)
            for georeference, fmt in (("tiff", "tiff"), ("world", "png"), ("world", "jpeg")):
                params = VisualParams(SCENE, "NDVI", AOI, px_size, colormap=COLORMAPS["Red–yellow–green"],
                                      calibrate=1, georeference=georeference, format=fmt)
                timed(f"NDVI {width:>4} × {height:<4} px  {georeference}/{fmt}",
                      lambda p=params: client.render_visual(p, folder, "bench", poll_interval=0.01))
        params = VisualParams(SCENE, "B04,B03,B02", AOI, 2, georeference="tiff")
        timed("true colour (3 bands) at 2 m, GeoTIFF", lambda: client.render_visual(params, folder, "tc",
                                                                                     poll_interval=0.01))


if __name__ == "__main__":
    main()
