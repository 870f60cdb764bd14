"""What every service tab of the panel has in common."""

from qgis.PyQt.QtWidgets import QWidget

from ..core.i18n import translate
from ..providers.errors import InvalidInputError


class ServiceTab(QWidget):
    """Subclass per service: set ``title`` and ``service_id``; the dock adds the tab,
    the plugin registers its :meth:`layer_actions` and calls :meth:`cleanup` on unload."""

    title = ""
    service_id = ""

    def __init__(self, context, dock):
        super().__init__()
        self.context = context
        self.dock = dock

    def layer_actions(self):
        """``[(text, callback, layer_type)]`` for the layer tree context menu."""
        return []

    def project_read(self, project):
        """A project was opened: show its newest result layers of this service."""

    def main_button(self):
        """The button of the tab's main action (Search), for the search shortcut."""
        return getattr(self, "search_button", None)

    def run_main_action(self):
        button = self.main_button()
        if button is not None and button.isEnabled():
            button.click()

    def cleanup(self):
        """Unset map tools, remove canvas items, cancel own tasks (plugin unload)."""

    # -- helpers ---------------------------------------------------------------
    def require_aoi(self, max_km2=None):
        """The current AOI, or an InvalidInputError that says what to do."""
        aoi = self.dock.aoi
        if aoi is None:
            raise InvalidInputError(translate("ImageryHub.Panel", "Draw or pick an area of interest first (top of the "
                                              "panel)"), parameter="aoi")
        if max_km2 is not None:
            aoi.check_area(max_km2, self.title)
        return aoi

    def credentials(self):
        """Stored credentials (GUI thread: the master password may be asked)."""
        return self.context.credentials.require(self.service_id)

    def urls(self):
        return self.context.settings.urls(self.service_id)
