"""Imago images for the features of a point layer (boreholes, sample sites).

Each selected feature is matched to one imagery: its collection is fixed or read
from a field, and the imagery is named by a name field or by depth fields. Equal
requests are downloaded once. The files land in the download folder; their
paths are written to a field of the layer (created when missing). A GeoPackage
layer gets them in the download's task, through a layer of its own on the same
file (at 100,000 features a write on the GUI thread cost seconds), and is then
only told: no reload, its selection stays. A layer being edited takes them in
its edit buffer as one undoable command; other sources are written on the GUI
thread, as a second handle on a shapefile or a memory layer is no handle on the
same data.
"""

from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from qgis.core import NULL, QgsVectorLayer

from ...providers.download import safe_filename
from ...providers.errors import ImageryHubError, InvalidInputError
from ...providers.imago.client import image_file_namer
from ...providers.imago.models import ImagerySelector
from ..compat import make_field
from ..downloads import DownloadJob, DownloadTask
from ..i18n import translate
from ..layers import set_attribute_values
from . import DEFAULT_PATH_FIELD  # noqa: F401 (the dialog imports it from here)


@dataclass(frozen=True)
class FeatureMatch:
    """How features name their imagery. Exactly one of ``collection`` and
    ``collection_field``; ``name_field`` or ``start_field`` (+ ``end_field``)."""

    imagery_type: str
    image_type: str
    workspace: Optional[str] = None
    dataset: Optional[str] = None
    collection: Optional[str] = None
    collection_field: Optional[str] = None
    name_field: Optional[str] = None
    start_field: Optional[str] = None
    end_field: Optional[str] = None
    width: Optional[int] = None
    path_field: str = DEFAULT_PATH_FIELD

    def check(self, layer):
        """Refuse a configuration that cannot work, naming what to change."""
        self.check_fields(layer.fields(), layer.name())

    def check_fields(self, layer_fields, layer_name):
        """:meth:`check` for a layer's fields (a Processing source is not a layer)."""
        fields = layer_fields.names()
        if not (self.collection or self.collection_field):
            raise InvalidInputError(translate("ImageryHub.Imago", "Choose the collection, or the field that holds it"),
                                    parameter="collection")
        if not (self.name_field or self.start_field):
            raise InvalidInputError(translate("ImageryHub.Imago", "Choose the field with the imagery name, or the "
                                                                  "depth fields"), parameter="match")
        for name in (self.collection_field, self.name_field, self.start_field, self.end_field):
            if name and name not in fields:
                raise InvalidInputError(translate("ImageryHub.Imago", "Layer {layer} has no field {field}").format(
                    layer=layer_name, field=name), parameter="field")
        path_field = (self.path_field or "").strip()
        if not path_field:
            raise InvalidInputError(translate("ImageryHub.Imago", "Name the field that receives the image paths"),
                                    parameter="path_field")
        if path_field in fields and layer_fields.field(path_field).typeName().lower() not in (
                "string", "text", "varchar", "char"):
            raise InvalidInputError(translate("ImageryHub.Imago", "Field {field} is not a text field: choose another "
                                                                  "name for the paths").format(field=path_field),
                                    parameter="path_field")


def _value(feature, field):
    value = feature[field] if field else None
    return None if value is None or value == NULL or str(value).strip() == "" else value


def selectors_for(features, match):
    """``({selector: [fid, ...]}, {fid: why it was skipped})`` (GUI thread: reads features)."""
    wanted, skipped = {}, {}
    for feature in features:
        fid = feature.id()
        collection = match.collection or _value(feature, match.collection_field)
        if collection is None:
            skipped[fid] = translate("ImageryHub.Imago", "no collection in {field}").format(
                field=match.collection_field)
            continue
        options = dict(collection=str(collection).strip(), imagery_type=match.imagery_type,
                       image_type=match.image_type, workspace=match.workspace, dataset=match.dataset)
        if match.name_field:
            name = _value(feature, match.name_field)
            if name is None:
                skipped[fid] = translate("ImageryHub.Imago", "no imagery name in {field}").format(
                    field=match.name_field)
                continue
            options["name"] = str(name).strip()
        else:
            start, end = _value(feature, match.start_field), _value(feature, match.end_field)
            if start is None:
                skipped[fid] = translate("ImageryHub.Imago", "no depth in {field}").format(field=match.start_field)
                continue
            options.update(start_depth=start, end_depth=end)
        selector = ImagerySelector(**options)
        try:
            selector.download_params(match.width)
        except InvalidInputError as exc:
            skipped[fid] = exc.message
            continue
        wanted.setdefault(selector, []).append(fid)
    return wanted, skipped


def download_jobs(connection, wanted, width=None, stems=None):
    """One :class:`DownloadJob` per selector (keys: selectors), each file named
    ``stems[selector]`` when given, else after what the selector names."""
    client = connection.client()
    return [DownloadJob(key=selector, filename=image_file_namer((stems or {}).get(selector) or selector.file_stem()),
                        url=client.image_url(selector, width))
            for selector in wanted]


def session_maker(connection):
    """``make_session(cancelled)`` for a :class:`Downloader`: a session signed in to the account."""
    return lambda cancelled: connection.client(cancelled).prepared_session()


class FeatureDownloadTask(DownloadTask):
    """Downloads, then writes the paths of the files that arrived (a cancelled
    batch's too) into ``path_field`` of the GeoPackage layer ``source``; the
    result's ``written`` says whether it did. A write the file refuses is left
    to :func:`write_paths` on the GUI thread, which says why."""

    def __init__(self, *args, wanted=None, path_field=None, source=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.wanted, self.path_field, self.source = wanted, path_field, source

    def work(self):
        result = super().work()
        result.written = False
        values = paths_by_fid(self.wanted, result)[0] if self.source else None
        if values:
            layer = QgsVectorLayer(self.source, "features", "ogr")
            if layer.isValid() and layer.fields().indexOf(self.path_field) >= 0:
                try:
                    set_attribute_values(layer, values, self.path_field)
                    result.written = True
                except ImageryHubError:
                    pass  # not written: write_paths writes them on the GUI thread, or says why it cannot
        return result


def task_source(layer, path_field):
    """The source the task writes the paths into, or None (GUI thread): a
    GeoPackage layer not being edited, which has the field or gets it now
    (an empty text field, before any image arrives; the task's own layer could
    add it, but this layer would then not know it without a reload)."""
    if layer.providerType() != "ogr" or layer.isEditable() or layer.dataProvider().storageType() != "GPKG":
        return None
    if layer.fields().indexOf(path_field) < 0:
        if not layer.dataProvider().addAttributes([make_field(path_field, "string")]):
            return None  # write_paths tries again at the end and says why (refusal)
        layer.updateFields()
    return layer.source()


def download_task(connection, wanted, match, folder, concurrency, on_success=None, on_error=None, layer=None):
    """A :class:`FeatureDownloadTask` fetching one file per selector (keys:
    selectors); with ``layer``, a GeoPackage layer's paths written in it."""
    jobs = download_jobs(connection, wanted, match.width)
    count = len(jobs)
    return FeatureDownloadTask(translate("ImageryHub.Imago", "Imago: %Ln image(s)", None, count), jobs, folder,
                               session_maker(connection), concurrency, on_success, on_error, wanted=wanted,
                               path_field=match.path_field,
                               source=task_source(layer, match.path_field) if layer is not None else None)


def features_folder(download_folder, layer):
    return Path(download_folder) / "imago" / safe_filename(layer.name(), "layer")


def paths_by_fid(wanted, result):
    """``({fid: path}, {fid: error})`` of a finished download of ``wanted``."""
    values, failures = {}, {}
    for selector, fids in wanted.items():
        for fid in fids:
            if selector in result.paths:
                values[fid] = result.paths[selector]
            elif selector in result.errors:
                failures[fid] = result.errors[selector]
    return values, failures


def write_paths(layer, wanted, result, path_field):
    """The downloaded paths in ``path_field`` of ``layer`` (GUI thread): written by
    the task already, the layer is only told (no reload, the selection stays);
    else, or when the user started editing meanwhile, written now (in edit mode
    as one undoable command). Returns ``({fid: path}, {fid: error})``, the
    second for the features whose image did not arrive."""
    values, failures = paths_by_fid(wanted, result)
    if values and getattr(result, "written", False) and not layer.isEditable():
        layer.dataChanged.emit()
        layer.triggerRepaint()
    elif values:
        set_attribute_values(layer, values, path_field, translate("ImageryHub.Imago", "Imago image paths"),
                             create_kind="string")
    return values, failures
