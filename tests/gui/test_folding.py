"""A tab's form above its results: folds after a search, and the splitter
stays where the user put it, also in the next session."""

from qgis.core import QgsApplication
from qgis.PyQt.QtWidgets import QLabel, QTextEdit

from imagery_hub.ui.folding import FoldingForm


def make(context):
    form = FoldingForm("Search settings", QTextEdit("filters"), QLabel("results"), context.settings, "test_tab")
    form.resize(380, 600)
    form.show()
    QgsApplication.processEvents()
    return form


def test_the_splitter_is_remembered_and_a_fold_gives_the_results_the_room(context):
    context.settings.remove("ui/test_tab/splitter")
    form = make(context)
    form.splitter.moveSplitter(250, 1)  # as a drag of the handle does
    QgsApplication.processEvents()
    top = form.splitter.sizes()[0]
    assert abs(top - 250) < 20
    form.fold()
    QgsApplication.processEvents()
    assert form.folded and form.splitter.sizes()[0] < 60  # the header line only
    form.unfold()
    QgsApplication.processEvents()
    assert form.splitter.sizes()[0] == top
    again = make(context)  # the next session
    assert again.splitter.sizes()[0] == top
    context.settings.remove("ui/test_tab/splitter")
