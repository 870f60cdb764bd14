"""Seequent Imago emulator (``/imago/integrate/2``): sessions and Bearer tokens."""

import uuid

from .accounts import DEMO_CREDENTIALS
from .server import HttpError, json_response

PREFIX = "/imago/integrate/2"


def state(sandbox):
    account = DEMO_CREDENTIALS["imago"]
    return sandbox.state.setdefault("imago", {"tokens": {account["token"]: account["username"]}})


def require_token(request):
    header = request.headers.get("Authorization", "")
    token = header[len("Bearer "):] if header.startswith("Bearer ") else request.headers.get("imago-api-token")
    if token not in state(request.sandbox)["tokens"]:
        raise HttpError(json_response({"message": "Unauthorized"}, status=401))
    return token


def register(sandbox):
    account = DEMO_CREDENTIALS["imago"]

    @sandbox.route("POST", PREFIX + "/session")
    def sign_in(request):
        body = request.json() or {}
        if body.get("username") != account["username"] or body.get("password") != account["secret"]:
            return json_response({"message": "Invalid username or password"}, status=401)
        token = uuid.uuid4().hex
        state(sandbox)["tokens"][token] = body["username"]
        return json_response({"uid": uuid.uuid5(uuid.NAMESPACE_DNS, body["username"]).hex, "apiToken": token})

    @sandbox.route("GET", PREFIX + "/session")
    def session(request):
        token = require_token(request)
        return json_response({"uid": uuid.uuid5(uuid.NAMESPACE_DNS, state(sandbox)["tokens"][token]).hex})
