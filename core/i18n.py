"""The plugin in the user's language.

QGIS's own locale decides (Settings → Options → General → "Override system
locale", else the system's; ``QgsApplication.locale()`` reads both as QGIS
does). :func:`install` loads ``resources/i18n/imagery_hub_<locale>.qm`` into a
QTranslator, trying the full name (``zh_CN``) and then the language (``fr``);
without a file the English source texts show. :func:`remove` takes it out on
unload.

Strings are marked with :func:`translate` (the signature of
``QCoreApplication.translate``, so that ``pylupdate5`` finds them: literal
context and text, a count ``n`` as the fourth positional argument for
``%Ln`` plural forms, the count in the locale's digits) or
``QT_TRANSLATE_NOOP`` for class attributes translated later. Contexts start
with ``ImageryHub.`` so that they never meet QGIS's own.

Providers have no Qt: their errors carry a ``key`` (see providers/errors.py)
which :func:`error_text` translates here, the English text being the fallback;
what a service said is shown as it was sent.
"""

import re

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QTranslator

from ..providers.errors import ImageryHubError
from .resources import RESOURCES

I18N = RESOURCES / "i18n"
#: what every .qm file is called, before ``_<locale>.qm``
PREFIX = "imagery_hub"
ENGLISH_PLURAL = re.compile(r"\((s|es)\)")


def translate(context, text, disambiguation=None, n=-1):
    translated = QCoreApplication.translate(context, text, disambiguation, n)
    if n != -1 and translated == text.replace("%Ln", QLocale().toString(n)).replace("%n", str(n)):
        # no translation (English): "%Ln image(s)" → "1 image", "2 images"
        translated = ENGLISH_PLURAL.sub("" if n == 1 else r"\1", translated)
    return translated


def number(value, decimals=None):
    """A number as the user's locale writes it (grouping, decimal sign)."""
    if decimals is None and isinstance(value, int):
        return QLocale().toString(value)
    return QLocale().toString(float(value), "f", 0 if decimals is None else decimals)


def locale_name():
    """QGIS's locale: ``fr``, ``pt_BR``, ``zh_CN``... For the system locale QGIS
    keeps only the language; the full name comes from QLocale then."""
    name = QgsApplication.locale() or "en"
    system = QLocale.system().name()
    if "_" not in name and system.startswith(name + "_"):
        return system
    return name


def qm_file(locale=None):
    """The .qm file for ``locale`` (default: QGIS's), or None (English)."""
    locale = locale or locale_name()
    for candidate in (locale, locale.split("_")[0]):
        path = I18N / f"{PREFIX}_{candidate}.qm"
        if path.is_file():
            return path
    return None


def install(locale=None):
    """Load and install the translator for QGIS's locale; returns it (keep it
    for :func:`remove`) or None when the plugin speaks English there."""
    path = qm_file(locale)
    if path is None:
        return None
    translator = QTranslator()
    if not translator.load(str(path)) or not QCoreApplication.installTranslator(translator):
        return None
    return translator


def remove(translator):
    if translator is not None:
        QCoreApplication.removeTranslator(translator)


# -- providers' keyed sentences ----------------------------------------------------------
#: the kind phrase of each error class, for errors whose service said nothing
KINDS = {
    "Error": QT_TRANSLATE_NOOP("ImageryHub.Errors", "Error"),
    "Authentication failed": QT_TRANSLATE_NOOP("ImageryHub.Errors", "Authentication failed"),
    "Permission denied": QT_TRANSLATE_NOOP("ImageryHub.Errors", "Permission denied"),
    "Not found": QT_TRANSLATE_NOOP("ImageryHub.Errors", "Not found"),
    "Too many requests: the service asked to slow down":
        QT_TRANSLATE_NOOP("ImageryHub.Errors", "Too many requests: the service asked to slow down"),
    "Invalid input": QT_TRANSLATE_NOOP("ImageryHub.Errors", "Invalid input"),
    "The service reported an error": QT_TRANSLATE_NOOP("ImageryHub.Errors", "The service reported an error"),
    "Network error": QT_TRANSLATE_NOOP("ImageryHub.Errors", "Network error"),
    "Cancelled": QT_TRANSLATE_NOOP("ImageryHub.Errors", "Cancelled"),
    "Not a readable vector tile": QT_TRANSLATE_NOOP("ImageryHub.Errors", "Not a readable vector tile"),
    "The service kept sending pages; the listing was stopped":
        QT_TRANSLATE_NOOP("ImageryHub.Errors", "The service kept sending pages; the listing was stopped"),
    "The render did not finish in time": QT_TRANSLATE_NOOP("ImageryHub.Errors", "The render did not finish in time"),
}

#: provider sentence keys → their template in the user's language (``n``: the plural count, or -1)
SENTENCES = {
    "auth.hint": lambda n: translate("ImageryHub.Providers", "check the key or token in Imagery Hub settings"),
    "budget.cost": lambda n: translate("ImageryHub.Providers", "{requests}, {duration}"),
    "budget.requests": lambda n: translate("ImageryHub.Providers", "about %Ln request(s)", None, n),
    "budget.under_a_minute": lambda n: translate("ImageryHub.Providers", "under a minute"),
    "budget.minutes": lambda n: translate("ImageryHub.Providers", "roughly %Ln minute(s)", None, n),
    "budget.hours": lambda n: translate("ImageryHub.Providers", "roughly %Ln hour(s)", None, n),
    "budget.days": lambda n: translate("ImageryHub.Providers", "roughly %Ln day(s)", None, n),
    "budget.smaller_area": lambda n: translate("ImageryHub.Providers", "draw a smaller area"),
    "budget.smaller_area_or_point": lambda n: translate("ImageryHub.Providers",
                                                        "draw a smaller area or search around a point"),
    "budget.smaller_area_or_dates": lambda n: translate("ImageryHub.Providers",
                                                        "draw a smaller area or narrow the dates"),
    "budget.narrow_dates": lambda n: translate("ImageryHub.Providers", "narrow the dates"),
    "budget.question": lambda n: translate("ImageryHub.Providers",
                                           "This {service} search needs {cost} — search anyway?"),
    "budget.refusal": lambda n: translate("ImageryHub.Providers", "The area of interest needs {cost} ({service} "
                                          "searches at most {limit} requests): {advice}"),
    "budget.unconfirmed": lambda n: translate("ImageryHub.Providers", "The area of interest needs {cost}: {advice}, "
                                              "or set {parameter} to search anyway"),
}


#: the services' registry (providers/registry.py): credential and URL labels,
#: where to get credentials; translated at use with :func:`registry_text`
REGISTRY = (
    QT_TRANSLATE_NOOP("ImageryHub.Registry", "API key"),
    QT_TRANSLATE_NOOP("ImageryHub.Registry", "API token"),
    QT_TRANSLATE_NOOP("ImageryHub.Registry", "Access token"),
    QT_TRANSLATE_NOOP("ImageryHub.Registry", "v2 client id"),
    QT_TRANSLATE_NOOP("ImageryHub.Registry", "v2 user token"),
    QT_TRANSLATE_NOOP("ImageryHub.Registry", "Username"),
    QT_TRANSLATE_NOOP("ImageryHub.Registry", "Password or API token"),
    QT_TRANSLATE_NOOP("ImageryHub.Registry", "API URL"),
    QT_TRANSLATE_NOOP("ImageryHub.Registry", "Graph API URL"),
    QT_TRANSLATE_NOOP("ImageryHub.Registry", "Tiles URL"),
    QT_TRANSLATE_NOOP("ImageryHub.Registry", "v2 API URL"),
    QT_TRANSLATE_NOOP("ImageryHub.Registry", "Create a key in Spexi World (world.spexi.com): Settings → API Keys."),
    QT_TRANSLATE_NOOP("ImageryHub.Registry",
                      "Register an app at mapillary.com/dashboard/developers for its client token."),
    QT_TRANSLATE_NOOP("ImageryHub.Registry", "Copy the API token from app.mapflow.ai/account/api."),
    QT_TRANSLATE_NOOP("ImageryHub.Registry",
                      "Find the API key in your EOSDA API Connect account (api-connect.eos.com)."),
    QT_TRANSLATE_NOOP("ImageryHub.Registry",
                      "Use a Seequent service account (ask for one through MySeequent support)."),
)


def registry_text(text):
    """A label or sentence of the services' registry in the user's language
    (:data:`REGISTRY`); the English text where it has none."""
    return translate("ImageryHub.Registry", text)


def sentence(key, args=None, english=""):
    """A provider's keyed sentence in the user's language. ``args`` fill the
    ``{name}`` fields; a value that is itself a ``(key, args)`` pair is a keyed
    phrase, an int under ``n`` the plural count. Unknown keys give ``english``."""
    args = dict(args or {})
    template = SENTENCES.get(key)
    if template is None:
        return english
    text = template(args.pop("n", -1))
    values = {name: sentence(*value) if isinstance(value, tuple) else
              (number(value) if isinstance(value, int) and not isinstance(value, bool) else value)
              for name, value in args.items()}
    return text.format(**values)


def message_text(error):
    """An error's message in the user's language: a keyed sentence or kind
    phrase translated; a service's own message as sent."""
    if error.key:
        return sentence(error.key, error.values, error.message)
    if error.message == error.kind:
        return translate("ImageryHub.Errors", KINDS.get(error.kind, error.kind))
    return error.message


def error_text(error):
    """``str(error)`` in the user's language (see :func:`message_text`)."""
    if not isinstance(error, ImageryHubError):
        return str(error)
    hint = getattr(error, "hint", None)
    return error.format(message_text(error), sentence("auth.hint", None, hint) if hint else None)
