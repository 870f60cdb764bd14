"""EOSDA's part of an imagery inventory: Sentinel-2 scenes over the area for
the inventory's years, each a satellite record with its cloud cover and the
dataset's native pixel size."""

from ..errors import Sentence
from ..inventory import InventoryRecord, InventoryResult
from .client import EosdaClient
from .client import estimate as date_estimate
from .visual import NATIVE_PX

DATASET = "sentinel2"


def estimate(area, options):
    return date_estimate(options.date_from, options.today, max_results=options.max_records)


def record(scene):
    return InventoryRecord("eosda", scene.id, scene.footprint, scene.captured_at, "satellite",
                           resolution_m=NATIVE_PX.get(scene.properties.get("dataset")),
                           cloud=scene.properties.get("cloud"))


def search(credentials, urls, area, options, progress=None, **session_options):
    client = EosdaClient(credentials.get("secret"), urls["base_url"], **session_options)

    def report(count, found):
        if progress:
            progress(Sentence(f"{count:,} of {found:,} scenes", key="inventory.scenes", count=count, found=found))

    result = client.search(DATASET, area, options.date_from, options.today, max_results=options.max_records,
                           progress=report)
    scenes = [scene for scene in result.scenes if scene.footprint is not None]
    return InventoryResult([record(scene) for scene in scenes], result.truncated, scenes)
