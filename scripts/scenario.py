"""Drive the live QGIS application step by step from a ``--code`` scenario.

A scenario is a generator: it does some work, then yields a number (seconds to
let the event loop run) or an :func:`until` condition, so that tasks finish and
widgets repaint between steps. When it ends (or fails) the result dict is
written as JSON and QGIS quits with 0 (success) or 1.
"""

import json
import time
import traceback

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer


def attribute(layer, fid, name):
    """A feature's value, or None while the feature cannot be read: a task
    writing into the same GeoPackage (downloaded paths) holds it for a moment."""
    feature = layer.getFeature(fid)
    return feature[name] if feature.fields().indexOf(name) >= 0 else None


class until:  # noqa: N801 (reads as a keyword in scenarios)
    def __init__(self, condition, timeout=60, what="condition"):
        self.condition = condition
        self.deadline = time.monotonic() + timeout
        self.what = what


def drive(generator, result_path, quit_when_done=True, when_done=None):
    """Run ``generator`` on the Qt event loop; ``result`` is what it returns.

    ``when_done(ok)``, if given, runs instead of quitting: a scenario that quits
    QGIS itself, the way a user does."""
    state = {"result": {}}

    def finish(ok, result=None, error=None):
        payload = {"ok": ok, "result": result or {}}
        if error:
            payload["error"] = error
        with open(result_path, "w", encoding="utf-8") as fh:
            json.dump(payload, fh, indent=1, default=str)
        if when_done is not None:
            QTimer.singleShot(0, lambda: when_done(ok))
        elif quit_when_done:
            QTimer.singleShot(0, lambda: QgsApplication.exit(0 if ok else 1))

    def step(waiting=None):
        try:
            if isinstance(waiting, until):
                if not waiting.condition():
                    if time.monotonic() > waiting.deadline:
                        raise TimeoutError(f"timed out waiting for {waiting.what}")
                    QTimer.singleShot(100, lambda: step(waiting))
                    return
            value = next(generator)
        except StopIteration as stop:
            finish(True, stop.value)
            return
        except Exception:
            finish(False, error=traceback.format_exc())
            return
        if isinstance(value, until):
            QTimer.singleShot(50, lambda: step(value))
        else:
            QTimer.singleShot(int(1000 * (value or 0)), step)

    QTimer.singleShot(0, step)
    return state


def grab(widget, path):
    """Save a screenshot of a widget (the main window: the whole QGIS)."""
    QgsApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise RuntimeError(f"could not write screenshot {path}")
    return str(path)


def map_drawn(canvas=None, timeout=60):
    """A condition: the map canvas has drawn anew since this call, tiles
    included, so that a screenshot shows the map rather than a blank canvas
    (right after ``refresh()`` the canvas is not drawing *yet*)."""
    if canvas is None:
        from qgis.utils import iface

        canvas = iface.mapCanvas()
    state = {"drawn": False}

    def drawn():
        state["drawn"] = True

    canvas.mapCanvasRefreshed.connect(drawn)
    canvas.refresh()

    def ready():
        if state["drawn"] and not canvas.isDrawing():
            canvas.mapCanvasRefreshed.disconnect(drawn)
            return True
        return False

    return until(ready, timeout, "the map to draw")
