"""Start-up benchmark (``make bench-startup``): what ``classFactory`` +
``initGui`` cost at every QGIS start, each run in a fresh Python process (so
nothing is imported yet), three runs: min / median / max. Then what is left
for later: adding the Processing provider once the event loop runs, and the
first opening of the panel.

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
plugin.initGui()
elapsed = time.perf_counter() - began
loaded = [name for name in heavy if name in sys.modules]
ours = sorted(name for name in sys.modules if name.startswith("imagery_hub"))
from qgis.PyQt.QtCore import QTimer
gaps, last, ticks = [], [time.perf_counter()], QTimer()
ticks.timeout.connect(lambda: (gaps.append(time.perf_counter() - last[0]), last.__setitem__(0, time.perf_counter())))
ticks.start(5)
began = time.perf_counter()
while plugin.provider is None and time.perf_counter() - began < 60:
    app.processEvents()  # the provider's modules are imported in a thread, then it is added
    time.sleep(0.001)
provider = time.perf_counter() - began
ticks.stop()
stall = max(gaps, default=0) - 0.005
algorithms = len(plugin.provider.algorithms()) if plugin.provider else 0
began = time.perf_counter()
plugin.show_dock()  # the first click on the panel's button
panel = time.perf_counter() - began
plugin.unload()
from qgis.core import QgsSettings
QgsSettings().remove("imagery_hub/panel_open")  # the next run starts as the first did: the panel closed
print(json.dumps({"seconds": elapsed, "heavy": loaded, "modules": len(ours), "provider": provider,
                  "algorithms": algorithms, "panel": panel, "stall": stall}))
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
    for key, what in (("provider", f"then, in a thread, until the Processing provider is added "
                                   f"({runs[-1]['algorithms']} algorithms)"),
                      ("stall", "  the longest GUI-thread stall meanwhile (a 5 ms timer; goal ≤ 50 ms)"),
                      ("panel", "the first click on the panel's button (the five service tabs)")):
        times = sorted(run[key] * 1000 for run in runs)
        print(f"  {what}: {times[0]:.0f} / {statistics.median(times):.0f} / {times[-1]:.0f} ms")


if __name__ == "__main__":
    main()
