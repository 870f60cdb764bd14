"""The Mapflow tab in French and Japanese: with the plugin's translator for the
language installed, as QGIS's locale makes the plugin do, no label, button,
menu entry, tooltip, placeholder, combo item, page or column header of the tab
shows one of the English texts of the Mapflow context (service names, units and
numbers aside); the Catalog's Pictures button and the provider tooltip among
them."""

import shutil
import xml.etree.ElementTree as ElementTree

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QLocale, Qt
from qgis.PyQt.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from imagery_hub.core import i18n
from imagery_hub.core.mapflow.watch import WATCHED
from imagery_hub.sandbox.accounts import secret
from imagery_hub.scripts.translations import LRELEASE, build, ts_file
from imagery_hub.ui.dock import ImageryHubDock
from imagery_hub.ui.mapflow.tab import MapflowTab

pytestmark = pytest.mark.skipif(shutil.which(LRELEASE) is None,
                                reason="lrelease is missing (make test installs qttools5-dev-tools)")

PICTURES = {"fr": "Photos", "ja": "写真"}
PROVIDER_TIP = {"fr": "Les fournisseurs d'imagerie de votre compte Mapflow ; aucune image à choisir",
                "ja": "Mapflow アカウントのイメージャリプロバイダ。画像を選ぶ必要はありません"}


def english_texts(language):
    """The Mapflow context's English texts that read differently in ``language``."""
    texts = set()
    for context in ElementTree.parse(ts_file(language)).getroot().iter("context"):
        if context.findtext("name") != "ImageryHub.Mapflow":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") != "yes" and translation.text and translation.text != message.findtext("source"):
                texts.add(message.findtext("source"))
    return texts


def shown_texts(root):
    """Every text a user can read in the widgets under ``root``."""
    texts = []
    for widget in [root] + root.findChildren(QWidget):
        texts.append(widget.toolTip())
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            texts += [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
        if isinstance(widget, QTreeWidget):
            texts += [widget.headerItem().text(i) for i in range(widget.columnCount())]
        texts += [action.text() for action in QWidget.actions(widget)]  # some widgets name an attribute "actions"
    return {text for text in texts if isinstance(text, str) and text}


@pytest.fixture(scope="module", autouse=True)
def compiled():
    assert len(build()) == 7


@pytest.fixture
def translated(request):
    language = request.param
    translator, default = i18n.install(language), QLocale()
    assert translator is not None
    QLocale.setDefault(QLocale(language))
    yield language
    i18n.remove(translator)
    QLocale.setDefault(default)


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
        english = english_texts(translated)
        assert len(english) > 150  # the context really is translated
        left = sorted((shown & english) | {text.replace("&", "") for text in shown} & english)
        assert left == []
    finally:
        tab.cleanup()
        dock.cleanup()
        dock.deleteLater()
        context.settings.remove(WATCHED)
        QgsProject.instance().removeAllMapLayers()
