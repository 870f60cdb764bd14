"""Every part of the panel fits the panel at its minimum width: nothing is cut
off on the right (forms scroll vertically only), and every service is one
click away."""

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
        page = dock.tabs.widget(index)
        content = getattr(page, "widget", lambda page=page: page)()  # the settings page scrolls
        # the room a tab has, with a vertical scroll bar showing
        room = page.width() - page.style().pixelMetric(page.style().PixelMetric.PM_ScrollBarExtent)
        if content.minimumSizeHint().width() > room:
            too_wide[type(content).__name__] = (content.minimumSizeHint().width(), room)
    assert too_wide == {}
    assert dock.aoi_widget.minimumSizeHint().width() <= dock.widget().width()
    # the services are one click away: no tab bar with scroll arrows
    assert dock.selector.minimumSizeHint().width() <= dock.tabs.width()
    assert all(dock.selector.button(i).isVisibleTo(dock) for i in range(dock.tabs.count()))
    dock.cleanup()
