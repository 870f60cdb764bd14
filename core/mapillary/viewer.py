"""What the image viewer needs from the services, fetched in tasks (no widgets
here): an image with its thumbnail, detections and sequence, the v2 extras
(comments, blurs, object recognition), the v2 actions, and finding which image
the user clicked on the map.

A thumbnail URL expires (``oe=``), so each view asks for the entity again and
fetches the JPEG from the URL it just got; sequences are cached by id.
"""

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from qgis.core import QgsCoordinateTransform, QgsFeatureRequest, QgsPointXY, QgsProject, QgsRectangle

from ...providers.errors import ImageryHubError, OperationCancelled
from ...providers.mapillary.client import IMAGE_FIELDS, THUMBNAIL_FIELDS
from ..aoi import WGS84
from ..i18n import translate
from ..images import decode_image


@dataclass
class V2Extras:
    comments: list = field(default_factory=list)
    blurs: list = field(default_factory=list)
    recognition: Optional[object] = None
    error: Optional[str] = None


@dataclass
class ViewedImage:
    record: object  # ImageRecord
    jpeg: bytes
    detections: list
    sequence: List[str]
    detections_error: Optional[str] = None
    v2: Optional[V2Extras] = None
    picture: object = None  # the QImage, decoded in the task

    @property
    def index(self):
        return self.sequence.index(self.record.id) if self.record.id in self.sequence else -1

    def neighbour(self, step):
        """The id of the previous (-1) or next (+1) image of the sequence, or None."""
        index = self.index
        if index < 0 or not 0 <= index + step < len(self.sequence):
            return None
        return self.sequence[index + step]


def _soft(function, *args):
    """(value, None) or (None, the error's line) for parts the viewer can do without."""
    try:
        return function(*args), None
    except OperationCancelled:
        raise
    except ImageryHubError as exc:
        return None, str(exc)


def load_v2(v2_client, image_id):
    if v2_client is None:
        return None
    extras = V2Extras()
    try:
        extras.comments = v2_client.comments(image_id)
        extras.blurs = v2_client.blurs(image_id)
        extras.recognition = v2_client.recognitions(image_id)
    except OperationCancelled:
        raise
    except ImageryHubError as exc:
        extras.error = str(exc)
    return extras


def load_image(access, image_id, size="1024", sequences=None, cancelled=None):
    """Everything the viewer shows for one image. ``sequences`` caches
    ``{sequence id: [image ids]}`` between calls (sequences do not change while
    we look at them)."""
    size = size if size in THUMBNAIL_FIELDS else "1024"  # a hand-edited setting must not break the viewer
    client = access.client(cancelled=cancelled)
    fields = tuple(f for f in IMAGE_FIELDS if f not in THUMBNAIL_FIELDS.values()) + (THUMBNAIL_FIELDS[size],)
    record = client.image(image_id, fields)
    link = record.link(size)
    if link is None:
        raise ImageryHubError(translate("ImageryHub.Mapillary", "Mapillary has no {size} image for {image}").format(
            size=size, image=image_id), service="Mapillary")
    props = record.properties
    sequences = {} if sequences is None else sequences
    sequence_id = props.get("sequence")
    with ThreadPoolExecutor(max_workers=4, thread_name_prefix="mapillary-viewer") as pool:
        jpeg = pool.submit(lambda: client.session.request("GET", link.href).content)
        detections = pool.submit(_soft, client.detections, image_id, props.get("width"), props.get("height"))
        sequence = None
        if sequence_id and sequence_id not in sequences:
            sequence = pool.submit(_soft, client.sequence_image_ids, sequence_id)
        v2 = pool.submit(load_v2, access.v2_client(cancelled=cancelled), image_id)
        found, detections_error = detections.result()
        if sequence is not None:
            ids, _ = sequence.result()
            if ids:
                sequences[sequence_id] = ids
        data = jpeg.result()
        return ViewedImage(record, data, found if found is not None else [], sequences.get(sequence_id, [record.id]),
                           detections_error, v2.result(), decode_image(data))


# -- v2 actions (each in a task) ------------------------------------------------------------
def post_comment(access, image_id, text, cancelled=None):
    client = access.v2_client(cancelled=cancelled)
    client.post_comment(image_id, text)
    return client.comments(image_id)


def request_blur(access, image_id, rect, cancelled=None):
    client = access.v2_client(cancelled=cancelled)
    client.request_blurs(image_id, [rect], client.blurs(image_id))
    return client.blurs(image_id)


def report_image(access, image_id, reason, cancelled=None):
    access.v2_client(cancelled=cancelled).complain(image_id, reason)
    return image_id


# -- which image was clicked ----------------------------------------------------------------
@dataclass
class PickedImage:
    id: str
    lon: float
    lat: float
    properties: Dict[str, object] = field(default_factory=dict)


def pick_from_layers(layers, point, tolerance, canvas_crs, project=None):
    """The image point of ``layers`` nearest to ``point`` (canvas CRS) within
    ``tolerance`` map units, or None. GUI thread; reads local files only."""
    project = project or QgsProject.instance()
    best, best_distance = None, None
    for layer in layers:
        to_layer = QgsCoordinateTransform(canvas_crs, layer.crs(), project)
        to_wgs84 = QgsCoordinateTransform(layer.crs(), WGS84, project)
        area = QgsRectangle(point.x() - tolerance, point.y() - tolerance, point.x() + tolerance, point.y() + tolerance)
        search = to_layer.transformBoundingBox(area)
        centre = to_layer.transform(QgsPointXY(point))
        for feature in layer.getFeatures(QgsFeatureRequest().setFilterRect(search)):
            geometry = feature.geometry()
            if geometry.isEmpty():
                continue
            distance = geometry.distance(geometry.fromPointXY(centre))
            if best_distance is None or distance < best_distance:
                where = to_wgs84.transform(geometry.asPoint())
                best, best_distance = PickedImage(str(feature["id"]), where.x(), where.y(),
                                                  {"layer": layer.id(), "fid": feature.id()}), distance
    return best


def pick_from_coverage(access, lon, lat, tolerance_deg, cancelled=None):
    """The nearest image point of the coverage tiles (task: fetches a z14 tile)."""
    found = access.client(cancelled=cancelled).image_near(lon, lat, tolerance_deg)
    if found is None:
        return None
    return PickedImage(found["id"], found["lon"], found["lat"], found)
