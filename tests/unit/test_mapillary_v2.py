"""The Mapillary v2 client against the sandbox: every endpoint of
mapillary-v2-images.md, persistence, and the v2 error codes."""

import pytest

from imagery_hub.providers.errors import AuthenticationError, InvalidInputError, NotFoundError
from imagery_hub.providers.mapillary.v2 import MapillaryV2Client, parse_rect
from imagery_hub.sandbox import DEMO_CREDENTIALS
from imagery_hub.sandbox.mapillary.data import license_plates, scene, world
from imagery_hub.sandbox.mapillary.v2 import OTHER_CLIENT_ID

ACCOUNT = DEMO_CREDENTIALS["mapillary"]


def v2(sandbox, client_id=ACCOUNT["client_id"], user_token=ACCOUNT["user_token"]):
    return MapillaryV2Client(client_id, f"{sandbox.url}/mapillary-v2", user_token, backoff=0.01)


def image_with(predicate):
    return next(i for i in world().images if predicate(i))


def test_image_info_and_geojson(sandbox):
    image = world().images[7]
    info = v2(sandbox).image(image.id)
    assert info["key"] == image.id and info["user"] == image.creator[0]
    assert (info["lon"], info["lat"]) == pytest.approx((image.lon, image.lat))
    assert int(info["captured_at"].timestamp() * 1000) == image.captured_at
    assert info["location"].endswith("Vancouver")
    collection = v2(sandbox).geojson(image.id)
    feature = collection["features"][0]
    assert collection["type"] == "FeatureCollection" and feature["geometry"]["type"] == "Point"
    assert feature["properties"]["key"] == image.id
    request = sandbox.log.find(path="/mapillary-v2/")[0]
    assert request["query"]["client_id"] == [ACCOUNT["client_id"]]


def test_blurs_listed_then_requested_and_kept_pending(sandbox):
    image = image_with(lambda i: license_plates(i) and i.index % 5 == 1)
    client = v2(sandbox)
    blurs = client.blurs(image.id)
    assert [b.type for b in blurs] == ["license"] * len(license_plates(image))
    assert blurs[0].rect == pytest.approx(license_plates(image)[0], abs=1e-5)
    client.request_blurs(image.id, [(0.3, 0.2, 0.4, 0.35)], blurs)
    body = sandbox.log.find(path=rf"/im/{image.id}/b$", method="POST")[0]
    assert body["headers"]["Authorization"] == f"Bearer {ACCOUNT['user_token']}"
    after = v2(sandbox).blurs(image.id)  # a new client: the request persisted
    pending = [b for b in after if b.pending]
    assert [(b.type, b.rect) for b in pending] == [("user", (0.3, 0.2, 0.4, 0.35))]
    with pytest.raises(InvalidInputError) as waiting:  # one request at a time
        client.request_blurs(image.id, [(0.5, 0.5, 0.6, 0.6)], after)
    assert waiting.value.code == "parameter_invalid"


def test_a_bad_blur_rectangle_is_refused_before_any_request(sandbox):
    with pytest.raises(InvalidInputError):
        v2(sandbox).request_blurs(world().images[0].id, [(0.5, 0.5, 0.5004, 0.6)])
    with pytest.raises(InvalidInputError):
        v2(sandbox).request_blurs(world().images[0].id, [(0.5, 0.5, 1.5, 0.6)])
    assert sandbox.log.find(method="POST") == []


def test_nested_rectangles_are_read_too():
    assert parse_rect([[0.9, 0.8], [0.1, 0.2]]) == (0.1, 0.2, 0.9, 0.8)


def test_comments_listed_posted_and_kept(sandbox):
    image = world().images[11]
    before = v2(sandbox).comments(image.id)
    v2(sandbox).post_comment(image.id, "The café on the corner is gone now.")
    after = v2(sandbox).comments(image.id)
    assert len(after) == len(before) + 1
    assert after[-1].text == "The café on the corner is gone now." and after[-1].username == "sandbox_user"
    with pytest.raises(InvalidInputError):
        v2(sandbox).post_comment(image.id, "   ")


def test_complain(sandbox):
    image = world().images[12]
    assert v2(sandbox).complain(image.id, "A face is not blurred")["code"] == "ok"
    assert sandbox.state["mapillary_v2"].complaints[image.id] == ["A face is not blurred"]


def test_object_recognition_rectangles(sandbox):
    image = image_with(lambda i: any(o.kind in ("sign", "speed") for o in scene(i)))
    recognition = v2(sandbox).recognitions(image.id)
    assert recognition.done and recognition.key == image.id and recognition.packages
    signs = [o for o in scene(image) if o.kind in ("sign", "speed")]
    assert len(recognition.objects) == len(signs)
    for found, sign in zip(recognition.objects, signs):
        xs, ys = [p[0] for p in sign.polygon], [p[1] for p in sign.polygon]
        assert found.rect == pytest.approx((min(xs), min(ys), max(xs), max(ys)))
        assert 0 < found.score < 1 and found.package


def test_error_codes(sandbox):
    image_id = world().images[0].id
    with pytest.raises(AuthenticationError) as invalid:
        v2(sandbox, client_id="nope").image(image_id)
    assert invalid.value.code == "client_id_invalid" and invalid.value.status == 401
    with pytest.raises(AuthenticationError) as bad_token:
        v2(sandbox, user_token="x.y.z").post_comment(image_id, "hi")
    assert bad_token.value.code == "user_not_authenticated"
    with pytest.raises(AuthenticationError) as differ:
        v2(sandbox, client_id=OTHER_CLIENT_ID).comments(image_id)
    assert differ.value.code == "client_id_differ"
    with pytest.raises(NotFoundError) as missing:
        v2(sandbox).blurs("NoSuchKey")
    assert missing.value.code == "not_found" and missing.value.status == 404


def test_writes_without_a_user_token_are_refused_before_any_request(sandbox):
    with pytest.raises(AuthenticationError, match="user token"):
        v2(sandbox, user_token=None).post_comment(world().images[0].id, "hi")
    assert sandbox.log.find(method="POST") == []
    with pytest.raises(InvalidInputError, match="client id"):
        MapillaryV2Client("", f"{sandbox.url}/mapillary-v2")


def test_the_sandbox_wants_a_client_id_and_a_body(sandbox):
    import requests

    base = f"{sandbox.url}/mapillary-v2/im/{world().images[0].id}"
    response = requests.get(base, timeout=10)
    assert response.status_code == 401 and response.json()["code"] == "client_id_missing"
    response = requests.post(f"{base}/cm", params={"client_id": ACCOUNT["client_id"]},
                             headers={"Authorization": f"Bearer {ACCOUNT['user_token']}"}, json={}, timeout=10)
    assert response.status_code == 400 and response.json()["code"] == "parameter_missing"
