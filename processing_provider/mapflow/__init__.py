"""Mapflow's Processing algorithms."""
