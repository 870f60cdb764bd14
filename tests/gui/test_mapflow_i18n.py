"""The Mapflow tab in French and Japanese: with the plugin's translator for the
language installed, as QGIS's locale makes the plugin do, no label, button,
menu entry, tooltip, placeholder, combo item, page or column header of the tab
shows one of the English texts of the Mapflow context (service names, units and
numbers aside); the Catalog's Pictures button and the provider tooltip among
them."""

import shutil

import pytest
from imagery_hub.tests.gui.language_checks import compiled, english_sources, in_language, shown_texts  # noqa: F401 (fixture)
from qgis.core import QgsProject

from imagery_hub.core.mapflow.watch import WATCHED
from imagery_hub.sandbox.accounts import secret
from imagery_hub.scripts.translations import LRELEASE
from imagery_hub.ui.dock import ImageryHubDock
from imagery_hub.ui.mapflow.tab import MapflowTab

pytestmark = pytest.mark.skipif(shutil.which(LRELEASE) is None,
                                reason="lrelease is missing (make test installs qttools5-dev-tools)")

PICTURES = {"fr": "Photos", "ja": "写真"}
PROVIDER_TIP = {"fr": "Les fournisseurs d'imagerie de votre compte Mapflow ; aucune image à choisir",
                "ja": "Mapflow アカウントのイメージャリプロバイダ。画像を選ぶ必要はありません"}


@pytest.fixture
def translated(request):
    with in_language(request.param):
        yield request.param


@pytest.mark.parametrize("translated", ["fr", "ja"], indirect=True)
def test_the_mapflow_tab_shows_no_english_text(translated, context, sandbox, wait_until, qgis_iface):
    sandbox.state["mapflow"].reset()
    context.settings.remove(WATCHED)
    context.credentials.save("mapflow", {"secret": secret("mapflow")})
    dock = ImageryHubDock(context)
    tab = next(t for t in dock.service_tabs if isinstance(t, MapflowTab))
    try:
        dock.show_tab(tab)
        dock.show()  # the first showing loads the account, its models and projects
        wait_until(lambda: tab.account is not None and tab.header.current_id(), 60, "the account")
        tab.form.source_kind.setCurrentIndex(tab.form.source_kind.findData("default"))
        shown = shown_texts(tab)
        assert tab.catalog.pictures_button.text() == PICTURES[translated]
        assert tab.form.default_provider.toolTip() == PROVIDER_TIP[translated]
        english = english_sources(translated, "ImageryHub.Mapflow")
        assert len(english) > 150  # the context really is translated
        assert sorted(shown & english) == []
    finally:
        tab.cleanup()
        dock.cleanup()
        dock.deleteLater()
        context.settings.remove(WATCHED)
        QgsProject.instance().removeAllMapLayers()
