"""The Spexi and Mapillary tabs, Spexi's multi-view dialog and the Mapillary
viewer in French and Japanese: none of their texts (labels, buttons, group
titles, tooltips, placeholders, list items, column headers) stays English,
besides service names and words that are the same in French."""

import re
import shutil

import pytest
from imagery_hub.tests.gui.language_checks import compiled, in_language, shown_texts  # noqa: F401 (fixture)

from imagery_hub.scripts.translations import LRELEASE
from imagery_hub.ui.dock import ImageryHubDock
from imagery_hub.ui.mapillary.tab import MapillaryTab
from imagery_hub.ui.spexi.multiview import MultiViewDialog
from imagery_hub.ui.spexi.tab import SpexiTab

pytestmark = pytest.mark.skipif(shutil.which(LRELEASE) is None,
                                reason="lrelease is missing (make test installs qttools5-dev-tools)")

#: French words that are the same in English
SAME = {"fr": {"Type", "Image", "Images", "Altitude", "Nadir", "Ortho", "Pano", "Oblique", "Panoramas", "Alt. m",
               "Dist. m", "Nadir (−90°)", "Oblique (−60°)", "Photos", "original"},
        "ja": set()}
#: words of QGIS's and Qt's own widgets (a file widget, a date edit's clear
#: button, standard dialog buttons), which QGIS's own translation covers, and
#: the shared task progress bar's Cancel (ui/task_progress.py)
NOT_OURS = {"Browse", "Full path to the file(s), including name and extension", "clear", "Close", "Help", "Cancel"}


def texts(root):
    """The texts of ``root`` with words in them, not numbers, units or service names alone."""
    return {t for t in shown_texts(root) if re.search(r"[A-Za-z]{2}", re.sub(r"Spexi|Mapillary|Imagery Hub|mapillary",
                                                                             "", t))}


def build_panel(context):
    dock = ImageryHubDock(context)
    spexi = next(t for t in dock.service_tabs if isinstance(t, SpexiTab))
    mapillary = next(t for t in dock.service_tabs if isinstance(t, MapillaryTab))
    viewer = mapillary.ensure_viewer()
    dialog = MultiViewDialog("49.28270, -123.12160")
    return dock, [spexi, mapillary, viewer, dialog]


@pytest.mark.parametrize("language", ["fr", "ja"])
def test_the_street_tabs_and_dialogs_speak_french_and_japanese(context, language):
    dock, widgets = build_panel(context)
    english = set().union(*(texts(w) for w in widgets))
    for widget in widgets[2:]:
        widget.close()
    widgets[1].cleanup()
    dock.cleanup()
    with in_language(language):
        dock, widgets = build_panel(context)
        translated = set().union(*(texts(w) for w in widgets))
        widgets[1].cleanup()
        widgets[3].close()
        dock.cleanup()
    assert len(english) > 80
    left = sorted(english & translated - SAME[language] - NOT_OURS)
    assert left == [], left
