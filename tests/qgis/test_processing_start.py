"""The Processing provider at a QGIS start (issue 18): registered by initGui
with every algorithm declared (parameters and help), yet nothing that runs an
algorithm imported (requests, shapely, numpy, GDAL, the service clients and
core/<service> modules) until one is first used; and an algorithm run as the
very first thing after a start works. Each start is a fresh process, so that
sys.modules holds only what the start imported."""

import json
import subprocess
import sys
from pathlib import Path

from qgis.core import QgsVectorLayer

from imagery_hub.scripts.demo.headless import environment
from imagery_hub.scripts.qgis_app import make_profile
from imagery_hub.sandbox.accounts import secret

ROOT = Path(__file__).resolve().parents[2]
SERVICES = ("spexi", "mapillary", "mapflow", "eosda", "imago")
#: the service modules an algorithm's declaration may import: choices and names, no client, no geometry
LIGHT = sorted(["imagery_hub.core.imago", "imagery_hub.providers.eosda", "imagery_hub.providers.eosda.visual",
                "imagery_hub.providers.imago", "imagery_hub.providers.imago.models", "imagery_hub.providers.spexi",
                "imagery_hub.providers.spexi.choices"])

START = f"""
import json, sys
sys.path.insert(0, {str(ROOT / 'scripts')!r})
from plugin_package import register_plugin_package
register_plugin_package()
from qgis.core import QgsApplication
HEAVY = ("requests", "shapely", "numpy", "osgeo.gdal")
with_qgis = [name for name in HEAVY if name in sys.modules]  # QGIS 3.40+ imports shapely and numpy itself
app = QgsApplication([], False)
app.initQgis()
from minimal_iface import MinimalIface
from imagery_hub import classFactory
plugin = classFactory(MinimalIface())
plugin.initGui()
heavy = [name for name in HEAVY if name in sys.modules and name not in with_qgis]
services = sorted(name for name in sys.modules
                  if name.split(".")[:2] in (["imagery_hub", "providers"], ["imagery_hub", "core"])
                  and len(name.split(".")) > 2 and name.split(".")[2] in {SERVICES!r})
registered = QgsApplication.processingRegistry().providerById("imagery_hub") is plugin.provider
"""


def run_start(script, env=None):
    done = subprocess.run([sys.executable, "-c", START + script], capture_output=True, text=True, check=False,
                          env=env, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_start_declares_every_algorithm_without_importing_what_runs_them(tmp_path):
    started = run_start("""
algorithms = {a.name(): [p.name() for p in a.parameterDefinitions()] for a in plugin.provider.algorithms()}
print(json.dumps({"heavy": heavy, "services": services, "registered": registered, "algorithms": algorithms,
                  "help": {a.name(): a.shortHelpString() for a in plugin.provider.algorithms()}}))
plugin.unload()
""", env=environment(make_profile(tmp_path / "profiles"), "http://127.0.0.1:9"))
    assert started["registered"]
    assert started["heavy"] == [] and started["services"] == LIGHT, started["services"]
    assert len(started["algorithms"]) == 11
    for name, parameters in started["algorithms"].items():
        assert parameters, name
        # the help explains every parameter (read after the check above: it may import a little more)
        assert all(f"<code>{parameter}</code>" in started["help"][name] for parameter in parameters), name


def test_an_algorithm_run_first_thing_after_a_start_works(sandbox, tmp_path):
    env = environment(make_profile(tmp_path / "profiles"), sandbox.url)
    footprints, cameras = tmp_path / "footprints.gpkg", tmp_path / "cameras.gpkg"
    outcome = run_start(f"""
from qgis.core import QgsApplication
plugins = str(__import__("pathlib").Path(QgsApplication.pkgDataPath()) / "python" / "plugins")
sys.path.append(plugins)
from processing.core.Processing import Processing
Processing.initialize()
import processing
results = processing.run("imagery_hub:spexi_search", {{
    "EXTENT": "-123.1220,-123.1208,49.2822,49.2831 [EPSG:4326]", "MAX_IMAGES": 6,
    "FOOTPRINTS": {str(footprints)!r}, "CAMERAS": {str(cameras)!r}}})
print(json.dumps({{"heavy": heavy, "services": services, "count": results["COUNT"],
                  "footprints": results["FOOTPRINTS"]}}))
plugin.unload()
""", env=env)
    assert outcome["heavy"] == [] and outcome["services"] == LIGHT  # before the run: nothing of it imported
    assert outcome["count"] == 6 and outcome["footprints"] == str(footprints)
    assert QgsVectorLayer(str(cameras), "cameras", "ogr").featureCount() == 6
    api = sandbox.log.find("/spexi/")
    assert api and all(r["headers"]["x-api-key"] == secret("spexi") for r in api)
