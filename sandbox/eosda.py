"""EOSDA API Connect emulator (``/eosda``): key from ``x-api-key`` or ``api_key``."""

from .accounts import secret
from .server import HttpError, json_response

PREFIX = "/eosda"


def require_key(request):
    key = request.headers.get("x-api-key") or request.arg("api_key")
    if key != secret("eosda"):
        raise HttpError(json_response({"error": "Invalid or missing API key"}, status=401))


def register(sandbox):
    @sandbox.route("POST", PREFIX + r"/api/lms/search/v2/(?P<dataset>[a-z0-9]+)")
    def search(request, dataset):
        require_key(request)
        body = request.json() or {}
        return json_response({"results": [], "meta": {"page": body.get("page", 1), "found": 0,
                                                      "name": "satellite-meta-service",
                                                      "limit": body.get("limit", 500)}})
