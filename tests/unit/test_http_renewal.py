"""ServiceSession's ``reauthenticate`` hook: after a 401 the credential is renewed
and the request repeated once; a second 401 is the user's error."""

import pytest

from imagery_hub.providers import http
from imagery_hub.providers.errors import AuthenticationError
from imagery_hub.sandbox.files import PROTECTED_KEY


def session_with(sandbox, renew):
    stale = http.Credential(headers={"X-Api-Key": "expired"}, scope=[sandbox.url])
    return http.make_session("Files", sandbox.url + "/files", stale, backoff=0.01, reauthenticate=renew)


def test_a_401_renews_the_credential_and_repeats_the_request_once(sandbox):
    renewals = []

    def renew(session, response):
        renewals.append(response.status_code)
        session.credential = http.Credential(headers={"X-Api-Key": PROTECTED_KEY}, scope=[sandbox.url])
        return True

    assert session_with(sandbox, renew).get_json("protected") == {"ok": True}
    assert renewals == [401]
    assert [r["headers"]["X-Api-Key"] for r in sandbox.log.find(path="/files/protected")] == [
        "expired", PROTECTED_KEY]


def test_a_renewal_that_does_not_help_ends_with_the_401(sandbox):
    renewals = []

    def renew(session, response):
        renewals.append(1)
        return True  # claims success but the key stays wrong

    with pytest.raises(AuthenticationError):
        session_with(sandbox, renew).get_json("protected")
    assert len(renewals) == 1 and len(sandbox.log.find(path="/files/protected")) == 2


def test_no_repeat_when_the_credential_cannot_be_renewed(sandbox):
    with pytest.raises(AuthenticationError):
        session_with(sandbox, lambda session, response: False).get_json("protected")
    assert len(sandbox.log.find(path="/files/protected")) == 1


def test_a_401_while_renewing_does_not_renew_again(sandbox):
    """The renewal's own request (a sign-in) answering 401 must not recurse."""
    def renew(session, response):
        session.get_json("protected")  # answers 401 too
        return True

    with pytest.raises(AuthenticationError):
        session_with(sandbox, renew).get_json("protected")
    assert len(sandbox.log.find(path="/files/protected")) == 2
