"""Spexi drone imagery: ``client`` (search, multi-view, downloads) and ``query``
(every search parameter checked and written as the API takes it; area cells).

    from imagery_hub.providers.spexi import SpexiClient
"""

from .. import client_exports

# the client imported when first asked for, not with the package
__getattr__ = client_exports(__name__, ("SearchProgress", "SpexiClient", "check_connection"))
