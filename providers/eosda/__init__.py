"""EOSDA satellite imagery: ``client`` (scene search, Download visual tasks),
``visual`` (the render parameters, checked before sending) and ``output`` (what
arrives, made into a georeferenced file).

    from imagery_hub.providers.eosda import EosdaClient
"""

from .client import EosdaClient, check_connection  # noqa: F401
