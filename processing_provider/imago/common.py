"""The Imago target both Imago algorithms name: workspace, dataset, collection,
imagery type and image type (what the tab's combo boxes choose)."""

from qgis.core import QgsProcessingParameterString
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ...core.i18n import translate
from ..base import refuse

TARGET = (("WORKSPACE", QT_TRANSLATE_NOOP("ImageryHub.Imago", "Workspace"),
           QT_TRANSLATE_NOOP("ImageryHub.Imago", "The Imago workspace. Empty: any (give it when a collection name "
                                                 "exists in several workspaces).")),
          ("DATASET", QT_TRANSLATE_NOOP("ImageryHub.Imago", "Dataset"),
           QT_TRANSLATE_NOOP("ImageryHub.Imago", "The dataset of the workspace. Empty: any.")),
          ("COLLECTION", QT_TRANSLATE_NOOP("ImageryHub.Imago", "Collection"),
           QT_TRANSLATE_NOOP("ImageryHub.Imago", "The collection {what}.")),
          ("IMAGERY_TYPE", QT_TRANSLATE_NOOP("ImageryHub.Imago", "Imagery type"),
           QT_TRANSLATE_NOOP("ImageryHub.Imago", "The imagery type, e.g. “Core trays” or “Field photos”.")),
          ("IMAGE_TYPE", QT_TRANSLATE_NOOP("ImageryHub.Imago", "Image type"),
           QT_TRANSLATE_NOOP("ImageryHub.Imago", "The image type of that imagery type, e.g. “Dry”, “Wet” or "
                                                 "“Photo”.")))

#: the depth interval both algorithms take: name, label
DEPTHS = (("START_DEPTH", QT_TRANSLATE_NOOP("ImageryHub.Imago", "Start depth")),
          ("END_DEPTH", QT_TRANSLATE_NOOP("ImageryHub.Imago", "End depth")))


def add_target(algorithm, what, collection_optional=False):
    for name, label, text in TARGET:
        optional = name in ("WORKSPACE", "DATASET") or (name == "COLLECTION" and collection_optional)
        algorithm.add(QgsProcessingParameterString(name, translate("ImageryHub.Imago", label), optional=optional),
                      translate("ImageryHub.Imago", text).format(what=what))


def read_target(algorithm, parameters, context, collection_required=True):
    missing = {"IMAGERY_TYPE": translate("ImageryHub.Imago", "Name the imagery type (IMAGERY_TYPE)"),
               "IMAGE_TYPE": translate("ImageryHub.Imago", "Name the image type (IMAGE_TYPE)"),
               "COLLECTION": translate("ImageryHub.Imago", "Name the collection (COLLECTION)")}
    """``{"workspace", "dataset", "collection", "imagery_type", "image_type"}``, None for empty ones."""
    values = {name.lower(): algorithm.parameterAsString(parameters, name, context).strip() or None
              for name, *_ in TARGET}
    for name in ("IMAGERY_TYPE", "IMAGE_TYPE") + (("COLLECTION",) if collection_required else ()):
        if not values[name.lower()]:
            refuse(missing[name], name)
    return values
