"""Many result rows into a GeoPackage layer at OGR's own speed (in a task).

One transaction for the whole layer and the spatial index built once after
the bulk insert (an R-tree updated per row costs about half the time). Rows
are plain values and WKB, so no QgsFeature is made per row: building one in
Python alone caps near 22,000 features/s. Used through
:meth:`core.layers.GeoPackageWriter.write_rows`.
"""

from datetime import date, datetime, timezone
from pathlib import Path

from ..providers.errors import ImageryHubError, OperationCancelled
from .compat import WKB_MULTIPOLYGON, WKB_POINT, WKB_POLYGON
from .i18n import translate

#: rows between checks of cancel and reports of progress
CHECK_EVERY = 500
#: tzflag for OGR date-times in UTC
UTC_FLAG = 100


def _ogr():
    from osgeo import ogr, osr  # GDAL's bindings take a while to import: only when writing

    return ogr, osr


def _field(ogr, spec):
    kinds = {"string": ogr.OFTString, "int": ogr.OFTInteger, "long": ogr.OFTInteger64, "double": ogr.OFTReal,
             "bool": ogr.OFTInteger, "datetime": ogr.OFTDateTime, "date": ogr.OFTDate}
    definition = ogr.FieldDefn(spec.name, kinds[spec.kind])
    if spec.kind == "bool":
        definition.SetSubType(ogr.OFSTBoolean)
    if spec.length:
        definition.SetWidth(spec.length)
    return definition


def _setters(ogr, specs):
    """One ``set(feature, index, value)`` per field, OGR's typed setter where
    there is one (the generic ``SetField`` inspects every value's type): dates
    and date-times in UTC (naive ones are taken as UTC), booleans as 0/1."""
    def set_datetime(feature, index, value):
        if value.tzinfo is not None:
            value = value.astimezone(timezone.utc)
        feature.SetField(index, value.year, value.month, value.day, value.hour, value.minute,
                         value.second + value.microsecond / 1e6, UTC_FLAG)

    def set_date(feature, index, value):
        if isinstance(value, datetime):
            value = value.date()
        feature.SetField(index, value.year, value.month, value.day, 0, 0, 0, 0)

    def set_bool(feature, index, value):
        feature.SetFieldInteger64(index, 1 if value else 0)

    by_kind = {"string": ogr.Feature.SetFieldString, "int": ogr.Feature.SetFieldInteger64,
               "long": ogr.Feature.SetFieldInteger64, "double": ogr.Feature.SetField,
               "datetime": set_datetime, "date": set_date, "bool": set_bool}
    return [by_kind[spec.kind] for spec in specs]


#: the values each kind's setter takes (others go through :func:`_set_any`)
EXPECTED = {"string": str, "int": int, "long": int, "double": (float, int), "datetime": datetime,
            "date": (date, datetime), "bool": (bool, int)}


def _set_any(feature, index, value):
    """A value of another type than its field's (a number for a text, a text
    for a number or a date): OGR converts it."""
    feature.SetField(index, value if isinstance(value, (int, float)) else str(value))


def open_geopackage(part):
    """The GeoPackage ``part`` opened for writing through OGR (created if
    missing). Keep it open for all the layers written: a layer's spatial index
    built after the file was reopened took several times as long."""
    ogr, _ = _ogr()
    part = str(part)
    source = ogr.Open(part, 1) if Path(part).exists() else ogr.GetDriverByName("GPKG").CreateDataSource(part)
    if source is None:
        raise ImageryHubError(translate("ImageryHub.Layers", "Could not create the GeoPackage {path}").format(
            path=part))
    return source


def write_rows(source, layer_name, wkb_type, specs, rows, cancelled=None, progress=None, epsg=4326):
    """Add the layer ``layer_name`` to ``source`` (:func:`open_geopackage`)
    with fields ``specs`` (:class:`core.layers.FieldSpec`) and ``rows``:
    ``(values, wkb)`` pairs, ``values`` in the order of ``specs`` (shorter ones
    leave the rest empty), ``wkb`` bytes or None. Returns the count. Cancel
    rolls the layer back and raises OperationCancelled."""
    ogr, osr = _ogr()
    geometry_types = {WKB_POINT: ogr.wkbPoint, WKB_POLYGON: ogr.wkbPolygon, WKB_MULTIPOLYGON: ogr.wkbMultiPolygon}
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    layer = source.CreateLayer(layer_name, srs, geometry_types[wkb_type],
                               ["SPATIAL_INDEX=NO", "FID=fid", "GEOMETRY_NAME=geom"])
    if layer is None:
        raise ImageryHubError(translate("ImageryHub.Layers", "Could not create the GeoPackage layer {layer}: "
                                        "{reason}").format(layer=layer_name, reason=ogr.GetLastErrorMsg()))
    for spec in specs:
        layer.CreateField(_field(ogr, spec))
    definition, setters = layer.GetLayerDefn(), _setters(ogr, specs)
    expected = [EXPECTED[spec.kind] for spec in specs]
    make_geometry, new_feature = ogr.CreateGeometryFromWkb, ogr.Feature
    count = 0
    layer.StartTransaction()
    try:
        for values, wkb in rows:
            feature = new_feature(definition)
            for index, value in enumerate(values):
                if value is not None:
                    if isinstance(value, expected[index]):
                        setters[index](feature, index, value)
                    else:
                        _set_any(feature, index, value)
            if wkb is not None:
                feature.SetGeometryDirectly(make_geometry(wkb))
            if layer.CreateFeature(feature) != 0:
                raise ImageryHubError(translate("ImageryHub.Layers", "Could not write to {layer}: {reason}")
                                      .format(layer=layer_name, reason=ogr.GetLastErrorMsg()))
            count += 1
            if count % CHECK_EVERY == 0:
                if cancelled is not None and cancelled():
                    raise OperationCancelled(translate("ImageryHub.Layers", "Cancelled while writing results"))
                if progress is not None:
                    progress(count)
    except BaseException:
        layer.RollbackTransaction()
        raise
    layer.CommitTransaction()
    quoted = layer_name.replace("'", "''")
    result = source.ExecuteSQL(f"SELECT CreateSpatialIndex('{quoted}', 'geom')")
    if result is not None:
        source.ReleaseResultSet(result)
    return count
