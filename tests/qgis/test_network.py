"""QGIS's network settings reach the providers: its proxy and its version."""

import base64

import pytest
from qgis.core import Qgis, QgsNetworkAccessManager
from qgis.PyQt.QtNetwork import QNetworkProxy

from imagery_hub.core.network import configure_http, socks_supported
from imagery_hub.providers import http
from imagery_hub.providers.errors import NetworkError


@pytest.fixture
def qgis_proxy(sandbox):
    """QGIS configured with an HTTP proxy: the sandbox's second host plays it."""
    manager = QgsNetworkAccessManager.instance()
    port = int(sandbox.cdn_url.rsplit(":", 1)[1])
    manager.setFallbackProxyAndExcludes(QNetworkProxy(QNetworkProxy.ProxyType.HttpProxy, "127.0.0.1", port),
                                        [], [])
    yield
    manager.setFallbackProxyAndExcludes(QNetworkProxy(QNetworkProxy.ProxyType.NoProxy), [], [])
    http.configure()


def test_requests_go_through_the_qgis_proxy(qgis_proxy, sandbox):
    configure_http()
    # a host that does not exist: only the proxy can answer for it
    body = http.make_session("Files", "http://imagery-hub.invalid/files", max_retries=0).get_json("echo")
    assert body["host"] == "cdn"
    (record,) = sandbox.log.find(path="/files/echo", host="cdn")
    assert record["headers"]["Host"] == "imagery-hub.invalid"
    # the sandbox itself (loopback) is never sent through the proxy
    assert http.make_session("Files", sandbox.url + "/files").get_json("echo")["host"] == "main"


def test_a_proxy_password_with_awkward_characters_reaches_the_proxy_whole(qgis_proxy, sandbox):
    manager = QgsNetworkAccessManager.instance()
    password = "p@ss/w#rd:x%y"
    port = int(sandbox.cdn_url.rsplit(":", 1)[1])
    manager.setFallbackProxyAndExcludes(QNetworkProxy(QNetworkProxy.ProxyType.HttpProxy, "127.0.0.1", port,
                                                      "an@lyst", password), [], [])
    configure_http()
    body = http.make_session("Files", "http://imagery-hub.invalid/files", max_retries=0).get_json("echo")
    assert body["host"] == "cdn"  # the proxy answered, not some host made of the password's tail
    (record,) = sandbox.log.find(path="/files/echo", host="cdn")
    scheme, _, encoded = record["headers"]["Proxy-Authorization"].partition(" ")
    assert (scheme, base64.b64decode(encoded).decode()) == ("Basic", f"an@lyst:{password}")


def test_a_socks_proxy_is_never_bypassed(qgis_proxy, sandbox):
    manager = QgsNetworkAccessManager.instance()
    port = int(sandbox.cdn_url.rsplit(":", 1)[1])
    manager.setFallbackProxyAndExcludes(QNetworkProxy(QNetworkProxy.ProxyType.Socks5Proxy, "127.0.0.1", port),
                                        [], [])
    configure_http()
    session = http.make_session("Files", "http://imagery-hub.invalid/files", max_retries=0)
    assert session.proxies["http"] == f"socks5h://127.0.0.1:{port}"
    if not socks_supported():  # Debian's QGIS Python has no PySocks: refused, with the reason
        with pytest.raises(NetworkError, match="QGIS is set to use a SOCKS5 proxy, which this Python cannot speak"):
            session.get_json("echo")
    # either way nothing went straight to the host, and loopback still goes direct
    assert http.make_session("Files", sandbox.url + "/files").get_json("echo")["host"] == "main"


def test_without_a_proxy_requests_go_direct_and_name_qgis(sandbox):
    configure_http()
    try:
        http.make_session("Files", sandbox.url + "/files").get_json("echo")
    finally:
        http.configure()
    agent = sandbox.log.find(path="/files/echo")[-1]["headers"]["User-Agent"]
    assert f"QGIS/{Qgis.QGIS_VERSION.split('-')[0]}" in agent


def test_hosts_excluded_in_qgis_bypass_the_proxy(qgis_proxy, sandbox):
    manager = QgsNetworkAccessManager.instance()
    manager.setFallbackProxyAndExcludes(manager.fallbackProxy(), ["http://imagery-hub.invalid/"], [])
    configure_http()
    # not through the proxy (which would answer): straight to a host that does not exist
    with pytest.raises(NetworkError, match="Could not reach imagery-hub.invalid"):
        http.make_session("Files", "http://imagery-hub.invalid/files", max_retries=0).get_json("echo")
    assert sandbox.log.find(path="/files/echo") == []


def test_download_limits_set_in_qgis_settings_reach_every_new_session(sandbox, tmp_path):
    from imagery_hub.core.settings import Settings
    from imagery_hub.providers.download import download
    from imagery_hub.providers.transfer import DownloadLimits

    settings = Settings()
    settings.set_download_limits(min_speed_kbps=2, speed_window_s=5, deadline_min=90, first_byte_timeout_s=3)
    sandbox.faults.add(kind="bandwidth", rate=20, path="/files/blob/")
    try:
        configure_http()
        session = http.make_session("Files", sandbox.url + "/files", backoff=0.01)
        assert session.download_limits == DownloadLimits(2048, 5, 5400, 3)
        with pytest.raises(NetworkError, match="sent less than 2 KB/s for 5 s; the download of drip.bin was stopped"):
            download(session, sandbox.url + "/files/blob/d?size=50000", tmp_path, "drip.bin")
    finally:
        for key in ("min_speed_kbps", "speed_window_s", "deadline_min", "first_byte_timeout_s"):
            settings.remove(f"downloads/{key}")
        http.configure()
    assert Settings().download_limits() == DownloadLimits()
