"""Hands QGIS's version and proxy settings, and our download limits, to the
providers' HTTP core."""

import importlib.util
from urllib.parse import quote

from qgis.core import Qgis, QgsNetworkAccessManager
from qgis.PyQt.QtNetwork import QNetworkProxy

from ..providers import http
from .i18n import translate
from .settings import Settings

_HTTP_PROXIES = (QNetworkProxy.ProxyType.HttpProxy, QNetworkProxy.ProxyType.HttpCachingProxy)


def socks_supported():
    """requests speaks SOCKS only with PySocks installed (not in every QGIS's Python)."""
    return importlib.util.find_spec("socks") is not None


def qgis_proxies():
    """``({"http": url, "https": url}, no_proxy_hosts, refusal)`` from QGIS's network
    settings; ``refusal`` says why a proxy set there cannot be used (then nothing
    that would go through it is sent, rather than sent around it)."""
    manager = QgsNetworkAccessManager.instance()
    proxy = manager.fallbackProxy()
    kind = proxy.type()
    if not proxy.hostName() or kind not in (*_HTTP_PROXIES, QNetworkProxy.ProxyType.Socks5Proxy):
        return None, (), None
    refusal = None
    scheme = "http"
    if kind == QNetworkProxy.ProxyType.Socks5Proxy:
        scheme = "socks5h"  # names resolved by the proxy, as QGIS does
        if not socks_supported():
            refusal = translate("ImageryHub.Network", "QGIS is set to use a SOCKS5 proxy, which this Python "
                                "cannot speak (it lacks the PySocks package): nothing was sent. Install PySocks "
                                "or choose an HTTP proxy in QGIS's Network settings")
    auth = ""
    if proxy.user():  # escaped: "@", "/", "#" or ":" in a password would change the host
        auth = f"{quote(proxy.user(), safe='')}:{quote(proxy.password(), safe='')}@"
    host = f"[{proxy.hostName()}]" if ":" in proxy.hostName() else proxy.hostName()
    url = f"{scheme}://{auth}{host}:{proxy.port()}"
    # both lists hold URL prefixes; the HTTP core compares host names
    prefixes = list(manager.excludeList()) + list(manager.noProxyList())
    excluded = [item.split("://")[-1].split("/")[0].split(":")[0] for item in prefixes]
    return {"http": url, "https": url}, tuple(h for h in excluded if h), refusal


def configure_http():
    proxies, no_proxy, refusal = qgis_proxies()
    http.configure(qgis_version=Qgis.QGIS_VERSION.split("-")[0], proxies=proxies, no_proxy=no_proxy,
                   download_limits=Settings().download_limits(), proxy_refusal=refusal)
