"""The five services: names, URLs, credential fields, and their connection check.

Settings, the credential store, the settings dialog and the sandbox wiring all
read this table, so a service is described once.
"""

import importlib
from dataclasses import dataclass
from typing import Tuple


@dataclass(frozen=True)
class UrlSetting:
    key: str
    label: str
    default: str
    sandbox_path: str  # appended to the sandbox's root URL to reach the emulator


@dataclass(frozen=True)
class CredentialField:
    key: str
    label: str
    secret: bool = True
    required: bool = True


@dataclass(frozen=True)
class ServiceInfo:
    id: str
    name: str
    module: str  # its providers/ package, exporting check_connection(credentials, urls, **options)
    urls: Tuple[UrlSetting, ...]
    fields: Tuple[CredentialField, ...]
    signup: str  # one sentence: where to get the credentials

    @property
    def short_name(self):
        return self.name.split()[-1]

    @property
    def default_urls(self):
        return {u.key: u.default for u in self.urls}

    def sandbox_urls(self, sandbox_url):
        return {u.key: sandbox_url.rstrip("/") + u.sandbox_path for u in self.urls}


SERVICES = (
    ServiceInfo(
        "spexi", "Spexi", "spexi",
        (UrlSetting("base_url", "API URL", "https://world.spexi.com", "/spexi"),),
        (CredentialField("secret", "API key"),),
        "Create a key in Spexi World (world.spexi.com): Settings → API Keys."),
    ServiceInfo(
        "mapillary", "Mapillary", "mapillary",
        (UrlSetting("base_url", "Graph API URL", "https://graph.mapillary.com", "/mapillary"),
         UrlSetting("tiles_url", "Tiles URL", "https://tiles.mapillary.com", "/mapillary-tiles"),
         UrlSetting("v2_url", "v2 API URL", "https://a.mapillary.com/v2", "/mapillary-v2")),
        (CredentialField("secret", "Access token"),
         CredentialField("client_id", "v2 client id", secret=False, required=False),
         CredentialField("user_token", "v2 user token", required=False)),
        "Register an app at mapillary.com/dashboard/developers for its client token."),
    ServiceInfo(
        "mapflow", "Mapflow", "mapflow",
        (UrlSetting("base_url", "API URL", "https://api.mapflow.ai/rest", "/mapflow/rest"),),
        (CredentialField("secret", "API token"),),
        "Copy the API token from app.mapflow.ai/account/api."),
    ServiceInfo(
        "eosda", "EOSDA", "eosda",
        (UrlSetting("base_url", "API URL", "https://api-connect.eos.com", "/eosda"),),
        (CredentialField("secret", "API key"),),
        "Find the API key in your EOSDA API Connect account (api-connect.eos.com)."),
    ServiceInfo(
        "imago", "Seequent Imago", "imago",
        (UrlSetting("base_url", "API URL", "https://imago.api.seequent.com/integrate/2",
                    "/imago/integrate/2"),),
        (CredentialField("username", "Username", secret=False, required=False),
         CredentialField("secret", "Password or API token")),
        "Use a Seequent service account (ask for one through MySeequent support)."),
)

_BY_ID = {s.id: s for s in SERVICES}


def service(service_id):
    return _BY_ID[service_id]


def check_connection(service_id, credentials, urls, **session_options):
    """Ask the service whether these credentials work; returns a one-line
    success text or raises a typed error. Runs network I/O: call it in a task."""
    module = importlib.import_module(f"{__package__}.{service(service_id).module}")
    return module.check_connection(credentials, urls, **session_options)
