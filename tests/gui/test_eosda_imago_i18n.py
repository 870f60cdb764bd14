"""The EOSDA and Imago tabs, the render options and the Imago dialogs speak
QGIS's language: with the locale set to French or Japanese, no label, button,
group box, header, tooltip or placeholder of theirs is left in English (service
names, band names, formats and units aside)."""

import re
import shutil
import xml.etree.ElementTree as ElementTree

import pytest
from qgis.core import QgsSettings, QgsVectorLayer
from qgis.PyQt.QtCore import QLocale, Qt
from qgis.PyQt.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTreeWidget,
    QWidget,
)

from imagery_hub.core import i18n
from imagery_hub.scripts.translations import LRELEASE, build, ts_file
from imagery_hub.ui.dock import ImageryHubDock
from imagery_hub.ui.eosda.tab import EosdaTab
from imagery_hub.ui.imago.download_dialog import ImagoDownloadDialog
from imagery_hub.ui.imago.tab import ImagoTab
from imagery_hub.ui.imago.upload_dialog import ImagoUploadDialog
from imagery_hub.ui.results_table import ResultsTable

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


@pytest.fixture(scope="module", autouse=True)
def compiled():
    assert len(build()) == 7


@pytest.fixture(params=["fr", "ja"])
def language(request, qgis_app):
    settings, default = QgsSettings(), QLocale()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", request.param)
    QLocale.setDefault(QLocale(request.param))
    translator = i18n.install()
    yield request.param
    i18n.remove(translator)
    settings.remove("locale/overrideFlag")
    settings.remove("locale/userLocale")
    QLocale.setDefault(default)


def texts(widget):
    """Every text a user reads on ``widget`` and its children."""
    found = []
    for child in [widget] + widget.findChildren(QWidget):
        found.append(child.toolTip())
        if isinstance(child, (QLabel, QAbstractButton)):
            found.append(child.text())
        if isinstance(child, QGroupBox):
            found.append(child.title())
        if isinstance(child, QLineEdit):
            found.append(child.placeholderText())
        if isinstance(child, QComboBox):
            found += [child.itemText(i) for i in range(child.count())]
        if isinstance(child, QTableWidget):
            found += [child.horizontalHeaderItem(i).text() for i in range(child.columnCount())]
        if isinstance(child, QTreeWidget):
            found += [child.headerItem().text(i) for i in range(child.columnCount())]
        if isinstance(child, ResultsTable):
            model = child.model()
            found += [str(model.headerData(i, Qt.Orientation.Horizontal)) for i in range(model.columnCount())]
    return [re.sub(r"<[^>]+>", " ", t or "").replace("&", "") for t in found]


def english_sources(language):
    """The English texts of the EOSDA and Imago strings whose translation differs, as widgets show them."""
    path = ts_file(language)
    sources = set()
    for context in ElementTree.parse(path).getroot().iter("context"):
        if context.findtext("name") in ("ImageryHub.EOSDA", "ImageryHub.Imago"):
            for message in context.iter("message"):
                source = message.findtext("source")
                if message.findtext("translation") != source:
                    sources.add(re.sub(r"<[^>]+>", " ", source).replace("&", ""))
    return sources


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
        found = texts(eosda) + texts(imago) + [t for d in dialogs for t in texts(d) + [d.windowTitle()]]
        assert sorted(set(found) & english_sources(language)) == []
        if language == "ja":
            assert english_words(found) == []
        if language == "ja":
            assert "シーンを検索" in found and "サインイン" in found
        else:
            assert "Rechercher des scènes" in found and "Se connecter" in found
        for dialog in dialogs:
            dialog.cleanup()
            dialog.deleteLater()
    finally:
        dock.cleanup()
