"""Loops a server drives end, with a clear message, whatever the server sends:
pages that link to themselves, a count that is never reached, pages that always
come back full, absurd task timeouts, redirect chains and huge JSON bodies."""

import json
import math

import pytest
from shapely import wkt

from imagery_hub.providers import http
from imagery_hub.providers.eosda.client import DEFAULT_TASK_TIMEOUT, MAX_TASK_TIMEOUT, EosdaClient
from imagery_hub.providers.eosda.visual import VisualParams
from imagery_hub.providers.errors import NetworkError, ServiceError
from imagery_hub.providers.imago.client import ImagoClient
from imagery_hub.providers.mapillary.client import MapillaryClient
from imagery_hub.providers.paging import PagingStopped
from imagery_hub.sandbox import DEMO_CREDENTIALS
from imagery_hub.sandbox.accounts import secret
from imagery_hub.sandbox.demo_site import AOI_WKT, EXTENT
from imagery_hub.sandbox.imago.api import PREFIX as IMAGO
from imagery_hub.sandbox.server import Response

pytestmark = pytest.mark.timeout(120)


def test_a_mapillary_next_link_pointing_at_its_own_page_stops_the_search(sandbox, monkeypatch):
    monkeypatch.setitem(sandbox.options, "mapillary.looping_next", True)
    client = MapillaryClient(DEMO_CREDENTIALS["mapillary"]["secret"], f"{sandbox.url}/mapillary",
                             f"{sandbox.url}/mapillary-tiles", backoff=0.01)
    with pytest.raises(PagingStopped) as caught:
        client.search(EXTENT, creator="citywalker", limit=100)
    assert str(caught.value) == ("Mapillary: Stopped the images of a cell after 2 pages, which may be incomplete: "
                                 "the service sent a link to a page it had already sent")
    assert len(sandbox.log.find(path="/mapillary/images$")) <= 3 * 4  # a few per cell, not forever


def test_an_eosda_found_count_that_is_never_reached_stops_the_search(sandbox, monkeypatch):
    monkeypatch.setitem(sandbox.options, "eosda.endless_found", True)
    client = EosdaClient(secret("eosda"), sandbox.url + "/eosda", backoff=0.01)
    with pytest.raises(PagingStopped, match="^EOSDA: Stopped the search results after 2 pages, which may "
                                            "be incomplete: the service sent the same items again$"):
        client.search("sentinel2", wkt.loads(AOI_WKT), "2024-06-01", "2024-08-31", limit=5)
    assert len(sandbox.log.find(path="/eosda/api/lms/search")) == 2


@pytest.mark.parametrize("sent, kept", [("nan", DEFAULT_TASK_TIMEOUT), ("inf", DEFAULT_TASK_TIMEOUT),
                                        ("-5", DEFAULT_TASK_TIMEOUT), ("1e12", MAX_TASK_TIMEOUT),
                                        ("600", 600.0)])
def test_eosda_task_timeouts_that_are_not_finite_or_absurd_are_not_believed(sandbox, monkeypatch, sent, kept):
    monkeypatch.setitem(sandbox.options, "eosda.task_timeout", sent)
    client = EosdaClient(secret("eosda"), sandbox.url + "/eosda", backoff=0.01)
    params = VisualParams("S2/10/U/DV/2024/8/20/0", "NDVI", wkt.loads(AOI_WKT), 10)
    task = client.create_visual_task(params)
    assert math.isfinite(task.task_timeout) and task.task_timeout == kept
    assert task.task_timeout <= 4 * 3600


def test_imago_pages_that_always_come_back_full_stop_the_listing(sandbox, monkeypatch):
    sandbox.state.pop("imago", None)
    monkeypatch.setitem(sandbox.options, "imago.full_pages", True)
    account = DEMO_CREDENTIALS["imago"]
    client = ImagoClient(base_url=sandbox.url + IMAGO, username=account["username"], password=account["secret"],
                         backoff=0.01)
    with pytest.raises(PagingStopped, match="Stopped the collections after 2 pages, which may be "
                                            "incomplete: the service sent the same items again"):
        client.collections()
    assert len(sandbox.log.find(path=IMAGO + "/collection$")) == 2


def test_a_redirect_chain_is_cut_short_with_a_clear_error(sandbox):
    session = http.make_session("Files", sandbox.url + "/files", backoff=0.01)
    loop = f"{sandbox.url}/files/redirect?to={sandbox.url}/files/loop"

    @sandbox.route("GET", r"/files/loop")
    def loop_route(request):
        return Response(b"", status=302, headers={"Location": loop})

    with pytest.raises(NetworkError, match=r"redirected more than 5 times; the request was stopped"):
        session.get_json(loop)
    assert len(sandbox.log.find(path="/files/(redirect|loop)")) == 6
    # an ordinary redirect still works
    assert session.request("GET", sandbox.url + "/files/redirect?to=/files/echo").status_code == 200


@pytest.fixture
def big_json(sandbox):
    """``/files/big-json?mb=N``: a JSON list of N MB, with or without Content-Length."""
    @sandbox.route("GET", r"/files/big-json")
    def route(request):
        item = json.dumps("x" * 1000).encode()
        count = int(float(request.arg("mb")) * 1000)
        return Response(b"[" + b",".join([item] * count) + b"]")
    return sandbox.url + "/files/big-json"


def test_a_json_body_over_the_limit_is_refused_by_its_length_before_reading(sandbox, big_json):
    session = http.make_session("Files", sandbox.url + "/files", backoff=0.01, max_json_bytes=2_000_000)
    with pytest.raises(ServiceError, match=r"^Files: The service sent a 3 MB answer; at most 2 MB of JSON is "
                                           r"accepted, so it was refused"):
        session.get_json(big_json, params={"mb": 3})
    assert len(session.get_json(big_json, params={"mb": 1})) == 1000


def test_a_json_body_without_length_is_refused_once_the_limit_is_passed(sandbox, big_json, monkeypatch):
    session = http.make_session("Files", sandbox.url + "/files", backoff=0.01, max_json_bytes=2_000_000)
    read = []
    original = session._read_capped

    def without_length(response):
        del response.headers["Content-Length"]
        content = original(response)
        read.append(len(content))
        return content

    monkeypatch.setattr(session, "_read_capped", without_length)
    with pytest.raises(ServiceError, match="sent an answer over 2 MB; at most 2 MB of JSON is accepted"):
        session.get_json(big_json, params={"mb": 30})
    assert not read  # refused while reading, not after reading everything


def test_the_default_json_limit_is_64_mb_and_each_session_may_change_it():
    assert http.make_session("X", "http://127.0.0.1:9").max_json_bytes == 64 * 1024 * 1024
    assert http.make_session("X", "http://127.0.0.1:9", max_json_bytes=10).max_json_bytes == 10
