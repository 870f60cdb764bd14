"""QGIS without widgets: tasks, result layers and styles, the area of interest,
credentials, settings and messages at the top; one package per service below."""
