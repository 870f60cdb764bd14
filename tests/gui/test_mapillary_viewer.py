"""The Mapillary viewer offscreen: the image with its detections drawn (grabbed
to a PNG), toggles, the sequence, the map marker, and the v2 comments, blurs and
report driven like a user."""

import pytest
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QPoint, Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QInputDialog

from imagery_hub.sandbox import DEMO_CREDENTIALS
from imagery_hub.sandbox.demo_site import EXTENT
from imagery_hub.sandbox.mapillary.data import scene, world
from imagery_hub.ui.mapillary.image_view import class_color
from imagery_hub.ui.mapillary.viewer import MapillaryViewer

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


@pytest.fixture
def viewer(context, qgis_iface):
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    to_mercator = QgsCoordinateTransform(WGS84, canvas.mapSettings().destinationCrs(), QgsProject.instance())
    canvas.setExtent(to_mercator.transformBoundingBox(QgsRectangle(*EXTENT)))
    widget = MapillaryViewer(context, canvas)
    widget.resize(1100, 520)
    shown = []
    widget.imageShown.connect(shown.append)
    widget.shown = shown
    yield widget
    widget.cleanup()
    widget.deleteLater()


def show(viewer, wait_until, image_id):
    count = len(viewer.shown)
    viewer.show_image(image_id)
    wait_until(lambda: len(viewer.shown) > count, 30, f"image {image_id}")
    QgsApplication.processEvents()  # the layout settles on the event loop, as it would on screen


def colors_near(image, points, color, radius=3):
    """How many of ``points`` have a pixel of ``color`` within ``radius``."""
    hits = 0
    for point in points:
        found = any(_close(QColor(image.pixel(point.x() + dx, point.y() + dy)), color)
                    for dx in range(-radius, radius + 1) for dy in range(-radius, radius + 1)
                    if image.valid(point.x() + dx, point.y() + dy))
        hits += found
    return hits


def _close(a, b, tolerance=40):
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < tolerance


def outline_points(viewer, obj):
    """Widget pixels on the edges of a scene object's outline."""
    frame = viewer.view.image_rect()
    polygon = obj.polygon + obj.polygon[:1]
    points = []
    for (x0, y0), (x1, y1) in zip(polygon, polygon[1:]):
        for t in (0.25, 0.5, 0.75):
            x, y = x0 + (x1 - x0) * t, y0 + (y1 - y0) * t
            p = viewer.view.to_widget(x, y, frame)
            points.append(QPoint(round(p.x()), round(p.y())))
    return points


def car_image():
    return next(i for i in world().images
                if not i.is_pano and any(o.kind == "car" and o.depth > 0.5 for o in scene(i)))


def test_viewer_draws_the_image_and_its_detections(viewer, context, wait_until, tmp_path):
    context.credentials.save("mapillary", {"secret": DEMO_CREDENTIALS["mapillary"]["secret"]})
    source = car_image()
    viewer.show()
    show(viewer, wait_until, source.id)
    png = tmp_path / "viewer.png"
    assert viewer.grab().save(str(png))
    from qgis.PyQt.QtGui import QImage

    image = QImage(str(png))
    view_pos = viewer.view.mapTo(viewer, QPoint(0, 0))
    colors = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colors) > 200  # a photograph, not a blank panel
    car = next(o for o in scene(source) if o.kind == "car" and o.depth > 0.5)
    edges = [p + view_pos for p in outline_points(viewer, car)]
    orange = class_color(car.value)
    assert colors_near(image, edges, orange) >= len(edges) * 0.8  # the outline is drawn on the car

    viewer.detections_check.click()  # toggled off: the outline is gone
    hidden = viewer.grab().toImage()
    assert colors_near(hidden, edges, orange) <= len(edges) * 0.2
    assert "car" in viewer.meta.text() and source.creator[0] in viewer.meta.text()
    assert viewer.v2_hint.isVisible() and not viewer.v2_panel.isVisible()  # no v2 client id


def test_previous_next_follow_the_sequence_and_the_marker(viewer, context, wait_until):
    context.credentials.save("mapillary", {"secret": DEMO_CREDENTIALS["mapillary"]["secret"]})
    sequence = world().sequences[2]
    viewer.show()
    show(viewer, wait_until, sequence.images[1].id)
    assert viewer.position.text() == f"2 / {len(sequence.images)}"
    first_position = viewer.marker.pos()
    viewer.next_button.click()
    wait_until(lambda: viewer.shown[-1] == sequence.images[2].id, 30, "the next image")
    assert viewer.marker.isVisible() and viewer.marker.pos() != first_position
    image = sequence.images[2]
    canvas = viewer.marker.canvas
    to_canvas = QgsCoordinateTransform(WGS84, canvas.mapSettings().destinationCrs(), QgsProject.instance())
    expected = viewer.marker.toCanvasCoordinates(to_canvas.transform(QgsPointXY(image.lon, image.lat)))
    assert (viewer.marker.pos() - expected).manhattanLength() < 1
    # on this north-up map the cone points along the compass angle
    assert (viewer.marker.screen_angle - image.compass_angle + 180) % 360 - 180 == pytest.approx(0, abs=1)
    viewer.previous_button.click()
    viewer.previous_button.click()  # the second click lands while loading: still one step back at most
    wait_until(lambda: viewer.shown[-1] in (sequence.images[1].id, sequence.images[0].id), 30, "previous")


def test_v2_comments_blurs_and_report(viewer, context, sandbox, wait_until, monkeypatch):
    context.credentials.save("mapillary", DEMO_CREDENTIALS["mapillary"])
    source = next(i for i in world().images if i.index == 3 and not i.is_pano)
    viewer.show()
    show(viewer, wait_until, source.id)
    panel = viewer.v2_panel
    assert panel.isVisible() and not viewer.v2_hint.isVisible()
    before = len(viewer.current.v2.comments)

    QTest.keyClicks(panel.comment_edit, "Resurfaced last summer")
    QTest.mouseClick(panel.post_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: any("Resurfaced last summer" in panel.comments.item(i).text()
                           for i in range(panel.comments.count())), 30, "the posted comment")
    assert panel.comments.count() == before + 1  # a "No comments yet" line is replaced
    assert panel.comment_edit.text() == ""

    QTest.mouseClick(panel.blur_button, Qt.MouseButton.LeftButton)
    frame = viewer.view.image_rect()
    start = viewer.view.to_widget(0.2, 0.2, frame).toPoint()
    end = viewer.view.to_widget(0.3, 0.35, frame).toPoint()
    QTest.mousePress(viewer.view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewer.view, end)
    QTest.mouseRelease(viewer.view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    assert panel.send_blur_button.isEnabled()
    QTest.mouseClick(panel.send_blur_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: any(pending for _rect, _kind, pending in viewer.view.blurs), 30, "the requested blur")
    rect = next(rect for rect, _kind, pending in viewer.view.blurs if pending)
    assert rect == pytest.approx((0.2, 0.2, 0.3, 0.35), abs=0.01)
    assert not panel.blur_button.isChecked() and not viewer.view.draw_mode

    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("Licence plate readable", True))
    QTest.mouseClick(panel.report_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: sandbox.state["mapillary_v2"].complaints.get(source.id), 30, "the report")
    assert sandbox.state["mapillary_v2"].complaints[source.id] == ["Licence plate readable"]


def test_missing_credentials_are_said_before_any_request(viewer, sandbox, qgis_iface):
    viewer.show_image(world().images[0].id)
    assert viewer.task is None and len(sandbox.log) == 0
    assert "No Mapillary credentials" in qgis_iface.messageBar().get_messages(2)[-1]


def test_an_image_declaring_a_huge_picture_is_refused_not_decoded(viewer, context, sandbox, wait_until,
                                                                    qgis_iface):
    """A tiny JPEG that declares 20,000 × 20,000 pixels: refused with a clear
    message, in the task, instead of seconds and gigabytes on the GUI thread."""
    context.credentials.save("mapillary", {"secret": DEMO_CREDENTIALS["mapillary"]["secret"]})
    sandbox.faults.add(kind="huge_image", host="cdn", path=r"\.jpg$")
    try:
        viewer.show_image(world().images[0].id)
        wait_until(lambda: viewer.view.message == "The image could not be loaded", 60, "the refusal")
    finally:
        sandbox.faults.clear()
    said = qgis_iface.messageBar().get_messages(2)[-1]
    assert "20,000 × 20,000 pixels" in said and "50-megapixel limit" in said
    assert viewer.current is None and viewer.view.image is None


def test_an_unreadable_detection_hides_itself_not_the_image(viewer, context, sandbox, wait_until):
    context.credentials.save("mapillary", {"secret": DEMO_CREDENTIALS["mapillary"]["secret"]})
    sandbox.options["mapillary.broken_detection"] = True
    try:
        source = next(i for i in world().images if len(scene(i)) >= 3)
        viewer.show()
        show(viewer, wait_until, source.id)
    finally:
        sandbox.options.pop("mapillary.broken_detection")
    assert not viewer.view.image.isNull()  # the picture is there
    assert len(viewer.view.detections) >= len(scene(source)) - 1  # the readable outlines are drawn
    assert "1 detection could not be read: not drawn" in viewer.status.text()
