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

The providers' keyed sentences and the registry's labels are translated by
core/sentences.py.
"""

import re

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

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
