"""The Imago client against the sandbox: sessions and their renewal, discovery,
downloads named every way and scaled, uploads and what the service refuses."""

import io
import json

import pytest
import requests
from PIL import Image

from imagery_hub.providers.imago import client as imago
from imagery_hub.providers.errors import AuthenticationError, InvalidInputError, NotFoundError, OperationCancelled
from imagery_hub.providers.imago.client import ImagoAuth, ImagoClient
from imagery_hub.providers.imago.models import ImagerySelector
from imagery_hub.sandbox import DEMO_CREDENTIALS
from imagery_hub.sandbox.imago.api import PREFIX, expire_sessions
from imagery_hub.sandbox.imago.data import SITE_POINTS
from imagery_hub.sandbox.imago.samples import crafted_jpeg, crafted_png, photo

ACCOUNT = DEMO_CREDENTIALS["imago"]


@pytest.fixture
def imago_sandbox(sandbox):
    """The sandbox with Imago's data as generated (uploads of other tests forgotten)."""
    sandbox.state.pop("imago", None)
    yield sandbox
    sandbox.state.pop("imago", None)
    for key in [k for k in sandbox.options if k.startswith("imago.")]:
        del sandbox.options[key]


def make_client(sandbox, **kwargs):
    if "token" not in kwargs and "auth" not in kwargs:
        kwargs.setdefault("username", ACCOUNT["username"])
        kwargs.setdefault("password", ACCOUNT["secret"])
    return ImagoClient(base_url=sandbox.url + PREFIX, backoff=0.01, **kwargs)


def calls(sandbox):
    return [(r["method"], r["path"][len(PREFIX):]) for r in sandbox.log.find(path=PREFIX)]


def tray(name=None, **kwargs):
    return ImagerySelector("BH-02", "Core trays", "Dry", name=name, **kwargs)


# -- sessions ----------------------------------------------------------------------

def test_sign_in_posts_json_and_then_sends_a_bearer_token(imago_sandbox):
    client = make_client(imago_sandbox)
    assert client.check_connection() == f"Signed in to Imago as {ACCOUNT['username']}"
    sign_in, check = imago_sandbox.log.find(path=PREFIX)
    assert (sign_in["method"], json.loads(sign_in["body"])) == (
        "POST", {"username": ACCOUNT["username"], "password": ACCOUNT["secret"]})
    assert "Authorization" not in sign_in["headers"]
    token = check["headers"]["Authorization"].split(" ", 1)[1]
    assert check["headers"]["Authorization"] == f"Bearer {token}" and len(token) == 32


def test_expired_session_is_renewed_and_the_request_retried_once(imago_sandbox):
    client = make_client(imago_sandbox)
    client.context()
    expire_sessions(imago_sandbox)
    imago_sandbox.log.clear()
    workspaces = client.context()
    assert [w.name for w in workspaces] == ["Vancouver Exploration", "Training"]
    assert calls(imago_sandbox) == [("GET", "/context"), ("POST", "/session"), ("GET", "/context")]
    first, _, again = imago_sandbox.log.find(path=PREFIX)
    assert first["headers"]["Authorization"] != again["headers"]["Authorization"]
    assert client.auth.sign_ins == 2


def test_token_is_renewed_before_its_24_hours_run_out(imago_sandbox):
    now = [1_000_000.0]
    auth = ImagoAuth(username=ACCOUNT["username"], password=ACCOUNT["secret"], clock=lambda: now[0])
    client = make_client(imago_sandbox, auth=auth)
    client.context()
    now[0] += 23 * 3600  # still valid: no sign-in
    client.context()
    now[0] += 3600 - 60  # inside the renewal margin before 24 h
    client.context()
    assert calls(imago_sandbox) == [("POST", "/session"), ("GET", "/context"), ("GET", "/context"),
                                    ("POST", "/session"), ("GET", "/context")]
    assert not [r for r in imago_sandbox.log.find(path=PREFIX) if r["path"].endswith("context")
                and r["headers"].get("Authorization") is None]


def test_wrong_password_is_one_clear_error_and_one_request(imago_sandbox):
    client = make_client(imago_sandbox, username=ACCOUNT["username"], password="wrong-password")
    with pytest.raises(AuthenticationError) as caught:
        client.context()
    assert str(caught.value).startswith("Imago: Invalid username or password (HTTP 401)")
    assert "wrong-password" not in str(caught.value) + caught.value.describe()
    assert calls(imago_sandbox) == [("POST", "/session")]


def test_an_api_token_is_used_as_is_and_not_renewed(imago_sandbox):
    assert make_client(imago_sandbox, token=ACCOUNT["token"]).check_connection() == "Imago accepted the API token"
    imago_sandbox.log.clear()
    with pytest.raises(AuthenticationError):
        make_client(imago_sandbox, token="not-a-token").context()
    assert calls(imago_sandbox) == [("GET", "/context")]


def test_sandbox_also_takes_the_historical_forms(imago_sandbox):
    base = imago_sandbox.url + PREFIX
    form = requests.put(f"{base}/session", data={"username": ACCOUNT["username"], "password": ACCOUNT["secret"],
                                                 "product": "imago-io"}, timeout=10)
    assert form.status_code == 200
    token = form.json()["apiToken"]
    context = requests.get(f"{base}/context", headers={"imago-api-token": token}, timeout=10)
    assert context.status_code == 200 and context.json()["workspaces"]
    upload = requests.post(f"{base}/image", headers={"imago-api-token": token}, timeout=10, params={
        "collection": "Site photos", "imageryType": "Field photos", "imageType": "Photo", "name": "S-77",
        "mimeType": "image/png"}, files={"filedata": ("old.png", photo(40, 30, fmt="PNG"), "image/png")})
    assert upload.status_code == 200 and set(upload.json()) == {"imageId", "imageryId"}


def test_sign_out_ends_the_session(imago_sandbox):
    client = make_client(imago_sandbox)
    client.context()
    token = client.auth.token
    client.sign_out()
    assert client.auth.token is None
    gone = requests.get(imago_sandbox.url + PREFIX + "/context", headers={"Authorization": f"Bearer {token}"},
                        timeout=10)
    assert gone.status_code == 401


# -- discovery ---------------------------------------------------------------------

def test_context_tree_and_where_each_imagery_type_places_its_images(imago_sandbox):
    workspace = make_client(imago_sandbox).context()[0]
    dataset = workspace.datasets[0]
    assert (workspace.name, dataset.name, dataset.length_units) == (
        "Vancouver Exploration", "Downtown Drilling 2024", "m")
    kinds = {t.name: t for t in dataset.imagery_types}
    assert [i.name for i in kinds["Core trays"].image_types] == ["Dry", "Wet"]
    assert {name: kind.coordinate_crs for name, kind in kinds.items()} == {
        "Core trays": None, "Field photos": "EPSG:4326", "Outcrop photos": "EPSG:26910"}


def test_collections_of_a_dataset_over_several_pages(imago_sandbox, monkeypatch):
    client = make_client(imago_sandbox)
    dataset = client.context()[0].datasets[0]
    monkeypatch.setattr(imago, "COLLECTION_PAGE", 3)
    names = [c.name for c in client.collections(dataset_id=dataset.id)]
    assert names == ["BH-01", "BH-02", "BH-03", "BH-04", "BH-05", "BH-06", "Site photos", "Outcrops"]
    offsets = [r["query"]["offset"][0] for r in imago_sandbox.log.find(path=PREFIX + "/collection")]
    assert offsets == ["0", "3", "6"]


def test_imagery_of_a_collection_with_depths_and_images(imago_sandbox):
    client = make_client(imago_sandbox)
    items = client.imagery("BH-03", workspace="Vancouver Exploration", dataset="Downtown Drilling 2024")
    trays = [i for i in items if i.imagery_type == "Core trays"]
    assert [(i.start_depth, i.end_depth) for i in trays] == [(0.0, 3.2), (3.2, 6.4), (6.4, 9.6), (9.6, 12.8)]
    assert [(im.image_type, im.width, im.height) for im in trays[0].images] == [("Dry", 1600, 520),
                                                                               ("Wet", 1600, 520)]
    collar = [i for i in items if i.imagery_type == "Field photos"]
    assert [i.name for i in collar] == ["BH-03 collar"] and collar[0].x is not None
    only_trays = client.imagery("BH-03", imagery_type="Core trays", workspace="Vancouver Exploration")
    assert len(only_trays) == 4


# -- download ----------------------------------------------------------------------

@pytest.mark.parametrize("stems", [("Скважина А", "Скважина Б"), ("BH-1/2", "BH-1:2"), ("北1", "南1")])
def test_features_whose_names_differ_only_in_letters_or_punctuation_get_two_files(imago_sandbox, tmp_path,
                                                                                   stems):
    client = make_client(imago_sandbox)
    listed = [i for i in client.imagery("BH-02", workspace="Vancouver Exploration")][:2]
    paths = [client.download_image(tray(imagery_id=image.id), tmp_path, stem=stem)
             for image, stem in zip(listed, stems)]
    assert paths[0] != paths[1] and sorted(tmp_path.iterdir()) == sorted(paths)
    assert paths[0].read_bytes() != paths[1].read_bytes()  # each file holds its own image


def test_each_way_of_naming_an_imagery_gets_the_same_image(imago_sandbox, tmp_path):
    client = make_client(imago_sandbox)
    listed = next(i for i in client.imagery("BH-02", workspace="Vancouver Exploration")
                  if i.start_depth == 3.2)
    ways = {"name": tray(listed.name), "depth": tray(start_depth=3.2, end_depth=6.4),
            "start depth only": tray(start_depth=3.2), "imagery id": tray(imagery_id=listed.id)}
    files = {way: client.download_image(selector, tmp_path / way.replace(" ", "_"))
             for way, selector in ways.items()}
    assert {p.read_bytes() for p in files.values()} == {files["name"].read_bytes()}
    assert files["name"].name == "BH-02_BH-02 3.20-6.40_Dry.jpg"
    assert files["depth"].name == "BH-02_3.2-6.4_Dry.jpg"
    queries = [r["query"] for r in imago_sandbox.log.find(path=PREFIX + "/image$")]
    assert queries[0]["name"] == ["BH-02 3.20-6.40"]
    assert (queries[1]["startDepth"], queries[1]["endDepth"]) == (["3.2"], ["6.4"])
    assert queries[3]["imageryId"] == [listed.id]
    assert {q["imageType"][0] for q in queries} == {"Dry"}


def test_an_ambiguous_collection_needs_workspace_and_dataset(imago_sandbox, tmp_path):
    client = make_client(imago_sandbox)
    with pytest.raises(InvalidInputError) as caught:
        client.download_image(ImagerySelector("BH-01", "Core trays", "Dry", start_depth=0), tmp_path)
    assert caught.value.status == 422 and "not unique" in str(caught.value)
    main = client.download_image(ImagerySelector("BH-01", "Core trays", "Dry", start_depth=0,
                                                 workspace="Vancouver Exploration",
                                                 dataset="Downtown Drilling 2024"), tmp_path / "main")
    training = client.download_image(ImagerySelector("BH-01", "Core trays", "Dry", start_depth=0,
                                                     workspace="Training", dataset="Drilling course"),
                                     tmp_path / "training")
    assert main.read_bytes() != training.read_bytes()


@pytest.mark.parametrize("width, height, expected", [(400, None, (400, 130)), (None, 260, (800, 260)),
                                                     (300, 300, (300, 300))])
def test_scaled_downloads_are_really_resized(imago_sandbox, tmp_path, width, height, expected):
    path = make_client(imago_sandbox).download_image(tray(start_depth=0), tmp_path, width=width, height=height)
    with Image.open(path) as image:
        assert (image.format, image.size) == ("JPEG", expected)


def test_extension_comes_from_headers_never_the_server_file_name(imago_sandbox, tmp_path):
    imago_sandbox.options["imago.content_type"] = "application/octet-stream"
    imago_sandbox.options["imago.disposition_name"] = "../../../escape/evil name.png"
    path = make_client(imago_sandbox).download_image(tray(start_depth=0), tmp_path / "dl", stem="tray")
    assert path == tmp_path / "dl" / "tray.png"  # only the extension was taken from the disposition
    assert [p.name for p in tmp_path.rglob("*") if p.is_file()] == ["tray.png"]
    imago_sandbox.options["imago.disposition_name"] = "no extension"
    assert make_client(imago_sandbox).download_image(tray(start_depth=0), tmp_path, stem="t").name == "t.bin"


def test_missing_imagery_is_not_found(imago_sandbox, tmp_path):
    with pytest.raises(NotFoundError) as caught:
        make_client(imago_sandbox).download_image(tray(start_depth=99), tmp_path)
    assert str(caught.value) == "Imago: Imagery not found (HTTP 404)"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("selector, width, message", [
    (tray(), None, "Name the imagery: by its name, its depth interval or its id"),
    (tray("BH-02 0.00-3.20", start_depth=0), None, "Name the imagery one way only, not by name and depth"),
    (tray(end_depth=3), None, "An end depth needs a start depth"),
    (tray(start_depth=5, end_depth=3), None, "The end depth (3) is above the start depth (5)"),
    (ImagerySelector("BH-02", "", "Dry", name="x"), None, "Choose the imagery type"),
    (tray(start_depth=0), 0.5, "The width must be a whole number of pixels from 1 to 20,000"),
])
def test_bad_selectors_are_refused_before_any_request(imago_sandbox, tmp_path, selector, width, message):
    with pytest.raises(InvalidInputError) as caught:
        make_client(imago_sandbox).download_image(selector, tmp_path, width=width)
    assert caught.value.message == message
    assert calls(imago_sandbox) == []


# -- upload ------------------------------------------------------------------------

def site_photo(name=None, **kwargs):
    return ImagerySelector("Site photos", "Field photos", "Photo", name=name, **kwargs)


def test_upload_round_trip_of_a_progressive_jpeg(imago_sandbox, tmp_path):
    path = tmp_path / "outcrop.jpg"
    path.write_bytes(photo(480, 360, progressive=True))
    client = make_client(imago_sandbox)
    sent = []
    result = client.upload_image(path, site_photo("S-42", x=-123.1201, y=49.2831, z=12.5),
                                 progress=lambda done, total: sent.append((done, total)))
    assert sent[-1] == (path.stat().st_size, path.stat().st_size)
    record = imago_sandbox.log.find(path=PREFIX + "/image$", method="POST")[0]
    assert {k: v[0] for k, v in record["query"].items()} == {
        "collection": "Site photos", "imageryType": "Field photos", "imageType": "Photo", "name": "S-42",
        "x": "-123.1201", "y": "49.2831", "z": "12.5", "mimeType": "image/jpeg"}
    assert record["headers"]["Content-Type"].startswith("multipart/form-data; boundary=")
    assert b'name="file"; filename="outcrop.jpg"' in record["body"]
    listed = [i for i in client.imagery("Site photos") if i.name == "S-42"]
    assert [(i.id, i.x, i.y, i.z) for i in listed] == [(result.imagery_id, -123.1201, 49.2831, 12.5)]
    assert listed[0].images[0].id == result.image_id
    back = client.download_image(site_photo(imagery_id=result.imagery_id), tmp_path / "back")
    assert back.read_bytes() == path.read_bytes()


def test_upload_to_existing_imagery_by_location_adds_the_image(imago_sandbox, tmp_path):
    path = tmp_path / "again.png"
    path.write_bytes(photo(64, 48, fmt="PNG"))
    x, y, z = SITE_POINTS["S-02"]
    client = make_client(imago_sandbox)
    existing = next(i for i in client.imagery("Site photos") if i.name == "S-02")
    result = client.upload_image(path, site_photo(x=x, y=y, z=z))
    assert result.imagery_id == existing.id


@pytest.mark.parametrize("data, name, reason", [
    (crafted_png(70_000, 70_000), "huge.png", "larger than Imago's limit of 65,500 × 65,500 px"),
    (crafted_jpeg(30_000, 20_000, progressive=True), "pano.jpg", "600 megapixels"),
    (b"BM" + b"\0" * 60, "scan.bmp", "not a PNG, JPEG or TIFF image"),
])
def test_upload_refuses_from_the_header_without_sending(imago_sandbox, tmp_path, data, name, reason):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InvalidInputError) as caught:
        make_client(imago_sandbox).upload_image(path, site_photo("S-01"))
    assert caught.value.message.startswith(f"{name}: ") and reason in caught.value.message
    assert calls(imago_sandbox) == []


def test_service_422_for_pixel_limits_reaches_the_user_clearly(imago_sandbox, tmp_path):
    """Sent without our check, the sandbox applies the same limits from the header."""
    client = make_client(imago_sandbox)
    for data, mime, expected in (
            (crafted_png(70_000, 70_000), "image/png", "exceed the limit of 65500 x 65500 pixels"),
            (crafted_jpeg(30_000, 20_000, progressive=True), "image/jpeg", "limited to 500 megapixels")):
        path = tmp_path / "x"
        path.write_bytes(data)
        with pytest.raises(InvalidInputError) as caught:
            client.send_image(path, mime, site_photo("S-01").upload_params())
        assert caught.value.status == 422
        assert str(caught.value).startswith("Imago: ") and expected in str(caught.value)


def test_service_422_for_a_location_the_imagery_type_cannot_take(imago_sandbox, tmp_path):
    path = tmp_path / "tray.jpg"
    path.write_bytes(photo(64, 48))
    with pytest.raises(InvalidInputError) as caught:
        make_client(imago_sandbox).upload_image(path, ImagerySelector("BH-02", "Core trays", "Dry", x=1, y=2))
    assert str(caught.value) == ("Imago: Imagery type Core trays is not placed by x/y/z; "
                                 "give a name or depth (HTTP 422)")


def test_upload_after_expired_session_resends_the_whole_body(imago_sandbox, tmp_path):
    path = tmp_path / "p.jpg"
    path.write_bytes(photo(300, 200))
    client = make_client(imago_sandbox)
    client.context()
    expire_sessions(imago_sandbox)
    imago_sandbox.log.clear()
    client.upload_image(path, site_photo("S-50", x=-123.12, y=49.28))
    assert calls(imago_sandbox) == [("POST", "/image"), ("POST", "/session"), ("POST", "/image")]
    refused, _, accepted = imago_sandbox.log.find(path=PREFIX)
    assert refused["body_size"] == accepted["body_size"] > path.stat().st_size
    assert accepted["body"].count(path.read_bytes()) == 1


def test_upload_retried_after_503_sends_everything_again_and_stores_one_image(imago_sandbox, tmp_path):
    path = tmp_path / "p.jpg"
    path.write_bytes(photo(300, 200, seed=5))
    imago_sandbox.faults.add(kind="status", status=503, times=1, path=PREFIX + "/image")
    client = make_client(imago_sandbox)
    result = client.upload_image(path, site_photo("S-51", x=-123.121, y=49.281))
    posts = imago_sandbox.log.find(path=PREFIX + "/image$", method="POST")
    assert len(posts) == 2 and posts[0]["body_size"] == posts[1]["body_size"]
    listed = [i for i in client.imagery("Site photos") if i.name == "S-51"]
    assert [i.id for i in listed] == [result.imagery_id] and len(listed[0].images) == 1
    with Image.open(io.BytesIO(posts[1]["body"].split(b"\r\n\r\n", 1)[1])) as sent:
        assert sent.size == (300, 200)


def test_tiff_only_where_allowed(imago_sandbox, tmp_path):
    """The page's mimeType list has PNG and JPEG only; its pixel-limit text names TIFF."""
    path = tmp_path / "scan.tif"
    Image.new("RGB", (50, 40), (90, 120, 60)).save(path, "TIFF")
    client = make_client(imago_sandbox)
    with pytest.raises(InvalidInputError, match="scan.tif: TIFF .image/tiff. is not accepted"):
        client.upload_image(path, site_photo("S-60"))
    assert calls(imago_sandbox) == []
    with pytest.raises(InvalidInputError, match="mimeType must be one of image/jpeg, image/png"):
        client.upload_image(path, site_photo("S-60"), allowed_mime_types=("image/tiff",))
    imago_sandbox.options["imago.accept_tiff"] = "1"
    result = client.upload_image(path, site_photo("S-60"), allowed_mime_types=("image/png", "image/jpeg",
                                                                              "image/tiff"))
    back = client.download_image(site_photo(imagery_id=result.imagery_id), tmp_path / "back")
    assert back.suffix == ".tif" and back.read_bytes() == path.read_bytes()


def test_sandbox_takes_a_raw_image_body_too(imago_sandbox):
    token = ACCOUNT["token"]
    answer = requests.post(imago_sandbox.url + PREFIX + "/image", data=photo(30, 20, fmt="PNG"), timeout=10,
                           headers={"Authorization": f"Bearer {token}", "Content-Type": "image/png"},
                           params={"collection": "Site photos", "imageryType": "Field photos", "imageType": "Photo",
                                   "name": "S-61", "mimeType": "image/png"})
    assert answer.status_code == 200 and answer.json()["imageId"]
    wrong = requests.post(imago_sandbox.url + PREFIX + "/image", data=photo(30, 20, fmt="PNG"), timeout=10,
                          headers={"Authorization": f"Bearer {token}", "Content-Type": "image/png"},
                          params={"collection": "Site photos", "imageryType": "Field photos", "imageType": "Photo",
                                  "name": "S-61", "mimeType": "image/jpeg"})
    assert (wrong.status_code, wrong.json()) == (422, {"message": "The file is image/png, not image/jpeg"})


def test_an_upload_stopped_mid_body_leaves_nothing_on_the_service(imago_sandbox, tmp_path):
    """What the upload task does on cancel: the progress hook raises while the body goes out."""
    path = tmp_path / "big.jpg"
    with open(path, "wb") as fh:
        fh.write(photo(64, 48))
        fh.truncate(2 * 1024 * 1024)
    client = make_client(imago_sandbox)

    def stop(sent, total):
        raise OperationCancelled("Cancelled")
    with pytest.raises(OperationCancelled):
        client.upload_image(path, site_photo("S-62"), progress=stop)
    assert not [i for i in client.imagery("Site photos") if i.name == "S-62"]
    client.upload_image(path, site_photo("S-62"))  # the connection pool is still usable
    assert [i.name for i in client.imagery("Site photos") if i.name == "S-62"] == ["S-62"]
