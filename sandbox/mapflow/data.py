"""Mapflow Data API emulator: mosaics, images, storage, the legacy upload.

Paths are those of the Mapflow API page ("Upload images", "Mapflow Data API")
with the extras of CONTRACTS.md §5/§5.1 (``/rasters/mosaic/image`` besides the
page's ``/rasters/mosaic/mosaic``, ``GET /rasters/mosaic`` and
``/rasters/mosaic/{id}/image`` lists, ``/download``, rename by ``?name=``).
Bodies follow the vendor client's schemas (see providers/mapflow/data_models.py).

What the page warns about is enforced: a mosaic refuses an image whose CRS,
band count or resolution differ from its images', and an upload beyond the
storage limit (option ``mapflow.storage_limit`` in bytes, default the account's
``memoryLimit``) is refused. Files are read with GDAL (sandbox/mapflow/storage.py).
Downloads are presigned links on the foreign host, which refuses a request that
also carries an Authorization header, as S3 does; mosaic tiles are served there
too, without credentials.
"""

import hashlib
import hmac
import time
import uuid
from pathlib import Path

from shapely.geometry import Polygon, mapping
from shapely.ops import unary_union

from ..accounts import MAPFLOW_EMAIL
from .api import fail, found, route_maker
from .state import USER_ID, iso
from .storage import (
    DataStore,
    ImageRecord,
    MosaicRecord,
    StoredFile,
    UploadProblem,
    copy_range,
    file_part,
    mosaic_tile_png,
    preview_png,
    read_profile,
    unlink,
)
from .tiles import ID, ZXY
from ..server import HttpError, Response, json_response

SIGNING_KEY = b"sandbox-storage-signing-key"
LINK_SECONDS = 3600
MERCATOR_HALF = 20_037_508.342789244


def _name(value, required=True):
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip() or len(value) > 255:
        fail(400, "BAD_REQUEST", "name must be a non-empty string of at most 255 characters", name=value)
    return value.strip()


def _tags(value):
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(t, str) and t.strip() for t in value):
        fail(400, "BAD_REQUEST", "tags must be a list of non-empty strings", tags=value)
    return [t.strip() for t in value]


def register(sandbox):
    state = sandbox.state["mapflow"]  # sandbox/mapflow/api.py registers first (modules load by name)
    store = DataStore(sandbox.options)
    state.data = store
    state.reset_hooks.append(store.reset)
    api = route_maker(sandbox, state.lock)

    def mosaic_or_404(mosaic_id):
        return found(store.mosaics, mosaic_id, "Mosaic")

    def image_or_404(image_id):
        return found(store.images, image_id, "Image")

    # -- JSON shapes -----------------------------------------------------------------------------
    def mosaic_json(mosaic):
        footprints = [Polygon(store.images[i].stored.profile.footprint) for i in mosaic.image_ids]
        tiles = f"{sandbox.cdn_url}/mapflow/api/v0/cogs/mosaic/{mosaic.id}"
        return {"id": mosaic.id, "name": mosaic.name, "tags": mosaic.tags, "created_at": iso(mosaic.created),
                "updated_at": iso(mosaic.updated),
                "footprint": unary_union(footprints).wkt if footprints else None,
                "rasterLayer": {"tileUrl": tiles + "/tiles/{z}/{x}/{y}.png", "tileJsonUrl": tiles + "/tiles.json"}}

    def image_json(image):
        stored = image.stored
        api_base = f"{sandbox.url}/mapflow/rest/rasters/image/{image.id}"
        if state.live:  # previews where only the record says (the vendor client reads these fields)
            api_base = f"{sandbox.url}/mapflow/rest/rasters/previews/{image.id}"
        return {"id": image.id, "mosaic_id": image.mosaic_id, "image_url": stored.s3_url,
                "preview_url_s": api_base + "/preview/s", "preview_url_l": api_base + "/preview/l",
                "uploaded_at": iso(image.uploaded), "file_size": stored.size,
                "footprint": mapping(Polygon(stored.profile.footprint)), "filename": image.filename,
                "checksum": stored.checksum, "meta_data": stored.profile.meta_data(live=state.live),
                "cog_link": stored.s3_url}

    # -- receiving files ---------------------------------------------------------------------------
    def receive(request):
        """The file part stored and read (outside the lock: copying takes a while)."""
        length = request.headers.get("Content-Length")
        size = request.body_file.seek(0, 2)
        try:
            filename, start, end = file_part(request.body_file, request.headers.get("Content-Type"), size,
                                             int(length) if length else None)
            with state.lock:
                if store.used + (end - start) > store.limit:
                    raise UploadProblem("STORAGE_LIMIT_EXCEEDED", f"Not enough storage: {store.used:,} of "
                                        f"{store.limit:,} bytes used, the image needs {end - start:,} more")
            path = store.folder.new_file()
            checksum = copy_range(request.body_file, start, end, path)
            try:
                profile = read_profile(path)
            except UploadProblem:
                unlink(path)
                raise
        except UploadProblem as problem:
            fail(problem.status, problem.code, str(problem))
        name = filename.replace("\\", "/").rsplit("/", 1)[-1] or "image.tif"
        url = f"s3://users-data/{MAPFLOW_EMAIL}_{USER_ID}/{uuid.uuid4()}/{name}"
        return StoredFile(path, end - start, checksum, profile, url), name

    def keep(stored):
        """Register a received file under the lock, re-checking the limit (another upload
        may have finished meanwhile)."""
        if store.used + stored.size > store.limit:
            unlink(stored.path)
            fail(400, "STORAGE_LIMIT_EXCEEDED", f"Not enough storage: {store.used:,} of {store.limit:,} bytes "
                 f"used, the image needs {stored.size:,} more")
        store.files[stored.s3_url] = stored

    def add_image(mosaic, stored, filename):
        reference = store.first_profile(mosaic)
        reasons = stored.profile.same_grid_as(reference) if reference else []
        if reasons:
            store.forget_unused()
            fail(400, "MOSAIC_IMAGE_MISMATCH", "The uploaded images are required to have the same georeference "
                 f"system, number of bands, and spatial resolution: this image has {', '.join(reasons)}",
                 mosaic_id=mosaic.id)
        image = ImageRecord(str(uuid.uuid4()), mosaic.id, filename, stored, time.time())
        store.images[image.id] = image
        mosaic.image_ids.append(image.id)
        mosaic.updated = time.time()
        return image

    def upload_into(mosaic_id, request):
        stored, filename = receive(request)
        with state.lock:
            mosaic = store.mosaics.get(mosaic_id)
            if mosaic is None:
                unlink(stored.path)
                fail(404, "NOT_FOUND", f"Mosaic {mosaic_id} not found")
            keep(stored)
            return add_image(mosaic, stored, filename)

    # -- storage and the legacy upload -------------------------------------------------------------
    @api("GET", "/rasters/memory")
    def memory(request):
        used, limit = store.used, store.limit
        return json_response({"used_bytes": used, "limit_bytes": limit, "used_gb": round(used / 1e9, 3),
                              "limit_gb": round(limit / 1e9, 3), "usage_percent": round(100 * used / limit, 2)})

    @api("POST", "/rasters", locked=False)
    def legacy_upload(request):
        stored, _ = receive(request)
        stored.legacy = True
        stored.s3_url = f"s3://mapflow-rasters/{uuid.uuid4()}/raster.tif"  # the page's example form
        with state.lock:
            keep(stored)
        return json_response({"url": stored.s3_url})

    # -- mosaics --------------------------------------------------------------------------------------
    @api("GET", "/rasters/mosaic")
    def list_mosaics(request):
        return json_response([mosaic_json(m) for m in sorted(store.mosaics.values(), key=lambda m: m.created)])

    @api("POST", "/rasters/mosaic")
    def create_mosaic(request):
        body = request.json()
        if not isinstance(body, dict):
            fail(400, "BAD_REQUEST", "The request body must be a JSON object")
        now = time.time()
        mosaic = MosaicRecord(str(uuid.uuid4()), _name(body.get("name")), _tags(body.get("tags")), now, now)
        store.mosaics[mosaic.id] = mosaic
        return json_response(mosaic_json(mosaic))

    @api("POST", "/rasters/mosaic/(?:mosaic|image)", locked=False)
    def create_mosaic_with_image(request):
        # the page's curl shows /rasters/mosaic/mosaic, CONTRACTS.md §5 /rasters/mosaic/image
        name = _name(request.arg("name"))
        tags = [t.strip() for t in request.query.get("tags", []) if t.strip()]
        stored, filename = receive(request)
        with state.lock:
            keep(stored)
            now = time.time()
            mosaic = MosaicRecord(str(uuid.uuid4()), name, tags, now, now)
            store.mosaics[mosaic.id] = mosaic
            image = add_image(mosaic, stored, filename)
            return json_response({**mosaic_json(mosaic), "images": [image_json(image)]})

    @api("GET", "/rasters/mosaic/" + ID.format("mid"))
    def get_mosaic(request, mid):
        return json_response(mosaic_json(mosaic_or_404(mid)))

    @api("PUT", "/rasters/mosaic/" + ID.format("mid"))
    def update_mosaic(request, mid):
        mosaic = mosaic_or_404(mid)
        body = request.json()
        if not isinstance(body, dict):
            fail(400, "BAD_REQUEST", "The request body must be a JSON object")
        name = _name(body.get("name"), required=False)
        if name is not None:
            mosaic.name = name
        if "tags" in body:
            mosaic.tags = _tags(body["tags"])
        mosaic.updated = time.time()
        return json_response(mosaic_json(mosaic))

    @api("DELETE", "/rasters/mosaic/" + ID.format("mid"))
    def delete_mosaic(request, mid):
        mosaic = mosaic_or_404(mid)
        for image_id in mosaic.image_ids:  # "deleting mosaic also deletes all linked images"
            del store.images[image_id]
        del store.mosaics[mid]
        store.forget_unused()
        return Response(b"", status=204)

    @api("GET", "/rasters/mosaic/" + ID.format("mid") + "/image")
    def mosaic_images(request, mid):
        return json_response([image_json(store.images[i]) for i in mosaic_or_404(mid).image_ids])

    @api("POST", "/rasters/mosaic/" + ID.format("mid") + "/image", locked=False)
    def upload_image(request, mid):
        return json_response(image_json(upload_into(mid, request)))

    @api("POST", "/rasters/mosaic/" + ID.format("mid") + "/link-image")
    def link_image(request, mid):
        mosaic = mosaic_or_404(mid)
        body = request.json()
        url = body.get("url") if isinstance(body, dict) else None
        if not isinstance(url, str) or not url.startswith("s3://"):
            fail(400, "BAD_REQUEST", "url must be the s3:// URL of an image in your storage", url=url)
        stored = store.files.get(url)
        if stored is None:
            fail(404, "NOT_FOUND", f"No image at {url} in your storage")
        add_image(mosaic, stored, url.rsplit("/", 1)[-1])
        return json_response({"message": "File successfully linked to a mosaic", "mosaic_id": mosaic.id})

    # -- images -------------------------------------------------------------------------------------------
    @api("GET", "/rasters/image/" + ID.format("iid"))
    def get_image(request, iid):
        return json_response(image_json(image_or_404(iid)))

    @api("PUT", "/rasters/image/" + ID.format("iid"))
    def rename_image(request, iid):
        image = image_or_404(iid)
        image.filename = _name(request.arg("name"))
        return json_response(image_json(image))

    @api("DELETE", "/rasters/image/" + ID.format("iid"))
    def delete_image(request, iid):
        image = image_or_404(iid)
        store.mosaics[image.mosaic_id].image_ids.remove(iid)
        del store.images[iid]
        store.forget_unused()
        return Response(b"", status=204)

    @api("GET", "/rasters/(?P<form>image/|previews/)?" + ID.format("iid") + "/preview/(?P<size>[^/]+)")
    def preview(request, iid, size, form=None):
        # the page's heading has /rasters/{id}/preview/{type}, its example /rasters/image/{id}/preview/s;
        # under mapflow.live_shapes only the URL the image record gives answers
        if (form == "previews/") != state.live:
            fail(404, "NOT_FOUND", f"GET {request.path} is not served")
        if size not in ("s", "l"):
            fail(400, "BAD_REQUEST", "preview_type must be s (256x256) or l (1024x1024)", preview_type=size)
        image = image_or_404(iid)
        return Response(preview_png(image.stored.path, 256 if size == "s" else 1024), content_type="image/png")

    @api("GET", "/rasters/image/" + ID.format("iid") + "/download")
    def download_link(request, iid):
        image = image_or_404(iid)
        expires = int(time.time()) + LINK_SECONDS
        url = (f"{sandbox.cdn_url}/mapflow-storage/{image.id}/{image.filename}?X-Amz-Expires={expires}"
               f"&X-Amz-Signature={_signature(image.id, expires)}")
        return json_response({"download_url": url, "filename": image.filename, "expires_in": LINK_SECONDS})

    @sandbox.route("GET", "/mapflow-storage/" + ID.format("iid") + "/(?P<name>[^/]+)", ("cdn",))
    def presigned_file(request, iid, name):
        if request.headers.get("Authorization"):
            # S3 refuses a presigned request that also carries an Authorization header
            raise_xml(400, "InvalidArgument", "Only one auth mechanism allowed")
        expires = request.arg("X-Amz-Expires", "")
        if not expires.isdigit() or not hmac.compare_digest(request.arg("X-Amz-Signature", ""),
                                                            _signature(iid, int(expires))):
            raise_xml(403, "SignatureDoesNotMatch", "The request signature we calculated does not match")
        if int(expires) < time.time():
            raise_xml(403, "AccessDenied", "Request has expired")
        with state.lock:
            image = image_or_404(iid)
        return Response(Path(image.stored.path), content_type="image/tiff", ranges=True)

    @api("GET", "/mapflow/api/v0/cogs/mosaic/" + ID.format("mid") + "/tiles/" + ZXY + r"\.png", auth=False,
         hosts=("main", "cdn"))
    def mosaic_tile(request, mid, z, x, y):
        mosaic = mosaic_or_404(mid)
        z, x, y = int(z), int(x), int(y)
        if z > 24 or not (0 <= x < 2 ** z and 0 <= y < 2 ** z):
            fail(400, "BAD_REQUEST", "No such tile")
        step = 2 * MERCATOR_HALF / 2 ** z
        bounds = (-MERCATOR_HALF + x * step, MERCATOR_HALF - (y + 1) * step,
                  -MERCATOR_HALF + (x + 1) * step, MERCATOR_HALF - y * step)
        images = [store.images[i] for i in mosaic.image_ids]
        if not images:
            fail(404, "NOT_FOUND", "The mosaic has no images yet")
        png = mosaic_tile_png([i.stored.path for i in images], bounds, images[0].stored.profile.count)
        return Response(png, content_type="image/png")


def _signature(image_id, expires):
    return hmac.new(SIGNING_KEY, f"{image_id}:{expires}".encode(), hashlib.sha256).hexdigest()


def raise_xml(status, code, message):
    body = f"<?xml version='1.0' encoding='UTF-8'?><Error><Code>{code}</Code><Message>{message}</Message></Error>"
    raise HttpError(Response(body.encode(), status=status, content_type="application/xml"))

