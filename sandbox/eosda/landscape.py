"""Band values of the generated scenes: a synthetic landscape seen by the sensors.

The land cover is a function of position: downtown Vancouver's water (Burrard
Inlet, False Creek, English Bay), Stanley Park, a few parks and tree-lined
streets inside the demo AOI, and noise-driven forest, fields and lakes further
out. Each pixel mixes water, vegetation and built-up surface; each cover has a
reflectance spectrum (vegetation greener in summer), clouds of the scene's
cloud cover lie on top, and the result is quantised like the products:
Sentinel-2 L1C DN = reflectance × 10000, Landsat 8 DN = (reflectance + 0.1) / 2e-5.
"""

from datetime import date

import numpy as np

from .scenes import unit

# band centre wavelengths (nm) and native pixel sizes (m)
S2_BANDS = {"B01": (443, 60), "B02": (490, 10), "B03": (560, 10), "B04": (665, 10), "B05": (705, 20),
            "B06": (740, 20), "B07": (783, 20), "B08": (842, 10), "B8A": (865, 20), "B09": (945, 60),
            "B10": (1375, 60), "B11": (1610, 20), "B12": (2190, 20)}
L8_BANDS = {"B1": (443, 30), "B2": (482, 30), "B3": (561, 30), "B4": (655, 30), "B5": (865, 30),
            "B6": (1609, 30), "B7": (2201, 30), "B8": (590, 15), "B9": (1373, 30), "B10": (10900, 100),
            "B11": (12000, 100)}
BANDS = {"sentinel2": S2_BANDS, "landsat8": L8_BANDS}
THERMAL = {"B10", "B11"}

# reflectance spectra at these wavelengths
WAVELENGTHS = np.array([443, 490, 560, 665, 705, 740, 783, 842, 865, 945, 1375, 1610, 2190], float)
SPECTRA = {
    "water": [0.070, 0.060, 0.050, 0.030, 0.025, 0.020, 0.015, 0.010, 0.010, 0.005, 0.001, 0.003, 0.002],
    "green": [0.030, 0.035, 0.080, 0.040, 0.100, 0.250, 0.350, 0.400, 0.410, 0.380, 0.010, 0.200, 0.100],
    "dormant": [0.040, 0.050, 0.070, 0.080, 0.100, 0.140, 0.170, 0.190, 0.200, 0.190, 0.010, 0.250, 0.160],
    "urban": [0.100, 0.110, 0.130, 0.150, 0.160, 0.170, 0.180, 0.190, 0.200, 0.190, 0.010, 0.250, 0.220],
    "cloud": [0.550, 0.550, 0.560, 0.570, 0.570, 0.570, 0.570, 0.580, 0.580, 0.500, 0.300, 0.450, 0.350],
}
TEMPERATURE_K = {"water": 286.0, "vegetation": 294.0, "urban": 304.0, "cloud": 258.0}
EARTH_RADIUS = 6378137.0
CITY = (-123.1216, 49.2827)
# parks inside the demo AOI: lon, lat, radius (m)
PARKS = ((-123.1236, 49.2840, 70.0), (-123.1196, 49.2818, 50.0), (-123.1250, 49.2812, 40.0),
         (-123.1185, 49.2846, 35.0))


def to_lonlat(x, y):
    lon = np.degrees(x / EARTH_RADIUS)
    lat = np.degrees(2 * np.arctan(np.exp(y / EARTH_RADIUS)) - np.pi / 2)
    return lon, lat


def _hash(ix, iy, seed):
    h = (ix * 374761393 + iy * 668265263 + seed * 1442695041) & 0xFFFFFFFF
    h = ((h ^ (h >> 13)) * 1274126177) & 0xFFFFFFFF
    return (h ^ (h >> 16)) / 4294967295.0


def value_noise(x, y, scale, seed):
    """Smooth noise in [0, 1] over metres, the same wherever it is sampled."""
    gx, gy = x / scale, y / scale
    ix, iy = np.floor(gx).astype(np.int64), np.floor(gy).astype(np.int64)
    fx, fy = gx - ix, gy - iy
    fx, fy = fx * fx * (3 - 2 * fx), fy * fy * (3 - 2 * fy)
    top = _hash(ix, iy, seed) * (1 - fx) + _hash(ix + 1, iy, seed) * fx
    bottom = _hash(ix, iy + 1, seed) * (1 - fx) + _hash(ix + 1, iy + 1, seed) * fx
    return top * (1 - fy) + bottom * fy


def fbm(x, y, scale, seed, octaves=3):
    total, weight, norm = 0.0, 1.0, 0.0
    for octave in range(octaves):
        total = total + weight * value_noise(x, y, scale / 2 ** octave, seed + octave)
        norm += weight
        weight /= 2
    return total / norm


def _metres(dlon, dlat, lat):
    return dlon * 111320.0 * np.cos(np.radians(lat)), dlat * 110540.0


def land_cover(x, y):
    """(water, vegetation) fractions at EPSG:3857 points; the rest is built-up."""
    lon, lat = to_lonlat(x, y)
    dx, dy = _metres(lon - CITY[0], lat - CITY[1], lat)
    distance = np.hypot(dx, dy)
    rural = np.clip((distance - 2500.0) / 2000.0, 0, 1)

    wobble = (fbm(x, y, 400.0, 29) - 0.5) * 0.0016  # natural shorelines
    wlat, wlon = lat + wobble, lon + 1.5 * wobble
    shore = 49.2893 + 0.0009 * np.sin((wlon + 123.12) * 260)
    stanley = ((wlon + 123.142) / 0.0125) ** 2 + ((wlat - 49.3015) / 0.0075) ** 2 < 1
    inlet = (wlat > shore) & (wlat < 49.318) & (wlon > -123.16) & (wlon < -123.02) & ~stanley
    creek = (wlat > 49.2688) & (wlat < 49.2738 + 0.0008 * np.sin((wlon + 123.12) * 180)) & \
            (wlon > -123.142) & (wlon < -123.100)
    bay = (wlon < -123.139) & (wlat < 49.2935) & (wlat > 49.255) & (wlon > -123.27) & ~stanley
    lakes = (fbm(x, y, 3000.0, 11) > 0.74) & (rural > 0.5)
    water = (inlet | creek | bay | lakes).astype(float)

    urban_green = 0.08 + 0.18 * fbm(x, y, 150.0, 3)
    # street trees along the downtown grid (rotated about 35°)
    angle = np.radians(35.0)
    u = dx * np.cos(angle) + dy * np.sin(angle)
    v = -dx * np.sin(angle) + dy * np.cos(angle)
    trees = (np.abs(((u + 40) % 100.0) - 50) > 44) | (np.abs(((v + 60) % 160.0) - 80) > 74)
    block = _hash(np.floor((u + 40) / 100).astype(np.int64), np.floor((v + 60) / 160).astype(np.int64), 23)
    urban_green = urban_green + 0.30 * trees + 0.35 * (block > 0.8)  # some blocks have gardens
    for park_lon, park_lat, radius in PARKS:
        px, py = _metres(lon - park_lon, lat - park_lat, lat)
        urban_green = np.maximum(urban_green, 0.9 * np.clip((radius - np.hypot(px, py)) / 15.0, 0, 1))
    urban_green = np.where(stanley, 0.95, urban_green)
    rural_green = 0.25 + 0.7 * fbm(x, y, 900.0, 5)
    vegetation = (urban_green * (1 - rural) + rural_green * rural) * (1 - water)
    return water, np.clip(vegetation, 0, 1)


def cloud_opacity(x, y, scene, track):
    """Cloud opacity in [0, 1] covering about ``cloudCoverage`` % of the tile."""
    cover = float(scene["cloudCoverage"]) / 100.0
    if cover <= 0.005:
        return np.zeros_like(x)
    seed = int(unit("clouds", scene["view_id"]) * 1e6)
    west, south, east, north = track.tile.bounds
    gx, gy = np.meshgrid(np.linspace(west, east, 48), np.linspace(south, north, 48))
    sx = np.radians(gx) * EARTH_RADIUS
    sy = EARTH_RADIUS * np.log(np.tan(np.pi / 4 + np.radians(gy) / 2))
    threshold = np.quantile(fbm(sx, sy, 4000.0, seed), 1 - min(cover, 0.999))
    return np.clip((fbm(x, y, 4000.0, seed) - threshold) / 0.04, 0, 1)


def vigour(day_of_year):
    """How green vegetation is: 1 in mid-July, 0.2 in mid-January."""
    return 0.6 + 0.4 * np.cos(2 * np.pi * (day_of_year - 196) / 365.0)


class Surface:
    """What the sensor sees at EPSG:3857 points (arrays) in one scene."""

    def __init__(self, x, y, scene, track):
        self.dataset = track.dataset
        self.water, self.vegetation = land_cover(x, y)
        self.urban = np.clip(1 - self.water - self.vegetation, 0, 1)
        self.clouds = cloud_opacity(x, y, scene, track)
        self.green = vigour(date.fromisoformat(scene["date"]).timetuple().tm_yday)
        self.grain = fbm(x, y, 25.0, 17, octaves=2) - 0.5  # texture within a cover

    def dn(self, band):
        """The DN of ``band`` at every point."""
        if band in THERMAL:
            kelvin = (self.water * TEMPERATURE_K["water"] + self.vegetation * TEMPERATURE_K["vegetation"]
                      + self.urban * TEMPERATURE_K["urban"] + 4 * self.grain)
            kelvin = kelvin * (1 - self.clouds) + TEMPERATURE_K["cloud"] * self.clouds
            return np.clip((kelvin - 150.0) * 300.0, 0, 65535)
        wavelength = BANDS[self.dataset][band][0]
        spectrum = {name: np.interp(wavelength, WAVELENGTHS, values) for name, values in SPECTRA.items()}
        plant = self.green * spectrum["green"] + (1 - self.green) * spectrum["dormant"]
        reflectance = (self.water * spectrum["water"] + self.vegetation * plant
                       + self.urban * spectrum["urban"]) * (1 + 0.25 * self.grain)
        reflectance = reflectance * (1 - self.clouds) + spectrum["cloud"] * self.clouds
        if self.dataset == "sentinel2":
            return np.clip(reflectance * 10000.0, 0, 65535)
        return np.clip((reflectance + 0.1) / 2e-5, 0, 65535)


def calibrated(dn, band, dataset):
    """DN → top-of-atmosphere reflectance (brightness temperature for thermal bands)."""
    if band in THERMAL:
        return dn / 300.0 + 150.0
    if dataset == "sentinel2":
        return dn / 10000.0
    return dn * 2e-5 - 0.1
