"""Credentials live in the QGIS Authentication Manager and nowhere else."""

from qgis.core import QgsAuthMethodConfig, QgsProject, QgsSettings

from imagery_hub.core.credentials import CredentialStore, config_name
from imagery_hub.providers.errors import AuthenticationError

SECRET = "sk_round_trip_secret_0042"


def all_settings_text():
    settings = QgsSettings()
    return "\n".join(f"{key}={settings.value(key)}" for key in settings.allKeys())


def test_round_trip_through_the_auth_manager(context, auth_manager):
    store = context.credentials
    config_id = store.save("spexi", {"secret": SECRET})
    assert store.load("spexi") == {"secret": SECRET}
    # the secret is really in the Authentication Manager, in a config named after the service
    config = QgsAuthMethodConfig()
    auth_manager.loadAuthenticationConfig(config_id, config, True)
    assert config.name() == config_name("spexi") == "Imagery Hub – Spexi"
    assert config.config("password") == SECRET
    # a fresh store (as after a restart) finds it through the remembered id
    assert CredentialStore().load("spexi") == {"secret": SECRET}


def test_secret_never_lands_in_settings_or_project(context, tmp_path):
    context.credentials.save("imago", {"username": "geologist", "secret": SECRET})
    assert context.credentials.load("imago") == {"username": "geologist", "secret": SECRET}
    assert SECRET not in all_settings_text()
    assert context.settings.auth_config_id("imago") in all_settings_text()
    project_file = tmp_path / "p.qgz"
    assert QgsProject.instance().write(str(project_file))
    assert SECRET.encode() not in project_file.read_bytes()


def test_update_keeps_one_config_and_clear_removes_it(context, auth_manager):
    store = context.credentials
    first = store.save("mapflow", {"secret": "one"})
    second = store.save("mapflow", {"secret": "two"})
    assert first == second
    assert store.load("mapflow") == {"secret": "two"}
    store.save("mapflow", {"secret": ""})
    assert store.load("mapflow") == {}
    assert first not in auth_manager.configIds()
    assert context.settings.auth_config_id("mapflow") is None


def test_missing_credentials_say_what_to_do(context):
    try:
        context.credentials.require("eosda")
    except AuthenticationError as exc:
        assert str(exc) == "EOSDA: No EOSDA credentials yet: add them in Imagery Hub settings"
    else:
        raise AssertionError("expected AuthenticationError")
