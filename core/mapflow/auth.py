"""The QGIS auth config that lets QGIS itself fetch Mapflow tiles that need credentials.

QGIS fetches tile layers on its own, so the token cannot go through our HTTP
session: the layer URI names an Authentication Manager config (``authcfg``)
instead, and neither the URI nor the saved project ever holds the secret.
The Mapflow token is base64(email:key), so a "Basic" config with that email and
key makes QGIS send exactly ``Authorization: Basic <token>`` (the vendor's auth
guide decodes the token the same way). The config is kept in step with the
token stored in Imagery Hub settings each time tiles are loaded. QGIS would
send that header on to any host a tile request is redirected to, so the
header is registered with :data:`core.request_guard.GUARD`, which keeps it on
the API's own origin.
"""

import base64
import binascii

from qgis.core import QgsApplication, QgsAuthMethodConfig

from ...providers.errors import AuthenticationError
from ..compat import store_auth_config
from ..i18n import translate
from ..messages import keep_out_of_logs
from ..request_guard import GUARD

SETTING = "mapflow/tiles_authcfg"
NAME = "Imagery Hub – Mapflow tiles"


def split_token(token):
    """(email, key) from a Mapflow token, or an error that says what is wrong."""
    try:
        decoded = base64.b64decode(token.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        decoded = ""
    email, colon, key = decoded.partition(":")
    if not colon or not email or not key:
        raise AuthenticationError(translate("ImageryHub.Mapflow",
                                            "The Mapflow token is not the one shown at app.mapflow.ai "
                                            "(base64 of email:key): copy it again into Imagery Hub settings"),
                                  service="Mapflow")
    return email, key


def _guard(email, key, api_url):
    """QGIS may send the Basic header of ``email:key`` to the API's origin only."""
    basic = base64.b64encode(f"{email}:{key}".encode()).decode()
    keep_out_of_logs((key, basic))
    GUARD.allow(f"Basic {basic}", api_url)


def tile_auth_config(settings, token, manager=None, api_url=None):
    """The id of a Basic auth config holding the token's email and key, created
    or updated as needed (GUI thread: the master password may be asked). Its
    header goes only to ``api_url`` (default: the Mapflow URL of the settings)."""
    manager = manager or QgsApplication.authManager()
    email, key = split_token(token)
    _guard(email, key, api_url or settings.url("mapflow"))
    if manager.isDisabled() or not (manager.masterPasswordIsSet() or manager.setMasterPassword(True)):
        raise AuthenticationError(translate("ImageryHub.Mapflow",
                                            "The QGIS Authentication Manager is locked: enter the master "
                                            "password to show Mapflow tiles"), service="Mapflow")
    config_id = settings.value(SETTING, "", str) or None
    config = QgsAuthMethodConfig("Basic")
    exists = bool(config_id) and config_id in manager.configIds()
    if exists:
        manager.loadAuthenticationConfig(config_id, config, True)
        if config.config("username") == email and config.config("password") == key:
            return config_id
    config.setName(NAME)
    config.setMethod("Basic")
    config.setConfig("username", email)
    config.setConfig("password", key)
    if not store_auth_config(manager, config, overwrite=exists):
        raise AuthenticationError(translate("ImageryHub.Mapflow", "QGIS could not store the Mapflow tile credentials"),
                                  service="Mapflow")
    settings.set_value(SETTING, config.id())
    return config.id()


def guard_project_layers(settings, layers, manager=None):
    """Layers that arrive with a project may name the tile config: its header is
    kept on the API's origin before QGIS fetches their first tile (GUI thread)."""
    config_id = settings.value(SETTING, "", str)
    if not config_id or not any(f"authcfg={config_id}" in layer.source() for layer in layers):
        return
    manager = manager or QgsApplication.authManager()
    if manager.isDisabled() or not (manager.masterPasswordIsSet() or manager.setMasterPassword(True)):
        return  # QGIS cannot apply the config either: no header will be sent
    config = QgsAuthMethodConfig()
    if manager.loadAuthenticationConfig(config_id, config, True) and config.config("username"):
        _guard(config.config("username"), config.config("password"), settings.url("mapflow"))
