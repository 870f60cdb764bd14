"""The part of QGIS's interface the plugin calls while starting and building
its panel, over a real main window, canvas and message bar: for timing and
checking a start in a fresh process (bench/startup_bench.py, tests/qgis/test_plugin.py)
without the desktop application. Needs a QgsApplication first."""

from qgis.gui import QgsMapCanvas, QgsMessageBar
from qgis.PyQt.QtWidgets import QMainWindow


class MinimalIface:
    def __init__(self):
        self.window = QMainWindow()
        self.canvas = QgsMapCanvas(self.window)
        self.bar = QgsMessageBar(self.window)

    def close(self):
        """Delete the window (and its canvas) now: deleted by Python as it
        exits, after QGIS has, it crashes the process."""
        from qgis.PyQt.QtCore import QCoreApplication, QEvent

        self.window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def mainWindow(self):  # noqa: N802 (QGIS API)
        return self.window

    def mapCanvas(self):  # noqa: N802
        return self.canvas

    def messageBar(self):  # noqa: N802
        return self.bar

    def activeLayer(self):  # noqa: N802
        return None

    def addToolBar(self, name):  # noqa: N802
        return self.window.addToolBar(name)

    def addDockWidget(self, area, dock):  # noqa: N802
        self.window.addDockWidget(area, dock)

    def removeDockWidget(self, dock):  # noqa: N802
        self.window.removeDockWidget(dock)

    def addPluginToWebMenu(self, menu, action):  # noqa: N802
        pass

    def removePluginWebMenu(self, menu, action):  # noqa: N802
        pass

    def addCustomActionForLayerType(self, *args):  # noqa: N802
        pass

    def addCustomActionForLayer(self, action, layer):  # noqa: N802
        pass

    def removeCustomActionForLayerType(self, action):  # noqa: N802
        return True

    def addWebToolBarIcon(self, action):  # noqa: N802
        pass

    def removeWebToolBarIcon(self, action):  # noqa: N802
        pass

    def registerMainWindowAction(self, action, keys):  # noqa: N802
        pass

    def unregisterMainWindowAction(self, action):  # noqa: N802
        pass
