"""Scaling pictures for display on the GUI thread without freezing it.

Qt's smooth scaling of a large picture splits the work over Qt's global thread
pool and waits for it; QGIS runs its tasks in that same pool, so with every pool
thread busy with a long task (downloads, renders) the GUI thread would wait until
one ends. Then a fast scaling is used instead.
"""

from qgis.PyQt.QtCore import QThreadPool, Qt


def _mode():
    pool = QThreadPool.globalInstance()
    if pool.activeThreadCount() >= pool.maxThreadCount():
        return Qt.TransformationMode.FastTransformation
    return Qt.TransformationMode.SmoothTransformation


def fit(pixmap, width, height):
    """``pixmap`` scaled to fit ``width`` × ``height``, aspect ratio kept."""
    return pixmap.scaled(width, height, Qt.AspectRatioMode.KeepAspectRatio, _mode())
