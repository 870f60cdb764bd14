"""Mapflow REST API client (AI mapping).

The token shown at app.mapflow.ai is already base64(email:key) and goes as
``Authorization: Basic <token>`` (CONTRACTS.md §5; the vendor's auth guide).
"""

from .errors import InvalidInputError
from .http import Credential, make_session

SERVICE = "Mapflow"
DEFAULT_BASE_URL = "https://api.mapflow.ai/rest"


def parse_error(response):
    """(code, message) from ``{code, message, params}`` or ``{detail: ...}`` bodies."""
    try:
        body = response.json()
    except ValueError:
        return None, None
    if not isinstance(body, dict):
        return None, None
    detail = body.get("detail")
    if isinstance(detail, dict):
        return detail.get("code"), detail.get("message") or str(detail)
    return body.get("code"), body.get("message") or (detail if isinstance(detail, str) else None)


class MapflowClient:
    def __init__(self, token, base_url=DEFAULT_BASE_URL, **session_options):
        if not token:
            raise InvalidInputError("A Mapflow API token is needed: add it in Imagery Hub settings",
                                    parameter="token", service=SERVICE)
        credential = Credential(headers={"Authorization": f"Basic {token}"}, scope=[base_url])
        self.session = make_session(SERVICE, base_url, credential, error_parser=parse_error,
                                    **session_options)

    def user_status(self):
        return self.session.get_json("user/status")

    def check_connection(self):
        status = self.user_status() or {}
        email = status.get("email") or (status.get("user") or {}).get("email") or status.get("login")
        return f"Connected to Mapflow as {email}" if email else "Mapflow accepted the token"


def check_connection(credentials, urls, **session_options):
    return MapflowClient(credentials.get("secret"), urls["base_url"], **session_options).check_connection()
