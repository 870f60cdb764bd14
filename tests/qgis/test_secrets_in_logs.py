"""No token in the "Imagery Hub" log tab or the message bar, in any spelling:
raw, percent-encoded (upper or lower case hex), inside a URL. Every credential
the plugin reads is scrubbed from what it logs, whichever error carries it."""

from urllib.parse import quote, quote_plus

import pytest
from qgis.core import Qgis, QgsApplication

from imagery_hub.providers.errors import NetworkError
from imagery_hub.providers.mapillary.client import MapillaryClient
from imagery_hub.sandbox import DEMO_CREDENTIALS

TOKEN = DEMO_CREDENTIALS["mapillary"]["secret"]  # "MLY|…"
SPELLINGS = {TOKEN, quote(TOKEN, safe=""), quote(TOKEN, safe="").lower().replace("mly", "MLY"), quote_plus(TOKEN)}


@pytest.fixture
def logged(qgis_app):
    texts = []

    def record(text, tag, level):
        texts.append(text)

    QgsApplication.messageLog().messageReceived.connect(record)
    yield texts
    QgsApplication.messageLog().messageReceived.disconnect(record)


def test_a_tile_error_in_the_log_tab_holds_no_spelling_of_the_token(context, qgis_iface, logged):
    context.credentials.save("mapillary", DEMO_CREDENTIALS["mapillary"])
    assert context.credentials.load("mapillary")["secret"] == TOKEN  # what every task does first
    # a coverage tile from a tiles host that is down: the error's details hold the URL, token and all
    client = MapillaryClient(TOKEN, "http://127.0.0.1:9/graph", "http://127.0.0.1:9/tiles", max_retries=0)
    with pytest.raises(NetworkError) as info:
        client.coverage_tile(14, 2603, 5635)
    context.notify.error(info.value, "Mapillary coverage")
    # and a text from elsewhere (a library, QGIS) quoting a tile URL with the token percent-encoded
    encoded = quote(TOKEN, safe="")
    context.notify.error(RuntimeError(f"Error transferring https://tiles.test/1/2/3?access_token={encoded}"))
    context.notify.warning(f"retrying https://tiles.test/1/2/3?access_token={encoded.lower()}")
    texts = logged + qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical) + \
        qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert any("access_token=***" in text for text in logged)  # the lines are there, the token is not
    assert not [s for s in SPELLINGS for text in texts if s in text]
