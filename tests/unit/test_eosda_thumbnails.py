"""EOSDA scene previews: the search's ``thumbnail`` link is read, the sandbox
serves a small PNG behind the key, and the key goes only to the API's origin."""

import pytest
from shapely import wkt

from imagery_hub.providers.eosda.client import EosdaClient, parse_scene, thumbnail_link
from imagery_hub.providers.errors import AuthenticationError, InvalidInputError, ServiceError
from imagery_hub.sandbox.accounts import secret
from imagery_hub.sandbox.demo_site import AOI_WKT

AOI = wkt.loads(AOI_WKT)
PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def client(sandbox):
    return EosdaClient(secret("eosda"), sandbox.url + "/eosda", backoff=0.01)


def test_every_scene_of_a_search_has_a_preview_picture_behind_the_key(client, sandbox):
    result = client.search("sentinel2", AOI, "2024-06-01", "2024-06-30")
    links = [scene.properties["thumbnail"] for scene in result.scenes]
    assert result.scenes and all(link.startswith(sandbox.url + "/eosda/thumbnails/") for link in links)
    picture = client.thumbnail(links[0])
    assert picture.startswith(PNG)
    (request,) = sandbox.log.find(path="/eosda/thumbnails/")
    assert request["headers"]["x-api-key"] == secret("eosda")
    with pytest.raises(AuthenticationError):
        EosdaClient("apk.wrong", sandbox.url + "/eosda", backoff=0.01).thumbnail(links[0])


def test_a_preview_on_another_host_is_fetched_without_the_key(client, sandbox):
    # the documented link is on the public Sentinel bucket: the key must not go there
    client.thumbnail(sandbox.cdn_url + "/files/blob/preview.png?size=2000")
    (request,) = sandbox.log.find(path="/files/blob/")
    assert request["host"] == "cdn" and "x-api-key" not in {k.lower() for k in request["headers"]}
    assert secret("eosda") not in str(request)


def test_the_documented_link_shape_and_bad_links():
    documented = {"view_id": "S2/55/P/DS/2020/8/15/0", "dataGeometry": None,
                  "thumbnail": "http://sentinel-s2-l1c.s3.amazonaws.com/tiles/55/P/DS/2020/8/15/0/preview.jpg"}
    assert parse_scene(documented, "sentinel2").properties["thumbnail"] == documented["thumbnail"]
    assert thumbnail_link({"thumbnail": "ftp://host/p.jpg"}) is None
    assert thumbnail_link({"thumbnail": 12}) is None and thumbnail_link({}) is None
    assert thumbnail_link({"thumbnail": " previews/x.png "}) == "previews/x.png"


def test_a_scene_without_a_preview_and_an_oversized_one_are_refused(client, sandbox):
    with pytest.raises(InvalidInputError):
        client.thumbnail(None)
    with pytest.raises(ServiceError, match="larger than a preview"):
        client.thumbnail(sandbox.cdn_url + "/files/blob/big.png?size=300000", max_bytes=100_000)
