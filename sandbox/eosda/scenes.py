"""Generated Sentinel-2 and Landsat 8 scenes over and around the demo site.

Acquisitions follow each mission's revisit (Sentinel-2 tile 10UDV every 5 days
on a full-coverage orbit and every 5 days on one whose swath edge crosses the
demo AOI, its eastern neighbour 10UEV likewise; Landsat 8 WRS-2 path/row 047/026 and 048/026 every 16
days), from launch to today. Everything is derived from the date and tile, so a
view id always names the same scene, with the same cloud cover and footprint.
Records carry the field names of a real search response (CONTRACTS.md §2.2),
including the non-standard ``crs`` member of ``dataGeometry``.
"""

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from shapely.geometry import Polygon, mapping

CRS_MEMBER = {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG:8.9:4326"}}


@dataclass(frozen=True)
class Track:
    """One tile (S2) or path/row (L8) on one orbit: when and where it is imaged."""

    dataset: str
    name: str  # 10UDV, 047026
    tile: Polygon  # lon/lat
    data: Polygon  # the part that holds data on this orbit
    first: date
    revisit: int  # days
    offset: int  # days after ``first``
    overpass: str  # UTC time of day
    orbit: str  # relative orbit (S2) or path (L8)


def _quad(west, south, east, north, skew):
    """A tile footprint, slightly sheared as UTM tiles are in lon/lat."""
    return Polygon([(west + skew, south), (east + skew, south), (east, north), (west, north)])


_S2_DV = _quad(-124.38, 48.65, -122.98, 49.64, 0.03)
_S2_EV = _quad(-123.02, 48.66, -121.62, 49.65, 0.03)
_L8_47 = Polygon([(-124.37, 48.44), (-121.92, 48.05), (-121.33, 49.69), (-123.87, 50.09)])
_L8_48 = Polygon([(-125.91, 48.44), (-123.46, 48.05), (-122.87, 49.69), (-125.41, 50.09)])


def _west_part(tile, north_lon, south_lon):
    """The part of a tile west of the swath edge running from (north_lon, 49.7) to (south_lon, 48.6)."""
    return tile.intersection(Polygon([(north_lon, 49.7), (south_lon, 48.6), (-180, 48.6), (-180, 49.7)]))


S2_START = date(2015, 7, 4)
TRACKS = (
    Track("sentinel2", "10UDV", _S2_DV, _S2_DV, S2_START, 5, 0, "19:09:21", "R013"),
    # this orbit's swath edge crosses the demo AOI: a third of it has data
    Track("sentinel2", "10UDV", _S2_DV, _west_part(_S2_DV, -123.137, -123.101), S2_START, 5, 2, "19:19:39", "R113"),
    Track("sentinel2", "10UEV", _S2_EV, _S2_EV, S2_START, 5, 0, "19:09:24", "R013"),
    Track("sentinel2", "10UEV", _S2_EV, _west_part(_S2_EV, -122.37, -122.33), S2_START, 5, 2, "19:19:42", "R113"),
    Track("landsat8", "047026", _L8_47, _L8_47, date(2013, 4, 11), 16, 0, "18:57:06", "047"),
    Track("landsat8", "048026", _L8_48, _L8_48, date(2013, 4, 11), 16, 7, "19:03:18", "048"),
)
DATASETS = ("sentinel2", "landsat8")


def unit(*parts):
    """A number in [0, 1) fixed by ``parts`` (the same every run)."""
    digest = hashlib.sha256("|".join(map(str, parts)).encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2 ** 64


def cloud_cover(view_id, day):
    """Cloud cover in %: clearer in summer, as on the Pacific coast."""
    summer = day.month in (6, 7, 8, 9)
    value = unit("cloud", view_id) ** (2.2 if summer else 0.7)
    return round(100.0 * value, 2)


def _view_id(track, day):
    if track.dataset == "sentinel2":
        zone, band, square = track.name[:2], track.name[2], track.name[3:]
        return f"S2/{zone}/{band}/{square}/{day.year}/{day.month}/{day.day}/0"
    return f"L8/LC8{track.name[:3]}{track.name[3:]}{day.year}{day.timetuple().tm_yday:03d}LGN00"


def _satellite(track, day):
    if track.dataset == "landsat8":
        return "Landsat-8"
    # S2A and S2B take turns (S2B from March 2017)
    turn = ((day - track.first).days // track.revisit) % 2
    return "Sentinel-2B" if turn and day >= date(2017, 3, 7) else "Sentinel-2A"


def _with_crs(geometry):
    return {"type": geometry.geom_type, "crs": CRS_MEMBER, "coordinates": mapping(geometry)["coordinates"]}


def make_scene(track, day):
    view_id = _view_id(track, day)
    when = datetime.fromisoformat(f"{day.isoformat()}T{track.overpass}").replace(tzinfo=timezone.utc)
    when += timedelta(milliseconds=int(unit("ms", view_id) * 1000))
    satellite = _satellite(track, day)
    coverage = 100.0 * track.data.area / track.tile.area
    doy = day.timetuple().tm_yday
    scene = {
        "view_id": view_id, "date": day.isoformat(),
        "timestamp": when.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
        "cloudCoverage": cloud_cover(view_id, day), "dataCoveragePercentage": round(coverage, 2),
        "satelliteName": satellite,
        "sunElevation": round(17 + 47 * (1 - abs(doy - 172) / 183), 2),
        "azimuthAngle": round(150 + 20 * unit("az", view_id), 2),
        "zenithAngle": round(20 + 10 * unit("zen", view_id), 2),
        "dataGeometry": _with_crs(track.data), "tileGeometry": _with_crs(track.tile),
    }
    if track.dataset == "sentinel2":
        short = "S2B" if satellite.endswith("B") else "S2A"
        scene.update({
            "sceneID": f"{short}_tile_{day:%Y%m%d}_{track.name}_0",
            "productName": f"{short}_MSIL1C_{when:%Y%m%dT%H%M%S}_N0510_{track.orbit}_T{track.name}_"
                           f"{when:%Y%m%dT%H%M%S}",
            "utmZone": int(track.name[:2]), "latitudeBand": track.name[2], "gridSquare": track.name[3:],
            "processedL2A": True, "awsPath": "tiles/" + view_id[3:],
        })
    else:
        scene.update({"sceneID": view_id[3:], "path": int(track.name[:3]), "row": int(track.name[3:]),
                      "productName": view_id[3:]})
    return scene


def acquisitions(track, start, end):
    """The dates ``track`` was imaged between start and end (inclusive)."""
    first = track.first + timedelta(days=track.offset)
    start = max(start, first)
    end = min(end, date.today())
    if start > end:
        return []
    skip = (-(start - first).days) % track.revisit
    day = start + timedelta(days=skip)
    days = []
    while day <= end:
        days.append(day)
        day += timedelta(days=track.revisit)
    return days


def scenes(dataset, start, end):
    """Every scene of ``dataset`` acquired between start and end."""
    found = []
    for track in TRACKS:
        if track.dataset == dataset:
            found += [make_scene(track, day) for day in acquisitions(track, start, end)]
    return found


def find_scene(view_id):
    """The scene (with its track) a view id names, or (None, None)."""
    for track in TRACKS:
        for day in _dates_in(track, view_id):
            if acquisitions(track, day, day) and _view_id(track, day) == view_id:
                return make_scene(track, day), track
    return None, None


def _dates_in(track, view_id):
    parts = view_id.split("/")
    try:
        if track.dataset == "sentinel2" and len(parts) == 8 and parts[0] == "S2":
            return [date(int(parts[4]), int(parts[5]), int(parts[6]))]
        if track.dataset == "landsat8" and len(parts) == 2 and parts[0] == "L8" and len(parts[1]) == 21:
            year, doy = int(parts[1][9:13]), int(parts[1][13:16])
            return [date(year, 1, 1) + timedelta(days=doy - 1)]
    except ValueError:
        return []
    return []
