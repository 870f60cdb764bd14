"""The demo site every service's generated data covers: downtown Vancouver,
around the point of Spexi's documentation example (-123.1216, 49.2827)."""

CENTER = (-123.1216, 49.2827)
# about 700 m × 560 m, ~0.39 km²: inside Spexi's 1 km² polygon limit
AOI_WKT = ("POLYGON((-123.1264 49.2802, -123.1168 49.2802, -123.1168 49.2852, "
           "-123.1264 49.2852, -123.1264 49.2802))")
# the extent generated data covers (lon/lat), a little larger than the AOI
EXTENT = (-123.135, 49.275, -123.108, 49.290)
