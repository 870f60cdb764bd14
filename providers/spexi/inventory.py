"""Spexi's part of an imagery inventory: the tab's area search (cell by cell
over 1 km²), each image as a drone record with its flight altitude."""

from ..errors import Sentence
from ..inventory import InventoryRecord, InventoryResult
from .client import MAX_LIMIT, SpexiClient
from .query import estimate as area_estimate


def estimate(area, options):
    return area_estimate(area)


def record(image):
    link = image.link("original") or image.link("zoomed")
    return InventoryRecord("spexi", image.id, image.footprint or image.camera, image.captured_at, "drone",
                           cloud=None, link=link.href if link else None, altitude_m=image.altitude)


def search(credentials, urls, area, options, progress=None, **session_options):
    client = SpexiClient(credentials.get("secret"), urls["base_url"], **session_options)

    def report(state):
        if progress:
            if state.cells > 1:
                progress(Sentence(f"cell {state.cell} of {state.cells}, {state.images:,} images", key="inventory.cell",
                                  cell=state.cell, cells=state.cells, images=state.images))
            else:
                progress(Sentence(f"{state.images:,} images", key="inventory.found", images=state.images))

    found = client.search_area(area, max_records=options.max_records + 1, progress=report,
                               limit=min(MAX_LIMIT, options.max_records + 1))
    found = list(found)
    return InventoryResult([record(image) for image in found[:options.max_records]], len(found) > options.max_records,
                           found[:options.max_records])
