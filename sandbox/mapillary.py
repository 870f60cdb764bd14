"""Mapillary API v4 emulator (``/mapillary``): token checks with the Graph error
envelope as measured on the live service (CONTRACTS.md §1.8)."""

from .accounts import secret
from .server import HttpError, json_response

PREFIX = "/mapillary"


def graph_error(status, code, message, error_type="MLYApiException", **extra):
    body = {"error": {"message": message, "type": error_type, "code": code, "fbtrace_id": "SandboxTrace", **extra}}
    return HttpError(json_response(body, status=status))


def require_token(request):
    header = request.headers.get("Authorization", "")
    token = header[len("OAuth "):] if header.startswith("OAuth ") else request.arg("access_token")
    if not token:
        raise graph_error(500, 190, "Invalid OAuth 2.0 Access Token")
    if token != secret("mapillary"):
        raise graph_error(401, 190, "Error validating application", "OAuthException")


def register(sandbox):
    @sandbox.route("GET", PREFIX + "/images")
    def images(request):
        require_token(request)
        return json_response({"data": []})
