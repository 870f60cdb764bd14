"""The Mapflow catalog search task: footprints written and the results table's
rows read in the task, so the GUI thread only shows them."""

from datetime import date

from shapely import wkt

from imagery_hub.core.layers import feature_rows
from imagery_hub.core.mapflow.catalog_layers import LAYER, open_footprints, search_catalog
from imagery_hub.core.tasks import FunctionTask
from imagery_hub.providers.mapflow.client import MapflowClient
from imagery_hub.providers.mapflow.search import CatalogQuery
from imagery_hub.sandbox.accounts import secret
from imagery_hub.sandbox.demo_site import AOI_WKT

COLUMNS = ["acquired", "cloud", "image_id"]


def test_the_table_rows_are_read_in_the_search_task_and_none_is_lost(sandbox, run_task, tmp_path):
    query = CatalogQuery(wkt.loads(AOI_WKT), date(2020, 1, 1), date.today())
    task = FunctionTask("catalog", lambda task: search_catalog(
        MapflowClient(secret("mapflow"), sandbox.url + "/mapflow/rest", cancelled=task.is_cancelled), task, query,
        tmp_path, COLUMNS))
    outcome = run_task(task)
    layer = open_footprints(outcome.path, "Mapflow catalog")
    assert layer.featureCount() == outcome.count == outcome.total > 20
    assert outcome.rows is not None and len(outcome.rows) == outcome.count
    assert outcome.rows == feature_rows(layer, COLUMNS)  # the same fids and values as read from the layer
    assert len({values[2] for _, values in outcome.rows}) == outcome.count  # every image once
    assert f"layername={LAYER}" in layer.source()

