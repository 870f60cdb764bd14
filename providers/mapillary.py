"""Mapillary API v4 client (street-level imagery).

Errors come in the Graph API envelope ``{"error": {"code", "message", ...}}``
and are read by their code, not by HTTP status alone (CONTRACTS.md §1.8: a
missing token answers 500 with code 190, an unknown id 400 with code 100/33).
"""

from .errors import AuthenticationError, InvalidInputError, NotFoundError, RateLimitedError
from .http import Credential, make_session

SERVICE = "Mapillary"
DEFAULT_BASE_URL = "https://graph.mapillary.com"
DEFAULT_TILES_URL = "https://tiles.mapillary.com"


def parse_error(response):
    """(code, message, error class) from the Graph error envelope."""
    try:
        error = response.json().get("error") or {}
    except (ValueError, AttributeError):
        return None, None, None
    code = error.get("code")
    cls = None
    if code == 190:
        cls = AuthenticationError
    elif code == 100 and error.get("error_subcode") == 33:
        cls = NotFoundError
    elif code == 4:
        cls = RateLimitedError
    return code, error.get("message"), cls


class MapillaryClient:
    def __init__(self, access_token, base_url=DEFAULT_BASE_URL, tiles_url=DEFAULT_TILES_URL,
                 **session_options):
        if not access_token:
            raise InvalidInputError("A Mapillary access token is needed: add it in Imagery Hub settings",
                                    parameter="access_token", service=SERVICE)
        self.tiles_url = tiles_url.rstrip("/")
        credential = Credential(headers={"Authorization": f"OAuth {access_token}"}, scope=[base_url])
        self.session = make_session(SERVICE, base_url, credential, error_parser=parse_error,
                                    **session_options)

    def check_connection(self):
        self.session.get_json("images", params={
            "bbox": "12.967,55.597,12.968,55.598", "limit": 1, "fields": "id"})
        return "Mapillary accepted the access token"


def check_connection(credentials, urls, **session_options):
    return MapillaryClient(credentials.get("secret"), urls["base_url"], urls.get("tiles_url", DEFAULT_TILES_URL),
                           **session_options).check_connection()
