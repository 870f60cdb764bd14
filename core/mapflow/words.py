"""Mapflow's values as the user's language says them: a processing's status,
a storage, a raster profile and an imagery source (the provider keeps the
English wording as the fallback), times and numbers in the locale."""

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QDate, QDateTime, QLocale, QTime

from ...providers.errors import ImageryHubError
from ...providers.mapflow.data_models import format_bytes
from ...providers.mapflow.sources import CatalogImageSource, DataProviderSource, MosaicSource, UploadedImageSource
from ..i18n import translate
from ..sentences import message_text

STATUS_TEXTS = {"UNPROCESSED": QT_TRANSLATE_NOOP("ImageryHub.Mapflow", "Queued"),
                "IN_PROGRESS": QT_TRANSLATE_NOOP("ImageryHub.Mapflow", "In progress"),
                "AWAITING": QT_TRANSLATE_NOOP("ImageryHub.Mapflow", "Awaiting"),
                "OK": QT_TRANSLATE_NOOP("ImageryHub.Mapflow", "Done"),
                "FAILED": QT_TRANSLATE_NOOP("ImageryHub.Mapflow", "Failed"),
                "CANCELLED": QT_TRANSLATE_NOOP("ImageryHub.Mapflow", "Cancelled"),
                "REFUNDED": QT_TRANSLATE_NOOP("ImageryHub.Mapflow", "Refunded")}


#: the start form's last line about a processing it started
ENDINGS = {"OK": QT_TRANSLATE_NOOP("ImageryHub.Mapflow", "“{name}” done."),
           "FAILED": QT_TRANSLATE_NOOP("ImageryHub.Mapflow", "“{name}” failed."),
           "CANCELLED": QT_TRANSLATE_NOOP("ImageryHub.Mapflow", "“{name}” cancelled."),
           "REFUNDED": QT_TRANSLATE_NOOP("ImageryHub.Mapflow", "“{name}” refunded.")}


def ending_text(processing):
    """A sentence saying how the processing ended."""
    template = ENDINGS.get(processing.status)
    if template is None:
        return translate("ImageryHub.Mapflow", "“{name}”: {status}.").format(name=processing.name,
                                                                            status=status_text(processing))
    return translate("ImageryHub.Mapflow", template).format(name=processing.name)


def status_text(processing):
    """The processing's status in the user's language (an unknown one as Mapflow named it)."""
    text = STATUS_TEXTS.get(processing.status)
    return translate("ImageryHub.Mapflow", text) if text else processing.status_label


def local_time(when):
    """A datetime as the user's locale writes a date and time (short form), in
    the datetime's own zone."""
    moment = QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def short_number(value):
    """A number with the decimals it has, at most six digits (as ``{:g}``), in the locale."""
    return QLocale().toString(float(value), "g", 6)


def reason(error):
    """An error's own sentence (without the service's name) in the user's
    language, for a status line; a service's words as it sent them."""
    return message_text(error) if isinstance(error, ImageryHubError) else str(error)


def storage_text(storage):
    """How much of the Mapflow storage is used (the units as they are)."""
    if storage.limit_bytes is None:
        return translate("ImageryHub.Mapflow", "{used} used").format(used=format_bytes(storage.used_bytes))
    return translate("ImageryHub.Mapflow", "{used} of {limit} used").format(
        used=format_bytes(storage.used_bytes), limit=format_bytes(storage.limit_bytes))


def profile_text(profile):
    """A raster's CRS, bands and pixel size."""
    bands = profile.band_count  # pylupdate5 reads only a plain name or call as the count
    return translate("ImageryHub.Mapflow", "{crs}, %Ln band(s), pixel size {size}", None, bands).format(
        crs=profile.crs, size=short_number(profile.pixel_size))


def source_text(source):
    """The imagery of a processing as the confirmation and the start form name it."""
    if isinstance(source, UploadedImageSource):
        return translate("ImageryHub.Mapflow", "uploaded image {name}").format(name=source.name or source.url)
    if isinstance(source, MosaicSource):
        name, count = source.name or source.mosaic_id, len(source.image_ids)
        if count:
            return translate("ImageryHub.Mapflow", "%Ln image(s) of the mosaic “{name}”", None, count).format(name=name)
        return translate("ImageryHub.Mapflow", "the mosaic “{name}”").format(name=name)
    if isinstance(source, CatalogImageSource):
        return translate("ImageryHub.Mapflow", "{provider} image {id}").format(provider=source.provider,
                                                                              id=source.image_id)
    if isinstance(source, DataProviderSource):
        return translate("ImageryHub.Mapflow", "{provider} imagery").format(
            provider=source.label_text or source.provider)
    return source.label  # tile URLs: nothing to translate
