"""Result tiles of the Mapflow sandbox (``/mapflow/api``) and its public imagery.

Vector tiles (Mapbox Vector Tiles of the buildings of a processing's finished
AOIs) are served on the API host behind the token, so the plugin's auth-config
path is exercised; raster tiles (the imagery cut to the processing's area) on
the foreign host without one, as ``rasters-production.mapflow.ai`` serves them.
The live service serves both from app.mapflow.ai; the paths follow its URLs.
"""

import re
from functools import lru_cache

from .imagery import render_tile
from .mvt import encode_polygon_tile
from .world import buildings_in
from ..server import Response, json_response

TILES = "/mapflow/api"
ID = r"(?P<{}>[0-9a-fA-F-]{{1,64}})"
ZXY = r"(?P<z>\d+)/(?P<x>\d+)/(?P<y>\d+)"
#: the one source layer of result tiles, named as the vendor's QGIS styles expect (CONTRACTS.md §5.1)
VECTOR_LAYER = "vector_layer"


def add_tile_routes(sandbox, state, api, fail):
    """``api`` is sandbox/mapflow/api.py's route decorator, ``fail`` its error helper."""
    def record_by(attribute, value):
        record = next((r for r in state.processings.values() if getattr(r, attribute) == value), None)
        if record is None:
            fail(404, "NOT_FOUND", "No such layer")
        return record

    @api("GET", TILES + "/layers/" + ID.format("vid") + r"\.json")
    def vector_tilejson(request, vid):
        record = record_by("vector_id", vid)
        url = f"{sandbox.url}{TILES}/layers/{vid}/tiles/{{z}}/{{x}}/{{y}}.vector.pbf"
        return json_response(tilejson(record, url, vector=True))

    @api("GET", TILES + "/layers/" + ID.format("vid") + "/tiles/" + ZXY + r"\.vector\.pbf")
    def vector_tile(request, vid, z, x, y):
        record = record_by("vector_id", vid)
        done = tuple(a.id for a in state.ok_aois(record))
        data = vector_tile_bytes(record.id, done, int(z), int(x), int(y))
        return Response(data, content_type="application/vnd.mapbox-vector-tile")

    def raster_record(request):
        match = re.fullmatch(r"s3://mapflow-rasters/([0-9a-fA-F-]{1,64})", request.arg("uri", ""))
        if not match:
            fail(400, "BAD_REQUEST", "uri must be s3://mapflow-rasters/<id>")
        return record_by("raster_id", match.group(1))

    @api("GET", TILES + "/v0/cogs/tiles.json", auth=False, hosts=("main", "cdn"))
    def raster_tilejson(request):
        record = raster_record(request)
        base = sandbox.cdn_url if request.host == "cdn" else sandbox.url
        url = f"{base}{TILES}/v0/cogs/tiles/{{z}}/{{x}}/{{y}}.png?uri=s3://mapflow-rasters/{record.raster_id}"
        return json_response(tilejson(record, url, vector=False))

    @api("GET", TILES + "/v0/cogs/tiles/" + ZXY + r"\.png", auth=False, hosts=("main", "cdn"))
    def raster_tile(request, z, x, y):
        record = raster_record(request)
        return Response(clipped_tile(record.id, int(z), int(x), int(y)), content_type="image/png")

    @api("GET", "/mapflow/imagery/" + ZXY + r"\.png", auth=False, hosts=("main", "cdn"))
    def imagery_tile(request, z, x, y):
        """Public aerial imagery of the sandbox city: a source to process and a basemap."""
        if int(z) > 22:
            fail(400, "BAD_REQUEST", "zoom must be at most 22")
        return Response(imagery_png(int(z), int(x), int(y)), content_type="image/png")

    # -- cached renderings --------------------------------------------------------------------------
    @lru_cache(maxsize=4096)
    def clipped_tile(record_id, z, x, y):
        return render_tile(z, x, y, clip=state.processings[record_id].geometry)

    @lru_cache(maxsize=4096)
    def vector_tile_bytes(record_id, done_aois, z, x, y):
        record = state.processings[record_id]
        features = []
        for aoi in record.aois:
            if aoi.id in done_aois:
                features += [(b.id, b.footprint, {"class_id": b.class_id, "class_name": b.class_name,
                                                  "confidence": b.confidence})
                             for b in buildings_in(aoi.geometry)]
        return encode_polygon_tile(z, x, y, {VECTOR_LAYER: features})

    def tilejson(record, url, vector):
        west, south, east, north = record.geometry.bounds
        data = {"tilejson": "2.2.0", "name": record.name, "tiles": [url], "minzoom": 0, "maxzoom": 22,
                "bounds": [west, south, east, north]}
        if vector:
            data["vector_layers"] = [{"id": VECTOR_LAYER, "fields": {"class_id": "String", "class_name": "String",
                                                                       "confidence": "Number"}}]
        return data


@lru_cache(maxsize=4096)
def imagery_png(z, x, y):
    return render_tile(z, x, y)
