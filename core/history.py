"""A short history of searches per service, kept in the project (entries under
``imagery_hub/history/<service>``): the area, the search parameters and the
time, newest first, so that a search can be run again as it was. Only
geometry and parameters are kept, never a credential."""

import json
from datetime import date, datetime

from qgis.core import QgsGeometry, QgsPointXY

from .aoi import Aoi, measure_km2
from .project_state import SCOPE

KEEP = 10


def _plain(value):
    if isinstance(value, (date, datetime)):
        return {"date": value.isoformat()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _restored(value):
    if isinstance(value, dict) and set(value) == {"date"}:
        text = value["date"]
        return datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)
    if isinstance(value, dict):
        return {k: _restored(v) for k, v in value.items()}
    if isinstance(value, list):
        return tuple(_restored(v) for v in value)
    return value


def _key(service):
    return f"/history/{service}"


def entries(project, service):
    """``[{"when": datetime, "aoi": Aoi, "params": dict}]``, newest first."""
    text, found = project.readEntry(SCOPE, _key(service), "")
    try:
        stored = json.loads(text) if found and text else []
    except ValueError:
        return []
    result = []
    for item in stored if isinstance(stored, list) else []:
        try:
            geometry = QgsGeometry.fromWkt(item["aoi"]["wkt"])
            if geometry.isNull() or geometry.isEmpty():
                continue
            point = item["aoi"].get("point")
            aoi = Aoi(geometry, item["aoi"]["kind"], measure_km2(geometry),
                      QgsPointXY(*point) if point else None, float(item["aoi"].get("radius_m", 0.0)))
            params = _restored(item["params"])
            result.append({"when": datetime.fromisoformat(item["when"]), "aoi": aoi, "params": params})
        except (KeyError, TypeError, ValueError):
            continue  # an entry from a hand-edited project: skipped, the rest kept
    return result


def add(project, service, aoi, params, when=None):
    """Put a search first in ``service``'s history (at most KEEP are kept)."""
    text, found = project.readEntry(SCOPE, _key(service), "")
    try:
        stored = json.loads(text) if found and text else []
    except ValueError:
        stored = []
    entry = {"when": (when or datetime.now()).isoformat(timespec="seconds"),
             "aoi": {"wkt": aoi.geometry.asWkt(9), "kind": aoi.kind, "radius_m": aoi.radius_m,
                     "point": [aoi.point.x(), aoi.point.y()] if aoi.point is not None else None},
             "params": _plain(params)}
    stored = [entry] + [item for item in stored if isinstance(item, dict)
                        and (item.get("aoi"), item.get("params")) != (entry["aoi"], entry["params"])]
    project.writeEntry(SCOPE, _key(service), json.dumps(stored[:KEEP], default=str))  # never fails a search
