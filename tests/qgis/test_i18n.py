"""The plugin speaks QGIS's language: with the locale overridden to French or
Japanese in QGIS's settings (Settings → Options → General), the plugin's
translator makes every Processing algorithm's name and parameter labels, its
help and the providers' keyed sentences French or Japanese; unloading the
plugin takes the translator out again, and a locale without a translation
stays English."""

import shutil

import pytest
from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QLocale

from imagery_hub import classFactory
from imagery_hub.core import i18n, sentences
from imagery_hub.processing_provider.provider import ALGORITHMS, PROVIDER_ID
from imagery_hub.providers.budget import Estimate
from imagery_hub.scripts.translations import LRELEASE, build

pytestmark = pytest.mark.skipif(shutil.which(LRELEASE) is None,
                                reason="lrelease is missing (make test installs qttools5-dev-tools)")

#: labels that are the same word in that language
SAME = {"fr": {"Collection", "Photos", "Zoom", "Point"}, "ja": set()}
EXPECTED = {
    "fr": {"spexi_search": "Rechercher des images de drone Spexi", "AOI": "Zone d'intérêt (couche de polygones)",
           "heading": "Paramètres", "refusal": "La zone d'intérêt demande environ {n} requêtes"},
    "ja": {"spexi_search": "Spexi ドローン画像の検索", "AOI": "関心領域 (ポリゴンレイヤ)",
           "heading": "パラメータ", "refusal": "関心領域には約 {n} リクエスト"},
}


@pytest.fixture(scope="module", autouse=True)
def compiled():
    """The .qm files, built as `make test` builds them."""
    assert len(build()) == 7


@pytest.fixture
def qgis_locale(qgis_app):
    """Set QGIS's own "override system locale" setting, and the default QLocale
    QGIS sets from it at start (numbers); restored afterwards."""
    settings, default = QgsSettings(), QLocale()

    def choose(name):
        settings.setValue("locale/overrideFlag", True)
        settings.setValue("locale/userLocale", name)
        QLocale.setDefault(QLocale(name))
    yield choose
    settings.remove("locale/overrideFlag")
    settings.remove("locale/userLocale")
    QLocale.setDefault(default)


def labels(algorithm):
    """Every parameter's and output's label."""
    return {d.name(): d.description() for d in list(algorithm.parameterDefinitions()) + algorithm.outputDefinitions()}


def create(algorithm_id):
    return QgsApplication.processingRegistry().createAlgorithmById(f"{PROVIDER_ID}:{algorithm_id}")


@pytest.mark.parametrize("language", ["fr", "ja"])
def test_algorithms_speak_the_qgis_locale(qgis_iface, provider, qgis_locale, language):
    english = {a.ID: (create(a.ID).displayName(), labels(create(a.ID)), create(a.ID).shortHelpString())
               for a in ALGORITHMS}
    qgis_locale(language)
    plugin = classFactory(qgis_iface)
    plugin.initProcessing()
    try:
        assert plugin.translator is not None
        for algorithm in ALGORITHMS:
            translated = create(algorithm.ID)
            name, english_labels, english_help = english[algorithm.ID]
            assert translated.displayName() != name, algorithm.ID
            # the introduction and every parameter's explanation (the examples are code)
            def texts(help_html):
                return {s for s in help_html.split("<pre>")[0].replace("<", ">").split(">") if len(s) > 40}
            assert not texts(english_help) & texts(translated.shortHelpString()), algorithm.ID
            untranslated = {key: label for key, label in labels(translated).items()
                            if label == english_labels[key] and label not in SAME[language]}
            assert not untranslated, f"{language} {algorithm.ID}: still English: {untranslated}"
        spexi = create("spexi_search")
        assert spexi.displayName() == EXPECTED[language]["spexi_search"]
        assert labels(spexi)["AOI"] == EXPECTED[language]["AOI"]
        assert EXPECTED[language]["heading"] in spexi.shortHelpString()
        refusal = Estimate("Mapillary", 41_234, 3.0).unconfirmed("ALLOW_LARGE")
        wanted = EXPECTED[language]["refusal"].format(n=QLocale(language).toString(41_000))
        assert sentences.error_text(refusal).startswith("Mapillary: " + wanted)
    finally:
        plugin.unload()
    assert plugin.translator is None
    assert create("spexi_search").displayName() == "Search Spexi drone images"


def test_a_locale_without_translation_stays_english(qgis_iface, provider, qgis_locale):
    qgis_locale("it")
    plugin = classFactory(qgis_iface)
    plugin.initProcessing()
    try:
        assert plugin.translator is None
        assert create("spexi_search").displayName() == "Search Spexi drone images"
        refusal = Estimate("Mapillary", 41_234, 3.0).unconfirmed("ALLOW_LARGE")
        # English words, the number as the Italian locale writes it
        assert sentences.error_text(refusal) == str(refusal).replace("41,000", QLocale("it").toString(41_000))
    finally:
        plugin.unload()


@pytest.mark.parametrize("locale, expected", [("fr_CA", "imagery_hub_fr.qm"), ("zh_CN", "imagery_hub_zh_CN.qm"),
                                              ("pt_BR", "imagery_hub_pt.qm"), ("zh_TW", None), ("en_US", None),
                                              ("C", None)])
def test_the_file_for_a_locale_falls_back_to_its_language(locale, expected):
    path = i18n.qm_file(locale)
    assert (path.name if path else None) == expected


def test_every_label_of_the_services_registry_is_marked_for_translation():
    """The settings dialog and the overview translate the registry's labels and
    sign-up sentences through sentences.REGISTRY: a new one must be added there."""
    from imagery_hub.providers.registry import SERVICES

    shown = {text for info in SERVICES for text in
             [info.signup] + [f.label for f in info.fields] + [u.label for u in info.urls]}
    assert shown <= set(sentences.REGISTRY), sorted(shown - set(sentences.REGISTRY))


def test_the_settings_dialog_in_french(context):
    """Our labels and the registry's, on the general and the services' pages, in French."""
    from imagery_hub.ui.settings_dialog import SettingsDialog

    translator = i18n.install("fr")
    assert translator is not None
    try:
        dialog = SettingsDialog(context)
        assert dialog.windowTitle() == "Paramètres d'Imagery Hub"
        assert dialog.tabs.tabText(0) == "Général"
        spexi = dialog.pages["spexi"]
        assert spexi.layout().labelForField(spexi.inputs["secret"]).text() == "Clé d'API"
        assert spexi.test_button.text() == "Tester la connexion"
        dialog.deleteLater()
    finally:
        i18n.remove(translator)
