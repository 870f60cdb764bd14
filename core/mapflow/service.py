"""Runs Mapflow client calls in background tasks for the widgets.

The token and URL are read on the GUI thread (the Authentication Manager may
ask for the master password) and handed to the task, which builds its own
client with the task's cancel hook; ``ui/`` never touches HTTP.
"""

from ...providers.mapflow.client import MapflowClient
from ..aoi import measure_km2
from ..compat import POLYGON_GEOMETRY
from ..tasks import FunctionTask

SERVICE_ID = "mapflow"


class MapflowService:
    def __init__(self, context):
        self.context = context

    def token(self):
        return self.context.credentials.require(SERVICE_ID)["secret"]

    def has_credentials(self):
        return self.context.settings.auth_config_id(SERVICE_ID) is not None

    @property
    def base_url(self):
        return self.context.settings.url(SERVICE_ID)

    def run(self, description, work, on_success=None, on_error=None):
        """Start ``work(client, task)`` in a task; raises (on the GUI thread, before
        any request) when there are no credentials. Returns the task."""
        token, base_url = self.token(), self.base_url

        def function(task):
            return work(MapflowClient(token, base_url, cancelled=task.is_cancelled), task)

        return self.context.start(FunctionTask(f"Imagery Hub: {description}", function, on_success, on_error))


def polygon_areas_km2(aoi):
    """The area of each polygon of an AOI (each becomes one Mapflow AOI)."""
    parts = aoi.geometry.asGeometryCollection() if aoi.geometry.isMultipart() else [aoi.geometry]
    return [measure_km2(part) for part in parts if part.type() == POLYGON_GEOMETRY and not part.isEmpty()]
