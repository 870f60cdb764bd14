"""EOSDA satellite imagery: ``client`` (scene search, Download visual tasks),
``visual`` (the render parameters, checked before sending) and ``output`` (what
arrives, made into a georeferenced file).

    from imagery_hub.providers.eosda import EosdaClient
"""

from .. import client_exports

# the client imported when first asked for, not with the package
__getattr__ = client_exports(__name__, ("EosdaClient", "check_connection"))
