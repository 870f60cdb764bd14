"""Credentials and URLs of a service for an algorithm: environment variables
first, then the plugin's own settings and the QGIS Authentication Manager.

Headless runs (``qgis_process``, CI) have no stored credentials, so each service
also reads ``IMAGERY_HUB_<SERVICE>_KEY`` (the API key or token; for Imago the
password, or an API token when ``IMAGERY_HUB_IMAGO_USER`` is not set) and
``IMAGERY_HUB_<SERVICE>_URL`` (its API URL; a service's other URLs are
``IMAGERY_HUB_<SERVICE>_<KEY>``, e.g. ``IMAGERY_HUB_MAPILLARY_TILES_URL``). A
variable that is set wins over the stored value. Read on the main thread
(``prepareAlgorithm``): the Authentication Manager may ask for its master password.
"""

import os
from dataclasses import dataclass, field
from typing import Dict

from ..core.credentials import CredentialStore
from ..core.i18n import translate
from ..core.messages import keep_out_of_logs
from ..core.settings import Settings
from ..providers.errors import AuthenticationError, InvalidInputError
from ..providers.origins import check_url
from ..providers.registry import service

PREFIX = "IMAGERY_HUB_"


def key_variable(service_id):
    return f"{PREFIX}{service_id.upper()}_KEY"


def user_variable(service_id):
    return f"{PREFIX}{service_id.upper()}_USER"


def url_variable(service_id, key="base_url"):
    """``IMAGERY_HUB_SPEXI_URL`` for the API URL, ``IMAGERY_HUB_MAPILLARY_TILES_URL`` for ``tiles_url``."""
    suffix = "URL" if key == "base_url" else key.upper()
    return f"{PREFIX}{service_id.upper()}_{suffix}"


@dataclass(repr=False)
class ServiceAccess:
    """What one run may use of a service; never printed with its secret."""

    service_id: str
    credentials: Dict[str, str]
    urls: Dict[str, str]
    concurrency: int = 4
    sources: Dict[str, str] = field(default_factory=dict)  # "credentials"/url key -> "environment" or "settings"

    @property
    def secret(self):
        return self.credentials.get("secret")

    @property
    def base_url(self):
        return self.urls["base_url"]

    def __repr__(self):
        return f"ServiceAccess({self.service_id}, urls={self.urls}, from={self.sources})"


def read_access(service_id, settings=None, store=None, environ=None):
    """The service's credentials and URLs; a missing secret is an error that
    names both ways of giving one."""
    environ = os.environ if environ is None else environ
    settings = settings or Settings()
    info = service(service_id)
    urls, sources = settings.urls(service_id), {}
    for key in list(urls):
        value = (environ.get(url_variable(service_id, key)) or "").strip()
        if value:
            try:
                check_url(value, url_variable(service_id, key))
            except InvalidInputError as exc:
                raise InvalidInputError(exc.message, parameter=url_variable(service_id, key)) from None
            urls[key], sources[key] = value.rstrip("/"), "environment"
        else:
            sources[key] = "settings"
    secret = environ.get(key_variable(service_id))
    if secret:
        keep_out_of_logs((secret,))
        credentials = {"secret": secret}
        if environ.get(user_variable(service_id)):
            credentials["username"] = environ[user_variable(service_id)]
        sources["credentials"] = "environment"
    else:
        credentials = (store or CredentialStore(settings)).load(service_id)
        sources["credentials"] = "settings"
    if not credentials.get("secret"):
        error = AuthenticationError(translate("ImageryHub.Processing", "No {service} credentials: add them in Imagery "
                                              "Hub settings, or set {variable} for a headless run").format(
            service=info.name, variable=key_variable(service_id)), service=info.name)
        error.hint = None  # the message says where to look
        raise error
    return ServiceAccess(service_id, credentials, urls, settings.concurrency(), sources)
