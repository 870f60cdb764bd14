"""The EOSDA and Imago tabs, the render options and the Imago dialogs speak
QGIS's language: with the locale set to French or Japanese, no label, button,
group box, header, tooltip or placeholder of theirs is left in English (service
names, band names, formats and units aside)."""

import re
import shutil

import pytest
from imagery_hub.tests.gui.language_checks import compiled, english_sources, in_language, shown_texts  # noqa: F401 (fixture)
from qgis.core import QgsVectorLayer

from imagery_hub.scripts.translations import LRELEASE
from imagery_hub.ui.dock import ImageryHubDock
from imagery_hub.ui.eosda.tab import EosdaTab
from imagery_hub.ui.imago.download_dialog import ImagoDownloadDialog
from imagery_hub.ui.imago.tab import ImagoTab
from imagery_hub.ui.imago.upload_dialog import ImagoUploadDialog

pytestmark = pytest.mark.skipif(shutil.which(LRELEASE) is None,
                                reason="lrelease is missing (make test installs qttools5-dev-tools)")

#: words that stay as they are in every language: names, formats, units, band and index names
NAMES = {"EOSDA", "Imago", "Sentinel", "Landsat", "NDVI", "NDWI", "GeoTIFF", "KMZ", "PNG", "JPEG", "TIFF", "TOA",
         "NIR", "MP", "px", "m", "S", "M", "L", "XL", "e", "g", "B08", "B04", "B03", "colors_limit", "calibrate",
         "near", "bilinear", "cubic", "cubicspline", "lanczos", "average", "mode", "max", "min", "med", "q1", "q3",
         "Colormap", "id"}
NAMES |= {"AOI", "ID", "README", "Imagery", "Hub", "hole", "from", "Forages", "colors", "limit"}
#: QDialogButtonBox's standard buttons and the shared progress bar's Cancel: Qt's and QGIS's own translations
QT_OWN = {"Cancel", "Close", "Help"}
ENGLISH = re.compile(r"[A-Za-z][A-Za-z']+")


@pytest.fixture(params=["fr", "ja"])
def language(request, qgis_app):
    with in_language(request.param):
        yield request.param


def english_words(found):
    """Latin-script words left in a Japanese interface, beyond names and units."""
    return sorted({w for text in found for w in ENGLISH.findall(text)} - NAMES - QT_OWN)


def test_the_eosda_and_imago_tabs_and_dialogs_show_no_english(language, context):
    dock = ImageryHubDock(context)
    try:
        eosda = next(t for t in dock.service_tabs if isinstance(t, EosdaTab))
        imago = next(t for t in dock.service_tabs if isinstance(t, ImagoTab))
        eosda.options_box.setCollapsed(False)
        layer = QgsVectorLayer("Point?crs=EPSG:4326&field=hole_id:string&field=from_m:double", "Forages", "memory")
        dialogs = [ImagoDownloadDialog(imago, layer), ImagoUploadDialog(imago)]
        found = set().union(shown_texts(eosda), shown_texts(imago), *(shown_texts(d) | {d.windowTitle()}
                                                                      for d in dialogs))
        assert sorted(found & english_sources(language, "ImageryHub.EOSDA", "ImageryHub.Imago")) == []
        if language == "ja":
            assert english_words(found) == []
            assert "シーンを検索" in found and "サインイン" in found
        else:
            assert "Rechercher des scènes" in found and "Se connecter" in found
        for dialog in dialogs:
            dialog.cleanup()
            dialog.deleteLater()
    finally:
        dock.cleanup()
