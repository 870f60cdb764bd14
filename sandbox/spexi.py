"""Spexi Image API emulator (``/spexi``): the key check of the image search."""

from .accounts import secret
from .server import HttpError, json_response

PREFIX = "/spexi/developer-api/api/v1"


def require_key(request):
    if request.headers.get("x-api-key") != secret("spexi"):
        raise HttpError(json_response({"statusCode": 401, "message": "Unauthorized"}, status=401))


def register(sandbox):
    @sandbox.route("GET", PREFIX + "/image")
    def search(request):
        require_key(request)
        return json_response({"type": "FeatureCollection", "features": [], "numberReturned": 0})
