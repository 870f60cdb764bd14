"""The imagery inventory of an area: what every service holds there, as one
kind of record, and the figures of the overview (count, dates, sharpness,
cloud, captures per month).

Each service maps its own search to :class:`InventoryRecord` in
``providers/<service>/inventory.py`` (``estimate(area, options)`` and
``search(credentials, urls, area, options, progress, **session_options)``);
this module reaches them only through the registry, so it names no service.
"""

import importlib
import math
from collections import Counter
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import List, Optional

from .registry import SERVICES, service

#: how many records one service may bring into an inventory
DEFAULT_MAX_RECORDS = 2000


@dataclass(frozen=True)
class InventoryRecord:
    """One image or scene of any service. ``footprint`` is shapely, EPSG:4326
    (a point where the service gives only the camera position)."""

    service: str  # the registry id
    id: str
    footprint: object
    captured_at: Optional[datetime]  # aware, UTC
    kind: str  # drone, street, satellite, mosaic or borehole image
    resolution_m: Optional[float] = None
    cloud: Optional[float] = None  # percent
    link: Optional[str] = None
    altitude_m: Optional[float] = None  # drone images: flight height, where no ground resolution is given


@dataclass(frozen=True)
class InventoryOptions:
    """What every service of an inventory searches: ``years`` back from ``today``
    for services that need dates, at most ``max_records`` each, and the area's
    size (km², measured on the ellipsoid by the caller) for area rules."""

    area_km2: float = 0.0
    years: int = 3
    max_records: int = DEFAULT_MAX_RECORDS
    today: date = field(default_factory=lambda: datetime.now(timezone.utc).date())

    @property
    def date_from(self):
        return self.today - timedelta(days=365 * self.years - 1)


@dataclass
class InventoryResult:
    records: List[InventoryRecord]
    truncated: bool = False  # the service had more than ``max_records``
    #: the service's own objects behind the records (scenes, images), where its
    #: usual result layers can be written from them (core/<service>/inventory.py)
    items: list = field(default_factory=list)


@dataclass(frozen=True)
class Summary:
    """One row of the overview."""

    service: str
    count: int
    first: Optional[datetime] = None
    last: Optional[datetime] = None
    best_resolution_m: Optional[float] = None
    lowest_altitude_m: Optional[float] = None
    cloud_min: Optional[float] = None
    cloud_max: Optional[float] = None
    truncated: bool = False

    def dates_text(self, months=False):
        """"2024-01-05 – 2024-03-20" (with ``months``: "2024-01 – 2024-03")."""
        if self.first is None:
            return ""
        first, last = (moment.date().isoformat()[:7 if months else 10] for moment in (self.first, self.last))
        return first if first == last else f"{first} – {last}"

    def sharpness_text(self):
        if self.best_resolution_m is not None:
            return f"{self.best_resolution_m:g} m"
        if self.lowest_altitude_m is not None:
            return f"{self.lowest_altitude_m:.0f} m altitude"
        return ""

    def cloud_text(self):
        if self.cloud_min is None:
            return ""
        return f"{self.cloud_min:.0f} %" if round(self.cloud_min) == round(self.cloud_max) \
            else f"{self.cloud_min:.0f}–{self.cloud_max:.0f} %"


def module(service_id):
    """The service's inventory module (``providers/<service>/inventory.py``)."""
    return importlib.import_module(f"{__package__}.{service(service_id).module}.inventory")


def service_ids():
    return [s.id for s in SERVICES]


def estimate(service_id, area, options):
    """The request budget (``providers.budget.Estimate``) of one service's part."""
    return module(service_id).estimate(area, options)


def search(service_id, credentials, urls, area, options, progress=None, **session_options):
    """One service's records over ``area`` (network I/O: call it in a task).
    ``progress(text)`` says where the search is."""
    return module(service_id).search(credentials, urls, area, options, progress=progress, **session_options)


def _lowest(values):
    values = [v for v in values if v is not None]
    return min(values) if values else None


def summarize(service_id, records, truncated=False):
    times = [r.captured_at for r in records if r.captured_at is not None]
    clouds = [r.cloud for r in records if r.cloud is not None]
    return Summary(service_id, len(records), min(times) if times else None, max(times) if times else None,
                   _lowest(r.resolution_m for r in records), _lowest(r.altitude_m for r in records),
                   min(clouds) if clouds else None, max(clouds) if clouds else None, truncated)


def month_of(moment):
    return moment.year, moment.month


def monthly_counts(records):
    """``{(year, month): count}`` of the records with a capture time."""
    return Counter(month_of(r.captured_at) for r in records if r.captured_at is not None)


#: a service that gives only where the camera stood is drawn as a circle this wide
CAMERA_RADIUS_M = 5.0


def located(record):
    """"footprint" when the service gave the imaged area, "camera" for a point."""
    return "camera" if record.footprint.geom_type == "Point" else "footprint"


def footprint_polygon(record):
    """The record's footprint as a MultiPolygon (one geometry type for one
    layer): a camera position becomes a circle of CAMERA_RADIUS_M."""
    from shapely import affinity  # here: the module's choices come without shapely (Processing's declarations)
    from shapely.geometry import MultiPolygon

    shape = record.footprint
    if shape.geom_type == "Point":
        degrees = CAMERA_RADIUS_M / 111_320.0
        circle = shape.buffer(degrees, 8)
        shape = affinity.scale(circle, 1 / max(0.01, math.cos(math.radians(shape.y))), 1.0, origin=shape)
    if shape.geom_type == "Polygon":
        return MultiPolygon([shape])
    if shape.geom_type == "MultiPolygon":
        return shape
    return MultiPolygon([p for p in getattr(shape, "geoms", []) if p.geom_type == "Polygon"]) or None


def search_all(plan, area, options, cancelled=None, progress=None, on_done=None):
    """Every service of ``plan`` (``{service id: (credentials, urls)}``) at once,
    one thread each. Returns ``{service id: InventoryResult or the exception it
    raised}``: a failing service never stops the others.

    ``cancelled(service id)`` says whether that service (or all) is cancelled;
    ``progress(service id, text)``; ``on_done(service id, result or error)`` is
    called (in a worker thread) as each service ends, the first first."""
    if not plan:
        return {}
    outcome = {}
    with ThreadPoolExecutor(max_workers=len(plan), thread_name_prefix="inventory") as pool:
        futures = {pool.submit(
            search, service_id, credentials, urls, area, options,
            (lambda text, s=service_id: progress(s, text)) if progress else None,
            cancelled=(lambda s=service_id: cancelled(s)) if cancelled else None): service_id
            for service_id, (credentials, urls) in plan.items()}
        for future in as_completed(futures):
            service_id = futures[future]
            error = future.exception()
            outcome[service_id] = error if error is not None else future.result()
            if on_done:
                on_done(service_id, outcome[service_id])
    return {service_id: outcome[service_id] for service_id in plan}
