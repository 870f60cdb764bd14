"""Seequent Imago's Processing algorithms."""
