"""Mapillary's Processing algorithms."""
