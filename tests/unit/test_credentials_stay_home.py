"""A credential never reaches another origin and never shows in a text, in any
spelling: sign-in bodies are not re-sent across a 307/308, keys never go over
plain http off this machine, error texts are redacted raw and percent-encoded.
The sandbox's second port is the foreign host; it records what reaches it."""

import pytest

from imagery_hub.providers import http
from imagery_hub.providers.errors import InvalidInputError, NetworkError, ServiceError
from imagery_hub.providers.imago.client import ImagoClient
from imagery_hub.sandbox import DEMO_CREDENTIALS
from imagery_hub.sandbox.imago.api import PREFIX

ACCOUNT = DEMO_CREDENTIALS["imago"]
TOKEN = DEMO_CREDENTIALS["mapillary"]["secret"]  # "MLY|…": "|" is percent-encoded in a URL


@pytest.mark.parametrize("status", [307, 308])
def test_imago_sign_in_is_not_sent_on_to_another_host(sandbox, status):
    sandbox.faults.add(kind="redirect", status=status, location=sandbox.cdn_url + "/files/echo",
                       path=PREFIX + "/session$", method="POST")
    client = ImagoClient(username=ACCOUNT["username"], password=ACCOUNT["secret"], base_url=sandbox.url + PREFIX,
                         backoff=0.01)
    with pytest.raises(ServiceError, match="redirected a request with a body to 127.0.0.1") as info:
        client.sign_in()
    assert sandbox.log.find(host="cdn") == []
    assert ACCOUNT["secret"] not in info.value.describe()


def test_a_body_follows_a_redirect_on_its_own_host(sandbox):
    sandbox.faults.add(kind="redirect", status=307, location=sandbox.url + "/files/echo", times=1,
                       path="/files/moved", method="POST")
    session = http.make_session("Files", sandbox.url + "/files", backoff=0.01)
    assert session.request("POST", "moved", json={"a": 1}, expected={405}).status_code == 405
    assert [r["body"] for r in sandbox.log.find(path="/files/echo")] == [b'{"a": 1}']


def test_the_services_cookies_stay_on_its_own_origin(sandbox):
    """Cookies go by host name alone, and the foreign host here shares it."""
    session = http.make_session("Files", sandbox.url + "/files", http.Credential(
        headers={"X-Api-Key": "files-key"}, scope=[sandbox.url]))
    session.cookies.set("session", "cookie-secret-42", domain="127.0.0.1")
    assert session.get_json("echo")["headers"]["Cookie"] == "session=cookie-secret-42"
    assert "Cookie" not in session.get_json(sandbox.cdn_url + "/files/echo")["headers"]
    session.get_json(f"redirect?to={sandbox.cdn_url}/files/echo")
    assert all("Cookie" not in r["headers"] for r in sandbox.log.find(host="cdn"))


def test_a_key_is_never_sent_over_plain_http_off_this_machine(sandbox):
    url = "http://imagery-hub.invalid/api"
    session = http.make_session("Files", url, http.Credential(headers={"X-Api-Key": "k3y-value"}, scope=[url]),
                                max_retries=0)
    with pytest.raises(InvalidInputError, match=r"http://imagery-hub.invalid is plain http: keys would travel "
                                                r"unencrypted"):
        session.get_json("echo")
    # loopback is this machine: the sandbox is reached over http
    assert http.make_session("Files", sandbox.url + "/files", http.Credential(
        headers={"X-Api-Key": "files-key"}, scope=[sandbox.url])).get_json("protected") == {"ok": True}
    assert all(http.is_loopback(h) for h in ("localhost", "127.0.0.2", "::1", "[::1]"))
    assert not any(http.is_loopback(h) for h in ("example.com", "10.0.0.1", "127.example.com"))


def test_a_token_in_a_query_is_redacted_in_every_spelling(sandbox):
    dead = http.make_session("Mapillary", "http://127.0.0.1:9/tiles", http.Credential(
        params={"access_token": TOKEN}, scope=["http://127.0.0.1:9"]), max_retries=0)
    with pytest.raises(NetworkError) as info:
        dead.get_json("tile")
    texts = [str(info.value), info.value.describe()]
    spellings = {TOKEN, TOKEN.replace("|", "%7C"), TOKEN.replace("|", "%7c"), TOKEN.split("|", 1)[1]}
    assert "access_token=***" in info.value.describe()
    assert not [s for s in spellings for t in texts if s in t]
    assert http.redact(f"GET /x?access_token={TOKEN.replace('|', '%7c')} and {TOKEN}", [TOKEN]) == \
        "GET /x?access_token=*** and ***"
