"""What a project's layers need as they arrive, whether or not the panel was
ever opened (it is built on first use, ui/dock.py): installed at start, it
waits on ``QgsProject.layerWasAdded`` (not ``readProject``: the canvas may
draw a project's layers before that is emitted) and imports a service's code
only once layers arrive.

- Mapflow tile layers naming the plugin's tile credentials: their header is
  kept on the API's origin (``core/mapflow/auth.guard_project_layers``, which
  re-arms the request guard).
- A Mapillary coverage layer: the coverage manager is made before the layers
  are added, so it arms the tile token injector as they are
  (``core/mapillary/coverage.CoverageManager``, shared with the Mapillary tab
  through ``PluginContext.shared``).

The area of interest and the result layers are read from the project when the
panel is built, and again on each ``readProject`` after that (ui/dock.py).
"""

from qgis.core import QgsProject

COVERAGE = "mapillary.coverage"


def mapillary_coverage(context):
    """The one coverage manager of the plugin."""
    from .mapillary.coverage import CoverageManager

    return context.shared(COVERAGE, lambda: CoverageManager(context))


class ProjectHooks:
    def __init__(self, context_factory, project=None):
        self._context = context_factory  # a PluginContext, made on first need
        self.project = project or QgsProject.instance()
        # emitted for each layer before layersAdded, which the coverage manager made here hears
        self.project.layerWasAdded.connect(self._layer_added)

    def _layer_added(self, layer):
        context = self._context()  # first: the plugin's imports in other threads are done then
        from .mapflow.auth import guard_project_layers

        guard_project_layers(context.settings, [layer])
        mapillary_coverage(context)

    def remove(self):
        try:
            self.project.layerWasAdded.disconnect(self._layer_added)
        except TypeError:
            pass
