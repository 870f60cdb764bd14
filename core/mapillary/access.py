"""What a Mapillary task needs to talk to the service, read once on the GUI
thread (the Authentication Manager may ask for its master password there) and
handed to the task as plain values, plus the service's own settings."""

from dataclasses import dataclass, field
from typing import Dict, Optional

from ...providers.mapillary.client import MapillaryClient
from ...providers.mapillary.search import DEFAULT_BBOX_LIMIT
from ...providers.mapillary.v2 import DEFAULT_V2_URL, MapillaryV2Client

SERVICE_ID = "mapillary"
#: the bbox limit of the search API (square degrees or degrees per side): one setting
BBOX_LIMIT_KEY = "mapillary/bbox_limit"
#: how many times a cell that hit the 2000-image cap is split into quarters
REFINE_KEY = "mapillary/refine_depth"
VIEWER_SIZE_KEY = "mapillary/viewer_size"
DOWNLOAD_SIZE_KEY = "mapillary/download_size"


@dataclass(repr=False)
class MapillaryAccess:
    token: str
    urls: Dict[str, str]
    client_id: Optional[str] = None
    user_token: Optional[str] = None
    concurrency: int = 4
    options: dict = field(default_factory=dict)

    def __repr__(self):  # never show the secrets
        return f"MapillaryAccess(urls={self.urls}, v2={'yes' if self.client_id else 'no'})"

    @classmethod
    def from_context(cls, context):
        values = context.credentials.require(SERVICE_ID)
        return cls(values["secret"], context.settings.urls(SERVICE_ID), values.get("client_id"),
                   values.get("user_token"), context.settings.concurrency())

    @property
    def has_v2(self):
        return bool(self.client_id)

    def client(self, cancelled=None, **options):
        return MapillaryClient(self.token, self.urls["base_url"], self.urls["tiles_url"],
                               concurrency=self.concurrency, cancelled=cancelled, **options)

    def v2_client(self, cancelled=None, **options):
        """The v2 client, or None without a client id."""
        if not self.client_id:
            return None
        return MapillaryV2Client(self.client_id, self.urls.get("v2_url", DEFAULT_V2_URL), self.user_token,
                                 cancelled=cancelled, **options)


def bbox_limit(settings):
    value = settings.value(BBOX_LIMIT_KEY, DEFAULT_BBOX_LIMIT, float)
    return value if value and value > 0 else DEFAULT_BBOX_LIMIT


def refine_depth(settings):
    return max(0, min(3, settings.value(REFINE_KEY, 1, int)))
