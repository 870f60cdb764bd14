"""Spexi Image API client (drone imagery).

Specification: the vendor's Image API page and its OpenAPI document; the key goes
in the ``x-api-key`` header (the current authentication page).
"""

from .errors import InvalidInputError
from .http import Credential, make_session

SERVICE = "Spexi"
DEFAULT_BASE_URL = "https://world.spexi.com"
IMAGE_PATH = "developer-api/api/v1/image"


class SpexiClient:
    def __init__(self, api_key, base_url=DEFAULT_BASE_URL, **session_options):
        if not api_key:
            raise InvalidInputError("A Spexi API key is needed: add it in Imagery Hub settings",
                                    parameter="api_key", service=SERVICE)
        credential = Credential(headers={"x-api-key": api_key}, scope=[base_url])
        self.session = make_session(SERVICE, base_url, credential, **session_options)

    def check_connection(self):
        """One cheap search: raises AuthenticationError when the key is refused."""
        self.session.get_json(IMAGE_PATH, params={"p": "-123.1216,49.2827", "limit": 1})
        return "Spexi accepted the API key"


def check_connection(credentials, urls, **session_options):
    return SpexiClient(credentials.get("secret"), urls["base_url"], **session_options).check_connection()
