"""Seequent Imago geoscience imagery: ``client`` (sign-in, browsing, image
download and upload), ``models`` (the context tree and image selectors),
``headers`` (image sizes read from file headers) and ``ledger`` (what was
uploaded already).

    from imagery_hub.providers.imago import ImagoClient
"""

from .. import client_exports

# the client imported when first asked for, not with the package
__getattr__ = client_exports(__name__, ("ImagoAuth", "ImagoClient", "check_connection"))
