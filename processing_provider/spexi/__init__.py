"""Spexi's Processing algorithms."""
