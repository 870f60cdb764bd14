"""Mapflow AI mapping: ``client`` (account, projects, processings), ``models``,
``errors``, ``sources`` (imagery sources of a processing), ``data`` and
``data_models`` (the Data API: uploads, mosaics) and ``search`` (the imagery
catalog).

    from imagery_hub.providers.mapflow import MapflowClient
"""

from .client import MapflowClient, check_connection  # noqa: F401
