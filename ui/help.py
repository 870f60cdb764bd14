"""Help links: every tab and dialog opens its own section of the README."""

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QDialogButtonBox, QToolButton

from ..core.i18n import translate
from ..core.resources import help_url

#: README heading anchors, per tab or dialog
SECTIONS = {"spexi": "spexi-drone-imagery", "mapillary": "mapillary-street-level-imagery",
            "mapflow": "mapflow-ai-mapping", "eosda": "eosda-satellite-scenes", "imago": "seequent-imago",
            "settings": "settings", "aoi": "area-of-interest"}


def open_help(key):
    """Open the README section of ``key`` (a SECTIONS key) in the browser."""
    return QDesktopServices.openUrl(QUrl(help_url(SECTIONS.get(key, ""))))


def help_button(key_or_getter, tip=None):
    """A "?" tool button; ``key_or_getter``: a SECTIONS key, or a function giving one."""
    button = QToolButton()
    button.setIcon(QgsApplication.getThemeIcon("/mActionHelpContents.svg"))
    button.setAutoRaise(True)
    button.setToolTip(tip or translate("ImageryHub.Help", "Help on this tab"))
    button.clicked.connect(lambda: open_help(key_or_getter() if callable(key_or_getter) else key_or_getter))
    return button


def add_help(buttons, key):
    """A Help button in a dialog's button box, opening ``key``'s README section."""
    buttons.addButton(QDialogButtonBox.StandardButton.Help)
    buttons.helpRequested.connect(lambda: open_help(key))
