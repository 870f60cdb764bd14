"""The Mapflow Data API client against the sandbox: mosaics, uploads, storage, previews,
downloads, and the refusals a user meets (with what they read)."""

import hashlib
import io
import json
import math
import time

import pytest
import requests
from osgeo import gdal
from PIL import Image
from shapely import wkt
from shapely.geometry import box

from imagery_hub.providers.errors import InvalidInputError, NotFoundError, OperationCancelled
from imagery_hub.providers.mapflow.client import MapflowClient
from imagery_hub.providers.mapflow.data_models import RasterProfile, Storage
from imagery_hub.providers.mapflow.sources import MosaicSource, ProcessingRequest, UploadedImageSource
from imagery_hub.sandbox.accounts import secret
from imagery_hub.sandbox.demo_site import AOI_WKT
from imagery_hub.sandbox.mapflow.geotiffs import write_orthophoto

AOI = wkt.loads(AOI_WKT)
PATCH = (-123.1240, 49.2810, -123.1210, 49.2830)  # lon/lat, inside the AOI


@pytest.fixture
def mapflow(sandbox, mapflow_shape):
    sandbox.options["mapflow.processing_seconds"] = 0.5
    sandbox.state["mapflow"].reset()
    yield MapflowClient(secret("mapflow"), sandbox.url + "/mapflow/rest", backoff=0.01)
    for option in ("mapflow.processing_seconds", "mapflow.storage_limit"):
        sandbox.options.pop(option, None)
    sandbox.state["mapflow"].reset()


@pytest.fixture(scope="module")
def tiffs(tmp_path_factory):
    """Small real GeoTIFFs of the sandbox city: one to start a mosaic, and ones that differ."""
    folder = tmp_path_factory.mktemp("tiffs")
    return {
        "utm_2m": write_orthophoto(folder / "utm_2m.tif", PATCH, 2.0),
        "utm_2m_b": write_orthophoto(folder / "utm_2m_b.tif", (-123.1210, 49.2810, -123.1180, 49.2830), 2.0),
        "utm_2m_4bands": write_orthophoto(folder / "utm_2m_4bands.tif", PATCH, 2.0, bands=4),
        "utm_1m": write_orthophoto(folder / "utm_1m.tif", PATCH, 1.0),
        "wgs84": write_orthophoto(folder / "wgs84.tif", PATCH, 0.00003, crs="EPSG:4326"),
        "utm_10m": write_orthophoto(folder / "utm_10m.tif", PATCH, 10.0),
    }


def wait_for(client, processing_id):
    return client.wait_for_processing(processing_id, poll=0.05, timeout=10)


def test_mosaics_are_created_listed_renamed_tagged_and_deleted(mapflow, sandbox):
    mosaic = mapflow.data.create_mosaic("  Downtown 2024 ", ["drone", " ", "drone", "june"])
    assert (mosaic.name, mosaic.tags) == ("Downtown 2024", ["drone", "june"])
    assert json.loads(sandbox.log.find("/rasters/mosaic$", method="POST")[-1]["body"]) == \
        {"name": "Downtown 2024", "tags": ["drone", "june"]}
    assert [m.id for m in mapflow.data.mosaics()] == [mosaic.id]
    changed = mapflow.data.update_mosaic(mosaic.id, "Downtown", ["ortho"])
    assert (changed.name, changed.tags) == ("Downtown", ["ortho"])
    assert mapflow.data.mosaic(mosaic.id).name == "Downtown"
    mapflow.data.delete_mosaic(mosaic.id)
    with pytest.raises(NotFoundError):
        mapflow.data.mosaic(mosaic.id)
    assert mapflow.data.mosaics() == []


def test_an_empty_mosaic_name_is_refused_before_any_request(mapflow, sandbox):
    sandbox.log.clear()
    with pytest.raises(InvalidInputError, match="mosaic name cannot be empty"):
        mapflow.data.create_mosaic("   ")
    assert sandbox.log.find("/rasters") == []


def test_an_uploaded_image_keeps_its_profile_checksum_and_uses_storage(mapflow, tiffs):
    path = tiffs["utm_2m"]
    mosaic = mapflow.data.create_mosaic("Patch")
    seen = []
    image = mapflow.data.upload_image(mosaic.id, path, progress=lambda sent, total: seen.append((sent, total)))
    size = path.stat().st_size
    assert seen[-1] == (size, size)
    dataset = gdal.Open(str(path))
    assert image.profile == RasterProfile("EPSG:32610", 3, 2.0, "byte", dataset.RasterXSize, dataset.RasterYSize)
    assert image.checksum == hashlib.md5(path.read_bytes()).hexdigest()
    assert image.filename == "utm_2m.tif" and image.size_bytes == size and image.mosaic_id == mosaic.id
    assert image.footprint.intersection(box(*PATCH)).area > 0.9 * box(*PATCH).area
    assert [i.id for i in mapflow.data.mosaic_images(mosaic.id)] == [image.id]
    assert mapflow.data.storage().used_bytes == size
    assert mapflow.data.mosaic(mosaic.id).footprint.intersects(box(*PATCH))


@pytest.mark.parametrize("other, reason", [
    ("utm_2m_4bands", "4 bands instead of 3"),
    ("utm_1m", "pixel size 1 instead of 2"),
    ("wgs84", "georeference system EPSG:4326 instead of EPSG:32610"),
])
def test_a_mosaic_refuses_an_image_that_differs_and_keeps_nothing_of_it(mapflow, tiffs, other, reason):
    mosaic = mapflow.data.create_mosaic("Patch")
    mapflow.data.upload_image(mosaic.id, tiffs["utm_2m"])
    used = mapflow.data.storage().used_bytes
    with pytest.raises(InvalidInputError) as refused:
        mapflow.data.upload_image(mosaic.id, tiffs[other])
    assert "same georeference system, number of bands, and spatial resolution" in str(refused.value)
    assert reason in str(refused.value)
    assert len(mapflow.data.mosaic_images(mosaic.id)) == 1 and mapflow.data.storage().used_bytes == used
    mapflow.data.upload_image(mosaic.id, tiffs["utm_2m_b"])  # the same grid is welcome
    assert len(mapflow.data.mosaic_images(mosaic.id)) == 2


def test_the_local_profile_check_says_the_same_before_sending(tiffs):
    """What the plugin compares before an upload (GDAL reads it in core/)."""
    mosaic = RasterProfile("EPSG:32610", 3, 2.0)
    assert RasterProfile("EPSG:32610", 3, 2.01).differences(mosaic) == []
    assert RasterProfile("epsg:4326", 4, 1.0).differences(mosaic) == [
        "its CRS is epsg:4326, the mosaic's is EPSG:32610", "it has 4 bands, the mosaic's images 3",
        "its pixel size is 1, the mosaic's 2"]


def test_an_upload_beyond_the_storage_limit_is_refused(mapflow, sandbox, tiffs):
    path = tiffs["utm_2m"]
    sandbox.options["mapflow.storage_limit"] = path.stat().st_size + 1000
    mosaic = mapflow.data.create_mosaic("Patch")
    mapflow.data.upload_image(mosaic.id, path)
    storage = mapflow.data.storage()
    with pytest.raises(InvalidInputError, match="delete images or mosaics first"):
        storage.check_room(tiffs["utm_2m_b"].stat().st_size)  # what the plugin checks first
    with pytest.raises(InvalidInputError, match="Not enough storage") as refused:
        mapflow.data.upload_image(mosaic.id, tiffs["utm_2m_b"])  # and the service refuses as well
    assert refused.value.code == "STORAGE_LIMIT_EXCEEDED"
    assert len(mapflow.data.mosaic_images(mosaic.id)) == 1


def test_storage_reads_both_known_shapes():
    assert Storage.from_json({"used_bytes": 5, "limit_bytes": 10}).free_bytes == 5
    legacy = Storage.from_json({"memoryUsed": 2_500_000_000, "memoryLimit": 5_000_000_000})
    assert legacy.describe() == "2.5 GB of 5.0 GB used" and legacy.percent == 50.0


def test_a_cancel_mid_upload_leaves_no_half_registered_image(mapflow, sandbox, tmp_path, tiffs):
    mosaic = mapflow.data.create_mosaic("Patch")
    big = tmp_path / "big.tif"
    write_orthophoto(big, PATCH, 0.25)  # a few hundred kB: several chunks
    chunks = []
    with pytest.raises(OperationCancelled):
        mapflow.data.upload_image(mosaic.id, big, progress=lambda sent, total: chunks.append(sent),
                                  cancelled=lambda: len(chunks) >= 1)
    assert len(chunks) == 1 and chunks[0] < big.stat().st_size
    deadline = time.monotonic() + 5  # the sandbox reads what arrived once the connection drops
    while not sandbox.log.find(f"/rasters/mosaic/{mosaic.id}/image$", method="POST") and time.monotonic() < deadline:
        time.sleep(0.02)
    cut = sandbox.log.find(f"/rasters/mosaic/{mosaic.id}/image$", method="POST")
    assert len(cut) == 1 and cut[0]["body_size"] < big.stat().st_size
    assert mapflow.data.mosaic_images(mosaic.id) == [] and mapflow.data.storage().used_bytes == 0
    mapflow.data.upload_image(mosaic.id, big)  # the connection pool is still usable
    assert len(mapflow.data.mosaic_images(mosaic.id)) == 1


def test_a_file_that_is_not_a_geotiff_is_refused_before_any_request(mapflow, sandbox, tmp_path):
    fake = tmp_path / "photo.tif"
    Image.new("RGB", (8, 8)).save(fake, "PNG")
    sandbox.log.clear()
    with pytest.raises(InvalidInputError, match="photo.tif is not a GeoTIFF"):
        mapflow.data.upload_image("any", fake)
    with pytest.raises(InvalidInputError, match="does not exist"):
        mapflow.data.upload_raster(tmp_path / "missing.tif")
    assert sandbox.log.find("/rasters") == []


def test_previews_are_pictures_of_the_documented_sizes(mapflow, tiffs):
    mosaic = mapflow.data.create_mosaic("Patch")
    image = mapflow.data.upload_image(mosaic.id, tiffs["utm_1m"])
    small = Image.open(io.BytesIO(mapflow.data.preview(image, "s")))
    large = Image.open(io.BytesIO(mapflow.data.preview(image, "l")))
    assert max(small.size) == 256 and max(large.size) == 1024
    assert len(small.convert("RGB").getcolors(1 << 24)) > 50  # the city, not a blank square
    with pytest.raises(InvalidInputError, match="Preview size is s or l"):
        mapflow.data.preview(image, "xl")


def test_images_are_renamed_downloaded_without_the_token_and_deleted(mapflow, sandbox, tiffs, tmp_path):
    mosaic = mapflow.data.create_mosaic("Patch")
    image = mapflow.data.upload_image(mosaic.id, tiffs["utm_2m"])
    assert mapflow.data.rename_image(image.id, "corner.tif").filename == "corner.tif"
    assert sandbox.log.find(f"/rasters/image/{image.id}$", method="PUT")[-1]["query"] == {"name": ["corner.tif"]}
    path = mapflow.data.download_image(image.id, tmp_path)
    assert path.name == f"corner-{image.id[:8]}.tif" and path.read_bytes() == tiffs["utm_2m"].read_bytes()
    fetched = sandbox.log.find("/mapflow-storage/")[-1]
    assert fetched["host"] == "cdn" and "Authorization" not in fetched["headers"]
    mapflow.data.delete_image(image.id)
    with pytest.raises(NotFoundError):
        mapflow.data.image(image.id)
    assert mapflow.data.storage().used_bytes == 0


def test_two_images_of_the_same_name_download_to_two_files(mapflow, tiffs, tmp_path):
    first = mapflow.data.upload_image(mapflow.data.create_mosaic("One").id, tiffs["utm_1m"])
    second = mapflow.data.upload_image(mapflow.data.create_mosaic("Two").id, tiffs["utm_2m"])
    for image in (first, second):
        mapflow.data.rename_image(image.id, "ortho.tif")
    paths = [mapflow.data.download_image(image.id, tmp_path) for image in (first, second)]
    assert paths[0] != paths[1] and all(p.name.startswith("ortho-") for p in paths)
    assert [p.read_bytes() for p in paths] == [tiffs["utm_1m"].read_bytes(), tiffs["utm_2m"].read_bytes()]


def test_storage_refuses_a_presigned_request_that_carries_a_token(mapflow, tiffs):
    mosaic = mapflow.data.create_mosaic("Patch")
    image = mapflow.data.upload_image(mosaic.id, tiffs["utm_2m"])
    link = mapflow.data.download_link(image.id)
    answer = requests.get(link.url, headers={"Authorization": f"Basic {secret('mapflow')}"}, timeout=10)
    assert answer.status_code == 400 and b"Only one auth mechanism allowed" in answer.content
    assert requests.get(link.url.replace("X-Amz-Signature=", "X-Amz-Signature=0"), timeout=10).status_code == 403


def test_a_mosaic_made_with_its_first_image_in_one_request(mapflow, sandbox, tiffs):
    mosaic, image = mapflow.data.create_mosaic_with_image(tiffs["utm_2m_4bands"], "Four bands", ["nir"])
    assert (mosaic.name, mosaic.tags, image.profile.band_count) == ("Four bands", ["nir"], 4)
    assert sandbox.log.find("/rasters/mosaic/mosaic$")[-1]["query"] == {"name": ["Four bands"], "tags": ["nir"]}
    assert [i.id for i in mapflow.data.mosaic_images(mosaic.id)] == [image.id]


def test_the_legacy_upload_gives_an_s3_url_a_processing_can_use(mapflow, tiffs):
    url = mapflow.data.upload_raster(tiffs["utm_1m"])
    assert url.startswith("s3://mapflow-rasters/") and url.endswith("/raster.tif")
    request = ProcessingRequest("Upload", "🏠 Buildings", AOI, UploadedImageSource(url))
    assert wait_for(mapflow, mapflow.create_processing(request).id).status == "OK"
    unknown = ProcessingRequest("Lost", "🏠 Buildings", AOI, UploadedImageSource("s3://mapflow-rasters/nope.tif"))
    failed = wait_for(mapflow, mapflow.create_processing(unknown).id)
    assert failed.error_lines() == ["Failed to read file from s3://mapflow-rasters/nope.tif."]


def test_an_uploaded_image_is_linked_into_a_mosaic(mapflow, tiffs):
    url = mapflow.data.upload_raster(tiffs["utm_2m"])
    mosaic = mapflow.data.create_mosaic("Linked")
    assert mapflow.data.link_image(mosaic.id, url) == "File successfully linked to a mosaic"
    assert [i.image_url for i in mapflow.data.mosaic_images(mosaic.id)] == [url]
    with pytest.raises(NotFoundError):
        mapflow.data.link_image(mosaic.id, "s3://mapflow-rasters/none/raster.tif")
    with pytest.raises(InvalidInputError, match="s3:// URL"):
        mapflow.data.link_image(mosaic.id, "https://example.com/a.tif")


def test_a_mosaic_or_some_of_its_images_as_the_source_of_a_processing(mapflow, sandbox, tiffs):
    mosaic = mapflow.data.create_mosaic("Patch")
    first = mapflow.data.upload_image(mosaic.id, tiffs["utm_1m"])
    whole = mapflow.create_processing(ProcessingRequest("Mosaic", "🏠 Buildings", AOI, MosaicSource(mosaic.id)))
    assert json.loads(sandbox.log.find("/processings/v2$")[-1]["body"])["params"] == \
        {"sourceParams": {"myImagery": {"mosaicId": mosaic.id, "imageIds": []}}}
    assert wait_for(mapflow, whole.id).status == "OK"
    some = MosaicSource(mosaic.id, [first.id], "Patch")
    assert wait_for(mapflow, mapflow.create_processing(ProcessingRequest("One", "🏠 Buildings", AOI, some)).id)\
        .status == "OK"
    coarse = mapflow.data.create_mosaic("Coarse")
    mapflow.data.upload_image(coarse.id, tiffs["utm_10m"])
    failed = wait_for(mapflow, mapflow.create_processing(
        ProcessingRequest("Coarse", "🏠 Buildings", AOI, MosaicSource(coarse.id))).id)
    assert failed.error_lines()[0].startswith("Spatial resolution of you image is too high: pixel size is 10")
    with pytest.raises(NotFoundError):
        mapflow.create_processing(ProcessingRequest("Gone", "🏠 Buildings", AOI, MosaicSource("0000-1111")))


def test_mosaic_tiles_are_served_on_the_foreign_host(mapflow, tiffs):
    mosaic = mapflow.data.create_mosaic("Patch")
    mapflow.data.upload_image(mosaic.id, tiffs["utm_2m"])
    url = mapflow.data.mosaic(mosaic.id).tile_url
    assert "{z}/{x}/{y}" in url
    lon, lat, z = (PATCH[0] + PATCH[2]) / 2, (PATCH[1] + PATCH[3]) / 2, 16  # the tile over the patch
    x = int((lon + 180) / 360 * 2 ** z)
    y = int((1 - math.log(math.tan(math.radians(lat)) + 1 / math.cos(math.radians(lat))) / math.pi) / 2 * 2 ** z)
    tile = Image.open(io.BytesIO(requests.get(url.format(z=z, x=x, y=y), timeout=10).content))
    alpha = tile.getchannel("A").tobytes()
    assert tile.size == (256, 256) and 0 < sum(1 for a in alpha if a) < 256 * 256  # the patch, and around it nothing
