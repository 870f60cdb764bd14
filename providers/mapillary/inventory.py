"""Mapillary's part of an imagery inventory: the tab's search of the area (all
dates), each image a street-level record at its camera position. Its items
are the images with the cells where the search met Mapillary's cap
(:class:`Images`), for the same result layers as the tab's."""

from ..errors import Sentence
from ..inventory import InventoryRecord, InventoryResult
from .client import MapillaryClient
from .search import estimate as area_estimate


class Images(list):
    """The images an inventory keeps, and ``capped``: the cells (bounds in
    EPSG:4326) where the search met Mapillary's image cap, as in
    :class:`.search.SearchResult`."""

    def __init__(self, images, capped=()):
        super().__init__(images)
        self.capped = list(capped)


def estimate(area, options):
    return area_estimate(area)


def record(image):
    return InventoryRecord("mapillary", image.id, image.camera, image.captured_at, "street",
                           link=MapillaryClient.web_url(image.id))


def search(credentials, urls, area, options, progress=None, **session_options):
    client = MapillaryClient(credentials.get("secret"), urls["base_url"], urls.get("tiles_url", urls["base_url"]),
                             **session_options)

    def report(done, total, images):
        if progress:
            progress(Sentence(f"{done} of {total} cells, {images:,} images", key="inventory.cells",
                              done=done, total=total, images=images))

    result = client.search(area, progress=report)
    images = [image for image in result.images if image.camera is not None]
    return InventoryResult([record(image) for image in images[:options.max_records]],
                           len(images) > options.max_records or bool(result.capped),
                           Images(images[:options.max_records], result.capped))
