"""Spexi's search choices that need no geometry (and so no shapely): what a
Processing algorithm declares at a QGIS start (see providers/spexi/query.py)."""

CAPTURE_TYPES = ("panorama", "orthomosaic", "oblique")
