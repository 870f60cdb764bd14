"""Mapflow's values as the user's language says them: a processing's status
(the provider keeps the English label as the fallback) and a time in the
locale's short form."""

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QDate, QDateTime, QLocale, QTime

from ...providers.errors import ImageryHubError
from ..i18n import message_text, translate

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
