"""Mapflow result polygons (lon/lat, shapely) as a vector tile: projected into
the tile, clipped with a buffer, and encoded with the sandbox's MVT encoder."""

from shapely.geometry import MultiPolygon, Polygon, box

from ..mvt import EXTENT, POLYGON, encode_tile, to_tile_pixels

BUFFER = 64  # tile units kept around the tile so that outlines join across tiles


def map_polygons(geometry, project):
    """``geometry`` (Polygon or MultiPolygon) with every vertex passed through
    ``project`` (shapely.ops.transform is deprecated in shapely 2.2)."""
    if geometry.geom_type == "MultiPolygon":
        return MultiPolygon([map_polygons(part, project) for part in geometry.geoms])
    ring = lambda coords: [project(x, y) for x, y, *_ in coords]  # noqa: E731
    return Polygon(ring(geometry.exterior.coords), [ring(hole.coords) for hole in geometry.interiors])


def polygon_parts(geometry):
    """``[[exterior, hole, ...], ...]`` of the polygons in a clipping result (which
    may be a collection with lines or points: those are dropped)."""
    parts = geometry.geoms if hasattr(geometry, "geoms") else [geometry]
    return [[list(p.exterior.coords)] + [list(h.coords) for h in p.interiors]
            for p in parts if isinstance(p, Polygon) and not p.is_empty]


def encode_polygon_tile(z, x, y, layers):
    """One MVT tile. ``layers``: ``{name: [(id, lon/lat geometry, {key: value})]}``."""
    project = to_tile_pixels(z, x, y, EXTENT)
    clip = box(-BUFFER, -BUFFER, EXTENT + BUFFER, EXTENT + BUFFER)
    encoded = {}
    for name, features in layers.items():
        encoded[name] = []
        for feature_id, geometry, properties in features:
            parts = polygon_parts(map_polygons(geometry, project).intersection(clip))
            if parts:
                encoded[name].append((POLYGON, parts, properties, feature_id))
    return encode_tile(encoded)
