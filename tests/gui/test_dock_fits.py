"""Every part of the panel fits the panel at its minimum width: nothing is cut
off on the right (tabs scroll vertically only)."""

from qgis.core import QgsApplication

from imagery_hub.ui.dock import ImageryHubDock


def test_every_tab_fits_the_narrowest_panel(context):
    dock = ImageryHubDock(context)
    dock.resize(dock.minimumWidth(), 800)
    dock.show()
    QgsApplication.processEvents()
    too_wide = {}
    for index in range(dock.tabs.count()):
        dock.tabs.setCurrentIndex(index)
        QgsApplication.processEvents()
        area = dock.tabs.widget(index)
        content = area.widget()
        # the room a tab has, with its vertical scroll bar showing
        room = area.width() - area.verticalScrollBar().sizeHint().width()
        if content.minimumSizeHint().width() > room:
            too_wide[type(content).__name__] = (content.minimumSizeHint().width(), room)
    assert too_wide == {}
    assert dock.aoi_widget.minimumSizeHint().width() <= dock.widget().width()
