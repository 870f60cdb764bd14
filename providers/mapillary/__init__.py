"""Mapillary street-level imagery: ``client`` (the Graph API v4 and its vector
tiles), ``entities`` (its answers read), ``tiles`` (the coverage tileset and
tile maths), ``search`` (cell geometry of an area search) and ``v2`` (the
legacy ``/im`` endpoints).

    from imagery_hub.providers.mapillary import MapillaryClient
"""

from .. import client_exports

# the client imported when first asked for, not with the package
__getattr__ = client_exports(__name__, ("MapillaryClient", "SearchResult", "check_connection"))
