"""The Pictures grid's thumbnails of EOSDA scenes: the scene's preview link
(kept in the footprints layer's ``thumbnail`` field) fetched and scaled in a
task, cached in the user's QGIS profile under the scene's view id."""

import hashlib
from pathlib import Path

from qgis.core import QgsApplication

from ...providers.eosda.client import EosdaClient
from ...providers.errors import ImageryHubError
from ..i18n import translate
from ..images import decode_file, decode_image
from ..tasks import FunctionTask


def thumbnail_folder():
    """The cache of the results grid's pictures, in the user's QGIS profile."""
    return Path(QgsApplication.qgisSettingsDirPath()) / "cache" / "imagery_hub" / "eosda"


def cached_path(link, width, height):
    """Where the picture of ``link`` fitted into width × height is kept: named
    by the link, so that a scene's new preview is fetched anew."""
    digest = hashlib.sha1(link.encode()).hexdigest()[:16]
    return thumbnail_folder() / f"{digest}_{width}x{height}.png"


def fetch_thumbnail(client, link, width, height):
    """The path of the preview at ``link`` fitted into width × height (worker
    thread); a later call reads the cached file."""
    target = cached_path(link, width, height)
    if target.exists():
        return str(target)
    picture = decode_image(client.thumbnail(link), min(width, height))
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.stem + ".part.png")
    if not picture.save(str(part), "PNG"):
        raise ImageryHubError(translate("ImageryHub.EOSDA", "Could not write the thumbnail {path}").format(path=part),
                              service="EOSDA")
    part.replace(target)
    return str(target)


def thumbnail_task(api_key, base_url, link, width, height, description, on_success=None, on_error=None,
                   **session_options):
    """A task bringing one scene's thumbnail (on success its QImage, decoded in the task)."""
    def work(task):
        client = EosdaClient(api_key, base_url, cancelled=task.is_cancelled, **session_options)
        return decode_file(fetch_thumbnail(client, link, width, height))
    return FunctionTask(description, work, on_success=on_success, on_error=on_error)
