"""The sandbox Mapflow account: projects, processings and their lives.

A processing's status is worked out from the clock whenever it is read: each
of its AOIs (one per polygon sent) is queued for the first 15 % of the run time,
then in progress with ``percentCompleted`` rising, then OK, unless it fails,
either at validation (a bad source, the same for every AOI) or half-way (a
"flaky" AOI, sandbox option ``mapflow.flaky_aois``, which a restart cures).
A restart re-runs only the failed AOIs, as the API page says.

Options (``sandbox.options``): ``mapflow.processing_seconds`` (run time of one
AOI, default 8), ``mapflow.billing`` (CREDITS, AREA or NONE), ``mapflow.flaky_aois``
(how many of the next AOIs fail once), ``mapflow.max_page_size`` (100),
``mapflow.endless_total`` (a fault: the processing list's pages repeat the first
one under a total that is never reached), ``mapflow.live_shapes`` (answer as the
live service does where it differs from the page, as read from the vendor's QGIS
client: see :data:`LIVE_SHAPES`).
"""

import math
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import List, Optional

from shapely.geometry import MultiPolygon, mapping

from ..accounts import MAPFLOW_EMAIL
from .catalog import ACCOUNT_LIMITS, DATA_PROVIDERS, MODELS
from .scenes import PROVIDERS
from .world import M_PER_DEG_LAT

#: What ``mapflow.live_shapes`` changes (docs/documented-vs-live.md lists the same):
#: ``/user/status`` has no ``models`` (they are each project's ``workflowDefs``, with
#: fixed and optional blocks) and its ``dataProviders`` / ``searchDataProviders`` are
#: provider records with lower-case names; a processing has ``aoiArea`` (no ``area``)
#: and ``reviewStatus`` as an object; only the v2 forms of get, update and restart
#: exist and projects are listed by ``POST /projects/page``; the catalog answers
#: under ``/rest`` only; an image's ``meta_data`` has ``pixel_size`` and ``dtypes``
#: (no ``transform``) and its previews are at its ``preview_url_s`` / ``_l`` only;
#: a run costs its fixed blocks plus the optional ones enabled.
LIVE_SHAPES = "mapflow.live_shapes"
QUEUED_FRACTION = 0.15
USER_ID = "25b12411-bd16-4a31-9842-728264a3aefd"


def iso(timestamp):
    return datetime.fromtimestamp(timestamp, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def provider_json(name):
    """A data provider as the live ``/user/status`` lists it (the vendor's ProviderReturnSchema)."""
    return {"id": str(uuid.uuid5(uuid.NAMESPACE_URL, name)), "name": name.lower(), "displayName": name,
            "price": [{"zoom": 18, "priceSqKm": 0.0}], "previewUrl": None, "previewUrlMaxZoom": None}


def area_m2(polygon):
    """Area of a lon/lat polygon on a local equirectangular projection (close to
    the ellipsoidal area for the small areas processings cover)."""
    lat = polygon.centroid.y
    return abs(polygon.area) * M_PER_DEG_LAT * 111_320.0 * math.cos(math.radians(lat))


@dataclass
class AoiRun:
    id: str
    geometry: object  # shapely polygon, lon/lat
    area: float
    started: float
    failure: Optional[dict] = None  # the message it fails with
    fail_at: float = QUEUED_FRACTION  # fraction of the run time at which it fails
    persistent: bool = True  # a restart fails again (bad source) or not (flaky)

    def state(self, now, duration):
        fraction = (now - self.started) / duration if duration > 0 else 1.0
        if fraction < QUEUED_FRACTION:
            return "UNPROCESSED", 0, []
        if self.failure is not None and fraction >= self.fail_at:
            return "FAILED", 0, [self.failure]
        if fraction < 1.0:
            return "IN_PROGRESS", min(99, int(100 * (fraction - QUEUED_FRACTION) / (1 - QUEUED_FRACTION))), []
        return "OK", 100, []


@dataclass
class ProcessingRecord:
    id: str
    name: str
    description: Optional[str]
    project_id: str
    model: object
    params: dict
    blocks: list
    meta: dict
    aois: List[AoiRun]
    cost: int
    created: float
    updated: float
    raster_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    vector_id: str = field(default_factory=lambda: str(uuid.uuid4()))

    @property
    def area(self):
        return sum(a.area for a in self.aois)

    @property
    def geometry(self):
        polygons = [a.geometry for a in self.aois]
        return polygons[0] if len(polygons) == 1 else MultiPolygon(polygons)

    def aoi_states(self, now, duration):
        return [(aoi, *aoi.state(now, duration)) for aoi in self.aois]

    def status(self, now, duration):
        states = self.aoi_states(now, duration)
        statuses = {s for _, s, _, _ in states}
        if statuses == {"UNPROCESSED"}:
            status = "UNPROCESSED"
        elif statuses == {"OK"}:
            status = "OK"
        elif statuses & {"UNPROCESSED", "IN_PROGRESS"}:
            status = "IN_PROGRESS"
        else:
            status = "FAILED"
        percent = int(sum(p for _, _, p, _ in states) / max(1, len(states)))
        messages = []
        for _, _, _, aoi_messages in states:
            messages += [m for m in aoi_messages if m not in messages]  # each repeated error once
        return status, percent, messages


class MapflowState:
    """Everything the sandbox account holds; every method takes the lock."""

    def __init__(self, options):
        self.options = options
        self.lock = threading.RLock()
        self.reset_hooks = []  # the Data API (sandbox/mapflow/data.py) forgets its files too
        self.reset()

    def reset(self):
        """A fresh account: only the default project, nothing spent (tests)."""
        with self.lock:
            now = time.time()
            self.default_project_id = str(uuid.uuid4())
            self.projects = {self.default_project_id: {"id": self.default_project_id, "name": "Default",
                                                       "description": None, "created": now, "updated": now}}
            self.processings = {}
            self.credits_used = 0
            self.area_used = 0.0
            self.flaky_used = 0
            for hook in self.reset_hooks:
                hook()

    # -- options -------------------------------------------------------------------
    def option(self, name, default, kind=float):
        value = self.options.get(f"mapflow.{name}", default)
        return kind(value)

    @property
    def duration(self):
        return self.option("processing_seconds", 8.0)

    @property
    def live(self):
        return bool(self.options.get(LIVE_SHAPES))

    @property
    def billing(self):
        return str(self.options.get("mapflow.billing", "CREDITS")).upper()

    def take_flaky(self):
        """True for the next ``mapflow.flaky_aois`` AOIs created."""
        if self.flaky_used < self.option("flaky_aois", 0, int):
            self.flaky_used += 1
            return True
        return False

    # -- account -----------------------------------------------------------------------
    def user_status(self):
        area_limit = ACCOUNT_LIMITS["areaLimit"]
        status = {
            "email": MAPFLOW_EMAIL, "login": MAPFLOW_EMAIL, "billingType": self.billing,
            "processedArea": int(self.area_used), "areaLimit": area_limit,
            "remainingArea": int(area_limit - self.area_used),
            "aoiAreaLimit": ACCOUNT_LIMITS["aoiAreaLimit"], "memoryLimit": ACCOUNT_LIMITS["memoryLimit"],
            "maxAoisPerProcessing": ACCOUNT_LIMITS["maxAoisPerProcessing"],
            "models": [m.to_json() for m in MODELS],
            "dataProviders": [{"name": name} for name in DATA_PROVIDERS],
            "searchDataProviders": [{"name": name, "displayName": name, "minAreaSqKm": 0.1} for name in PROVIDERS],
            "teams": [{"teamId": "a6c5a4cf-c693-4441-8bef-028ac0f2d5d9", "name": "Sandbox Team", "role": "OWNER",
                       "activeUntil": None, "creditsLimit": None}],
        }
        if self.billing == "CREDITS":
            status["remainingCredits"] = ACCOUNT_LIMITS["remainingCredits"] - self.credits_used
        if self.live:
            del status["models"]
            status["dataProviders"] = [provider_json(name) for name in DATA_PROVIDERS]
            status["searchDataProviders"] = [dict(provider_json(name), minAreaSqKm=0.1) for name in PROVIDERS]
        return status

    def user_json(self):
        return {"id": USER_ID, "login": MAPFLOW_EMAIL, "email": MAPFLOW_EMAIL, "role": "USER",
                "areaLimit": ACCOUNT_LIMITS["areaLimit"], "aoiAreaLimit": ACCOUNT_LIMITS["aoiAreaLimit"],
                "processedArea": int(self.area_used), "created": "2022-10-20T14:54:59.630308Z", "isPremium": False}

    # -- projects ------------------------------------------------------------------------
    def project_json(self, project):
        now = time.time()
        mine = [p for p in self.processings.values() if p.project_id == project["id"]]
        statuses = [p.status(now, self.duration) for p in mine]
        details = {}
        for record, (status, _, _) in zip(mine, statuses):
            entry = details.setdefault(status, {"status": status, "count": 0, "area": 0})
            entry["count"] += 1
            entry["area"] += int(record.area)
        overall = "OK" if statuses and all(s == "OK" for s, _, _ in statuses) else \
            ("UNPROCESSED" if not statuses else "IN_PROGRESS")
        percent = int(sum(p for _, p, _ in statuses) / len(statuses)) if statuses else 0
        return {
            "id": project["id"], "name": project["name"], "description": project["description"],
            "progress": {"status": overall, "percentCompleted": percent, "details": list(details.values())},
            "aoiCount": sum(len(p.aois) for p in mine), "area": int(sum(p.area for p in mine)),
            "user": self.user_json(), "isDefault": project["id"] == self.default_project_id,
            "created": iso(project["created"]), "updated": iso(project["updated"]),
            "workflowDefs": [m.to_live_json() for m in MODELS] if self.live else
            [{"id": m.id, "name": m.name, "description": None, "created": "2022-10-20T14:54:59Z",
              "updated": "2022-10-20T14:54:59Z"} for m in MODELS],
        }

    # -- processings -------------------------------------------------------------------------
    def processing_json(self, record, base_url, cdn_url):
        status, percent, messages = record.status(time.time(), self.duration)
        model = record.model
        body = {
            "id": record.id, "name": record.name, "description": record.description,
            "projectId": record.project_id,
            # vector tiles come from the API host and need its credential (so the
            # plugin's auth-config path is exercised); raster tiles come from a
            # foreign host without one, as rasters-production.mapflow.ai does
            "vectorLayer": {
                "id": record.vector_id, "name": record.name,
                "tileJsonUrl": f"{base_url}/mapflow/api/layers/{record.vector_id}.json",
                "tileUrl": f"{base_url}/mapflow/api/layers/{record.vector_id}/tiles/{{z}}/{{x}}/{{y}}.vector.pbf"},
            "rasterLayer": {
                "id": record.raster_id,
                "tileJsonUrl": f"{cdn_url}/mapflow/api/v0/cogs/tiles.json?uri=s3://mapflow-rasters/{record.raster_id}",
                "tileUrl": f"{cdn_url}/mapflow/api/v0/cogs/tiles/{{z}}/{{x}}/{{y}}.png"
                           f"?uri=s3://mapflow-rasters/{record.raster_id}"},
            "workflowDef": {**model.to_json(), "blocks": model.to_json().get("blocks", [])},
            "aoiCount": len(record.aois), "area": int(record.area), "cost": record.cost, "status": status,
            "reviewStatus": None, "rating": None, "percentCompleted": percent, "params": record.params,
            "blocks": record.blocks, "meta": record.meta, "messages": messages,
            "created": iso(record.created), "updated": iso(record.updated),
        }
        if self.live:
            body["aoiArea"] = body.pop("area")
            body["workflowDef"] = model.to_live_json()
            body["reviewStatus"] = {"reviewStatus": "ACCEPTED", "inReviewUntil": None} if status == "OK" else None
        return body

    def aois_json(self, record):
        return [{"id": aoi.id, "status": status, "percentCompleted": percent, "geometry": mapping(aoi.geometry),
                 "area": int(aoi.area), "messages": messages}
                for aoi, status, percent, messages in record.aoi_states(time.time(), self.duration)]

    def ok_aois(self, record):
        return [aoi for aoi, status, _, _ in record.aoi_states(time.time(), self.duration) if status == "OK"]

    def restart(self, record):
        """Re-run the failed AOIs only; a flaky failure does not come back."""
        now = time.time()
        restarted = 0
        for aoi, status, _, _ in record.aoi_states(now, self.duration):
            if status == "FAILED":
                aoi.started = now
                if not aoi.persistent:
                    aoi.failure = None
                restarted += 1
        record.updated = now
        return restarted
