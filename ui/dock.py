"""The Imagery Hub panel: the AOI section on top, one tab per service below."""

from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QPoint, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.resources import icon
from ..providers import registry
from .aoi_widget import AoiWidget
from .eosda.tab import EosdaTab
from .imago.tab import ImagoTab
from .inventory import InventoryPanel
from .mapflow.tab import MapflowTab
from .mapillary.tab import MapillaryTab
from .spexi.tab import SpexiTab

#: the service tabs, in order (each a ui.service_tab.ServiceTab subclass)
SERVICE_TABS = (SpexiTab, MapillaryTab, MapflowTab, EosdaTab, ImagoTab)


def scrollable(widget):
    """``widget`` in a vertical scroll area, so that a long tab scrolls under the
    tab bar instead of pushing the tab bar out of sight."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    return area


class ServicesTab(QWidget):
    """Which services are set up, and a way to the settings."""

    settingsRequested = pyqtSignal()  # noqa: N815

    def __init__(self, context):
        super().__init__()
        self.context = context
        layout = QVBoxLayout(self)
        intro = QLabel("Imagery Hub searches and downloads imagery from the services below. "
                       "Add a key or token for each service you use.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.rows = {}
        for info in registry.SERVICES:
            label = QLabel()
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            layout.addWidget(label)
            self.rows[info.id] = label
        button = QPushButton("Settings…")
        button.clicked.connect(self.settingsRequested)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.refresh()

    def refresh(self):
        settings = self.context.settings
        for info in registry.SERVICES:
            configured = settings.auth_config_id(info.id) is not None
            mark = "✓ ready" if configured else "not set up"
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
        self.aoi_widget = AoiWidget(context.iface)
        layout.addWidget(self.aoi_widget)
        self.inventory = InventoryPanel(context, self)
        layout.addWidget(self.inventory)
        self.tabs = QTabWidget()
        self.tabs.setUsesScrollButtons(True)
        self.service_tabs = [tab_class(context, self) for tab_class in SERVICE_TABS]
        for tab in self.service_tabs:
            self.tabs.addTab(scrollable(tab), tab.title)
        self.tabs.addTab(scrollable(self.inventory.overview), "Overview")
        self.services_tab = ServicesTab(context)
        self.services_tab.settingsRequested.connect(self.settingsRequested)
        index = self.tabs.addTab(scrollable(self.services_tab), icon("settings.svg"), "")
        self.tabs.setTabToolTip(index, "Services and settings")
        layout.addWidget(self.tabs, 1)
        self.setWidget(body)
        self.setMinimumWidth(380)

    def show_tab(self, tab):
        """Bring a service tab to the front (tabs sit inside scroll areas)."""
        for index in range(self.tabs.count()):
            if self.tabs.widget(index).widget() is tab:
                self.tabs.setCurrentIndex(index)
                return

    def scroll_to(self, widget):
        """Scroll the current tab so that ``widget`` is at its top."""
        area = self.tabs.currentWidget()
        area.verticalScrollBar().setValue(widget.mapTo(area.widget(), QPoint(0, 0)).y())

    @property
    def aoi(self):
        return self.aoi_widget.aoi

    def refresh(self):
        self.services_tab.refresh()

    def cleanup(self):
        for tab in self.service_tabs:
            tab.cleanup()
        self.inventory.cleanup()
        self.aoi_widget.cleanup()
