"""A scene's preview picture: a small true-colour PNG of the tile (land cover
of the generated landscape, the scene's clouds over it), quick to make, so a
grid of thumbnails does not wait on full renders.

Options: ``eosda.broken_thumbnails`` (none): view ids (a list) whose preview
is sent as bytes that are no picture, as a damaged file on a bucket would be.
"""

import zlib

import numpy as np

from .landscape import fbm, land_cover
from .render import _encode, to_mercator

SIZE = (128, 96)  # width, height: the grid's cell
COLOURS = {"water": (38, 70, 110), "vegetation": (70, 112, 56), "built": (150, 140, 128), "cloud": (242, 242, 245)}


def preview_png(scene):
    """The PNG bytes of ``scene``'s preview."""
    west, east, south, north = to_mercator(scene["tileGeometry"]).GetEnvelope()
    width, height = SIZE
    x, y = np.meshgrid(np.linspace(west, east, width), np.linspace(north, south, height))
    water, vegetation = land_cover(x, y)
    built = np.clip(1 - water - vegetation, 0, 1)
    seed = zlib.crc32(scene["view_id"].encode()) % 10_000
    # clouds covering about the scene's cloud cover
    noise = fbm(x, y, (east - west) / 4, seed)
    cloudy = noise > np.quantile(noise, 1 - float(scene.get("cloudCoverage") or 0) / 100)
    bands = []
    for channel in range(3):
        value = (water * COLOURS["water"][channel] + vegetation * COLOURS["vegetation"][channel]
                 + built * COLOURS["built"][channel])
        bands.append(np.where(cloudy, COLOURS["cloud"][channel], value).astype(np.uint8))
    return _encode(bands, None, "PNG")
