"""The request budget in Processing: refused above the hard limit, above the
soft limit unless ALLOW_LARGE is set, and the parameter check (run by QGIS on
the GUI thread) builds no grid."""

import os
import tracemalloc

import pytest
from qgis.core import QgsProcessingContext, QgsProcessingException

from imagery_hub.core.settings import Settings
from imagery_hub.processing_provider.mapillary.algorithms import MapillarySearch
from imagery_hub.processing_provider.spexi.algorithms import SpexiSearch
from imagery_hub.sandbox.accounts import DEMO_CREDENTIALS

EXTENT = "-123.1264,-123.1168,49.2802,49.2852 [EPSG:4326]"  # ~0.7 km × 0.6 km: one cell


@pytest.fixture
def run(provider, context, monkeypatch):
    import processing

    for name in [n for n in os.environ if n.startswith("IMAGERY_HUB_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("IMAGERY_HUB_MAPILLARY_KEY", DEMO_CREDENTIALS["mapillary"]["secret"])
    yield lambda algorithm, parameters: processing.run(f"imagery_hub:{algorithm}", parameters)
    Settings().remove("budget/soft_limit")
    Settings().remove("budget/hard_limit")


def test_allow_large_lifts_the_soft_limit_for_batch_use(run, sandbox, tmp_path):
    Settings().set_request_limits(0, 100)
    with pytest.raises(QgsProcessingException, match="AOI: Mapillary: The area of interest needs about 1 request, "
                                                     "under a minute: .* or set ALLOW_LARGE to search anyway"):
        run("mapillary_search", {"EXTENT": EXTENT, "OUTPUT": str(tmp_path / "refused.gpkg")})
    assert len(sandbox.log) == 0
    result = run("mapillary_search", {"EXTENT": EXTENT, "ALLOW_LARGE": True, "OUTPUT": str(tmp_path / "ok.gpkg")})
    assert result["COUNT"] > 0 and len(sandbox.log) >= 1


@pytest.mark.parametrize("algorithm", [MapillarySearch, SpexiSearch], ids=lambda a: a.ID)
def test_the_parameter_check_of_a_continent_builds_no_grid(qgis_app, algorithm):
    instance = algorithm()
    instance.initAlgorithm()
    parameters = {"EXTENT": "-40,20,-30,30 [EPSG:4326]", "ALLOW_LARGE": True, "OUTPUT": "TEMPORARY_OUTPUT",
                  "FOOTPRINTS": "TEMPORARY_OUTPUT", "CAMERAS": "TEMPORARY_OUTPUT"}
    tracemalloc.start()
    try:
        ok, message = instance.checkParameterValues(parameters, QgsProcessingContext())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert not ok and "searches at most 50,000 requests): draw a smaller area" in message
    assert peak < 20_000_000, f"{peak:,} bytes"  # a 50° × 50° grid of boxes would be hundreds of MB
