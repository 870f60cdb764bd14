"""The settings dialog driven like a user: type keys, test, save."""

import pytest
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QDialog

from imagery_hub.providers.registry import SERVICES
from imagery_hub.sandbox import DEMO_CREDENTIALS
from imagery_hub.ui.settings_dialog import SettingsDialog


def type_into(widget, text):
    widget.clear()
    QTest.keyClicks(widget, text)


def run_test(page, wait_until):
    QTest.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    wait_until(page.test_button.isEnabled, 30, "the connection test")
    return page.status.text()


@pytest.mark.parametrize("service", [s.id for s in SERVICES])
def test_connection_test_reports_success_for_each_service(context, wait_until, service):
    dialog = SettingsDialog(context)
    page = dialog.pages[service]
    for key, value in DEMO_CREDENTIALS[service].items():
        if key in page.inputs:
            type_into(page.inputs[key], value)
    assert run_test(page, wait_until).startswith("✓ ")
    dialog.reject()


def test_wrong_key_gives_one_clear_line(context, wait_until, sandbox):
    dialog = SettingsDialog(context)
    page = dialog.pages["spexi"]
    type_into(page.inputs["secret"], "sk_wrong")
    text = run_test(page, wait_until)
    assert text == ("Spexi: Unauthorized (HTTP 401): check the key or token in Imagery Hub settings")
    assert "sk_wrong" not in text
    assert sandbox.log.find(path="/spexi/")[-1]["headers"]["x-api-key"] == "sk_wrong"


def test_bad_url_is_refused_before_any_request(context, wait_until, sandbox):
    dialog = SettingsDialog(context)
    page = dialog.pages["mapflow"]
    type_into(page.inputs["secret"], "token")
    type_into(page.url_inputs["base_url"], "ftp://example.com")
    assert run_test(page, wait_until) == ("Mapflow URL must start with http:// or https:// and name a host: "
                                          "ftp://example.com")
    assert not sandbox.log.find(path="/mapflow/")
    # saving refuses it too, and the dialog stays open with the reason
    dialog.show()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert "must start with http:// or https://" in dialog.error.text()
    dialog.reject()


def test_plain_http_is_refused_unless_on_this_machine(context, wait_until, sandbox):
    dialog = SettingsDialog(context)
    page = dialog.pages["mapflow"]
    type_into(page.inputs["secret"], "token")
    type_into(page.url_inputs["base_url"], "http://api.example.com")
    text = run_test(page, wait_until)
    assert text.startswith("Mapflow URL http://api.example.com is plain http: keys would travel unencrypted")
    dialog.show()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible() and "plain http" in dialog.error.text()
    dialog.reject()
    assert context.settings.url("mapflow") != "http://api.example.com"
    # the sandbox on loopback is fine
    context.settings.set_url("mapflow", "base_url", "http://127.0.0.2:8080/mapflow")
    context.settings.set_url("mapflow", "base_url", "http://localhost:8080/mapflow")


def test_enter_saves_credentials_and_settings(context):
    dialog = SettingsDialog(context)
    dialog.show()
    page = dialog.pages["eosda"]
    dialog.tabs.setCurrentWidget(page)
    type_into(page.inputs["secret"], "apk.typed-key")
    dialog.concurrency.setValue(7)
    QTest.keyClick(page.inputs["secret"], Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert context.credentials.load("eosda") == {"secret": "apk.typed-key"}
    assert context.settings.concurrency() == 7


def test_escape_discards_changes(context):
    dialog = SettingsDialog(context)
    dialog.show()
    type_into(dialog.pages["spexi"].inputs["secret"], "discard-me")
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert context.credentials.load("spexi") == {}
