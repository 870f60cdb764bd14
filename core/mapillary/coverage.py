"""The Mapillary coverage layer: the ``mly1_public`` vector tiles as a styled
QGIS vector tile layer, and the token they need kept out of the layer source.

Tiles want the token, as ``access_token`` in the query or an ``Authorization:
OAuth`` header. Rather than write it into the layer's URI (where it would be
saved in the project and shown in the layer properties), :class:`TileTokenInjector`
adds the header to each tile request as QGIS sends it, with a request
preprocessor of QgsNetworkAccessManager that touches only URLs under the
configured tiles URL. The layer source therefore never holds the token, a saved
project has nothing to strip, and when a project brings a coverage layer back
the plugin arms the injector again from the Authentication Manager. A tile
request with the token is kept out of QGIS's disk cache, and a redirect is
left to QGIS, whose new request comes through the injector again (and so goes
to another host without the token).
"""

from qgis.core import (
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsNetworkAccessManager,
    QgsProject,
    QgsProperty,
    QgsVectorTileBasicRenderer,
    QgsVectorTileBasicRendererStyle,
    QgsVectorTileLayer,
)
from qgis.PyQt.QtCore import QObject, QUrl, pyqtSignal

from ...providers.errors import ImageryHubError
from ...providers.mapillary.tiles import TILE_LAYERS, TILE_MAX_ZOOM, tile_url_template
from ..compat import LINE_GEOMETRY, POINT_GEOMETRY, data_source_uri
from ..i18n import translate
from ..request_guard import keep_private
from .access import MapillaryAccess

COVERAGE_PROPERTY = "imagery_hub/mapillary_coverage"
GREEN = "5,203,99"
PANO_BLUE = "36,125,230"
#: image points only close up (about 1:8,000 and closer): z14 tiles are also
#: drawn further out, where points a few metres apart would bury the sequence
#: lines. @vector_tile_zoom is the map's fractional zoom (@zoom_level the tile's)
CLOSE_UP = "@vector_tile_zoom >= 16"


class TileTokenInjector:
    """Adds the token to QGIS's own requests for the Mapillary tiles.

    The preprocessor runs in whatever thread QGIS renders in, so it only reads
    two immutable attributes set on the GUI thread.
    """

    def __init__(self):
        self._id = None
        self._target = None  # (scheme, host, port, path prefix)
        self._token = None

    @property
    def active(self):
        return self._id is not None

    def install(self, tiles_url, token):
        url = QUrl(tiles_url.rstrip("/") + "/")
        self._target = (url.scheme().lower(), url.host().lower(), url.port(_default_port(url)), url.path())
        self._token = token
        if self._id is None:
            self._id = QgsNetworkAccessManager.setRequestPreprocessor(self._process)

    def remove(self):
        if self._id is not None:
            QgsNetworkAccessManager.removeRequestPreprocessor(self._id)
        self._id = self._token = self._target = None

    def applies_to(self, url):
        target = self._target
        return target is not None and (url.scheme().lower(), url.host().lower(), url.port(_default_port(url))) \
            == target[:3] and url.path().startswith(target[3])

    def _process(self, request):
        # A header, not ``access_token`` in the query: QGIS's tile downloader
        # finds a finished tile by its URL, and a URL changed here leaves the
        # tile queued for ever, which crashes QGIS on exit.
        token, url = self._token, request.url()
        if not token or not self.applies_to(url):
            return
        request.setRawHeader(b"Authorization", f"OAuth {token}".encode())
        keep_private(request)


def _default_port(url):
    return {"http": 80, "https": 443}.get(url.scheme().lower(), -1)


# -- the layer -------------------------------------------------------------------------------
def _style(name, layer_name, geometry_type, symbol, min_zoom=-1, max_zoom=-1, expression=""):
    style = QgsVectorTileBasicRendererStyle(name, layer_name, geometry_type)
    style.setSymbol(symbol)
    style.setMinZoomLevel(min_zoom)
    style.setMaxZoomLevel(max_zoom)
    if expression:
        style.setFilterExpression(expression)
    return style


def _image_symbol(color):
    """A dot with a wedge pointing where the camera looked (compass_angle)."""
    symbol = QgsMarkerSymbol.createSimple({"name": "circle", "color": color, "outline_color": "255,255,255",
                                          "outline_width": "0.2", "size": "2.0"})
    wedge = QgsMarkerSymbol.createSimple({"name": "triangle", "color": color, "outline_style": "no",
                                         "size": "1.6", "offset": "0,-1.5"})
    symbol.appendSymbolLayer(wedge.symbolLayer(0).clone())  # keep ``wedge`` alive while cloning its layer
    symbol.setDataDefinedAngle(QgsProperty.fromField("compass_angle"))
    return symbol


def coverage_renderer():
    """Overview dots (z0–5), sequence lines (z6–14) and image points with their
    view direction (z14), panoramas in blue."""
    overview_min, overview_max = TILE_LAYERS["overview"]
    sequence_min, _ = TILE_LAYERS["sequence"]
    image_min, _ = TILE_LAYERS["image"]
    dot = QgsMarkerSymbol.createSimple({"name": "circle", "color": GREEN, "outline_style": "no", "size": "1.6"})
    line = QgsLineSymbol.createSimple({"line_color": GREEN, "line_width": "0.6", "capstyle": "round"})
    pano_line = QgsLineSymbol.createSimple({"line_color": PANO_BLUE, "line_width": "0.6", "capstyle": "round"})
    renderer = QgsVectorTileBasicRenderer()
    renderer.setStyles([
        _style(translate("ImageryHub.Mapillary", "Overview"), "overview", POINT_GEOMETRY, dot, overview_min,
               overview_max),
        _style(translate("ImageryHub.Mapillary", "Sequences"), "sequence", LINE_GEOMETRY, line, sequence_min,
               expression='NOT "is_pano"'),
        _style(translate("ImageryHub.Mapillary", "Panorama sequences"), "sequence", LINE_GEOMETRY, pano_line,
               sequence_min, expression='"is_pano"'),
        _style(translate("ImageryHub.Mapillary", "Images"), "image", POINT_GEOMETRY, _image_symbol(GREEN), image_min,
               expression=f'NOT "is_pano" AND {CLOSE_UP}'),
        _style(translate("ImageryHub.Mapillary", "Panoramas"), "image", POINT_GEOMETRY, _image_symbol(PANO_BLUE),
               image_min, expression=f'"is_pano" AND {CLOSE_UP}'),
    ])
    return renderer


def coverage_layer(tiles_url, name=None):
    """A styled vector tile layer of the coverage; its source holds no token."""
    uri = data_source_uri({"type": "xyz", "url": tile_url_template(tiles_url), "zmin": 0, "zmax": TILE_MAX_ZOOM})
    layer = QgsVectorTileLayer(uri, name or translate("ImageryHub.Mapillary", "Mapillary coverage"))
    if not layer.isValid():
        raise ImageryHubError(translate(
            "ImageryHub.Mapillary", "QGIS could not open the Mapillary tiles at {url}").format(url=tiles_url))
    layer.setRenderer(coverage_renderer())
    layer.setCustomProperty(COVERAGE_PROPERTY, True)
    return layer


def is_coverage_layer(layer):
    return layer is not None and bool(layer.customProperty(COVERAGE_PROPERTY, False))


def coverage_layers(project):
    return [layer for layer in project.mapLayers().values() if is_coverage_layer(layer)]


class CoverageManager(QObject):
    """Adds and removes the coverage layer and keeps the token injector armed
    while a coverage layer is in the project, including one that arrives with
    an opened project. ``changed(bool)``: whether a coverage layer is present."""

    changed = pyqtSignal(bool)

    def __init__(self, context, project=None):
        super().__init__()
        self.context = context
        self.project = project or QgsProject.instance()
        self.injector = TileTokenInjector()
        # layersAdded, not readProject: the canvas may start drawing a project's
        # layers before readProject is emitted, and those requests need the token
        self.project.layersAdded.connect(self._layers_added)
        self.project.layersRemoved.connect(self._layers_removed)

    def layers(self):
        return coverage_layers(self.project)

    def arm(self):
        """Read the token (GUI thread) and let tile requests carry it."""
        access = MapillaryAccess.from_context(self.context)
        self.injector.install(access.urls["tiles_url"], access.token)
        return access

    def show(self):
        """The coverage layer, added on top of the layer tree if not there yet."""
        existing = self.layers()
        access = self.arm()
        if existing:
            return existing[0]
        layer = coverage_layer(access.urls["tiles_url"])
        self.project.addMapLayer(layer, False)
        self.project.layerTreeRoot().insertLayer(0, layer)
        return layer

    def hide(self):
        ids = [layer.id() for layer in self.layers()]
        if ids:
            self.project.removeMapLayers(ids)

    def _layers_added(self, layers):
        if not any(is_coverage_layer(layer) for layer in layers):
            return
        if not self.injector.active:
            try:
                self.arm()
            except ImageryHubError as exc:
                self.context.notify.warning(translate(
                    "ImageryHub.Mapillary", "The Mapillary coverage needs the access token: {error}").format(
                    error=exc))
        self.changed.emit(True)

    def _layers_removed(self, *_):
        present = bool(self.layers())
        if not present:
            self.injector.remove()
        self.changed.emit(present)

    def cleanup(self):
        for signal, slot in ((self.project.layersAdded, self._layers_added),
                             (self.project.layersRemoved, self._layers_removed)):
            try:
                signal.disconnect(slot)
            except TypeError:
                pass
        self.injector.remove()
