"""The QGIS auth config that lets QGIS itself fetch Mapflow tiles that need credentials.

QGIS fetches tile layers on its own, so the token cannot go through our HTTP
session: the layer URI names an Authentication Manager config (``authcfg``)
instead, and neither the URI nor the saved project ever holds the secret.
The Mapflow token is base64(email:key), so a "Basic" config with that email and
key makes QGIS send exactly ``Authorization: Basic <token>`` (the vendor's auth
guide decodes the token the same way). The config is kept in step with the
token stored in Imagery Hub settings each time tiles are loaded.
"""

import base64
import binascii

from qgis.core import QgsApplication, QgsAuthMethodConfig

from ...providers.errors import AuthenticationError
from ..compat import store_auth_config

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
        raise AuthenticationError("The Mapflow token is not the one shown at app.mapflow.ai (base64 of "
                                  "email:key): copy it again into Imagery Hub settings", service="Mapflow")
    return email, key


def tile_auth_config(settings, token, manager=None):
    """The id of a Basic auth config holding the token's email and key, created
    or updated as needed (GUI thread: the master password may be asked)."""
    manager = manager or QgsApplication.authManager()
    email, key = split_token(token)
    if manager.isDisabled() or not (manager.masterPasswordIsSet() or manager.setMasterPassword(True)):
        raise AuthenticationError("The QGIS Authentication Manager is locked: enter the master password "
                                  "to show Mapflow tiles", service="Mapflow")
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
        raise AuthenticationError("QGIS could not store the Mapflow tile credentials", service="Mapflow")
    settings.set_value(SETTING, config.id())
    return config.id()
