"""Records shared by the service clients.

Geometries are shapely objects in EPSG:4326 (lon, lat). Times are timezone-aware
UTC datetimes. A value the service did not send is None, never a made-up default.
"""

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Dict, Optional

from shapely.geometry import Point, shape
from shapely.geometry.base import BaseGeometry


@dataclass(frozen=True)
class Link:
    """A link to a variant of an image (original, zoomed, thumbnail...)."""

    rel: str
    href: str
    type: Optional[str] = None
    title: Optional[str] = None


@dataclass
class ImageRecord:
    """One image from any service, with what the layers and downloads need."""

    service: str
    id: str
    footprint: Optional[BaseGeometry] = None
    camera: Optional[Point] = None
    captured_at: Optional[datetime] = None
    heading: Optional[float] = None
    pitch: Optional[float] = None
    roll: Optional[float] = None
    altitude: Optional[float] = None
    capture_type: Optional[str] = None
    links: Dict[str, Link] = field(default_factory=dict)
    properties: Dict[str, Any] = field(default_factory=dict)

    def link(self, rel):
        """The link with this rel, or None."""
        return self.links.get(rel)


def parse_time(value):
    """Parse an ISO 8601 string or epoch milliseconds into an aware UTC datetime.

    Returns None for None or an empty string; raises ValueError for garbage, so a
    malformed field is noticed rather than silently dropped.
    """
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return datetime.fromtimestamp(value / 1000.0, tz=timezone.utc)
    text = str(value).strip()
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    if len(text) == 10:  # a bare date
        text += "T00:00:00+00:00"
    parsed = datetime.fromisoformat(text)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)


def parse_geometry(geojson):
    """A shapely geometry from a GeoJSON geometry dict, ignoring members such as
    a non-standard ``crs``; None when absent."""
    if not geojson:
        return None
    return shape({"type": geojson["type"], "coordinates": geojson["coordinates"]})


def optional_float(value):
    """float(value), or None when the service sent nothing."""
    if value is None or value == "":
        return None
    return float(value)
