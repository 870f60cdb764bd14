"""Seequent Imago in QGIS: tasks, result layers and the service's state, without widgets."""

#: the field that gets each feature's downloaded image path (here, not in
#: features.py: a Processing algorithm declares it without the client)
DEFAULT_PATH_FIELD = "imago_path"
