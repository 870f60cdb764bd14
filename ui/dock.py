"""The Imagery Hub panel: the AOI section on top, one tab per service below."""

from qgis.core import QgsProject
from qgis.gui import QgsDockWidget
from qgis.PyQt import sip
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.i18n import translate
from ..core.project_state import read_aoi, write_aoi
from ..core.resources import icon
from ..providers import registry
from .aoi_widget import AoiWidget
from .eosda.tab import EosdaTab
from .folding import scrollable
from .help import help_button
from .imago.tab import ImagoTab
from .inventory import InventoryPanel
from .mapflow.tab import MapflowTab
from .mapillary.tab import MapillaryTab
from .service_tab import ServiceTab
from .spexi.tab import SpexiTab

#: the service tabs, in order (each a ui.service_tab.ServiceTab subclass)
SERVICE_TABS = (SpexiTab, MapillaryTab, MapflowTab, EosdaTab, ImagoTab)


class ServiceSelector(QWidget):
    """One flat button per service and a gear for the settings, in a row that
    fits the panel at its minimum width (QTabBar's padding would need scroll
    arrows for six tabs there); it drives the hidden tab bar of ``tabs``."""

    def __init__(self, tabs):
        super().__init__()
        self.tabs = tabs
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        for index in range(tabs.count()):
            button = QToolButton()
            button.setCheckable(True)
            button.setAutoRaise(True)
            text, tab_icon = tabs.tabText(index), tabs.tabIcon(index)
            if text:
                button.setText(text)
                button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            else:
                button.setIcon(tab_icon)
            button.setToolTip(tabs.tabToolTip(index) or text)
            row.addWidget(button)
            self.group.addButton(button, index)
        self.group.idClicked.connect(tabs.setCurrentIndex)
        tabs.currentChanged.connect(self._current)
        self._current(tabs.currentIndex())

    def button(self, index):
        return self.group.button(index)

    def _current(self, index):
        button = self.group.button(index)
        if button is not None:
            button.setChecked(True)


class ServicesTab(QWidget):
    """Which services are set up, and a way to the settings."""

    settingsRequested = pyqtSignal()  # noqa: N815

    def __init__(self, context):
        super().__init__()
        self.context = context
        layout = QVBoxLayout(self)
        intro = QLabel(translate("ImageryHub.Panel", "Imagery Hub searches and downloads imagery from the services "
                                 "below. Add a key or token for each service you use."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.rows = {}
        for info in registry.SERVICES:
            label = QLabel()
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            layout.addWidget(label)
            self.rows[info.id] = label
        button = QPushButton(translate("ImageryHub.Panel", "Settings…"))
        button.clicked.connect(self.settingsRequested)
        row = QHBoxLayout()
        row.addWidget(button)
        row.addStretch(1)
        row.addWidget(help_button("settings", translate("ImageryHub.Panel", "Help on the settings (opens the README)")))
        layout.addLayout(row)
        layout.addStretch(1)
        self.refresh()

    def refresh(self):
        settings = self.context.settings
        for info in registry.SERVICES:
            configured = settings.auth_config_id(info.id) is not None
            mark = (translate("ImageryHub.Panel", "✓ ready") if configured
                    else translate("ImageryHub.Panel", "not set up"))
            color = "#1b7f2a" if configured else "#7a7a7a"
            host = settings.url(info.id).split("://", 1)[-1]
            self.rows[info.id].setText(f"<b>{info.name}</b> <span style='color:{color}'>{mark}</span>"
                                       f"<br><small>{host}</small>")


class ImageryHubDock(QgsDockWidget):
    settingsRequested = pyqtSignal()  # noqa: N815

    def __init__(self, context, parent=None):
        super().__init__("Imagery Hub", parent)
        self.setObjectName("ImageryHubDock")
        self.context = context
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setSpacing(3)  # rows close together: the results keep the room of a 1366×768 screen
        self.aoi_widget = AoiWidget(context.iface)
        layout.addWidget(self.aoi_widget)
        self.inventory = InventoryPanel(context, self)
        layout.addWidget(self.inventory)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.service_tabs = [tab_class(context, self) for tab_class in SERVICE_TABS]
        for tab in self.service_tabs:  # each folds its own form and scrolls it (ui/folding.py)
            self.tabs.addTab(tab, tab.title)
        self.tabs.addTab(scrollable(self.inventory.overview), translate("ImageryHub.Panel", "Overview"))
        self.services_tab = ServicesTab(context)
        self.services_tab.settingsRequested.connect(self.settingsRequested)
        index = self.tabs.addTab(scrollable(self.services_tab), icon("settings.svg"), "")
        self.tabs.setTabToolTip(index, translate("ImageryHub.Panel", "Services and settings"))
        self.tabs.tabBar().hide()
        self.selector = ServiceSelector(self.tabs)
        layout.addWidget(self.selector)
        layout.addWidget(self.tabs, 1)
        self.setWidget(body)
        self.setMinimumWidth(380)

        # the area and the result layers come back with the project
        self._reading_project = False
        self.aoi_widget.aoiChanged.connect(self._aoi_changed)
        project = QgsProject.instance()
        project.readProject.connect(self._project_read)
        project.cleared.connect(self._project_cleared)

    def _aoi_changed(self, aoi):
        if not self._reading_project:
            write_aoi(QgsProject.instance(), aoi)

    def _project_cleared(self):
        if sip.isdeleted(self.aoi_widget) or sip.isdeleted(self.aoi_widget.canvas):
            return  # QGIS is closing
        self._reading_project = True
        try:
            self.aoi_widget.clear()
        finally:
            self._reading_project = False

    def _project_read(self, *_):
        self.read_project(QgsProject.instance())

    def read_project(self, project):
        """The project's area of interest in the AOI section and its newest result
        layers in the tabs (on readProject, and when the panel is first built)."""
        self._reading_project = True
        try:
            self.aoi_widget.set_aoi(read_aoi(project))
        finally:
            self._reading_project = False
        for tab in self.service_tabs:
            tab.project_read(project)

    def tab(self, service_id):
        """The service tab of ``service_id``."""
        return next(tab for tab in self.service_tabs if tab.service_id == service_id)

    def show_tab(self, tab):
        """Bring a tab to the front (the overview sits inside a scroll area)."""
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is tab or getattr(page, "widget", lambda: None)() is tab:
                self.tabs.setCurrentIndex(index)
                return

    def run_current(self):
        """The current service tab's main action (the search shortcut)."""
        tab = self.tabs.currentWidget()
        if isinstance(tab, ServiceTab):
            tab.run_main_action()

    @property
    def aoi(self):
        return self.aoi_widget.aoi

    def refresh(self):
        self.services_tab.refresh()

    def cleanup(self):
        project = QgsProject.instance()
        project.readProject.disconnect(self._project_read)
        project.cleared.disconnect(self._project_cleared)
        for tab in self.service_tabs:
            tab.cleanup()
        self.inventory.cleanup()
        self.aoi_widget.cleanup()
