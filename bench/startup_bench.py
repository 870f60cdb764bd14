"""Start-up benchmark (``make bench-startup``): what ``classFactory`` +
``initGui`` cost at every QGIS start, each run in a fresh Python process (so
nothing is imported yet), three runs: min / median / max; of that, what
registering the Processing provider costs (its algorithms declared, nothing
that runs them imported). Then the first opening of the panel.

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
from minimal_iface import MinimalIface
iface = MinimalIface()
heavy = ("requests", "shapely", "numpy", "osgeo.gdal")
began = time.perf_counter()
from imagery_hub import classFactory
plugin = classFactory(iface)
created = time.perf_counter()
plugin.initProcessing()  # what initGui does first: the Processing provider registered
registered = time.perf_counter()
plugin.initGui()
ended = time.perf_counter()
loaded = [name for name in heavy if name in sys.modules]
ours = sorted(name for name in sys.modules if name.startswith("imagery_hub"))
algorithms = len(plugin.provider.algorithms()) if plugin.provider else 0
began_panel = time.perf_counter()
plugin.show_dock()  # the first click on the panel's button
panel = time.perf_counter() - began_panel
plugin.unload()
from qgis.core import QgsSettings
QgsSettings().remove("imagery_hub/panel_open")  # the next run starts as the first did: the panel closed
print(json.dumps({"seconds": ended - began, "provider": registered - created, "heavy": loaded,
                  "modules": len(ours), "algorithms": algorithms, "panel": panel}))
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

    def spread(key):
        times = sorted(run[key] * 1000 for run in runs)
        return f"{times[0]:.0f} / {statistics.median(times):.0f} / {times[-1]:.0f} ms"

    print(f"classFactory + initGui: {spread('seconds')} (min / median / max of {RUNS} fresh processes; "
          f"goal ≤ 100 ms)")
    print(f"  of which registering the Processing provider ({runs[-1]['algorithms']} algorithms): "
          f"{spread('provider')}")
    print(f"  plugin modules imported: {runs[-1]['modules']}; heavy libraries imported: "
          f"{', '.join(runs[-1]['heavy']) or 'none'}")
    print(f"the first click on the panel's button (the five service tabs): {spread('panel')}")


if __name__ == "__main__":
    main()
