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

#: provider sentence keys → their template: a function of the plural count ``n`` (or -1) giving it in
#: the user's language, or the English source (context ImageryHub.Providers) translated at use
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
    "answer.cut_short": QT_TRANSLATE_NOOP("ImageryHub.Providers", "The answer from {host} was cut short"),
    "answer.not_json": QT_TRANSLATE_NOOP("ImageryHub.Providers", "The service sent a response that is not valid JSON"),
    "answer.over_limit": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "The service sent an answer over {limit}; at most {limit} of JSON is accepted, so it was refused"),
    "answer.too_large": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "The service sent a {size} answer; at most {limit} of JSON is accepted, so it was refused"),
    "aoi.empty": QT_TRANSLATE_NOOP("ImageryHub.Providers", "The area of interest is empty"),
    "aoi.lonlat": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "The area of interest must be in longitude/latitude (EPSG:4326)"),
    "aoi.polygon": QT_TRANSLATE_NOOP("ImageryHub.Providers", "The area of interest must be a polygon with an area"),
    "archive.checksum": QT_TRANSLATE_NOOP("ImageryHub.Providers", "its data does not match its checksum"),
    "archive.compression": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "it uses a compression method that cannot be read"),
    "archive.damaged": QT_TRANSLATE_NOOP("ImageryHub.Providers", "it is damaged"),
    "archive.data_damaged": QT_TRANSLATE_NOOP("ImageryHub.Providers", "its data is damaged"),
    "archive.encrypted": QT_TRANSLATE_NOOP("ImageryHub.Providers", "it is encrypted"),
    "budget.fewer_services": QT_TRANSLATE_NOOP("ImageryHub.Providers", "choose fewer services"),
    "dates.reversed": QT_TRANSLATE_NOOP("ImageryHub.Providers", "The start date is after the end date"),
    "dates.swap": QT_TRANSLATE_NOOP("ImageryHub.Providers", "The start date is after the end date: swap them"),
    "download.incomplete": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "Download of {name} incomplete: received {got} bytes"),
    "download.larger": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "Download of {name} is larger than announced ({have} > {total} bytes)"),
    "download.not_plain": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "{name} in the download folder is a link or not a plain file; nothing was written to it"),
    "download.outside": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "Refused file name {name}: it points outside the download folder"),
    "eosda.a_level": QT_TRANSLATE_NOOP("ImageryHub.Providers", "A level"),
    "eosda.a_threshold": QT_TRANSLATE_NOOP("ImageryHub.Providers", "A threshold"),
    "eosda.archive_content": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "The world-file archive from EOSDA holds {names}; expected an image and its world file"),
    "eosda.archive_too_large": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "The archive from EOSDA unpacks to more than 2 GB; refused"),
    "eosda.bad_archive": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "The zip archive EOSDA sent cannot be unpacked: {why}"),
    "eosda.bands_chars": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "The band combination {expression} may only use band names, numbers, + - * / ( ) and commas"),
    "eosda.bands_empty": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "The band combination (bm_type) is empty: pick a preset or type an expression"),
    "eosda.bands_empty_part": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "The band combination {expression} has an empty part between commas"),
    "eosda.bands_parentheses": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "The band combination {expression} has unbalanced parentheses"),
    "eosda.calibrate": QT_TRANSLATE_NOOP("ImageryHub.Providers", "calibrate must be 0 or 1, not {value}"),
    "eosda.cloud_numbers": QT_TRANSLATE_NOOP("ImageryHub.Providers", "Cloud cover limits must be numbers (0–100 %)"),
    "eosda.cloud_order": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "Cloud cover limits must satisfy 0 ≤ from ≤ to ≤ 100 %"),
    "eosda.colormap": QT_TRANSLATE_NOOP("ImageryHub.Providers", "{colormap} is not a colormap id"),
    "eosda.colormap_or_ranges": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "Use either a colormap or range colours, not both"),
    "eosda.colors_limit": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "colors_limit must be a whole number of 2 or more colours"),
    "eosda.colour": QT_TRANSLATE_NOOP("ImageryHub.Providers", "Colours are written #rrggbb; {colour} is not"),
    "eosda.colours_count": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "{thresholds} thresholds make {ranges} ranges: give {ranges} colours (now {colours})"),
    "eosda.corners": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "The area of interest polygon needs at least three corners"),
    "eosda.dataset": QT_TRANSLATE_NOOP("ImageryHub.Providers", "Unknown dataset {dataset}: use one of {datasets}"),
    "eosda.date": QT_TRANSLATE_NOOP("ImageryHub.Providers", "{name} must be a date (YYYY-MM-DD), not {value}"),
    "eosda.dates_reversed": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "The start date {start} is after the end date {end}"),
    "eosda.downloading": QT_TRANSLATE_NOOP("ImageryHub.Providers", "Downloading the rendered image"),
    "eosda.finite": QT_TRANSLATE_NOOP("ImageryHub.Providers", "{what} must be a finite number"),
    "eosda.image_too_large": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "A {pixel} m pixel gives a {width} × {height} px image; the largest side may be {limit} px: "
        "choose a larger pixel size or a smaller area"),
    "eosda.levels": QT_TRANSLATE_NOOP("ImageryHub.Providers", "levels are two numbers: low,high"),
    "eosda.levels_order": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "The low level ({low}) must be below the high level ({high})"),
    "eosda.limit": QT_TRANSLATE_NOOP("ImageryHub.Providers", "limit must be 1 to 500 scenes per page"),
    "eosda.no_key": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "An EOSDA API key is needed: add it in Imagery Hub settings"),
    "eosda.no_preview": QT_TRANSLATE_NOOP("ImageryHub.Providers", "EOSDA sent no preview for this scene"),
    "eosda.no_task_id": QT_TRANSLATE_NOOP("ImageryHub.Providers", "EOSDA did not return a task id"),
    "eosda.number": QT_TRANSLATE_NOOP("ImageryHub.Providers", "{what} must be a number, not {value}"),
    "eosda.one_of": QT_TRANSLATE_NOOP("ImageryHub.Providers", "{name} must be one of {allowed}, not {value}"),
    "eosda.one_polygon": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "Download visual takes one Polygon, not {kind}: use a single-part area of interest"),
    "eosda.pansharpening": QT_TRANSLATE_NOOP("ImageryHub.Providers", "pansharpening must be true or false"),
    "eosda.pick_scene": QT_TRANSLATE_NOOP("ImageryHub.Providers", "Pick a scene first (view_id is empty)"),
    "eosda.pixel_positive": QT_TRANSLATE_NOOP("ImageryHub.Providers", "The pixel size must be more than 0 m"),
    "eosda.polygon": QT_TRANSLATE_NOOP("ImageryHub.Providers", "Search needs a polygon area of interest"),
    "eosda.preview_too_large": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "The scene preview is larger than a preview should be"),
    "eosda.ranges_both": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "Range colourisation needs both colours and thresholds"),
    "eosda.render_failed": QT_TRANSLATE_NOOP("ImageryHub.Providers", "The render failed: {reason}"),
    "eosda.render_failed_silently": QT_TRANSLATE_NOOP("ImageryHub.Providers", "The render failed: no reason given"),
    "eosda.render_timeout": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "EOSDA did not finish the render within {seconds} s (task_timeout); try again later"),
    "eosda.rendering": QT_TRANSLATE_NOOP("ImageryHub.Providers", "EOSDA is rendering ({status}, check {check})"),
    "eosda.shape_relation": QT_TRANSLATE_NOOP("ImageryHub.Providers", "shapeRelation must be one of {relations}"),
    "eosda.sort": QT_TRANSLATE_NOOP("ImageryHub.Providers", "Sort by one of {fields}, asc or desc"),
    "eosda.status_not_json": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "EOSDA sent a task status that is not valid JSON"),
    "eosda.the_pixel_size": QT_TRANSLATE_NOOP("ImageryHub.Providers", "The pixel size"),
    "eosda.threshold": QT_TRANSLATE_NOOP("ImageryHub.Providers", "Give at least one threshold for range colours"),
    "eosda.thresholds_order": QT_TRANSLATE_NOOP("ImageryHub.Providers", "Thresholds must increase from left to right"),
    "eosda.unknown_kind": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "EOSDA sent an unknown kind of file where {expected} was expected"),
    "eosda.wrong_kind": QT_TRANSLATE_NOOP("ImageryHub.Providers", "EOSDA sent {kind} where {expected} was expected"),
    "http.redirected_body": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "{host} redirected a request with a body to {target}; it was not sent there"),
    "http.redirects": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "{host} redirected more than {count} times; the request was stopped"),
    "imago.both_xy": QT_TRANSLATE_NOOP("ImageryHub.Providers", "Give both x and y"),
    "imago.choose_collection": QT_TRANSLATE_NOOP("ImageryHub.Providers", "Choose the collection"),
    "imago.choose_image_type": QT_TRANSLATE_NOOP("ImageryHub.Providers", "Choose the image type"),
    "imago.choose_imagery_type": QT_TRANSLATE_NOOP("ImageryHub.Providers", "Choose the imagery type"),
    "imago.depths_reversed": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "The end depth ({end}) is above the start depth ({start})"),
    "imago.elevation": QT_TRANSLATE_NOOP("ImageryHub.Providers", "elevation"),
    "imago.elevation_xy": QT_TRANSLATE_NOOP("ImageryHub.Providers", "An elevation needs x and y"),
    "imago.end_depth": QT_TRANSLATE_NOOP("ImageryHub.Providers", "end depth"),
    "imago.end_needs_start": QT_TRANSLATE_NOOP("ImageryHub.Providers", "An end depth needs a start depth"),
    "imago.file_refused": QT_TRANSLATE_NOOP("ImageryHub.Providers", "{name}: {reason}"),
    "imago.file_unreadable": QT_TRANSLATE_NOOP("ImageryHub.Providers", "{name}: cannot be read ({why})"),
    "imago.finite": QT_TRANSLATE_NOOP("ImageryHub.Providers", "{what} must be a finite number"),
    "imago.header.baseline": QT_TRANSLATE_NOOP("ImageryHub.Providers", "baseline JPEG, {width} × {height} px"),
    "imago.header.ends": QT_TRANSLATE_NOOP("ImageryHub.Providers", "the file ends inside its header"),
    "imago.header.image": QT_TRANSLATE_NOOP("ImageryHub.Providers", "{format}, {width} × {height} px"),
    "imago.header.jpeg_frame": QT_TRANSLATE_NOOP("ImageryHub.Providers", "JPEG without a frame header"),
    "imago.header.jpeg_markers": QT_TRANSLATE_NOOP("ImageryHub.Providers", "JPEG markers are out of order"),
    "imago.header.jpeg_segment": QT_TRANSLATE_NOOP("ImageryHub.Providers", "JPEG segment with an impossible length"),
    "imago.header.not_image": QT_TRANSLATE_NOOP("ImageryHub.Providers", "not a PNG, JPEG or TIFF image"),
    "imago.header.png": QT_TRANSLATE_NOOP("ImageryHub.Providers", "PNG without an IHDR header"),
    "imago.header.progressive": QT_TRANSLATE_NOOP("ImageryHub.Providers", "progressive JPEG, {width} × {height} px"),
    "imago.header.tiff": QT_TRANSLATE_NOOP("ImageryHub.Providers", "TIFF without image width and length"),
    "imago.height_pixels": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "The height must be a whole number of pixels from 1 to {limit}"),
    "imago.name_imagery": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "Name the imagery: by its name, its depth interval or its id"),
    "imago.no_credentials": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "Imago needs a username and password, or an API token"),
    "imago.no_session": QT_TRANSLATE_NOOP("ImageryHub.Providers", "Imago signed in without giving a session token"),
    "imago.number": QT_TRANSLATE_NOOP("ImageryHub.Providers", "{what} must be a number, not {value}"),
    "imago.one_way": QT_TRANSLATE_NOOP("ImageryHub.Providers", "Name the imagery one way only, not by {ways}"),
    "imago.refused.megapixels": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "{image} is {megapixels} megapixels; Imago takes progressive JPEG up to 500 megapixels (save it "
        "as baseline JPEG or PNG)"),
    "imago.refused.no_pixels": QT_TRANSLATE_NOOP("ImageryHub.Providers", "{image}: the image declares no pixels"),
    "imago.refused.size": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "{image} is larger than Imago's limit of 65,500 × 65,500 px"),
    "imago.refused.type": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "{format} ({mime}) is not accepted; Imago takes {names}"),
    "imago.sign_in_needs": QT_TRANSLATE_NOOP("ImageryHub.Providers", "Signing in needs a username and password"),
    "imago.start_depth": QT_TRANSLATE_NOOP("ImageryHub.Providers", "start depth"),
    "imago.too_many_collections": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "The Imago account holds more than {limit} collections: search it from the Imago tab"),
    "imago.upload_no_id": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "Imago accepted the upload but did not say which image it made"),
    "imago.where": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "Say where the image belongs: an imagery name, a depth or a location"),
    "imago.width_pixels": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "The width must be a whole number of pixels from 1 to {limit}"),
    "inventory.cell": QT_TRANSLATE_NOOP("ImageryHub.Providers", "cell {cell} of {cells}, {images} images"),
    "inventory.cells": QT_TRANSLATE_NOOP("ImageryHub.Providers", "{done} of {total} cells, {images} images"),
    "inventory.found": QT_TRANSLATE_NOOP("ImageryHub.Providers", "{images} images"),
    "inventory.images": QT_TRANSLATE_NOOP("ImageryHub.Providers", "{count} of {total} images"),
    "inventory.imago": QT_TRANSLATE_NOOP("ImageryHub.Providers", "{collections} collections, {placed} imagery placed"),
    "inventory.scenes": QT_TRANSLATE_NOOP("ImageryHub.Providers", "{count} of {found} scenes"),
    "mapflow.area_left": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "The area is {area} but only {left} remain on the Mapflow account: draw a smaller area"),
    "mapflow.catalog_area": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "The catalog searches an area: draw a polygon or rectangle"),
    "mapflow.catalog_image": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "A catalog image needs its provider and image id"),
    "mapflow.credits_left": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "The processing costs {cost} credits but only {left} remain on the Mapflow account"),
    "mapflow.file_empty": QT_TRANSLATE_NOOP("ImageryHub.Providers", "{name} is empty"),
    "mapflow.filter.aoi_intersection": QT_TRANSLATE_NOOP("ImageryHub.Providers", "AOI intersection"),
    "mapflow.filter.between": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "The {name} must be from 0 to {top} {unit}, not {value}"),
    "mapflow.filter.cloud_cover": QT_TRANSLATE_NOOP("ImageryHub.Providers", "cloud cover"),
    "mapflow.filter.off_nadir": QT_TRANSLATE_NOOP("ImageryHub.Providers", "off-nadir angle"),
    "mapflow.filter.positive": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "The {name} must be 0 or more {unit}, not {value}"),
    "mapflow.filter.resolution": QT_TRANSLATE_NOOP("ImageryHub.Providers", "resolution"),
    "mapflow.filter.reversed": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "The smallest {name} ({low} {unit}) is above the largest ({high} {unit})"),
    "mapflow.image_name_empty": QT_TRANSLATE_NOOP("ImageryHub.Providers", "The image name cannot be empty"),
    "mapflow.image_name_long": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "The image name is longer than 255 characters"),
    "mapflow.linked_s3": QT_TRANSLATE_NOOP("ImageryHub.Providers", "A linked image is named by its s3:// URL"),
    "mapflow.mosaic_name_empty": QT_TRANSLATE_NOOP("ImageryHub.Providers", "The mosaic name cannot be empty"),
    "mapflow.mosaic_name_long": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "The mosaic name is longer than 255 characters"),
    "mapflow.name_empty": QT_TRANSLATE_NOOP("ImageryHub.Providers", "The name cannot be empty"),
    "mapflow.name_long": QT_TRANSLATE_NOOP("ImageryHub.Providers", "The name is longer than 255 characters"),
    "mapflow.no_download_link": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "Mapflow sent no download link for the image"),
    "mapflow.no_file": QT_TRANSLATE_NOOP("ImageryHub.Providers", "{name} does not exist or is not a file"),
    "mapflow.no_image_list": QT_TRANSLATE_NOOP("ImageryHub.Providers", "The Mapflow catalog sent no list of images"),
    "mapflow.no_mosaic_id": QT_TRANSLATE_NOOP("ImageryHub.Providers", "Mapflow did not say which mosaic it made"),
    "mapflow.no_page": QT_TRANSLATE_NOOP("ImageryHub.Providers", "Mapflow sent no page of {what}"),
    "mapflow.no_preview": QT_TRANSLATE_NOOP("ImageryHub.Providers", "This image has no picture preview"),
    "mapflow.no_token": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "A Mapflow API token is needed: add it in Imagery Hub settings"),
    "mapflow.not_geotiff": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "{name} is not a GeoTIFF: Mapflow takes GeoTIFF images only"),
    "mapflow.pick_model": QT_TRANSLATE_NOOP("ImageryHub.Providers", "Pick a model"),
    "mapflow.pick_mosaic": QT_TRANSLATE_NOOP("ImageryHub.Providers", "Pick a mosaic first"),
    "mapflow.pick_provider": QT_TRANSLATE_NOOP("ImageryHub.Providers", "Pick an imagery provider"),
    "mapflow.placeholder_missing": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "A {kind} URL needs the placeholders {placeholders}; {missing} is missing"),
    "mapflow.placeholders_missing": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "A {kind} URL needs the placeholders {placeholders}; {missing} are missing"),
    "mapflow.polygon_too_large": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "A polygon of the area is {area}, more than the {limit} Mapflow accepts per area: draw a smaller "
        "one"),
    "mapflow.preview_not_http": QT_TRANSLATE_NOOP("ImageryHub.Providers", "The preview link is not an http(s) URL"),
    "mapflow.preview_size": QT_TRANSLATE_NOOP("ImageryHub.Providers", "Preview size is s or l, not {size}"),
    "mapflow.processing_area": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "The area of a processing must be a polygon or several polygons"),
    "mapflow.processing_name": QT_TRANSLATE_NOOP("ImageryHub.Providers", "Give the processing a name"),
    "mapflow.processing_timeout": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "Processing {id} did not end within {minutes} minutes; it goes on in Mapflow"),
    "mapflow.project_name": QT_TRANSLATE_NOOP("ImageryHub.Providers", "Give the project a name"),
    "mapflow.search_area": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "The area is {area} km² but Mapflow searches at most {limit} km² (the account's limit per area): "
        "draw a smaller one"),
    "mapflow.storage_full": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "Mapflow storage has {free} free ({usage}) but the upload is {size}: delete images or mosaics "
        "first"),
    "mapflow.tiles_kind": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "Unknown tile source type {kind}: use XYZ, TMS or Quadkey"),
    "mapflow.tiles_scheme": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "The imagery URL must start with http:// or https://"),
    "mapflow.tiles_url": QT_TRANSLATE_NOOP("ImageryHub.Providers", "Enter the URL of the imagery tiles"),
    "mapflow.too_many_polygons": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "The area has {count} polygons but Mapflow takes at most {limit} per processing: select fewer "
        "features"),
    "mapflow.upload_no_id": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "Mapflow accepted the upload but did not say which image it made"),
    "mapflow.upload_no_url": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "Mapflow accepted the upload but sent no URL for it"),
    "mapflow.upload_s3": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "An uploaded image is referenced by the s3:// URL the upload returned"),
    "mapflow.zoom": QT_TRANSLATE_NOOP("ImageryHub.Providers", "Zoom must be a whole number from 0 to 22, not {zoom}"),
    "mapillary.bbox_limit": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "The Mapillary bbox limit must be a positive number of degrees"),
    "mapillary.blur_drag": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "Drag a rectangle on the image to choose what to blur"),
    "mapillary.blur_inside": QT_TRANSLATE_NOOP("ImageryHub.Providers", "A blur rectangle must lie inside the image"),
    "mapillary.blur_small": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "The blur rectangle is too small: drag a larger one"),
    "mapillary.comment": QT_TRANSLATE_NOOP("ImageryHub.Providers", "Write a comment first"),
    "mapillary.image_key": QT_TRANSLATE_NOOP("ImageryHub.Providers", "Not an image key: {key}"),
    "mapillary.limit": QT_TRANSLATE_NOOP("ImageryHub.Providers", "The Mapillary limit per request is 1 to {limit}"),
    "mapillary.no_client_id": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "A Mapillary v2 client id is needed: add it in Imagery Hub settings"),
    "mapillary.no_image": QT_TRANSLATE_NOOP("ImageryHub.Providers", "Mapillary has no {size} image for {id}"),
    "mapillary.no_size": QT_TRANSLATE_NOOP("ImageryHub.Providers", "Mapillary did not give the size of image {id}"),
    "mapillary.no_token": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "A Mapillary access token is needed: add it in Imagery Hub settings"),
    "mapillary.no_user_token": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "Posting to Mapillary v2 needs a user token: add it in Imagery Hub settings"),
    "mapillary.not_date": QT_TRANSLATE_NOOP("ImageryHub.Providers", "Not a date: {value}"),
    "mapillary.report_why": QT_TRANSLATE_NOOP("ImageryHub.Providers", "Say why the image should be reported"),
    "mapillary.thumbnail_size": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "Unknown thumbnail size {size}: one of {sizes}"),
    "mapillary.username": QT_TRANSLATE_NOOP("ImageryHub.Providers", "A Mapillary username has no spaces or commas"),
    "mvt.unreadable": QT_TRANSLATE_NOOP("ImageryHub.Providers", "Not a readable vector tile: {detail}"),
    "network.failed": QT_TRANSLATE_NOOP("ImageryHub.Providers", "Request to {host} failed"),
    "network.timeout": QT_TRANSLATE_NOOP("ImageryHub.Providers", "No answer from {host} in time"),
    "network.unreachable": QT_TRANSLATE_NOOP("ImageryHub.Providers", "Could not reach {host}"),
    "paging.catalog_results": QT_TRANSLATE_NOOP("ImageryHub.Providers", "catalog results"),
    "paging.cell_images": QT_TRANSLATE_NOOP("ImageryHub.Providers", "images of a cell"),
    "paging.collections": QT_TRANSLATE_NOOP("ImageryHub.Providers", "collections"),
    "paging.imagery": QT_TRANSLATE_NOOP("ImageryHub.Providers", "imagery"),
    "paging.processings": QT_TRANSLATE_NOOP("ImageryHub.Providers", "processings"),
    "paging.projects": QT_TRANSLATE_NOOP("ImageryHub.Providers", "projects"),
    "paging.repeated_link": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "Stopped the {what} after {pages} pages, which may be incomplete: the service sent a link to a "
        "page it had already sent"),
    "paging.same_items": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "Stopped the {what} after {pages} pages, which may be incomplete: the service sent the same "
        "items again"),
    "paging.search_results": QT_TRANSLATE_NOOP("ImageryHub.Providers", "search results"),
    "paging.too_many": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "Stopped the {what} after {pages} pages, which may be incomplete: the service kept sending pages "
        "past {limit}"),
    "preview.too_large": QT_TRANSLATE_NOOP("ImageryHub.Providers", "The preview is larger than a preview should be"),
    "spexi.bbox": QT_TRANSLATE_NOOP("ImageryHub.Providers", "bbox must be (min lon, min lat, max lon, max lat)"),
    "spexi.bbox_empty": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "bbox {bbox} has no width or height at 6 decimals (about 0.1 m): min must be below max; draw a "
        "larger box"),
    "spexi.bbox_lonlat": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "bbox must be (min lon, min lat, max lon, max lat) in EPSG:4326"),
    "spexi.capture_type": QT_TRANSLATE_NOOP("ImageryHub.Providers", "capture_type {wrong} is not one of {types}"),
    "spexi.capture_types": QT_TRANSLATE_NOOP("ImageryHub.Providers", "choose at least one capture type: {types}"),
    "spexi.date": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "captured_at {value} is not a date: write it as 2023-01-01, 2023-01-01T12:00:00Z or Jan 1, 2023"),
    "spexi.date_pair": QT_TRANSLATE_NOOP("ImageryHub.Providers", "captured_at must be one date or a (start, end) pair"),
    "spexi.date_range": QT_TRANSLATE_NOOP("ImageryHub.Providers", "captured_at {text} would not be read as a range"),
    "spexi.date_year": QT_TRANSLATE_NOOP("ImageryHub.Providers", "captured_at {date} is before {year}: check the year"),
    "spexi.dates_reversed": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "captured_at starts ({start}) after it ends ({end})"),
    "spexi.focused": QT_TRANSLATE_NOOP("ImageryHub.Providers", "focused must be True or False"),
    "spexi.invalid_polygon": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "polygon is not valid (it crosses itself): draw it again"),
    "spexi.limit": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "limit must be a whole number from 1 to {limit}, not {value}"),
    "spexi.no_key": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "A Spexi API key is needed: add it in Imagery Hub settings"),
    "spexi.no_link": QT_TRANSLATE_NOOP("ImageryHub.Providers", "Spexi image {id} has no {variant} link"),
    "spexi.not_collection": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "Spexi answered a search with something other than a FeatureCollection"),
    "spexi.number": QT_TRANSLATE_NOOP("ImageryHub.Providers", "{parameter} must be a number, not {value}"),
    "spexi.one_polygon": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "polygon must be one polygon, not {kind}: split multi-part areas (search_area does it)"),
    "spexi.outside": QT_TRANSLATE_NOOP("ImageryHub.Providers", "{parameter} {value} is outside {interval}"),
    "spexi.point": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "p must be (longitude, latitude) or (longitude, latitude, radius in metres)"),
    "spexi.point_lonlat": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "p {lon}, {lat} is not a longitude/latitude: use EPSG:4326 coordinates"),
    "spexi.polygon_area": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "polygon's bounding box is {area} km², more than the {limit} km² Spexi accepts: search a smaller "
        "area (search_area splits larger ones)"),
    "spexi.polygon_lonlat": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "polygon must be in longitude/latitude (EPSG:4326)"),
    "spexi.radius": QT_TRANSLATE_NOOP("ImageryHub.Providers", "p radius cannot be negative"),
    "spexi.range_pair": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "{parameter} must be one value or a (minimum, maximum) pair"),
    "spexi.range_reversed": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "{parameter} range minimum {low} is above its maximum {high}"),
    "spexi.shorten": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "polygon could not be shortened for the URL: draw it with fewer vertices"),
    "spexi.variant": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "Unknown Spexi image variant {variant}: use original or zoomed"),
    "spexi.where": QT_TRANSLATE_NOOP("ImageryHub.Providers", "A Spexi search needs a point (p), a bbox or a polygon"),
    "spexi.wkt": QT_TRANSLATE_NOOP("ImageryHub.Providers", "{parameter} is not valid WKT"),
    "transfer.deadline": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "{host} did not finish within {minutes} minutes (the download deadline); the download of {name} "
        "was stopped"),
    "transfer.silent": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "{host} sent nothing for {seconds} s; the download of {name} was stopped"),
    "transfer.slow": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "{host} sent less than {speed} for {window}; the download of {name} was stopped"),
    "transfer.the_answer": QT_TRANSLATE_NOOP("ImageryHub.Providers", "the answer"),
    "transfer.the_file": QT_TRANSLATE_NOOP("ImageryHub.Providers", "the file"),
    "url.plain_http": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "{what} {origin} is plain http: keys would travel unencrypted, so only https:// is accepted "
        "(http only on this machine: localhost, 127.0.0.1)"),
    "url.scheme": QT_TRANSLATE_NOOP("ImageryHub.Providers",
        "{what} must start with http:// or https:// and name a host: {url}"),
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
    ``{name}`` fields; a value that is itself a ``(key, args[, english])``
    tuple is a keyed phrase, an int under ``n`` the plural count. Unknown keys
    give ``english``."""
    args = dict(args or {})
    template = SENTENCES.get(key)
    if template is None:
        return english
    count = args.pop("n", -1)
    text = template(count) if callable(template) else translate("ImageryHub.Providers", template)
    values = {name: sentence(*value) if isinstance(value, tuple) else
              (number(value) if isinstance(value, int) and not isinstance(value, bool) else value)
              for name, value in args.items()}
    return text.format(**values)


def text_of(value):
    """A provider's :class:`~providers.errors.Sentence` (a progress line...) in
    the user's language; any other text as it is."""
    key = getattr(value, "key", None)
    return sentence(key, value.values, str(value)) if key else value


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
