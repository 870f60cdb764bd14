"""Spexi work that runs in tasks: search into a GeoPackage, add images to a
result, download selected images, fetch one image for a preview.

Credentials and URLs are read on the GUI thread and handed in as values.
"""

import hashlib
import time
from dataclasses import dataclass
from pathlib import Path

from osgeo import gdal
from qgis.core import QgsApplication

from ...providers.download import download
from ...providers.spexi.client import MAX_LIMIT, SpexiClient, image_filename
from ..downloads import DownloadJob, DownloadTask
from ..images import decode_file
from ..i18n import number, translate
from ..layers import let_go
from .layers import append_results, new_result_path, result_rows, table_rows, write_local_paths, write_results
from .warp import gdal_result
from ..tasks import ImageryHubTask



def preview_folder():
    """The cache of previewed images, in the user's QGIS profile."""
    return Path(QgsApplication.qgisSettingsDirPath()) / "cache" / "imagery_hub" / "spexi"


@dataclass
class SearchResult:
    path: str
    count: int
    seconds: float
    cells: int = 1
    rows: list = None  # the results table's rows, read here rather than on the GUI thread
    skipped: int = 0  # features Spexi sent that could not be read, left out
    span: tuple = None  # the capture dates' span (core.layers.date_span), read here too


def client_factory(api_key, base_url):
    """``make(cancelled) -> SpexiClient``: each task (or worker thread) its own client."""
    def make(cancelled=None):
        return SpexiClient(api_key, base_url, cancelled=cancelled)
    return make


def search_records(client, area, point, filters, max_records, progress=None):
    """The records (a generator) of a search of ``area`` (shapely, lon/lat; cell
    by cell when over 1 km²) or of ``point`` (lon, lat, radius m)."""
    limit = min(MAX_LIMIT, max_records or MAX_LIMIT)
    if point:
        return client.search(point=point, limit=limit, max_records=max_records, progress=progress, **filters)
    return client.search_area(area, limit=limit, max_records=max_records, progress=progress, **filters)


class SpexiSearchTask(ImageryHubTask):
    """Search an AOI (cell by cell when over 1 km²; a point AOI by point and
    radius), then write the footprints and camera positions into a new GeoPackage."""

    def __init__(self, make_client, aoi, filters, max_records, folder, on_success=None, on_error=None):
        super().__init__(translate("ImageryHub.Spexi", "Spexi search"), on_success, on_error)
        self.make_client = make_client
        self.aoi = aoi.to_shapely() if aoi.kind != "point" else None
        self.point = (aoi.point.x(), aoi.point.y(), aoi.radius_m) if aoi.kind == "point" else None
        self.filters = dict(filters)
        self.max_records = max_records
        self.folder = folder
        self.cells = 1
        self.state = None  # the search's SearchProgress, which also counts skipped features

    def _progress(self, state):
        self.state = state
        images = state.images  # a plain name: pylupdate5 misses n written as a.b
        if state.cells > 1:
            status = translate("ImageryHub.Spexi", "Searching: cell {cell} of {cells}, page {page}, %Ln image(s) "
                                                   "received", None, images).format(
                cell=number(state.cell), cells=number(state.cells), page=number(state.pages))
        else:
            status = translate("ImageryHub.Spexi", "Searching: page {page}, %Ln image(s) received", None,
                               images).format(page=number(state.pages))
        self.set_status(status)
        self.cells = state.cells
        if self.max_records:  # searching is the first 80 %, writing the rest
            self.setProgress(80.0 * min(state.images, self.max_records) / self.max_records)

    def work(self):
        began = time.monotonic()
        found = search_records(self.make_client(self.is_cancelled), self.aoi, self.point, self.filters,
                               self.max_records, self._progress)
        rows = result_rows(found)  # compact rows: the records themselves are dropped page by page
        skipped = self.state.skipped if self.state else 0
        if not rows:
            return SearchResult(None, 0, time.monotonic() - began, self.cells, skipped=skipped)
        self.set_status(translate("ImageryHub.Spexi", "Writing %Ln image(s) into the result layers", None, len(rows)))
        path = new_result_path(self.folder)
        write_results(path, rows, self.is_cancelled,
                      lambda done, total: self.setProgress(80.0 + 20.0 * done / total))
        table, span = table_rows(path, with_span=True)
        count = len(rows)
        let_go(rows)
        return SearchResult(str(path), count, time.monotonic() - began, self.cells, table, skipped, span)


class AppendTask(ImageryHubTask):
    """Add image records to an existing result GeoPackage, or to a new one."""

    def __init__(self, records, path=None, folder=None, on_success=None, on_error=None):
        super().__init__(translate("ImageryHub.Spexi", "Spexi: add images to the results"), on_success, on_error)
        self.records = list(records)
        self.path = path
        self.folder = folder

    def work(self):
        """(GeoPackage path, images added, the table's rows)."""
        if self.path:
            added = append_results(self.path, self.records)
            return self.path, added, table_rows(self.path)
        path = new_result_path(self.folder, "multiview")
        write_results(path, result_rows(self.records), self.is_cancelled)
        return str(path), len(self.records), table_rows(path)


class SpexiDownloadTask(DownloadTask):
    """Downloads, then (with ``gpkg``) writes the files' paths into the result
    GeoPackage's layers not named in ``skip``, here rather than on the GUI
    thread; the result's ``written`` names them (for ``set_local_paths``)."""

    def __init__(self, *args, gpkg=None, skip=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.gpkg, self.skip = gpkg, tuple(skip)

    def work(self):
        result = super().work()
        result.written = write_local_paths(self.gpkg, result.paths, self.skip) if self.gpkg and result.paths else []
        return result


def download_task(make_client, targets, folder, concurrency, on_success=None, on_error=None, gpkg=None, skip=()):
    """A download task for ``{image id: (url, file name)}``; see :class:`SpexiDownloadTask`."""
    jobs = [DownloadJob(key=image_id, url=url, filename=name) for image_id, (url, name) in targets.items()]
    return SpexiDownloadTask(translate(
        "ImageryHub.Spexi", "Spexi: downloading %Ln image(s)", None, len(jobs)), jobs, folder,
                             lambda cancelled: make_client(cancelled).session, concurrency,
                             on_success=on_success, on_error=on_error, gpkg=gpkg, skip=skip)


def downloaded_text(result):
    """What a finished download says, in the user's language (the shared summary)."""
    return "Spexi: " + result.summary("image")


@dataclass
class DecodedImage:
    path: str
    image: object  # QImage


class FetchImageTask(ImageryHubTask):
    """One image variant into the preview cache (kept between calls); with
    ``thumbnail=(width, height)`` the result is a copy fitted into that box.

    Thumbnails are made here with GDAL rather than scaled by Qt on the GUI
    thread: Qt's smooth scaling borrows threads from the pool the tasks run
    on, and waits for them while the tasks hold them all."""

    def __init__(self, make_client, image_id, url, variant, thumbnail=None, on_success=None, on_error=None,
                 decode=False):
        super().__init__(translate(
            "ImageryHub.Spexi", "Spexi: fetching image {image}").format(image=image_id), on_success, on_error)
        self.decode = decode  # the result is then a DecodedImage: the picture read here, not on the GUI thread
        self.make_client = make_client
        self.image_id = image_id
        self.url = url
        self.variant = variant
        self.thumbnail = thumbnail

    def work(self):
        # a zoomed image depends on the query it came from: the URL is part of the name
        digest = hashlib.sha1(self.url.encode()).hexdigest()[:10]
        folder = preview_folder()
        image = folder / image_filename(self.image_id, f"{self.variant}_{digest}")
        if not image.exists():
            client = self.make_client(self.is_cancelled)
            download(client.session, self.url, folder, image.name,
                     progress=lambda done, total: self.report(done, total))
        if self.thumbnail:
            image = make_thumbnail(image, *self.thumbnail)
        if self.decode:
            return DecodedImage(str(image), decode_file(image))
        return str(image)


def make_thumbnail(image, width, height):
    """A JPEG of ``image`` fitted into width × height (made once, then reused)."""
    target = image.with_name(f"{image.stem}_{width}x{height}.jpg")
    if target.exists():
        return target
    source = gdal_result(gdal.Open(str(image)), translate(
        "ImageryHub.Spexi", "GDAL could not read {name}").format(name=image.name))
    scale = min(width / source.RasterXSize, height / source.RasterYSize, 1.0)
    part = target.with_name(target.stem + ".part.jpg")
    copy = gdal.Translate(str(part), source, format="JPEG", width=max(1, round(source.RasterXSize * scale)),
                          height=max(1, round(source.RasterYSize * scale)), resampleAlg="average",
                          creationOptions=["QUALITY=88"])
    gdal_result(copy, translate(
        "ImageryHub.Spexi", "GDAL could not make a thumbnail of {name}").format(name=image.name))
    copy = source = None  # closes the files
    Path(f"{part}.aux.xml").unlink(missing_ok=True)  # GDAL's side file of metadata: not wanted here
    part.replace(target)
    return target
