"""Seequent Imago Integrate API client (geoscience imagery).

Sign-in is ``POST /session`` with username and password, giving a token sent as
``Authorization: Bearer <token>`` and valid for 24 hours (CONTRACTS.md §4.1). The
token is kept in memory only (:class:`ImagoAuth`); it is renewed before it
expires and, should the service still answer 401, once more with the request
repeated. An API token given instead of a password cannot be renewed.

Downloads are ``GET /image`` (the imagery named by name, depth interval or id,
optionally scaled); uploads are ``POST /image`` as multipart/form-data with one
part named ``file`` (the official client's name, CONTRACTS.md §4.4) and the
``mimeType`` in the query, after the file's header was checked against Imago's
pixel limits.
"""

import threading
import time
from dataclasses import dataclass
from urllib.parse import urlencode

from ..download import download, extension_from_response
from ..errors import AuthenticationError, InvalidInputError, ServiceError
from ..http import Credential, make_session
from ..paging import PageGuard
from .headers import ALLOWED_MIME_TYPES, check_image
from .models import SERVICE, parse_collection, parse_context, parse_imagery
from ..multipart import MultipartFile

DEFAULT_BASE_URL = "https://imago.api.seequent.com/integrate/2"
TOKEN_LIFETIME = 24 * 3600.0  # "Session tokens are valid for 24hrs" [C: I-OVR]
RENEW_MARGIN = 300.0  # renew a little early so a long batch does not cross the expiry
COLLECTION_PAGE = 50
IMAGERY_PAGE = 5000  # the service's maximum and default [C: I-IMGRY]


class ImagoAuth:
    """The credential of one Imago account, shared by the clients of all tasks.

    With username and password it signs in when there is no token yet, when the
    token is older than 24 h (less a margin), and when the service says 401. With
    an API token there is nothing to renew. Thread-safe: when several workers see
    the same expired token, only one signs in.
    """

    def __init__(self, token=None, username=None, password=None, clock=time.time,
                 lifetime=TOKEN_LIFETIME):
        if not token and not (username and password):
            raise InvalidInputError("Imago needs a username and password, or an API token",
                                    parameter="credentials", service=SERVICE, key="imago.no_credentials")
        self.username = username or None
        self._password = password
        self.token = token or None
        self.clock = clock
        self.lifetime = lifetime
        self.expires_at = None  # unknown for an API token
        self.sign_ins = 0
        self._lock = threading.Lock()

    @property
    def renewable(self):
        return bool(self.username and self._password)

    def current(self, session):
        """A token that should still be valid, signing in when needed."""
        with self._lock:
            if self.token and (self.expires_at is None or self.clock() < self.expires_at - RENEW_MARGIN):
                return self.token
            if not self.renewable:
                return self.token
            return self._sign_in(session)

    def renew(self, session, stale):
        """After a 401 with ``stale``: a fresh token, or None when none can be had."""
        with self._lock:
            if self.token and self.token != stale:
                return self.token  # another worker renewed it already
            if not self.renewable:
                return None
            return self._sign_in(session)

    def _sign_in(self, session):
        body = session.request_json("POST", "session", json={"username": self.username,
                                                             "password": self._password})
        token = (body or {}).get("apiToken") if isinstance(body, dict) else None
        if not token:
            raise ServiceError("Imago signed in without giving a session token", service=SERVICE,
                               key="imago.no_session")
        self.token = token
        self.expires_at = self.clock() + self.lifetime
        self.sign_ins += 1
        return token

    def forget(self):
        with self._lock:
            if self.renewable:
                self.token = self.expires_at = None


@dataclass(frozen=True)
class UploadResult:
    image_id: str
    imagery_id: str


class ImagoClient:
    """``ImagoClient(token=...)`` or ``ImagoClient(username=..., password=...)``, or
    ``ImagoClient(auth=shared_auth)`` so that many clients share one sign-in."""

    def __init__(self, token=None, username=None, password=None, base_url=DEFAULT_BASE_URL, auth=None,
                 **session_options):
        self.auth = auth or ImagoAuth(token, username, password)
        self.base_url = base_url.rstrip("/")
        self.session = make_session(SERVICE, self.base_url, reauthenticate=self._reauthenticate,
                                    **session_options)

    # -- the token ----------------------------------------------------------------
    def _bearer(self, token):
        header = f"Bearer {token}"
        if self.session.credential.headers.get("Authorization") != header:
            self.session.credential = Credential(headers={"Authorization": header}, scope=[self.base_url])

    def prepared_session(self):
        """The session with a current token attached (signing in when needed)."""
        self._bearer(self.auth.current(self.session))
        return self.session

    def _reauthenticate(self, session, response):
        if response.request.method == "POST" and response.request.path_url.split("?")[0].endswith("/session"):
            return False  # the sign-in itself was refused: wrong username or password
        stale = session.credential.headers.get("Authorization", "")[len("Bearer "):]
        token = self.auth.renew(session, stale)
        if token is None:
            return False
        self._bearer(token)
        return True

    def sign_in(self):
        """Sign in now (username and password); returns the account's uid."""
        if not self.auth.renewable:
            raise AuthenticationError("Signing in needs a username and password", service=SERVICE,
                                      key="imago.sign_in_needs")
        self.auth.forget()
        self.prepared_session()
        return self.session_uid()

    def session_uid(self):
        body = self.prepared_session().get_json("session")
        return (body or {}).get("uid")

    def sign_out(self):
        """End the session on the service (a no-op for an API token)."""
        if self.auth.renewable and self.auth.token:
            self._bearer(self.auth.token)
            self.session.request("DELETE", "session")
            self.auth.forget()

    # -- discovery ------------------------------------------------------------------
    def context(self):
        """Workspaces → datasets → imagery types → image types."""
        return parse_context(self.prepared_session().get_json("context"))

    def collections(self, dataset_id=None, workspace=None, dataset=None, name=None, match="equals"):
        """Every collection (all pages) of a dataset, optionally by name."""
        params = {"datasetId": dataset_id, "workspaceName": workspace, "datasetName": dataset}
        if name:
            params.update(name=name, match=match)
        params = {k: v for k, v in params.items() if v}
        result, offset, guard = [], 0, PageGuard(SERVICE, "collections")
        while True:
            self.session.check_cancelled()
            guard.follow()
            body = self.prepared_session().get_json(
                "collection", params=dict(params, offset=offset, limit=COLLECTION_PAGE)) or {}
            page = [parse_collection(c) for c in body.get("collections") or []]
            guard.add(c.id for c in page)  # pages that always come back full, with the same ids
            result += page
            if len(page) < COLLECTION_PAGE:
                return result
            offset += len(page)

    def imagery(self, collection, imagery_type=None, workspace=None, dataset=None):
        """The imagery of a collection (all pages), with their images."""
        params = {"collection": collection, "imageryType": imagery_type, "workspace": workspace,
                  "dataset": dataset, "verbose": "true"}
        params = {k: v for k, v in params.items() if v}
        result, offset, guard = [], 0, PageGuard(SERVICE, "imagery")
        while True:
            self.session.check_cancelled()
            guard.follow()
            body = self.prepared_session().get_json(
                "imagery", params=dict(params, offset=offset, limit=IMAGERY_PAGE)) or {}
            page = [parse_imagery(i) for i in body.get("imageries") or []]
            guard.add(i.id for i in page)
            result += page
            if len(page) < IMAGERY_PAGE:
                return result
            offset += len(page)

    # -- download -------------------------------------------------------------------
    def image_url(self, selector, width=None, height=None):
        """The ``GET /image`` URL of one image (checked before any request)."""
        return f"{self.base_url}/image?{urlencode(selector.download_params(width, height))}"

    def download_image(self, selector, folder, stem=None, width=None, height=None, progress=None):
        """Download one image into ``folder``, streamed; returns its path. The file
        is named ``stem`` (default: collection, imagery and image type) plus the
        extension the response's Content-Type or Content-Disposition calls for."""
        url = self.image_url(selector, width, height)
        return download(self.prepared_session(), url, folder, image_file_namer(stem or selector.file_stem()),
                        progress=progress)

    # -- upload ---------------------------------------------------------------------
    def upload_image(self, path, selector, progress=None, allowed_mime_types=ALLOWED_MIME_TYPES):
        """Upload one image file to the imagery ``selector`` names. The header is
        checked first, so what Imago would refuse for its size or type is refused
        here without sending it. ``progress(sent, total)`` follows the bytes."""
        params = selector.upload_params()
        header = check_image(path, allowed_mime_types)
        return self.send_image(path, header.mime_type, params, progress)

    def send_image(self, path, mime_type, params, progress=None):
        """``POST /image`` with the file as it is (no header check)."""
        body = MultipartFile(path, field="file", mime_type=mime_type, progress=progress,
                             cancelled=self.session.cancelled)
        answer = self.prepared_session().request_json(
            "POST", "image", params=dict(params, mimeType=mime_type), data=body,
            headers={"Content-Type": body.content_type})
        if not isinstance(answer, dict) or not answer.get("imageId"):
            raise ServiceError("Imago accepted the upload but did not say which image it made", service=SERVICE,
                               key="imago.upload_no_id")
        return UploadResult(str(answer["imageId"]), str(answer.get("imageryId") or ""))

    # -- connection check -------------------------------------------------------------
    def check_connection(self):
        if self.auth.renewable:
            self.sign_in()
            return f"Signed in to Imago as {self.auth.username}"
        self.session_uid()
        return "Imago accepted the API token"


def image_file_namer(stem):
    """``filename(response)`` for :func:`providers.download.download`: the stem plus
    the extension the response calls for (never the server's own file name)."""
    return lambda response: f"{stem}{extension_from_response(response, '.bin')}"


def client_from_credentials(credentials, base_url, **session_options):
    """A client from the stored fields: a username means sign-in with a password,
    no username means the secret is an API token."""
    return ImagoClient(auth=auth_from_credentials(credentials), base_url=base_url, **session_options)


def auth_from_credentials(credentials):
    username = (credentials.get("username") or "").strip() or None
    secret = credentials.get("secret")
    if username:
        return ImagoAuth(username=username, password=secret)
    return ImagoAuth(token=secret)


def check_connection(credentials, urls, **session_options):
    return client_from_credentials(credentials, urls["base_url"], **session_options).check_connection()
