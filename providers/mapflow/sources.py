"""Where a Mapflow processing takes its imagery from, and the request that starts it.

Each source knows its two wire forms:

* ``v1_params()``: the documented ``params`` of ``POST /processings`` (the Mapflow
  API page: ``{"source_type": "xyz", "url": ...}``, ``{"source_type": "tif",
  "url": "s3://..."}``, ``{"data_provider": ..., "url": <image id>}``), or None
  when the page documents no form for it;
* ``v2_source_params()``: the ``params.sourceParams`` of ``POST /processings/v2``
  that the live service and the vendor's client use (CONTRACTS.md §5:
  ``userDefined``, ``myImagery``, ``imagerySearch``, ``dataProvider``).

Every source is checked before any request (``check()``), with a message that
says what to change: the service would otherwise fail the processing later with
one of its source-validator errors.
"""

from dataclasses import dataclass, field
from typing import Any, Dict, Optional, Sequence

from shapely.geometry import MultiPolygon, Polygon, mapping

from ..errors import InvalidInputError

SERVICE = "Mapflow"
TILE_PLACEHOLDERS = {"xyz": ("{x}", "{y}", "{z}"), "tms": ("{x}", "{y}", "{z}"), "quadkey": ("{q}",)}
TILE_KIND_LABELS = {"xyz": "XYZ", "tms": "TMS", "quadkey": "Quadkey"}


def _refuse(message, parameter, key=None, values=None):
    raise InvalidInputError(message, parameter=parameter, service=SERVICE, key=key, values=values)


class ProcessingSource:
    """Base of the sources; ``label`` is what the user reads in confirmations."""

    label = "imagery"

    def check(self):
        """Raise InvalidInputError when the source cannot work."""

    def v1_params(self) -> Optional[Dict[str, Any]]:
        return None

    def v2_source_params(self) -> Dict[str, Any]:
        raise NotImplementedError


def check_zoom(zoom):
    if zoom is not None and not (isinstance(zoom, int) and 0 <= zoom <= 22):
        _refuse(f"Zoom must be a whole number from 0 to 22, not {zoom!r}", "zoom",
                key="mapflow.zoom", values=dict(zoom=repr(zoom)))


@dataclass
class TileSource(ProcessingSource):
    """A tile service URL: XYZ, TMS (y counted from the south) or Quadkey (Bing)."""

    kind: str
    url: str
    zoom: Optional[int] = None
    crs: str = "EPSG:3857"

    @property
    def label(self):
        return f"{TILE_KIND_LABELS.get(self.kind, self.kind)} {self.url}"

    def check(self):
        if self.kind not in TILE_PLACEHOLDERS:
            _refuse(f"Unknown tile source type {self.kind!r}: use XYZ, TMS or Quadkey", "source_type",
                    key="mapflow.tiles_kind", values=dict(kind=repr(self.kind)))
        url = (self.url or "").strip()
        if not url:
            _refuse("Enter the URL of the imagery tiles", "url", key="mapflow.tiles_url")
        if not url.lower().startswith(("http://", "https://")):
            _refuse("The imagery URL must start with http:// or https://", "url", key="mapflow.tiles_scheme")
        missing = [p for p in TILE_PLACEHOLDERS[self.kind] if p not in url]
        if missing:
            _refuse(f"A {TILE_KIND_LABELS[self.kind]} URL needs the placeholders "
                    f"{', '.join(TILE_PLACEHOLDERS[self.kind])}; {', '.join(missing)} "
                    f"{'is' if len(missing) == 1 else 'are'} missing", "url",
                    key="mapflow.placeholder_missing" if len(missing) == 1 else "mapflow.placeholders_missing",
                    values=dict(kind=TILE_KIND_LABELS[self.kind], placeholders=", ".join(TILE_PLACEHOLDERS[self.kind]),
                                missing=", ".join(missing)))
        check_zoom(self.zoom)

    def v1_params(self):
        params = {"source_type": self.kind, "url": self.url.strip()}
        if self.zoom is not None:
            params["zoom"] = str(self.zoom)  # the page: "arbitrary string parameters"
        return params

    def v2_source_params(self):
        return {"userDefined": {"sourceType": self.kind.upper(), "url": self.url.strip(), "zoom": self.zoom,
                                "crs": self.crs}}


@dataclass
class UploadedImageSource(ProcessingSource):
    """A GeoTIFF already uploaded to Mapflow (``s3://...`` as the upload returned it)."""

    url: str
    name: str = ""

    @property
    def label(self):
        return f"uploaded image {self.name or self.url}"

    def check(self):
        if not (self.url or "").startswith("s3://"):
            _refuse("An uploaded image is referenced by the s3:// URL the upload returned", "url",
                    key="mapflow.upload_s3")

    def v1_params(self):
        return {"source_type": "tif", "url": self.url}

    def v2_source_params(self):
        return {"userDefined": {"sourceType": "LOCAL", "url": self.url}}


@dataclass
class MosaicSource(ProcessingSource):
    """Images of a Data API mosaic (all of them when ``image_ids`` is empty).
    Only the v2 API has a form for it."""

    mosaic_id: str
    image_ids: Sequence[str] = field(default_factory=tuple)
    name: str = ""

    @property
    def label(self):
        mosaic = f"the mosaic “{self.name or self.mosaic_id}”"
        count = len(self.image_ids)
        return f"{count} image{'s' if count != 1 else ''} of {mosaic}" if count else mosaic

    def check(self):
        if not self.mosaic_id:
            _refuse("Pick a mosaic first", "mosaic", key="mapflow.pick_mosaic")

    def v2_source_params(self):
        return {"myImagery": {"mosaicId": self.mosaic_id, "imageIds": list(self.image_ids)}}


@dataclass
class CatalogImageSource(ProcessingSource):
    """An image found by the imagery catalog search, run through its provider."""

    provider: str
    image_id: str
    zoom: Optional[int] = None

    @property
    def label(self):
        return f"{self.provider} image {self.image_id}"

    def check(self):
        if not self.provider or not self.image_id:
            _refuse("A catalog image needs its provider and image id", "image", key="mapflow.catalog_image")
        check_zoom(self.zoom)

    def v1_params(self):
        # "Run processing by image ID" on the Mapflow API page; the page's provider
        # names are lower case ("sat_imagery") and the vendor client lowercases them
        params = {"data_provider": self.provider.lower(), "url": self.image_id}
        if self.zoom is not None:
            params["zoom"] = str(self.zoom)
        return params

    def v2_source_params(self):
        # the vendor client sends the provider name in lower case (ImagerySearchProvider)
        return {"imagerySearch": {"dataProvider": self.provider.lower(), "imageIds": [self.image_id],
                                  "zoom": self.zoom}}


@dataclass
class DataProviderSource(ProcessingSource):
    """A default imagery provider of the account (Mapbox and the like: the
    status's ``dataProviders``), processed at a zoom without picking an image.
    Only the v2 API has a form for it: ``sourceParams.dataProvider
    {providerName, zoom}``, the name as the status gives it and the zoom as
    text, as the vendor client sends them (DefaultProvider)."""

    provider: str
    zoom: Optional[int] = None
    label_text: str = ""

    @property
    def label(self):
        return f"{self.label_text or self.provider} imagery"

    def check(self):
        if not (self.provider or "").strip():
            _refuse("Pick an imagery provider", "provider", key="mapflow.pick_provider")
        check_zoom(self.zoom)

    def v2_source_params(self):
        return {"dataProvider": {"providerName": self.provider,
                                 "zoom": None if self.zoom is None else str(self.zoom)}}


def polygons_of(geometry):
    """The polygons of a Polygon or MultiPolygon (each becomes one AOI of the processing)."""
    if isinstance(geometry, Polygon):
        return [geometry]
    if isinstance(geometry, MultiPolygon):
        return list(geometry.geoms)
    _refuse("The area of a processing must be a polygon or several polygons", "geometry", key="mapflow.processing_area")


@dataclass
class ProcessingRequest:
    """Everything a new processing needs. ``geometry`` is a shapely Polygon or
    MultiPolygon in EPSG:4326: a MultiPolygon is sent as one GeoJSON geometry
    and the service makes one AOI of each of its polygons. ``blocks`` maps the
    names of the model's optional blocks to enabled/disabled."""

    name: str
    model_name: str
    geometry: Any
    source: ProcessingSource
    model_id: Optional[str] = None
    blocks: Dict[str, bool] = field(default_factory=dict)
    project_id: Optional[str] = None
    description: Optional[str] = None
    meta: Dict[str, str] = field(default_factory=dict)

    def check(self):
        if not (self.name or "").strip():
            _refuse("Give the processing a name", "name", key="mapflow.processing_name")
        if not self.model_name:
            _refuse("Pick a model", "model", key="mapflow.pick_model")
        polygons_of(self.geometry)
        self.source.check()

    def uses_v2(self):
        """The documented v1 API unless the source exists only in the v2 API."""
        return self.source.v1_params() is None

    def _common(self):
        body = {"name": self.name.strip(), "geometry": mapping(self.geometry),
                "blocks": [{"name": name, "enabled": bool(on)} for name, on in self.blocks.items()]}
        for key, value in (("description", self.description), ("projectId", self.project_id),
                           ("meta", dict(self.meta) or None)):
            if value:
                body[key] = value
        return body

    def v1_body(self):
        """``POST /processings`` as documented: the model by name, flat params."""
        return {**self._common(), "wdName": self.model_name, "params": self.source.v1_params()}

    def v2_body(self):
        """``POST /processings/v2`` as the live service takes it: the model by id
        when known, the source under ``params.sourceParams``."""
        body = {**self._common(), "params": {"sourceParams": self.source.v2_source_params()}}
        body.update({"wdId": self.model_id} if self.model_id else {"wdName": self.model_name})
        return body

    def cost_body(self):
        """``POST /processing/cost/v2`` (CONTRACTS.md §5: wdId, geometry, params, blocks)."""
        body = self.v2_body()
        return {key: body[key] for key in ("wdId", "wdName", "geometry", "params", "blocks") if key in body}
