"""Seequent Imago geoscience imagery: ``client`` (sign-in, browsing, image
download and upload), ``models`` (the context tree and image selectors),
``headers`` (image sizes read from file headers) and ``ledger`` (what was
uploaded already).

    from imagery_hub.providers.imago import ImagoClient
"""

from .client import ImagoAuth, ImagoClient, check_connection  # noqa: F401
