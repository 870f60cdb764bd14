"""The Recent button of a service tab: the project's last searches of the
service, newest first; choosing one runs it again as it was (core/history.py)."""

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QDateTime, QLocale
from qgis.PyQt.QtWidgets import QMenu, QToolButton

from ..core import history
from ..core.i18n import translate


def history_button(parent, service_id, describe, run):
    """``describe(params) -> str`` names an entry; ``run(entry)`` runs it again."""
    button = QToolButton(parent)
    button.setIcon(QgsApplication.getThemeIcon("/mActionHistory.svg"))
    button.setToolTip(translate("ImageryHub.History", "Recent searches of this project: run one again"))
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(button)
    button.setMenu(menu)

    def fill():
        menu.clear()
        entries = history.entries(QgsProject.instance(), service_id)
        if not entries:
            menu.addAction(translate("ImageryHub.History", "No searches in this project yet")).setEnabled(False)
        for entry in entries:
            when = QLocale().toString(QDateTime(entry["when"]), QLocale.FormatType.ShortFormat)
            text = f"{when} · {entry['aoi'].describe()} · {describe(entry['params'])}"
            menu.addAction(text).triggered.connect(lambda _checked=False, e=entry: run(e))

    menu.aboutToShow.connect(fill)
    button.fill_menu = fill  # tests and scripts read the menu without opening it
    return button
