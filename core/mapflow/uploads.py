"""Uploading GeoTIFFs into a Mapflow mosaic, in a task.

Everything that can refuse an upload is asked before the first byte goes out,
in this order: GDAL reads each file (georeferenced? which CRS, bands, pixel
size?), the files must agree with each other, then Mapflow is asked for the
mosaic's images (whose profile the files must match, as the API page warns)
and for the storage left (the files must fit). Then the files are streamed one
by one with the bytes as progress; Cancel stops the file being sent mid-way,
and the service keeps nothing of it (files already sent stay in the mosaic).
"""

import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Optional, Sequence

from ...providers.errors import InvalidInputError
from ...providers.mapflow.client import MapflowClient
from ...providers.mapflow.data_models import Mosaic, RasterImage, Storage, format_bytes
from ..i18n import translate
from ..messages import WARNING, log
from ..tasks import ImageryHubTask
from .rasters import check_same_grid, is_geotiff, read_profile, to_geotiff
from .words import profile_text


@dataclass
class UploadTarget:
    """An existing mosaic (``mosaic_id``), or a new one named ``name`` with ``tags``."""

    name: str
    mosaic_id: Optional[str] = None
    tags: Sequence[str] = ()


@dataclass
class UploadOutcome:
    mosaic: Mosaic
    images: List[RasterImage] = field(default_factory=list)
    storage: Optional[Storage] = None


class UploadTask(ImageryHubTask):
    def __init__(self, token, base_url, paths, target, on_success=None, on_error=None):
        names = ", ".join(Path(p).name for p in paths[:2]) + ("…" if len(paths) > 2 else "")
        description = translate("ImageryHub.Mapflow", "Imagery Hub: uploading {files} to Mapflow").format(files=names)
        super().__init__(description, on_success, on_error)
        self.token, self.base_url = token, base_url
        self.paths = [Path(p) for p in paths]
        self.target = target

    def work(self):
        self.set_status(translate("ImageryHub.Mapflow", "Checking the files…"))
        profiles = {path.name: read_profile(path) for path in self.paths}  # refuses before any request
        check_same_grid(profiles)
        client = MapflowClient(self.token, self.base_url, cancelled=self.is_cancelled)
        target = self.target
        if target.mosaic_id:
            self.set_status(translate("ImageryHub.Mapflow", "Checking the mosaic “{name}”…").format(name=target.name))
            images = client.data.mosaic_images(target.mosaic_id)
            reference = next((i.profile for i in images if i.profile is not None), None)
            if reference is not None:
                against = translate("ImageryHub.Mapflow", "the mosaic “{name}” ({profile})").format(
                    name=target.name, profile=profile_text(reference))
                check_same_grid(profiles, reference, against)
            elif images:  # said, not skipped in silence: Mapflow will judge the grid itself
                log(translate("ImageryHub.Mapflow",
                              "Mapflow: the images of “{name}” describe no raster profile this plugin "
                              "reads, so their grid was not compared before the upload").format(name=target.name),
                    WARNING)
        with tempfile.TemporaryDirectory(prefix="imagery-hub-upload-") as scratch:
            files = [self._as_geotiff(path, scratch) for path in self.paths]
            sizes = [path.stat().st_size for path in files]
            client.data.storage().check_room(sum(sizes))
            return self._send(client, files, sizes)

    def _as_geotiff(self, path, scratch):
        if is_geotiff(path):
            return path
        self.set_status(translate("ImageryHub.Mapflow", "Writing {file} as a GeoTIFF…").format(file=path.name))
        return to_geotiff(path, scratch, cancelled=self.is_cancelled,
                          progress=lambda fraction: self.setProgress(100 * fraction))

    def _send(self, client, files, sizes):
        target, total, done = self.target, sum(sizes), 0
        outcome = UploadOutcome(Mosaic(target.mosaic_id or "", target.name, list(target.tags)))
        for number, (path, size) in enumerate(zip(files, sizes), 1):
            self.set_status(translate("ImageryHub.Mapflow", "Uploading {file} ({size}, {number} of {count})…").format(
                file=path.name, size=format_bytes(size), number=number, count=len(files)))

            def sent(count, _total, before=done):
                self.report(before + count, total)
            if outcome.mosaic.id:
                image = client.data.upload_image(outcome.mosaic.id, path, progress=sent)
            else:
                outcome.mosaic, image = client.data.create_mosaic_with_image(path, target.name, target.tags,
                                                                             progress=sent)
            if image is not None:
                outcome.images.append(image)
            done += size
        outcome.storage = client.data.storage()
        return outcome


def upload_for_processing(client, task, path):
    """The legacy upload (``POST /rasters``) of one GeoTIFF, for its ``s3://`` URL,
    after the same checks: georeferenced, and room in the storage (worker thread)."""
    path = Path(path)
    read_profile(path)
    if not is_geotiff(path):
        raise InvalidInputError(translate("ImageryHub.Mapflow",
                                          "{file} is not a GeoTIFF: use My imagery to upload other "
                                          "rasters").format(file=path.name),
                                parameter="file", service="Mapflow")
    client.data.storage().check_room(path.stat().st_size)
    task.set_status(translate("ImageryHub.Mapflow", "Uploading {file} ({size})…").format(
        file=path.name, size=format_bytes(path.stat().st_size)))
    return client.data.upload_raster(path, progress=task.report)
