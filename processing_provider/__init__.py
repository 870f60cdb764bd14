"""Imagery Hub's Processing provider: the plugin's main jobs as algorithms for
the toolbox, the Graphical Modeler, batch runs, PyQGIS scripts and ``qgis_process``.

(Never name this folder ``processing``: it would shadow QGIS's own package.)
"""
