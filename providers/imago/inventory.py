"""Seequent Imago's part of an imagery inventory: imagery placed by geographic
x/y (EPSG:4326) inside the area, each a borehole-image record at its point.

Imago has no spatial search: the context names the datasets and their imagery
types, each dataset's collections are listed, and the imagery of each
collection read. Imagery placed by depth only, or in a projected CRS, cannot
be put on the map here and is left out. Imagery has no capture time; the
collection's creation time stands for it."""

from dataclasses import dataclass

from shapely.geometry import Point

from ..budget import Estimate
from ..errors import InvalidInputError, Sentence
from ..inventory import InventoryRecord, InventoryResult
from ..models import parse_time
from .client import client_from_credentials
from .models import GEOGRAPHIC_CRS, SERVICE, Imagery

#: collections read at most: each costs one request
MAX_COLLECTIONS = 500


@dataclass(frozen=True)
class PlacedImagery:
    """An imagery the inventory found, with where it lives in the account (the
    Imago tab lists it and fetches its images from there)."""

    imagery: Imagery
    workspace: str
    dataset: str
    created: object = None  # the collection's creation time (datetime or None)


def estimate(area, options):
    """Unknown before the context is read: the context and one page of
    collections; the collections themselves are bounded by MAX_COLLECTIONS."""
    return Estimate(SERVICE, 2, 4.0, "choose fewer services", "budget.fewer_services")


def record(imagery, created):
    return InventoryRecord("imago", imagery.id, Point(imagery.x, imagery.y), created, "borehole image")


def search(credentials, urls, area, options, progress=None, **session_options):
    client = client_from_credentials(credentials, urls["base_url"], **session_options)
    records, placed_items, read = [], [], 0
    for workspace in client.context():
        for dataset in workspace.datasets:
            placed = [t.name for t in dataset.imagery_types if t.coordinate_crs == GEOGRAPHIC_CRS]
            if not placed:
                continue
            collections = client.collections(dataset_id=dataset.id)
            read += len(collections)
            if read > MAX_COLLECTIONS:
                raise InvalidInputError(f"The Imago account holds more than {MAX_COLLECTIONS} collections: "
                                        "search it from the Imago tab", parameter="services", service=SERVICE,
                                        key="imago.too_many_collections", values=dict(limit=str(MAX_COLLECTIONS)))
            for collection in collections:
                if progress:
                    progress(Sentence(f"{read} collections, {len(records)} imagery placed", key="inventory.imago",
                                      collections=read, placed=len(records)))
                for imagery in client.imagery(collection.name, workspace=workspace.name, dataset=dataset.name):
                    if imagery.imagery_type in placed and imagery.x is not None and imagery.y is not None \
                            and area.intersects(Point(imagery.x, imagery.y)):
                        created = parse_time(collection.created_on)
                        records.append(record(imagery, created))
                        placed_items.append(PlacedImagery(imagery, workspace.name, dataset.name, created))
    keep = options.max_records
    return InventoryResult(records[:keep], len(records) > keep, placed_items[:keep])
