"""Mapflow REST emulator (``/mapflow/rest``): Basic auth and the account status."""

from .accounts import MAPFLOW_EMAIL, secret
from .server import HttpError, json_response

PREFIX = "/mapflow/rest"


def require_auth(request):
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    # Basic is the documented scheme; the 2026 reference's curl examples show Bearer
    if scheme not in ("Basic", "Bearer") or token != secret("mapflow"):
        raise HttpError(json_response({"code": "unauthorized", "message": "Full authentication is required"},
                                      status=401))


def register(sandbox):
    @sandbox.route("GET", PREFIX + "/user/status")
    def user_status(request):
        require_auth(request)
        return json_response({"email": MAPFLOW_EMAIL, "billingType": "AREA", "remainingArea": 250_000_000,
                              "models": []})
