"""What the Mapflow API returns, as plain records.

Parsers accept the documented shapes (the Mapflow API page), the fields the
vendor's QGIS client reads from the live service (CONTRACTS.md §5.1,
docs/documented-vs-live.md) and the legacy ``/user/status`` shape (``login``,
``remainingLimit``), so the plugin works whichever one a server sends. Areas
stay in m² as the API sends them.
"""

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Dict, List, Optional

from shapely.geometry.base import BaseGeometry

from .errors import render_messages
from ..models import optional_float, parse_geometry, parse_time

#: statuses after which a processing no longer changes by itself
FINAL_STATUSES = frozenset({"OK", "FAILED", "CANCELLED", "REFUNDED"})
STATUS_LABELS = {"UNPROCESSED": "Queued", "IN_PROGRESS": "In progress", "AWAITING": "Awaiting",
                 "OK": "Done", "FAILED": "Failed", "CANCELLED": "Cancelled", "REFUNDED": "Refunded"}


@dataclass
class Block:
    """An optional stage of a model ("Classification", "Merge with OSM"...)."""

    name: str
    display_name: str
    optional: bool = True
    price: float = 0.0

    @classmethod
    def from_json(cls, data):
        return cls(name=data["name"], display_name=data.get("displayName") or data["name"],
                   optional=bool(data.get("optional", True)), price=float(data.get("price") or 0.0))


@dataclass
class Model:
    """An AI model (a "workflow definition") the account may run."""

    id: str
    name: str
    description: str = ""
    price_per_km2: float = 0.0
    blocks: List[Block] = field(default_factory=list)

    @classmethod
    def from_json(cls, data):
        blocks = [Block.from_json(b) for b in data.get("blocks") or [] if isinstance(b, dict) and b.get("name")]
        fixed = [b for b in blocks if not b.optional]
        # The base price: the live workflowDefs list the blocks every run includes
        # (optional: false) and the vendor client charges their sum, while
        # pricePerSqKm there already counts optional blocks; without fixed blocks
        # (the page's shape) pricePerSqKm is the base.
        base = sum(b.price for b in fixed) if fixed else float(data.get("pricePerSqKm") or 0.0)
        return cls(id=data.get("id") or "", name=data["name"], description=data.get("description") or "",
                   price_per_km2=base, blocks=blocks)

    def optional_blocks(self):
        return [b for b in self.blocks if b.optional]

    def price_with(self, enabled_blocks):
        """Price per km² with these optional blocks enabled."""
        return self.price_per_km2 + sum(b.price for b in self.optional_blocks() if b.name in set(enabled_blocks))

    @property
    def min_zoom(self):
        """The zoom from which the results are worth drawing: buildings need
        street-level zooms, fields and forest read well from further out."""
        name = self.name.lower()
        if "sentinel" in name:
            return 10
        if any(word in name for word in ("forest", "field", "road")):
            return 12
        return 14  # buildings, construction and unknown models (what the vendor client uses)


@dataclass
class DataProvider:
    """A default imagery provider (Mapbox and the like) the account may process
    from without picking an image: the live ``/user/status`` ``dataProviders``."""

    name: str  # what is sent (the record's ``name``)
    display_name: str = ""

    @classmethod
    def from_json(cls, data):
        if not isinstance(data, dict):
            return cls(str(data), str(data))
        return cls(str(data.get("name") or ""), str(data.get("displayName") or data.get("name") or ""))

    @property
    def label(self):
        return self.display_name or self.name


@dataclass
class Account:
    email: str
    billing_type: str = "AREA"  # AREA, CREDITS or NONE (live field; the documented example bills by area)
    remaining_area_m2: Optional[float] = None
    remaining_credits: Optional[float] = None
    area_limit_m2: Optional[float] = None
    aoi_area_limit_m2: Optional[float] = None
    processed_area_m2: Optional[float] = None
    max_aois: Optional[int] = None
    models: List[Model] = field(default_factory=list)
    #: providers of the imagery catalog (``searchDataProviders``; the page's
    #: ``dataProviders`` names where a server sends no search list)
    data_providers: List[str] = field(default_factory=list)
    #: default imagery providers, processed without an image id (``dataProviders``)
    default_providers: List[DataProvider] = field(default_factory=list)
    teams: List[Dict[str, Any]] = field(default_factory=list)

    @classmethod
    def from_json(cls, data):
        user = data.get("user") if isinstance(data.get("user"), dict) else {}
        email = data.get("email") or user.get("email") or data.get("login") or user.get("login") or ""
        remaining_area = optional_float(data.get("remainingArea", data.get("remainingLimit")))
        credits = optional_float(data.get("remainingCredits", user.get("credits")))
        billing = (data.get("billingType") or ("CREDITS" if credits is not None and remaining_area is None
                                               else "AREA")).upper()
        defaults = [DataProvider.from_json(p) for p in data.get("dataProviders") or []]
        searchable = data.get("searchDataProviders")
        providers = ([p.get("name") if isinstance(p, dict) else str(p) for p in searchable] if searchable
                     else [p.name for p in defaults])
        return cls(
            email=email, billing_type=billing, remaining_area_m2=remaining_area, remaining_credits=credits,
            area_limit_m2=optional_float(data.get("areaLimit", user.get("areaLimit"))),
            aoi_area_limit_m2=optional_float(data.get("aoiAreaLimit", user.get("aoiAreaLimit"))),
            processed_area_m2=optional_float(data.get("processedArea", user.get("processedArea"))),
            max_aois=int(data["maxAoisPerProcessing"]) if data.get("maxAoisPerProcessing") else None,
            models=[Model.from_json(m) for m in data.get("models") or []],
            data_providers=[p for p in providers if p], default_providers=[p for p in defaults if p.name],
            teams=list(data.get("teams") or []))

    def model(self, name_or_id):
        return next((m for m in self.models if name_or_id in (m.id, m.name)), None)


@dataclass
class Project:
    id: str
    name: str
    description: str = ""
    is_default: bool = False
    aoi_count: int = 0
    area_m2: float = 0.0
    created: Optional[datetime] = None
    updated: Optional[datetime] = None
    #: the models of this project (live: ``workflowDefs``, where the vendor client
    #: reads them; entries without a name or price are links only and are left out)
    models: List[Model] = field(default_factory=list)

    @classmethod
    def from_json(cls, data):
        models = [Model.from_json(m) for m in data.get("workflowDefs") or []
                  if isinstance(m, dict) and m.get("name") and ("blocks" in m or "pricePerSqKm" in m)]
        return cls(id=data["id"], name=data.get("name") or "", description=data.get("description") or "",
                   is_default=bool(data.get("isDefault")), aoi_count=int(data.get("aoiCount") or 0),
                   area_m2=float(data.get("area") or 0), created=parse_time(data.get("created")),
                   updated=parse_time(data.get("updated")), models=models)


@dataclass
class Processing:
    id: str
    name: str
    status: str
    percent: int = 0
    description: str = ""
    project_id: Optional[str] = None
    area_m2: float = 0.0
    cost: Optional[float] = None
    aoi_count: int = 0
    created: Optional[datetime] = None
    updated: Optional[datetime] = None
    model_id: Optional[str] = None
    model_name: str = ""
    params: Dict[str, Any] = field(default_factory=dict)
    meta: Dict[str, Any] = field(default_factory=dict)
    messages: List[Dict[str, Any]] = field(default_factory=list)
    vector_tile_url: Optional[str] = None
    raster_tile_url: Optional[str] = None
    review_status: Optional[str] = None

    @classmethod
    def from_json(cls, data):
        workflow = data.get("workflowDef") or {}
        vector = data.get("vectorLayer") or {}
        raster = data.get("rasterLayer") or {}
        return cls(
            id=data["id"], name=data.get("name") or "", status=(data.get("status") or "UNPROCESSED").upper(),
            percent=int(data.get("percentCompleted") or 0), description=data.get("description") or "",
            # the page's "area"; the live page list and the vendor client's "aoiArea"
            project_id=data.get("projectId"), area_m2=float(data.get("aoiArea", data.get("area")) or 0),
            cost=optional_float(data.get("cost")), aoi_count=int(data.get("aoiCount") or 0),
            created=parse_time(data.get("created")), updated=parse_time(data.get("updated")),
            model_id=workflow.get("id"), model_name=workflow.get("name") or data.get("wdName") or "",
            params=dict(data.get("params") or {}), meta=dict(data.get("meta") or {}),
            messages=list(data.get("messages") or []), vector_tile_url=vector.get("tileUrl"),
            raster_tile_url=raster.get("tileUrl"), review_status=_review_status(data.get("reviewStatus")))

    @property
    def finished(self):
        return self.status in FINAL_STATUSES

    @property
    def area_km2(self):
        return self.area_m2 / 1e6

    @property
    def status_label(self):
        return STATUS_LABELS.get(self.status, self.status.title())

    def error_lines(self):
        """The documented sentences of this processing's messages."""
        return render_messages(self.messages)

    @property
    def min_zoom(self):
        return Model("", self.model_name).min_zoom


def _review_status(value):
    """A text (the page) or ``{reviewStatus, inReviewUntil}`` (live)."""
    if isinstance(value, dict):
        value = value.get("reviewStatus")
    return str(value) if value else None


@dataclass
class ProcessingAoi:
    """One area of a processing (each polygon sent becomes one), with its own status."""

    id: str
    status: str
    percent: int = 0
    area_m2: float = 0.0
    geometry: Optional[BaseGeometry] = None
    messages: List[Dict[str, Any]] = field(default_factory=list)

    @classmethod
    def from_json(cls, data):
        return cls(id=data["id"], status=(data.get("status") or "UNPROCESSED").upper(),
                   percent=int(data.get("percentCompleted") or 0), area_m2=float(data.get("area") or 0),
                   geometry=parse_geometry(data.get("geometry")), messages=list(data.get("messages") or []))

