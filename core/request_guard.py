"""Credentials in requests QGIS sends itself (tile layers), kept at home.

QGIS fetches tile layers on its own: an Authentication Manager config adds its
``Authorization`` header to every request of the layer, and QGIS applies it
again when it follows a redirect, to whatever host the redirect names. The
guard is one request preprocessor of QgsNetworkAccessManager, which QGIS runs
for every request it sends, redirects included: a header value registered
here is taken off a request to any other origin than its own, and a request
that keeps one is never stored in QGIS's network disk cache and follows no
redirect Qt would make by itself to another origin.

The preprocessor runs in whatever thread QGIS renders in, so it only reads a
dictionary that is replaced whole, never changed in place.
"""

from qgis.core import QgsNetworkAccessManager
from qgis.PyQt.QtCore import QByteArray, QUrl
from qgis.PyQt.QtNetwork import QNetworkRequest

HEADER = b"Authorization"


def url_origin(url):
    """(scheme, host, port) of a QUrl, with the default port filled in."""
    scheme = url.scheme().lower()
    return scheme, url.host().lower(), url.port({"http": 80, "https": 443}.get(scheme, -1))


def keep_private(request):
    """A request carrying a credential: not cached, no redirect to another origin."""
    request.setAttribute(QNetworkRequest.Attribute.CacheSaveControlAttribute, False)
    request.setAttribute(QNetworkRequest.Attribute.CacheLoadControlAttribute,
                         QNetworkRequest.CacheLoadControl.AlwaysNetwork)
    request.setAttribute(QNetworkRequest.Attribute.RedirectPolicyAttribute,
                         QNetworkRequest.RedirectPolicy.ManualRedirectPolicy)


class RequestGuard:
    def __init__(self):
        self._id = None
        self._homes = {}  # header value (bytes) -> the origins it may go to

    def allow(self, header_value, base_url):
        """``Authorization: header_value`` may go to the origin of ``base_url``
        (and those allowed before: a service URL the user changed) only."""
        homes = dict(self._homes)
        value = header_value.encode()
        homes[value] = homes.get(value, frozenset()) | {url_origin(QUrl(base_url))}
        self._homes = homes
        if self._id is None:
            self._id = QgsNetworkAccessManager.setRequestPreprocessor(self._process)

    def remove(self):
        if self._id is not None:
            QgsNetworkAccessManager.removeRequestPreprocessor(self._id)
        self._id, self._homes = None, {}

    def _process(self, request):
        homes = self._homes.get(bytes(request.rawHeader(HEADER)))
        if homes is None:
            return
        if url_origin(request.url()) not in homes:
            request.setRawHeader(HEADER, QByteArray())  # a null value removes the header
        else:
            keep_private(request)


#: the one guard of the plugin, removed on unload
GUARD = RequestGuard()
