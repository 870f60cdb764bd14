"""The request budget asked in the panel before a search: refused above the
hard limit (the error says what to change), a question above the soft limit
with the estimate in words, No highlighted so Enter does not start it."""

from qgis.PyQt.QtWidgets import QMessageBox

from ..core.i18n import translate
from ..core.sentences import sentence
from ..providers.budget import check


def confirm_requests(parent, estimate, settings):
    """True when the search may start. Raises the service's refusal above the
    hard limit; asks above the soft limit."""
    soft, hard = settings.request_limits()
    if not check(estimate, soft, hard):
        return True
    box = QMessageBox(QMessageBox.Icon.Question,
                      translate("ImageryHub.Budget", "{service} search").format(service=estimate.service),
                      sentence(*estimate.question_key(), estimate.question()),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setInformativeText(translate("ImageryHub.Budget", "A smaller area or narrower filters need fewer requests."))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
