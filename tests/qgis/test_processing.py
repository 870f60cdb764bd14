"""The Imagery Hub Processing provider: registration with the plugin, help,
credentials and URLs from the environment or the settings, refusals before any
request, progress, status lines and cancel through the feedback."""

import os

import pytest
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

from imagery_hub import classFactory
from imagery_hub.processing_provider.access import read_access
from imagery_hub.processing_provider.provider import ALGORITHMS, register
from imagery_hub.providers.errors import AuthenticationError, InvalidInputError
from imagery_hub.sandbox.accounts import DEMO_CREDENTIALS, secret
from imagery_hub.sandbox.demo_site import AOI_WKT

EXTENT = "-123.1264,-123.1168,49.2802,49.2852 [EPSG:4326]"
ALGORITHM_IDS = {"spexi_search", "spexi_multi_view", "download_images", "mapillary_search", "mapflow_process",
                 "mapflow_catalog_search", "eosda_search", "eosda_render", "imago_download", "imago_upload",
                 "imagery_inventory"}
_kept = []  # providers registered here, referenced so that Python keeps them alive


@pytest.fixture
def run(provider, context, monkeypatch):
    """``run(algorithm, parameters, feedback=None)``; no credentials anywhere unless a test adds them."""
    import processing

    for name in [n for n in os.environ if n.startswith("IMAGERY_HUB_")]:
        monkeypatch.delenv(name)
    return lambda algorithm, parameters, feedback=None: processing.run(f"imagery_hub:{algorithm}", parameters,
                                                                        feedback=feedback)


class RecordingFeedback(QgsProcessingFeedback):
    """Keeps the status lines and progress; cancels itself when ``cancel_on`` appears in a progress text."""

    def __init__(self, cancel_on=None):
        super().__init__()
        self.lines, self.texts, self.percents = [], [], []
        self.cancel_on = cancel_on
        self.progressChanged.connect(self.percents.append)

    def pushInfo(self, info):  # noqa: N802 (QGIS API)
        self.lines.append(info)
        super().pushInfo(info)

    def setProgressText(self, text):  # noqa: N802
        self.texts.append(text)
        if self.cancel_on and self.cancel_on in text:
            self.cancel()
        super().setProgressText(text)


def aoi_layer():
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", "aoi", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt(AOI_WKT))
    layer.dataProvider().addFeatures([feature])
    return layer


# -- the provider ----------------------------------------------------------------------------

def test_provider_offers_every_algorithm_with_the_plugin_icon(provider):
    assert (provider.id(), provider.name()) == ("imagery_hub", "Imagery Hub")
    assert provider.svgIconPath().endswith("resources/icons/imagery_hub.svg") and not provider.icon().isNull()
    assert {a.name() for a in provider.algorithms()} == ALGORITHM_IDS
    assert all(not a.icon().isNull() for a in provider.algorithms())


@pytest.mark.parametrize("algorithm", ALGORITHMS, ids=lambda a: a.ID)
def test_help_explains_every_parameter_and_output_with_examples(qgis_app, algorithm):
    instance = algorithm()
    instance.initAlgorithm()
    text = instance.shortHelpString()
    for definition in instance.parameterDefinitions():
        assert f"<code>{definition.name()}</code>" in text and len(definition.help()) > 15, definition.name()
    for output in instance.outputDefinitions():
        assert f"<code>{output.name()}</code>" in text, output.name()
    assert f'processing.run("imagery_hub:{algorithm.ID}"' in text
    assert f"qgis_process run imagery_hub:{algorithm.ID} \\<br>    " in text
    assert "\n" not in text  # the dialog would show each newline as a paragraph break
    if algorithm.SERVICE:
        assert f"IMAGERY_HUB_{algorithm.SERVICE.upper()}_KEY" in text


def test_plugin_registers_the_provider_and_unload_removes_it(qgis_iface, provider, auth_manager, wait_until):
    registry = QgsApplication.processingRegistry()
    if registry.providerById("imagery_hub") is not None:  # the session's: made again at the end
        registry.removeProvider(registry.providerById("imagery_hub"))
    try:
        headless = classFactory(qgis_iface)
        headless.initProcessing()  # what qgis_process calls
        assert {a.name() for a in registry.providerById("imagery_hub").algorithms()} == ALGORITHM_IDS
        headless.unload()
        assert registry.providerById("imagery_hub") is None
        desktop = classFactory(qgis_iface)
        desktop.initGui()  # a desktop start registers the provider too
        wait_until(lambda: registry.algorithmById("imagery_hub:eosda_render") is not None, 30, "the provider")
        desktop.unload()
        assert registry.providerById("imagery_hub") is None
        assert registry.algorithmById("imagery_hub:eosda_render") is None
    finally:
        _kept.append(register())


# -- credentials and URLs ------------------------------------------------------------------------

def test_environment_wins_over_stored_credentials_and_urls(context, sandbox):
    context.credentials.save("spexi", {"secret": "stored-key"})
    stored = read_access("spexi", context.settings, context.credentials, environ={})
    assert stored.secret == "stored-key" and stored.base_url == sandbox.url + "/spexi"
    assert stored.sources == {"credentials": "settings", "base_url": "settings"}
    environ = {"IMAGERY_HUB_SPEXI_KEY": "env-key", "IMAGERY_HUB_SPEXI_URL": "http://127.0.0.1:9/spexi/"}
    from_env = read_access("spexi", context.settings, context.credentials, environ)
    assert (from_env.secret, from_env.base_url) == ("env-key", "http://127.0.0.1:9/spexi")
    assert "env-key" not in repr(from_env) and "stored-key" not in repr(stored)
    tiles = read_access("mapillary", context.settings, context.credentials,
                        {"IMAGERY_HUB_MAPILLARY_KEY": "t", "IMAGERY_HUB_MAPILLARY_TILES_URL": "https://tiles.test"})
    assert tiles.urls["tiles_url"] == "https://tiles.test" and tiles.base_url == sandbox.url + "/mapillary"


def test_imago_takes_a_username_and_password_or_an_api_token(context):
    account = read_access("imago", context.settings, context.credentials,
                          {"IMAGERY_HUB_IMAGO_USER": "geo@site.test", "IMAGERY_HUB_IMAGO_KEY": "pw"})
    assert account.credentials == {"secret": "pw", "username": "geo@site.test"}
    token = read_access("imago", context.settings, context.credentials, {"IMAGERY_HUB_IMAGO_KEY": "api-token"})
    assert token.credentials == {"secret": "api-token"}


def test_missing_credentials_and_bad_urls_say_how_to_fix_them(context):
    with pytest.raises(AuthenticationError, match="add them in Imagery Hub settings, or set IMAGERY_HUB_EOSDA_KEY"):
        read_access("eosda", context.settings, context.credentials, environ={})
    with pytest.raises(InvalidInputError, match="IMAGERY_HUB_EOSDA_URL must start with http"):
        read_access("eosda", context.settings, context.credentials,
                    {"IMAGERY_HUB_EOSDA_KEY": "k", "IMAGERY_HUB_EOSDA_URL": "ftp://x"})


def test_a_run_uses_the_authentication_manager_when_no_variable_is_set(run, context, sandbox, tmp_path):
    context.credentials.save("eosda", {"secret": secret("eosda")})
    feedback = RecordingFeedback()
    result = run("eosda_search", {"EXTENT": EXTENT, "DATE_FROM": "2024-07-01", "DATE_TO": "2024-07-31",
                                  "OUTPUT": str(tmp_path / "scenes.gpkg")}, feedback)
    assert result["COUNT"] > 0
    assert f"EOSDA at {sandbox.url}/eosda (credentials from the settings)" in feedback.lines
    assert {r["headers"].get("x-api-key") for r in sandbox.log.find("/eosda/")} == {secret("eosda")}


def test_a_run_without_credentials_fails_before_any_request(run, sandbox, tmp_path):
    with pytest.raises(QgsProcessingException, match="No EOSDA credentials: .*set IMAGERY_HUB_EOSDA_KEY"):
        run("eosda_search", {"EXTENT": EXTENT, "OUTPUT": str(tmp_path / "scenes.gpkg")})
    assert not sandbox.log.find("/eosda/")


def test_a_service_error_is_the_services_one_line_message(run, sandbox, monkeypatch, tmp_path):
    monkeypatch.setenv("IMAGERY_HUB_EOSDA_KEY", "apk.wrong")
    with pytest.raises(QgsProcessingException) as caught:
        run("eosda_search", {"EXTENT": EXTENT, "OUTPUT": str(tmp_path / "scenes.gpkg")})
    assert str(caught.value).startswith("EOSDA: ") and "\n" not in str(caught.value)
    assert "apk.wrong" not in str(caught.value)


# -- refusals before any request ----------------------------------------------------------------

BAD = [
    ("mapillary_search", {}, "AOI: Give an area of interest: a polygon layer \\(AOI\\) or an extent"),
    ("mapillary_search", {"AOI": "layer", "EXTENT": EXTENT}, "not both"),
    ("mapillary_search", {"EXTENT": EXTENT, "START_DATE": "2024-05-02", "END_DATE": "2024-05-01"},
     "START_DATE \\(2024-05-02\\) is after END_DATE \\(2024-05-01\\): swap them"),
    ("mapillary_search", {"EXTENT": "-124,-122,48,50 [EPSG:4326]"},
     "AOI: Mapillary: The area of interest needs about 41,000 requests, roughly [0-9]+ minutes: draw a smaller area "
     "or narrow the dates, or set ALLOW_LARGE to search anyway"),
    ("mapillary_search", {"EXTENT": "-125,-122,47,50 [EPSG:4326]", "ALLOW_LARGE": True},
     "AOI: Mapillary: The area of interest needs about 92,000 requests, .*searches at most 50,000 requests\\): "
     "draw a smaller area or narrow the dates"),
    ("spexi_search", {"EXTENT": "-125,-122,47,50 [EPSG:4326]", "ALLOW_LARGE": True, "FOOTPRINTS": "TEMPORARY_OUTPUT",
                      "CAMERAS": "TEMPORARY_OUTPUT"},
     "AOI: Spexi: The area of interest needs about 84,000 requests, .*searches at most 50,000 requests\\): "
     "draw a smaller area or search around a point"),
    ("spexi_multi_view", {"POINT": "-200,95 [EPSG:4326]"}, "POINT: The point lies outside longitude/latitude"),
    ("mapflow_catalog_search", {"EXTENT": EXTENT, "MIN_RESOLUTION": 3, "MAX_RESOLUTION": 1},
     "MIN_RESOLUTION: .*smallest resolution \\(3 m\\) is above the largest \\(1 m\\)"),
    ("mapflow_process", {"AOI": "layer", "SOURCE": "https://tiles.test/tile.png"},
     "SOURCE: .*needs the placeholders \\{x\\}, \\{y\\}, \\{z\\}"),
    ("mapflow_process", {"AOI": "layer", "SOURCE": "https://t.test/{z}/{x}/{y}.png", "OUTPUT": None},
     "OUTPUT: Waiting is for the results: give OUTPUT"),
    ("mapflow_process", {"AOI": "layer", "SOURCE_TYPE": "catalog", "SOURCE": "IMG-1"},
     "DATA_PROVIDER: A catalog image needs its provider"),
    ("mapflow_process", {"AOI": "layer", "SOURCE_TYPE": "geotiff_file", "SOURCE": "/nowhere/ortho.tif"},
     "SOURCE: No GeoTIFF at '/nowhere/ortho.tif'"),
    ("eosda_search", {"EXTENT": EXTENT, "DATE_FROM": "2024-09-01", "DATE_TO": "2024-08-01"}, "swap them"),
    ("eosda_render", {"SCENE": "X1/abc", "EXTENT": EXTENT}, "SCENE: 'X1/abc' is not an EOSDA view id"),
    ("eosda_render", {"SCENE": "S2/10/U/DV/2024/8/20/0", "EXTENT": "179.9,180.1,0,0.1 [EPSG:4326]"},
     "EOSDA: The area of interest crosses the 180° meridian, which EOSDA cannot take in one piece: draw it on "
     "one side of the meridian"),
    ("eosda_render", {"SCENE": "S2/10/U/DV/2024/8/20/0", "EXTENT": EXTENT, "PRESET": "custom"},
     "EXPRESSION: PRESET custom needs a band expression"),
    ("eosda_render", {"SCENE": "S2/10/U/DV/2024/8/20/0", "EXTENT": EXTENT, "PRESET": "custom",
                      "EXPRESSION": "(B08-B44)/(B08+B44)"}, "EXPRESSION: B44 is not a band of Sentinel-2"),
    ("eosda_render", {"SCENE": "S2/10/U/DV/2024/8/20/0", "EXTENT": EXTENT, "PX_SIZE": 0.05},
     "PX_SIZE: .*the largest side may be 10000 px: choose a larger pixel size"),
    ("imago_download", {"IMAGERY_TYPE": "Core trays", "IMAGE_TYPE": "Dry", "FOLDER": "/tmp/x"},
     "COLLECTION: Name the collection \\(COLLECTION\\), or give a layer \\(INPUT\\)"),
    ("imago_download", {"COLLECTION": "BH-01", "IMAGERY_TYPE": "Core trays", "IMAGE_TYPE": "Dry",
                        "START_DEPTH": 6, "END_DEPTH": 3, "FOLDER": "/tmp/x"},
     "END_DEPTH: .*end depth \\(3\\) is above the start depth \\(6\\)"),
    ("imago_upload", {"FILES": ["/nowhere/a.jpg"], "COLLECTION": "C", "IMAGERY_TYPE": "T", "IMAGE_TYPE": "I",
                      "IMAGERY_NAME": "n"}, "FILES: No such file: /nowhere/a.jpg"),
    ("imago_upload", {"FILES": [__file__], "COLLECTION": "C", "IMAGERY_TYPE": "T", "IMAGE_TYPE": "I"},
     "IMAGERY_NAME: .*Say where the image belongs"),
]


@pytest.mark.parametrize("algorithm, parameters, message", BAD,
                         ids=[f"{a}-{i}" for i, (a, _, _) in enumerate(BAD)])
def test_bad_parameters_are_refused_clearly_before_any_request(run, sandbox, monkeypatch, tmp_path,
                                                                algorithm, parameters, message):
    for service, values in DEMO_CREDENTIALS.items():
        monkeypatch.setenv(f"IMAGERY_HUB_{service.upper()}_KEY", values["secret"])
    parameters = {k: aoi_layer() if v == "layer" else v for k, v in parameters.items()}
    parameters.setdefault("OUTPUT", str(tmp_path / "out.gpkg"))
    with pytest.raises(QgsProcessingException, match=message):
        run(algorithm, parameters)
    assert len(sandbox.log) == 0


# -- feedback: status, progress, cancel ------------------------------------------------------------

def test_status_lines_and_progress_reach_the_feedback(run, sandbox, monkeypatch, tmp_path):
    monkeypatch.setenv("IMAGERY_HUB_EOSDA_KEY", secret("eosda"))
    monkeypatch.setitem(sandbox.options, "eosda.pending_polls", 2)
    feedback = RecordingFeedback()
    run("eosda_render", {"SCENE": "S2/10/U/DV/2024/8/20/0", "EXTENT": EXTENT, "POLL_SECONDS": 0.02,
                         "OUTPUT": str(tmp_path / "ndvi.tif")}, feedback)
    assert "Sending the render request to EOSDA" in feedback.lines
    assert sum("EOSDA is rendering" in line for line in feedback.lines) == 2
    assert "Writing the 107 × 86 px render" in feedback.lines and max(feedback.percents) == 100


def test_cancel_stops_waiting_and_names_the_processing(run, sandbox, monkeypatch):
    monkeypatch.setenv("IMAGERY_HUB_MAPFLOW_KEY", secret("mapflow"))
    monkeypatch.setitem(sandbox.options, "mapflow.processing_seconds", 60)
    sandbox.state["mapflow"].reset()
    feedback = RecordingFeedback(cancel_on="%")  # at the first status while waiting
    with pytest.raises(QgsProcessingException, match="Cancelled: stopped waiting; processing .+ goes on in Mapflow"):
        run("mapflow_process", {"AOI": aoi_layer(), "SOURCE": sandbox.cdn_url + "/mapflow/imagery/{z}/{x}/{y}.png",
                                "POLL_SECONDS": 0.05, "OUTPUT": "TEMPORARY_OUTPUT"}, feedback)
    assert len(sandbox.log.find("/processings/[^/]+/v2$", method="GET")) == 1  # no further checks after cancel
    sandbox.state["mapflow"].reset()
