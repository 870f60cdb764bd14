"""Spexi drone imagery: ``client`` (search, multi-view, downloads) and ``query``
(every search parameter checked and written as the API takes it; area cells).

    from imagery_hub.providers.spexi import SpexiClient
"""

from .client import SearchProgress, SpexiClient, check_connection  # noqa: F401
