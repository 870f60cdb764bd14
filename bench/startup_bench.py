"""Start-up benchmark (``make bench-startup``): what ``classFactory`` +
``initGui`` cost at every QGIS start, each run in a fresh Python process (so
nothing is imported yet), three runs: min / median / max. Beside it, the
anchor: what importing QGIS's own Python modules cost in the same process.

Figures are printed, never asserted.
"""

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 3

CHILD = r"""
import json, sys, time
sys.path.insert(0, %(scripts)r)
from plugin_package import register_plugin_package
register_plugin_package()
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
from qgis.gui import QgsMapCanvas, QgsMessageBar
from qgis.PyQt.QtWidgets import QMainWindow


class Iface:  # the part of QgisInterface the plugin calls while starting
    def __init__(self):
        self.window = QMainWindow()
        self.canvas = QgsMapCanvas(self.window)
        self.bar = QgsMessageBar(self.window)

    def mainWindow(self): return self.window
    def mapCanvas(self): return self.canvas
    def messageBar(self): return self.bar
    def activeLayer(self): return None
    def addToolBar(self, name): return self.window.addToolBar(name)
    def addDockWidget(self, area, dock): self.window.addDockWidget(area, dock)
    def removeDockWidget(self, dock): self.window.removeDockWidget(dock)
    def addPluginToWebMenu(self, menu, action): pass
    def removePluginWebMenu(self, menu, action): pass
    def addCustomActionForLayerType(self, *args): pass
    def removeCustomActionForLayerType(self, action): return True


iface = Iface()
heavy = ("requests", "shapely", "numpy", "osgeo.gdal")
began = time.perf_counter()
from imagery_hub import classFactory
plugin = classFactory(iface)
plugin.initGui()
elapsed = time.perf_counter() - began
loaded = [name for name in heavy if name in sys.modules]
ours = sorted(name for name in sys.modules if name.startswith("imagery_hub"))
plugin.unload()
print(json.dumps({"seconds": elapsed, "heavy": loaded, "modules": len(ours)}))
"""


def run_once():
    code = CHILD % {"scripts": str(ROOT / "scripts")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    if out.returncode:
        raise SystemExit(f"the start-up run failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main():
    runs = [run_once() for _ in range(RUNS)]
    times = sorted(run["seconds"] * 1000 for run in runs)
    print(f"classFactory + initGui: {times[0]:.0f} / {statistics.median(times):.0f} / {times[-1]:.0f} ms "
          f"(min / median / max of {RUNS} fresh processes; goal ≤ 100 ms)")
    print(f"  plugin modules imported: {runs[-1]['modules']}; heavy libraries imported: "
          f"{', '.join(runs[-1]['heavy']) or 'none'}")


if __name__ == "__main__":
    main()
