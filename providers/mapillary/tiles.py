"""The Mapillary coverage vector tiles: the tileset's URL template (the token
is never in it), its layers and zoom levels, and the Web Mercator tile maths
of a point."""

import math

TILESET = "mly1_public"
#: layers of mly1_public and the zoom levels where each exists (CONTRACTS.md §1.6)
TILE_LAYERS = {"overview": (0, 5), "sequence": (6, 14), "image": (14, 14)}
TILE_MAX_ZOOM = 14


def tile_url_template(tiles_url, tileset=TILESET):
    """The XYZ template of a tileset, without the token."""
    return f"{tiles_url.rstrip('/')}/maps/vtp/{tileset}/2/{{z}}/{{x}}/{{y}}"


def tile_for(lon, lat, zoom):
    """(x, y, pixel x, pixel y in 0…1) of the Web Mercator tile holding a point."""
    n = 2 ** zoom
    world_x = (lon + 180.0) / 360.0 * n
    lat_rad = math.radians(max(-85.05112878, min(85.05112878, lat)))
    world_y = (1.0 - math.asinh(math.tan(lat_rad)) / math.pi) / 2.0 * n
    x, y = int(world_x), int(world_y)
    return x, y, world_x - x, world_y - y


def tile_to_lonlat(z, x, y, px, py, extent):
    n = 2 ** z
    world_x, world_y = (x + px / extent) / n, (y + py / extent) / n
    return world_x * 360.0 - 180.0, math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * world_y))))
