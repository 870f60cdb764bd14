"""The Mapflow imagery catalog against the sandbox: filters, paging, refusals,
previews without credentials, and processing a found image."""

import io
import json
from datetime import date, datetime, timezone

import pytest
import requests
from PIL import Image
from shapely import wkt
from shapely.geometry import mapping

from imagery_hub.providers.errors import InvalidInputError
from imagery_hub.providers.mapflow.client import MapflowClient
from imagery_hub.providers.mapflow.search import CatalogQuery, check_search_area
from imagery_hub.providers.mapflow.sources import CatalogImageSource, ProcessingRequest
from imagery_hub.sandbox.accounts import secret
from imagery_hub.sandbox.demo_site import AOI_WKT

AOI = wkt.loads(AOI_WKT)
YEAR = (date(2024, 1, 1), date(2024, 12, 31))


@pytest.fixture
def mapflow(sandbox, mapflow_shape):
    sandbox.options["mapflow.processing_seconds"] = 0.5
    sandbox.state["mapflow"].reset()
    yield MapflowClient(secret("mapflow"), sandbox.url + "/mapflow/rest", backoff=0.01)
    sandbox.options.pop("mapflow.processing_seconds", None)
    sandbox.state["mapflow"].reset()


def test_every_image_found_meets_every_filter(mapflow, sandbox):
    query = CatalogQuery(AOI, *YEAR, min_resolution=0.5, max_resolution=0.6, max_cloud=30, min_off_nadir=2,
                         max_off_nadir=20, min_intersection=100)
    result = mapflow.catalog.search(query)
    assert 5 <= len(result.images) == result.total
    for image in result.images:
        assert 0.5 <= image.resolution <= 0.6 and image.cloud_cover <= 30 and 2 <= abs(image.off_nadir) <= 20
        assert datetime(2024, 1, 1, tzinfo=timezone.utc) <= image.acquired < datetime(2025, 1, 1, tzinfo=timezone.utc)
        assert image.intersection_percent(AOI) > 99.99 and image.provider == "Sandbox Imagery"
    sent = json.loads(sandbox.log.find("/catalog/meta")[-1]["body"])
    assert sent == {"aoi": json.loads(json.dumps(mapping(AOI))), "acquisitionDateFrom": "2024-01-01T00:00:00Z",
                    "acquisitionDateTo": "2024-12-31T23:59:59Z", "minResolution": 0.5, "maxResolution": 0.6,
                    "maxCloudCover": 30, "minOffNadirAngle": 2, "maxOffNadirAngle": 20,
                    "minAoiIntersectionPercent": 100, "limit": 100, "offset": 0}
    # the vendor client's URL, under /rest, which the live service serves
    assert sandbox.log.find("/catalog/meta")[-1]["path"] == "/mapflow/rest/catalog/meta"


def test_a_looser_search_finds_more_and_pages_through_it(mapflow, sandbox):
    strict = mapflow.catalog.search(CatalogQuery(AOI, *YEAR, max_cloud=10, min_intersection=100))
    pages = []
    loose = mapflow.catalog.search(CatalogQuery(AOI, *YEAR), page_size=7,
                                   progress=lambda count, total: pages.append((count, total)))
    assert len(loose.images) == loose.total > len(strict.images) and not loose.truncated
    assert len({i.id for i in loose.images}) == loose.total
    assert len(sandbox.log.find("/catalog/meta")) == 1 + len(pages) and pages[-1] == (loose.total, loose.total)
    assert {i.provider for i in loose.images} == {"Sandbox Imagery", "Sandbox Archive"}
    capped = mapflow.catalog.search(CatalogQuery(AOI, *YEAR), page_size=7, max_results=10)
    assert len(capped.images) == 10 and capped.truncated


@pytest.mark.parametrize("query, says", [
    (CatalogQuery(AOI, date(2024, 5, 1), date(2024, 4, 1)), "start date is after the end date"),
    (CatalogQuery(AOI, min_resolution=2, max_resolution=1), "smallest resolution (2 m) is above the largest"),
    (CatalogQuery(AOI, max_cloud=150), "cloud cover must be from 0 to 100 %"),
    (CatalogQuery(AOI, min_off_nadir=-5), "off-nadir angle must be from 0 to 90"),
    (CatalogQuery(AOI.centroid), "The catalog searches an area"),
])
def test_bad_filters_are_refused_before_any_request(mapflow, sandbox, query, says):
    sandbox.log.clear()
    with pytest.raises(InvalidInputError) as refused:
        mapflow.catalog.search(query)
    assert says in str(refused.value)
    assert sandbox.log.find("/catalog") == []


def test_an_area_over_the_accounts_limit_is_refused(mapflow, sandbox):
    big = AOI.buffer(0.05)
    with pytest.raises(InvalidInputError, match="searches at most 25.00 km²"):
        check_search_area(mapflow.account(), 80.0)  # what the plugin checks first
    with pytest.raises(InvalidInputError) as refused:
        mapflow.catalog.search(CatalogQuery(big))  # and what the catalog says when asked anyway
    assert "cannot exceed the size of processing AOI limit" in str(refused.value)
    assert refused.value.code == "AOI_TOO_LARGE" and refused.value.status == 400


def test_the_catalog_answers_a_malformed_field_with_its_validation_detail(mapflow, sandbox, mapflow_shape):
    session = requests.Session()
    session.headers["Authorization"] = f"Basic {secret('mapflow')}"
    answer = session.post(sandbox.url + "/mapflow/rest/catalog/meta",
                          json={"aoi": mapping(AOI), "maxCloudCover": "low"})
    assert answer.status_code == 422
    assert answer.json() == {"detail": [{"loc": ["body", "maxCloudCover"], "msg": "value is not a valid float",
                                         "type": "type_error.float"}]}
    from imagery_hub.providers.mapflow.client import parse_error
    assert parse_error(answer) == (None, "maxCloudCover: value is not a valid float")
    page = session.post(sandbox.url + "/mapflow/catalog/meta", json={"aoi": mapping(AOI), "limit": 1})
    if mapflow_shape == "documented":  # the page's URL, outside /rest
        assert page.status_code == 200 and set(page.json()) == {"images", "total", "limit", "offset"}
    else:  # the live service answers under /rest only
        assert page.status_code == 404
    assert session.post(sandbox.url + "/mapflow/rest/catalog/meta", json={"aoi": mapping(AOI)},
                        headers={"Authorization": "Basic d3Jvbmc="}).status_code == 401


def test_previews_come_from_the_third_party_host_without_credentials(mapflow, sandbox):
    found = mapflow.catalog.search(CatalogQuery(AOI, *YEAR, max_cloud=5, min_intersection=100)).images
    image = next(i for i in found if i.preview_type == "png")
    picture = Image.open(io.BytesIO(mapflow.catalog.preview(image)))
    assert picture.format == "PNG" and max(picture.size) == 256
    request = sandbox.log.find("/geoserver/rs_data/wms")[-1]
    assert request["host"] == "cdn" and "Authorization" not in request["headers"]
    assert secret("mapflow") not in json.dumps(request["headers"]) + json.dumps(request["query"])
    archive = next(i for i in mapflow.catalog.search(CatalogQuery(AOI, *YEAR, min_resolution=1.2)).images)
    assert Image.open(io.BytesIO(mapflow.catalog.preview(archive))).format == "JPEG"


def test_a_cloudy_scene_looks_cloudier_in_its_preview(mapflow):
    images = mapflow.catalog.search(CatalogQuery(AOI, *YEAR, min_intersection=100)).images
    pngs = [i for i in images if i.preview_type == "png"]
    clear, cloudy = min(pngs, key=lambda i: i.cloud_cover), max(pngs, key=lambda i: i.cloud_cover)

    def white_share(image):
        picture = Image.open(io.BytesIO(mapflow.catalog.preview(image))).convert("RGBA")
        data = picture.tobytes()  # RGBA bytes (Image.getdata is deprecated in Pillow 12)
        pixels = (tuple(data[i:i + 4]) for i in range(0, len(data), 4))
        inside = [p for p in pixels if p[3] == 255]
        return sum(1 for r, g, b, _ in inside if min(r, g, b) > 225) / len(inside)
    assert white_share(clear) < 0.05 < cloudy.cloud_cover / 200 < white_share(cloudy)


def wait_for(client, processing_id):
    return client.wait_for_processing(processing_id, poll=0.05, timeout=10)


def test_a_found_image_is_processed_through_its_provider(mapflow, sandbox):
    images = mapflow.catalog.search(CatalogQuery(AOI, *YEAR, min_intersection=100)).images
    sharp = next(i for i in images if i.resolution <= 0.6)
    source = CatalogImageSource(sharp.provider, sharp.id)
    done = wait_for(mapflow, mapflow.create_processing(ProcessingRequest("Scene", "🏠 Buildings", AOI, source)).id)
    assert done.status == "OK"
    # the page's "Run processing by image ID" form
    assert json.loads(sandbox.log.find(r"/processings$")[-1]["body"])["params"] == \
        {"data_provider": "sandbox imagery", "url": sharp.id}  # lower case, as the vendor client sends it
    coarse = next(i for i in images if i.resolution >= 1.5)
    failed = wait_for(mapflow, mapflow.create_processing(ProcessingRequest(
        "Coarse", "🏠 Buildings", AOI, CatalogImageSource(coarse.provider, coarse.id))).id)
    assert failed.error_lines()[0].startswith("Spatial resolution of you image is too high")
    with pytest.raises(InvalidInputError, match="has no image NOPE"):
        mapflow.create_processing(ProcessingRequest("Nope", "🏠 Buildings", AOI,
                                                    CatalogImageSource("Sandbox Imagery", "NOPE")))
