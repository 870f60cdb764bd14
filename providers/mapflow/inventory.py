"""Mapflow's part of an imagery inventory: the imagery catalog over the area
(the account's area limit checked first, as the Catalog page does), each image
a satellite record with its pixel size and cloud cover; mosaics as such."""

from ..errors import Sentence
from ..budget import Estimate
from ..inventory import InventoryRecord, InventoryResult
from .client import MapflowClient
from .search import PAGE_SIZE, SERVICE, CatalogQuery, check_search_area


def estimate(area, options):
    """The account (one request) and the catalog's pages."""
    return Estimate(SERVICE, 1 + -(-options.max_records // PAGE_SIZE), 4.0, "draw a smaller area")


def record(image):
    kind = "mosaic" if "mosaic" in (image.product_type or "").lower() else "satellite"
    return InventoryRecord("mapflow", image.id, image.footprint, image.acquired, kind,
                           resolution_m=image.resolution, cloud=image.cloud_cover,
                           link=image.preview_url if image.has_picture_preview else None)


def search(credentials, urls, area, options, progress=None, **session_options):
    client = MapflowClient(credentials.get("secret"), urls["base_url"], **session_options)
    check_search_area(client.account(), options.area_km2)

    def report(count, total):
        if progress:
            progress(Sentence(f"{count:,} of {total:,} images", key="inventory.images", count=count, total=total))

    result = client.catalog.search(CatalogQuery(aoi=area), max_results=options.max_records, progress=report)
    images = [image for image in result.images if image.footprint is not None]
    return InventoryResult([record(image) for image in images], result.truncated, images)
