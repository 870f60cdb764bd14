"""EOSDA API Connect client (satellite scenes and Download visual).

The key goes in the ``x-api-key`` header (the Quickstart); the documented
``?api_key=`` query form is equivalent and accepted by the sandbox too.
"""

from datetime import date, timedelta

from .errors import InvalidInputError
from .http import Credential, make_session

SERVICE = "EOSDA"
DEFAULT_BASE_URL = "https://api-connect.eos.com"


class EosdaClient:
    def __init__(self, api_key, base_url=DEFAULT_BASE_URL, **session_options):
        if not api_key:
            raise InvalidInputError("An EOSDA API key is needed: add it in Imagery Hub settings",
                                    parameter="api_key", service=SERVICE)
        credential = Credential(headers={"x-api-key": api_key}, scope=[base_url])
        self.session = make_session(SERVICE, base_url, credential, **session_options)

    def check_connection(self):
        today = date.today()
        self.session.post_json("api/lms/search/v2/sentinel2", {
            "search": {"date": {"from": str(today - timedelta(days=7)), "to": str(today)},
                       "shape": {"type": "Polygon", "coordinates": [[[30.0, 50.0], [30.01, 50.0],
                                                                     [30.01, 50.01], [30.0, 50.0]]]}},
            "limit": 1, "page": 1}, retry_unsafe=True)
        return "EOSDA accepted the API key"


def check_connection(credentials, urls, **session_options):
    return EosdaClient(credentials.get("secret"), urls["base_url"], **session_options).check_connection()
