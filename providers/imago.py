"""Seequent Imago Integrate API client (geoscience imagery).

Sign-in is ``POST /session`` with username and password, giving a token sent as
``Authorization: Bearer <token>`` (CONTRACTS.md §4.1).
"""

from .errors import InvalidInputError
from .http import Credential, make_session

SERVICE = "Imago"
DEFAULT_BASE_URL = "https://imago.api.seequent.com/integrate/2"


class ImagoClient:
    def __init__(self, token=None, username=None, password=None, base_url=DEFAULT_BASE_URL,
                 **session_options):
        if not token and not (username and password):
            raise InvalidInputError("Imago needs a username and password, or an API token",
                                    parameter="credentials", service=SERVICE)
        self.base_url = base_url
        self.username = username
        self._password = password
        self.session = make_session(SERVICE, base_url, **session_options)
        if token:
            self._use_token(token)

    def _use_token(self, token):
        self.session.credential = Credential(headers={"Authorization": f"Bearer {token}"},
                                             scope=[self.base_url])

    def sign_in(self):
        body = self.session.post_json("session", {"username": self.username, "password": self._password})
        self._use_token(body["apiToken"])
        return body

    def check_connection(self):
        if self.username:
            self.sign_in()
            return f"Signed in to Imago as {self.username}"
        self.session.get_json("session")
        return "Imago accepted the API token"


def check_connection(credentials, urls, **session_options):
    username = credentials.get("username") or None
    secret = credentials.get("secret")
    if username:
        client = ImagoClient(username=username, password=secret, base_url=urls["base_url"], **session_options)
    else:
        client = ImagoClient(token=secret, base_url=urls["base_url"], **session_options)
    return client.check_connection()
