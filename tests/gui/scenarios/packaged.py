"""Live QGIS: the plugin as installed from the release zip (a copy in the
profile, not the checkout) loads, builds its panel and finds its resources."""

import importlib.util
import os
import re
import sys
from pathlib import Path

from qgis.core import QgsApplication, QgsVectorLayer
from qgis.utils import plugins, unloadPlugin

# scripts/ is not in the zip: the scenario driver comes from the checkout by path
_spec = importlib.util.spec_from_file_location(
    "scenario_driver", os.path.join(os.environ["IMAGERY_HUB_CHECKOUT"], "scripts", "scenario.py"))
_driver = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_driver)


def scenario():
    # enabled in the profile, so QGIS started it as it does for an installed plugin
    assert "imagery_hub" in plugins, sorted(plugins)
    plugin = plugins["imagery_hub"]
    yield _driver.until(lambda: plugin.provider is not None, 30, "the Processing provider")
    plugin.show_dock()
    package = Path(sys.modules["imagery_hub"].__file__).parent
    from imagery_hub.core.resources import RESOURCES, icon, style_path

    # every style and icon named in the installed code
    code = "\n".join(p.read_text(encoding="utf-8") for p in package.rglob("*.py"))
    styles = sorted(set(re.findall(r'"(\w+\.qml)"', code)))
    icons = sorted(set(re.findall(r'icon\("(\w+\.svg)"\)', code)))
    missing = [name for name in styles if not Path(style_path(name)).is_file()]
    bad = []
    for name in styles:
        if name not in missing:
            text = Path(style_path(name)).read_text(encoding="utf-8")
            kind = re.search(r"<layerGeometryType>(\d)<", text)
            geometry = ("Point", "LineString", "Polygon")[int(kind.group(1))] if kind else "Polygon"
            layer = QgsVectorLayer(f"{geometry}?crs=EPSG:4326", name, "memory")
            message, ok = layer.loadNamedStyle(style_path(name))
            if not ok:
                bad.append(f"{name}: {message}")
    result = {
        "package": str(package),
        "resources": str(RESOURCES),
        "tabs": [tab.title for tab in plugin.dock.service_tabs],
        "algorithms": sorted(a.id() for a in QgsApplication.processingRegistry().algorithms()
                             if a.provider() is not None and a.provider().id() == "imagery_hub"),
        "styles": styles, "missing_styles": missing, "bad_styles": bad,
        "icons_null": [name for name in icons if icon(name).isNull()],
    }
    assert unloadPlugin("imagery_hub")
    yield 0.2
    return result


_driver.drive(scenario(), os.environ["IMAGERY_HUB_RESULT"])
