"""Every tab and dialog has a Help button that opens its own README section."""

from pathlib import Path

import pytest
from qgis.PyQt.QtCore import QObject, QUrl, pyqtSlot
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QDialogButtonBox

from imagery_hub.core.resources import homepage
from imagery_hub.ui.dock import ImageryHubDock
from imagery_hub.ui.settings_dialog import SettingsDialog

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def anchor(heading):
    """GitHub's anchor of a Markdown heading."""
    text = heading.lstrip("#").strip().lower()
    return "".join(c for c in text if c.isalnum() or c in " -_").replace(" ", "-")


class Browser(QObject):
    """Stands in for the web browser: notes the links QDesktopServices opens."""

    def __init__(self):
        super().__init__()
        self.urls = []

    @pyqtSlot(QUrl)
    def open(self, url):
        self.urls.append(url.toString())


@pytest.fixture
def opened():
    browser = Browser()
    QDesktopServices.setUrlHandler("https", browser, "open")
    yield browser.urls
    QDesktopServices.unsetUrlHandler("https")


def test_each_tab_opens_its_readme_section(context, opened):
    anchors = {anchor(line) for line in README.splitlines() if line.startswith("#")}
    dock = ImageryHubDock(context)
    try:
        for tab in dock.service_tabs:
            tab.folding.help_button.click()
    finally:
        dock.cleanup()
    assert len(opened) == len(dock.service_tabs)
    for url in opened:
        page, _, section = url.partition("#")
        assert page == homepage() and section in anchors, url
    assert [u.partition("#")[2] for u in opened] == ["spexi-drone-imagery", "mapillary-street-level-imagery",
                                                      "mapflow-ai-mapping", "eosda-satellite-scenes", "seequent-imago"]


def test_the_settings_dialog_has_help(context, opened):
    dialog = SettingsDialog(context)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Help).click()
    assert opened == [QUrl(homepage() + "#settings").toString()]
