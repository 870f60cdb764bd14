"""Mapflow AI mapping: ``client`` (account, projects, processings), ``models``,
``errors``, ``sources`` (imagery sources of a processing), ``data`` and
``data_models`` (the Data API: uploads, mosaics) and ``search`` (the imagery
catalog).

    from imagery_hub.providers.mapflow import MapflowClient
"""

from .. import client_exports

# the client imported when first asked for, not with the package
__getattr__ = client_exports(__name__, ("MapflowClient", "check_connection"))
