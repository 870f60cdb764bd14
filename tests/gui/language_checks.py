"""What the per-service language tests share: the plugin in a language (its
translator installed and numbers in that locale, as QGIS's locale setting
makes the plugin do), every text a user reads under a widget, and the English
texts of a context that a language translates differently."""

import re
import xml.etree.ElementTree as ElementTree
from contextlib import contextmanager

import pytest
from imagery_hub.core import i18n
from imagery_hub.scripts.translations import build, ts_file
from qgis.PyQt.QtCore import QLocale, Qt
from qgis.PyQt.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTableWidget,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

TAG = re.compile(r"<[^>]+>")


def plain(text):
    """A text as a user reads it: no rich-text tags, no mnemonic '&'."""
    return TAG.sub(" ", text or "").replace("&", "")


@pytest.fixture(scope="module", autouse=True)
def compiled():
    """The .qm files, built as `make test` builds them (import it into a test module)."""
    assert len(build()) == 7


@contextmanager
def in_language(language):
    translator, default = i18n.install(language), QLocale()
    assert translator is not None, f"no translation for {language}"
    QLocale.setDefault(QLocale(language))
    try:
        yield language
    finally:
        i18n.remove(translator)
        QLocale.setDefault(default)


def shown_texts(root):
    """Every text a user reads on ``root`` and its children: tooltips, labels,
    buttons, group titles, placeholders, combo items, tabs, column headers and
    actions, as plain text."""
    found = []
    for widget in [root] + root.findChildren(QWidget):
        found.append(widget.toolTip())
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append(widget.text())
        if isinstance(widget, QGroupBox):
            found.append(widget.title())
        if isinstance(widget, QLineEdit):
            found.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            found += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QTableWidget):
            found += [widget.horizontalHeaderItem(i).text() for i in range(widget.columnCount())
                      if widget.horizontalHeaderItem(i) is not None]
        elif isinstance(widget, QTreeWidget):
            found += [widget.headerItem().text(i) for i in range(widget.columnCount())]
        elif isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            found += [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
        found += [action.text() for action in QWidget.actions(widget)]  # some widgets name an attribute "actions"
    return {plain(text) for text in found if isinstance(text, str) and text.strip()}


def english_sources(language, *contexts):
    """The English texts of ``contexts`` whose ``language`` translation differs, as widgets show them."""
    sources = set()
    for context in ElementTree.parse(ts_file(language)).getroot().iter("context"):
        if context.findtext("name") not in contexts:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") != "yes" and translation.text != message.findtext("source"):
                sources.add(plain(message.findtext("source")))
    return sources
