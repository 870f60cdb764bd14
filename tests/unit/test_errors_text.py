"""The user's one line says the service's words once, with the code once."""

from imagery_hub.providers.errors import ServiceError


def test_a_bare_status_is_said_once():
    assert str(ServiceError("HTTP 503", service="Spexi", status=503)) == "Spexi: HTTP 503"


def test_the_services_words_keep_their_code():
    error = ServiceError("Service unavailable, try later", service="Spexi", status=503)
    assert str(error) == "Spexi: Service unavailable, try later (HTTP 503)"
    assert str(ServiceError("Quota exceeded", service="EOSDA", code="E42")) == "EOSDA: Quota exceeded (code E42)"
