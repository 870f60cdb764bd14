"""The Mapflow Data API: mosaics, their images, storage, and the legacy upload.

Paths follow the "Mapflow Data API" and "Upload images" parts of the Mapflow API
page. Where the page has no path, the vendor's QGIS client and CONTRACTS.md §5.1
supply one, and the method says so: listing mosaics (``GET /rasters/mosaic``),
an image's download link and its rename.

Uploads are streamed from disk (:class:`providers.multipart.MultipartFile`):
memory stays flat whatever the file's size, ``progress(sent, total)`` follows
the bytes, and ``cancelled()`` stops the body mid-way, without its closing
boundary, so the service keeps nothing of it.

    data = MapflowClient(token).data
    mosaic = data.create_mosaic("Downtown 2024", ["drone"])
    image = data.upload_image(mosaic.id, "ortho.tif", progress=print)
"""

from pathlib import Path
from urllib.parse import quote

from ..download import download, safe_filename
from ..errors import InvalidInputError, ServiceError
from ..http import make_session
from .data_models import (
    DownloadLink,
    Mosaic,
    RasterImage,
    Storage,
    check_geotiff,
    check_name,
    clean_tags,
)
from ..multipart import MultipartFile

SERVICE = "Mapflow"
PREVIEW_SIZES = ("s", "l")  # 256 × 256 and 1024 × 1024, as the page's table says
UPLOAD_TIMEOUT = (10.0, 600.0)  # the service checks a large image before it answers


class MapflowData:
    """Data API calls on a Mapflow client's session (``MapflowClient.data``)."""

    def __init__(self, session):
        self.session = session

    # -- storage ------------------------------------------------------------------------
    def storage(self):
        """Used and available storage (``GET /rasters/memory``)."""
        return Storage.from_json(self.session.get_json("rasters/memory"))

    # -- mosaics --------------------------------------------------------------------------
    def mosaics(self):
        """Every mosaic of the user. The page documents no list; ``GET /rasters/mosaic``
        is what the vendor's QGIS client calls."""
        return [Mosaic.from_json(m) for m in self.session.get_json("rasters/mosaic") or []]

    def mosaic(self, mosaic_id):
        return Mosaic.from_json(self.session.get_json(f"rasters/mosaic/{mosaic_id}"))

    def create_mosaic(self, name, tags=()):
        """An empty mosaic (``POST /rasters/mosaic``)."""
        body = {"name": check_name(name, "mosaic name"), "tags": clean_tags(tags)}
        return Mosaic.from_json(self.session.post_json("rasters/mosaic", body))

    def update_mosaic(self, mosaic_id, name, tags=()):
        """Rename and re-tag (``PUT /rasters/mosaic/{id}`` sends both, as documented)."""
        body = {"name": check_name(name, "mosaic name"), "tags": clean_tags(tags)}
        return Mosaic.from_json(self.session.request_json("PUT", f"rasters/mosaic/{mosaic_id}", json=body))

    def delete_mosaic(self, mosaic_id):
        """Deletes the mosaic and every image in it: they cannot be restored."""
        self.session.request("DELETE", f"rasters/mosaic/{mosaic_id}")

    def mosaic_images(self, mosaic_id):
        return [RasterImage.from_json(i) for i in self.session.get_json(f"rasters/mosaic/{mosaic_id}/image") or []]

    # -- uploads ----------------------------------------------------------------------------
    def _send_file(self, path, url, params=None, progress=None, cancelled=None):
        check_geotiff(path)
        body = MultipartFile(path, field="file", mime_type="image/tiff", progress=progress,
                             cancelled=cancelled or self.session.cancelled)
        self.session.check_cancelled()
        return self.session.request_json("POST", url, params=params, data=body, timeout=UPLOAD_TIMEOUT,
                                         headers={"Content-Type": body.content_type})

    def upload_image(self, mosaic_id, path, progress=None, cancelled=None):
        """Upload a GeoTIFF into a mosaic (``POST /rasters/mosaic/{id}/image``). The
        page warns that a mosaic's images must share CRS, bands and resolution:
        check with ``RasterProfile.differences`` before sending."""
        answer = self._send_file(path, f"rasters/mosaic/{mosaic_id}/image", progress=progress, cancelled=cancelled)
        return _image_from(answer, mosaic_id)

    def create_mosaic_with_image(self, path, name, tags=(), progress=None, cancelled=None):
        """A new mosaic holding the uploaded file, in one request. The page's path is
        ``POST /rasters/mosaic/mosaic?name=&tags=&tags=`` (CONTRACTS.md §5 lists
        ``/rasters/mosaic/image``; the sandbox takes both). Returns (mosaic, image or None)."""
        params = [("name", check_name(name, "mosaic name"))] + [("tags", t) for t in clean_tags(tags)]
        answer = self._send_file(path, "rasters/mosaic/mosaic", params, progress, cancelled)
        if not isinstance(answer, dict) or not answer.get("id"):
            raise ServiceError("Mapflow did not say which mosaic it made", service=SERVICE, key="mapflow.no_mosaic_id")
        mosaic = Mosaic.from_json(answer)
        images = answer.get("images") or ([answer["image"]] if isinstance(answer.get("image"), dict) else [])
        return mosaic, (_image_from(images[0], mosaic.id) if images else None)

    def link_image(self, mosaic_id, s3_url):
        """Add an image already in Mapflow storage (``s3://...``) to a mosaic. Returns
        the service's message."""
        if not str(s3_url or "").startswith("s3://"):
            raise InvalidInputError("A linked image is named by its s3:// URL", parameter="url", service=SERVICE,
                                    key="mapflow.linked_s3")
        answer = self.session.post_json(f"rasters/mosaic/{mosaic_id}/link-image", {"url": s3_url})
        return (answer or {}).get("message") or "File successfully linked to a mosaic"

    def upload_raster(self, path, progress=None, cancelled=None):
        """The legacy upload (``POST /rasters``, one multipart part ``file``): returns the
        ``s3://`` URL a processing takes as ``{"source_type": "tif", "url": ...}``."""
        answer = self._send_file(path, "rasters", progress=progress, cancelled=cancelled)
        url = (answer or {}).get("url") if isinstance(answer, dict) else None
        if not url:
            raise ServiceError("Mapflow accepted the upload but sent no URL for it", service=SERVICE,
                               key="mapflow.upload_no_url")
        return url

    # -- images ------------------------------------------------------------------------------------
    def image(self, image_id):
        return RasterImage.from_json(self.session.get_json(f"rasters/image/{image_id}"))

    def rename_image(self, image_id, name):
        """``PUT /rasters/image/{id}?name=`` (CONTRACTS.md §5.1; the page has no rename)."""
        name = check_name(name, "image name")
        answer = self.session.request_json("PUT", f"rasters/image/{image_id}", params={"name": name})
        return RasterImage.from_json(answer) if isinstance(answer, dict) and answer.get("id") else None

    def delete_image(self, image_id):
        self.session.request("DELETE", f"rasters/image/{image_id}")

    def preview(self, image, size="s"):
        """PNG/JPEG bytes of an image's preview: ``s`` is 256 × 256, ``l`` 1024 × 1024.
        ``image`` is a RasterImage or an id. The record's ``preview_url_s`` /
        ``preview_url_l`` is used when it has one (the vendor client's way, and
        the live service's only one); else the path the page builds: its heading
        writes ``/rasters/{id}/preview/{type}``, its example
        ``/rasters/image/{id}/preview/s``, the example's path is used. The
        credential goes only to the API's own host, as for every request."""
        if size not in PREVIEW_SIZES:
            raise InvalidInputError(f"Preview size is s or l, not {size!r}", parameter="size", service=SERVICE,
                                    key="mapflow.preview_size", values=dict(size=repr(size)))
        url = getattr(image, f"preview_url_{size}", None)
        if not (isinstance(url, str) and url.lower().startswith(("http://", "https://"))):
            url = f"rasters/image/{quote(str(getattr(image, 'id', image)))}/preview/{size}"
        return self.session.request("GET", url).content

    def download_link(self, image_id):
        """``GET /rasters/image/{id}/download`` → a presigned link on another host
        (CONTRACTS.md §5.1)."""
        answer = self.session.get_json(f"rasters/image/{image_id}/download") or {}
        if not answer.get("download_url"):
            raise ServiceError("Mapflow sent no download link for the image", service=SERVICE,
                               key="mapflow.no_download_link")
        return DownloadLink(answer["download_url"], answer.get("filename") or f"{image_id}.tif",
                            answer.get("expires_in"))

    def download_image(self, image_id, folder, progress=None):
        """The original GeoTIFF into ``folder`` as ``<its name>-<start of its id>.tif``
        (two images may share a name); returns its path. The presigned link
        is fetched by a session with no credential at all: it needs none, and the
        Mapflow token must not reach a storage host."""
        link = self.download_link(image_id)
        name = Path(safe_filename(link.filename, f"{image_id}.tif"))
        bare = make_session(SERVICE, link.url, None, cancelled=self.session.cancelled)
        try:
            return download(bare, link.url, folder, f"{name.stem}-{str(image_id)[:8]}{name.suffix}",
                            progress=progress)
        finally:
            bare.close()


def _image_from(answer, mosaic_id):
    if not isinstance(answer, dict) or not answer.get("id"):
        raise ServiceError("Mapflow accepted the upload but did not say which image it made", service=SERVICE,
                           key="mapflow.upload_no_id")
    image = RasterImage.from_json(answer)
    image.mosaic_id = image.mosaic_id or mosaic_id
    return image
