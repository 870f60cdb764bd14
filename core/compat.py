"""Where QGIS versions differ, in one place (QGIS 3.22 up to 4.x, PyQt5 and PyQt6).

QGIS 3.30+ moved many enums into ``Qgis`` (``Qgis.GeometryType``,
``Qgis.WkbType``, ``Qgis.AreaUnit``, ``Qgis.LayerType``); 3.38 made ``QgsField``
take ``QMetaType.Type`` instead of ``QVariant.Type``; QGIS 4 drops the old
spellings. Code elsewhere uses the names defined here and never tests versions.
"""

from qgis.core import (Qgis, QgsDataSourceUri, QgsFeatureRequest, QgsFeatureSink, QgsField, QgsSymbolLayer,
                       QgsUnitTypes, QgsWkbTypes)
from datetime import timezone

from qgis.PyQt.QtCore import QDate, QDateTime, QMetaType, QTime, QTimeZone, QVariant

QGIS_VERSION_INT = Qgis.QGIS_VERSION_INT


if hasattr(Qgis, "GeometryType"):
    POINT_GEOMETRY = Qgis.GeometryType.Point
    LINE_GEOMETRY = Qgis.GeometryType.Line
    POLYGON_GEOMETRY = Qgis.GeometryType.Polygon
else:
    POINT_GEOMETRY = QgsWkbTypes.PointGeometry
    LINE_GEOMETRY = QgsWkbTypes.LineGeometry
    POLYGON_GEOMETRY = QgsWkbTypes.PolygonGeometry

_Wkb = getattr(Qgis, "WkbType", QgsWkbTypes)
WKB_POINT, WKB_POLYGON, WKB_MULTIPOLYGON = _Wkb.Point, _Wkb.Polygon, _Wkb.MultiPolygon
WKB_NO_GEOMETRY = _Wkb.NoGeometry

# QgsFeatureRequest.Flag became Qgis.FeatureRequestFlag in 3.36
NO_GEOMETRY = (Qgis.FeatureRequestFlag.NoGeometry if hasattr(Qgis, "FeatureRequestFlag")
               else QgsFeatureRequest.Flag.NoGeometry)

SQUARE_KILOMETERS = (Qgis.AreaUnit.SquareKilometers if hasattr(Qgis, "AreaUnit")
                     else QgsUnitTypes.AreaSquareKilometers)

if hasattr(Qgis, "LayerType"):
    VECTOR_LAYER, RASTER_LAYER = Qgis.LayerType.Vector, Qgis.LayerType.Raster
else:
    from qgis.core import QgsMapLayerType

    VECTOR_LAYER, RASTER_LAYER = QgsMapLayerType.VectorLayer, QgsMapLayerType.RasterLayer

# QgsField: QMetaType.Type from 3.38 on (QVariant.Type is deprecated there and gone in 4)
_USE_METATYPE = QGIS_VERSION_INT >= 33800
_MetaType = getattr(QMetaType, "Type", QMetaType)
FIELD_TYPES = {
    "string": (_MetaType.QString, QVariant.String),
    "int": (_MetaType.Int, QVariant.Int),
    "long": (_MetaType.LongLong, QVariant.LongLong),
    "double": (_MetaType.Double, QVariant.Double),
    "bool": (_MetaType.Bool, QVariant.Bool),
    "datetime": (_MetaType.QDateTime, QVariant.DateTime),
    "date": (_MetaType.QDate, QVariant.Date),
}


def make_field(name, kind, length=0):
    """A QgsField of ``kind``: string, int, long, double, bool, datetime or date."""
    meta, variant = FIELD_TYPES[kind]
    return QgsField(name, meta if _USE_METATYPE else variant, len=length)


def field_kind(field):
    """The kind (as in :func:`make_field`) of an existing field, or None."""
    wanted = field.type()
    for kind, (meta, variant) in FIELD_TYPES.items():
        if wanted in (meta, variant):
            return kind
    return None


def to_qdatetime(value):
    """A UTC QDateTime from a Python datetime (naive ones are taken as UTC)."""
    utc = value.astimezone(timezone.utc) if value.tzinfo else value
    result = QDateTime(QDate(utc.year, utc.month, utc.day),
                       QTime(utc.hour, utc.minute, utc.second, utc.microsecond // 1000))
    result.setTimeZone(QTimeZone.utc())
    return result


def data_source_uri(params):
    """An encoded data source URI (``type=xyz&url=...``) as XYZ raster and vector
    tile layers expect, with each value escaped properly."""
    uri = QgsDataSourceUri()
    for key, value in params.items():
        if value is not None and value != "":
            uri.setParam(key, str(value))
    encoded = uri.encodedUri()
    return bytes(encoded).decode() if not isinstance(encoded, str) else encoded


def store_auth_config(manager, config, overwrite=False):
    """Store (or update) an auth config; returns True on success on every version."""
    if overwrite:
        result = manager.updateAuthenticationConfig(config)
    else:
        result = manager.storeAuthenticationConfig(config)
    return result[0] if isinstance(result, tuple) else bool(result)


# Processing: 3.36 moved its enums into Qgis (the old names are gone in QGIS 4)
if hasattr(Qgis, "ProcessingSourceType"):
    _Source = Qgis.ProcessingSourceType
    SOURCE_POINT, SOURCE_POLYGON = _Source.VectorPoint, _Source.VectorPolygon
    SOURCE_ANY_GEOMETRY, SOURCE_FILE = _Source.VectorAnyGeometry, _Source.File
    SOURCE_TABLE = _Source.Vector
    NUMBER_INTEGER = Qgis.ProcessingNumberParameterType.Integer
    NUMBER_DOUBLE = Qgis.ProcessingNumberParameterType.Double
    PARAMETER_ADVANCED = Qgis.ProcessingParameterFlag.Advanced
    DATE_ONLY = Qgis.ProcessingDateTimeParameterDataType.Date
    FIELD_ANY = Qgis.ProcessingFieldParameterDataType.Any
    FIELD_NUMERIC = Qgis.ProcessingFieldParameterDataType.Numeric
else:
    from qgis.core import (
        QgsProcessing,
        QgsProcessingParameterDateTime,
        QgsProcessingParameterDefinition,
        QgsProcessingParameterField,
        QgsProcessingParameterNumber,
    )

    SOURCE_POINT, SOURCE_POLYGON = QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon
    SOURCE_ANY_GEOMETRY, SOURCE_FILE = QgsProcessing.TypeVectorAnyGeometry, QgsProcessing.TypeFile
    SOURCE_TABLE = QgsProcessing.TypeVector
    NUMBER_INTEGER = QgsProcessingParameterNumber.Integer
    NUMBER_DOUBLE = QgsProcessingParameterNumber.Double
    PARAMETER_ADVANCED = QgsProcessingParameterDefinition.FlagAdvanced
    DATE_ONLY = QgsProcessingParameterDateTime.Date
    FIELD_ANY = QgsProcessingParameterField.Any
    FIELD_NUMERIC = QgsProcessingParameterField.Numeric

FAST_INSERT = getattr(QgsFeatureSink, "Flag", QgsFeatureSink).FastInsert


# QgsSymbolLayer.Property became a scoped enum in 3.36
FILL_COLOR_PROPERTY = (QgsSymbolLayer.Property.FillColor if hasattr(QgsSymbolLayer.Property, "FillColor")
                       else QgsSymbolLayer.PropertyFillColor)


def translucent_selection(layer):
    """Selected polygons drawn as a strong outline over a light fill, so the
    imagery under them stays visible. Per-layer selection symbols came with
    QGIS 3.34; before that QGIS's project-wide selection colour is used."""
    if not hasattr(layer, "selectionProperties") or not hasattr(Qgis, "SelectionRenderingMode"):
        return False
    from qgis.core import QgsFillSymbol

    symbol = QgsFillSymbol.createSimple({"color": "255,221,0,45", "outline_color": "255,190,0,255",
                                         "outline_width": "0.8", "outline_width_unit": "MM"})
    properties = layer.selectionProperties()
    properties.setSelectionSymbol(symbol)
    properties.setSelectionRenderingMode(Qgis.SelectionRenderingMode.CustomSymbol)
    return True
