"""Parameters several algorithms share, and reading them: the area of interest
(a polygon layer or an extent), dates, comma-separated lists.

Every reader raises InvalidInputError naming the parameter, so the message the
user reads says what to change.
"""

from datetime import date, datetime

from qgis.core import (
    QgsGeometry,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameters,
)

from ..core.i18n import translate
from ..core.aoi import make_aoi, union_aoi
from ..core.compat import DATE_ONLY, SOURCE_POLYGON
from .base import refuse

AOI, EXTENT = "AOI", "EXTENT"


def add_aoi(algorithm, what, extent=True, layer_required=False):
    """``AOI`` (polygon features) and, with ``extent``, ``EXTENT``; one of them is needed."""
    help_text = translate("ImageryHub.Processing", "Polygon layer whose features (only the selected ones when "
                          "“Selected features only” is checked) form the area {what}. Any CRS; it is transformed to "
                          "WGS 84.").format(what=what)
    if extent:
        help_text += " " + translate("ImageryHub.Processing", "Give this or EXTENT.")
    label = translate("ImageryHub.Processing", "Area of interest (polygon layer)")
    algorithm.add(QgsProcessingParameterFeatureSource(AOI, label, [SOURCE_POLYGON], optional=not layer_required),
                  help_text)
    if extent:
        algorithm.add(QgsProcessingParameterExtent(EXTENT,
                                                   translate("ImageryHub.Processing", "Area of interest (extent)"),
                                                   optional=True),
                      translate("ImageryHub.Processing", "A rectangle instead of a layer: the area {what}. On the "
                                "command line “xmin,xmax,ymin,ymax [EPSG:4326]”.").format(what=what))


def read_aoi(algorithm, parameters, context):
    """The :class:`core.aoi.Aoi` of ``AOI`` or ``EXTENT``: transformed, repaired, checked."""
    source = algorithm.parameterAsSource(parameters, AOI, context)
    has_extent = algorithm.parameterDefinition(EXTENT) is not None and \
        parameters.get(EXTENT) not in (None, "")
    if source is not None and has_extent:
        refuse(translate("ImageryHub.Processing",
                         "Give the area either as a polygon layer (AOI) or as an extent (EXTENT), not both"), AOI)
    if source is not None:
        geometries = [f.geometry() for f in source.getFeatures() if f.hasGeometry()]
        if not geometries:
            refuse(translate("ImageryHub.Processing",
                             "The AOI layer has no polygon features (or none is selected)"), AOI)
        return union_aoi(geometries, source.sourceCrs(), kind="polygon")
    if has_extent:
        rectangle = algorithm.parameterAsExtent(parameters, EXTENT, context)
        if rectangle.isNull() or rectangle.isEmpty():
            refuse(translate("ImageryHub.Processing",
                             "The extent is empty: give xmin,xmax,ymin,ymax with xmin < xmax and ymin < ymax"), EXTENT)
        crs = algorithm.parameterAsExtentCrs(parameters, EXTENT, context)
        return make_aoi(QgsGeometry.fromRect(rectangle), crs, kind="rectangle")
    refuse(translate("ImageryHub.Processing",
                     "Give an area of interest: a polygon layer (AOI) or an extent (EXTENT)"), AOI)


def add_date(algorithm, name, label, help_text, optional=True):
    algorithm.add(QgsProcessingParameterDateTime(name, label, DATE_ONLY, optional=optional), help_text)


def read_date(algorithm, parameters, name, context):
    """A Python date, or None when the parameter was left empty."""
    value = parameters.get(name)
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    parsed = QgsProcessingParameters.parameterAsDate(algorithm.parameterDefinition(name), parameters, context)
    if not parsed.isValid():
        text = translate("ImageryHub.Processing", "{value} is not a date: write it as YYYY-MM-DD")
        refuse(text.format(value=repr(value)), name)
    return date(parsed.year(), parsed.month(), parsed.day())


def check_dates(start, end, start_name, end_name):
    if start and end and start > end:
        text = translate("ImageryHub.Processing", "{start_name} ({start}) is after {end_name} ({end}): swap them")
        refuse(text.format(start_name=start_name, start=start, end_name=end_name, end=end), start_name)


def read_list(algorithm, parameters, name, context):
    """The non-empty, stripped items of a comma-separated string parameter."""
    text = algorithm.parameterAsString(parameters, name, context) or ""
    return [item.strip() for item in text.split(",") if item.strip()]
