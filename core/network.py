"""Hands QGIS's version and proxy settings, and our download limits, to the
providers' HTTP core."""

from qgis.core import Qgis, QgsNetworkAccessManager
from qgis.PyQt.QtNetwork import QNetworkProxy

from ..providers import http
from .settings import Settings

_HTTP_PROXIES = (QNetworkProxy.ProxyType.HttpProxy, QNetworkProxy.ProxyType.HttpCachingProxy)


def qgis_proxies():
    """``({"http": url, "https": url}, no_proxy_hosts)`` from QGIS's network settings."""
    manager = QgsNetworkAccessManager.instance()
    proxy = manager.fallbackProxy()
    if proxy.type() not in _HTTP_PROXIES or not proxy.hostName():
        return None, ()
    auth = ""
    if proxy.user():
        auth = f"{proxy.user()}:{proxy.password()}@"
    url = f"http://{auth}{proxy.hostName()}:{proxy.port()}"
    # both lists hold URL prefixes; the HTTP core compares host names
    prefixes = list(manager.excludeList()) + list(manager.noProxyList())
    excluded = [item.split("://")[-1].split("/")[0].split(":")[0] for item in prefixes]
    return {"http": url, "https": url}, tuple(h for h in excluded if h)


def configure_http():
    proxies, no_proxy = qgis_proxies()
    http.configure(qgis_version=Qgis.QGIS_VERSION.split("-")[0], proxies=proxies, no_proxy=no_proxy,
                   download_limits=Settings().download_limits())
