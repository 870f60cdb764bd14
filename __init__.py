"""Imagery Hub: search, download and process imagery from Spexi, Mapillary,
Mapflow, EOSDA and Seequent Imago inside QGIS."""


def classFactory(iface):  # noqa: N802 (the name QGIS looks for)
    from .plugin import ImageryHubPlugin

    return ImageryHubPlugin(iface)
