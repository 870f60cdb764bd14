"""Service credentials in the QGIS Authentication Manager, one config per service.

The secret is stored encrypted by QGIS as the password of a "Basic" config
named "Imagery Hub – <service>"; other credential fields (a username) sit in the
same config. QgsSettings only remembers the config id. Read credentials on the
GUI thread (the manager may ask for the master password) and hand the values to
the task that needs them.
"""

from qgis.core import QgsApplication, QgsAuthMethodConfig

from ..providers.errors import AuthenticationError
from ..providers.registry import service
from .compat import store_auth_config
from .i18n import translate
from .messages import keep_out_of_logs
from .settings import Settings

METHOD = "Basic"
_FIELD_TO_CONFIG = {"secret": "password", "username": "username"}


def config_name(service_id):
    return f"Imagery Hub – {service(service_id).name}"


class CredentialStore:
    def __init__(self, settings=None, manager=None):
        self.settings = settings or Settings()
        self.manager = manager or QgsApplication.authManager()

    def unlocked(self):
        """True when the master password is available (QGIS asks for it when needed)."""
        if self.manager.isDisabled():
            return False
        return self.manager.masterPasswordIsSet() or self.manager.setMasterPassword(True)

    def _existing(self, service_id):
        config_id = self.settings.auth_config_id(service_id)
        if config_id and config_id in self.manager.configIds():
            return config_id
        return None

    def load(self, service_id):
        """The stored fields (``{"secret": ..., "username": ...}``); {} if none."""
        config_id = self._existing(service_id)
        if not config_id or not self.unlocked():
            return {}
        config = QgsAuthMethodConfig()
        self.manager.loadAuthenticationConfig(config_id, config, True)
        values = {}
        for field in service(service_id).fields:
            value = config.config(_FIELD_TO_CONFIG.get(field.key, field.key), "")
            if value:
                values[field.key] = value
        keep_out_of_logs(values[f.key] for f in service(service_id).fields if f.secret and f.key in values)
        return values

    def require(self, service_id):
        """Like :meth:`load`, but a missing secret is an error that says what to do."""
        values = self.load(service_id)
        if not values.get("secret"):
            name = service(service_id).name
            raise AuthenticationError(translate("ImageryHub.Credentials", "No {service} credentials yet: add them "
                                                "in Imagery Hub settings").format(service=name), service=name)
        return values

    def save(self, service_id, values):
        """Store the fields; an all-empty set removes the config. Returns the config id."""
        values = {k: v for k, v in values.items() if v}
        if not values:
            self.clear(service_id)
            return None
        if not self.unlocked():
            raise AuthenticationError(translate("ImageryHub.Credentials", "The QGIS Authentication Manager is "
                                                "locked: enter the master password to store credentials"))
        config_id = self._existing(service_id)
        config = QgsAuthMethodConfig(METHOD)
        if config_id:
            self.manager.loadAuthenticationConfig(config_id, config, True)
        config.setName(config_name(service_id))
        config.setMethod(METHOD)
        for field in service(service_id).fields:
            config.setConfig(_FIELD_TO_CONFIG.get(field.key, field.key), values.get(field.key, ""))
        if not store_auth_config(self.manager, config, overwrite=bool(config_id)):
            raise AuthenticationError(translate("ImageryHub.Credentials", "QGIS could not store the credentials "
                                                "in its Authentication Manager"))
        self.settings.set_auth_config_id(service_id, config.id())
        return config.id()

    def clear(self, service_id):
        config_id = self._existing(service_id)
        if config_id:
            self.manager.removeAuthenticationConfig(config_id)
        self.settings.set_auth_config_id(service_id, None)

    def auth_config_id(self, service_id):
        return self._existing(service_id)
