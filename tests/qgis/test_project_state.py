"""What the project file keeps: the area of interest and the search history,
through a real save and read of a .qgz."""

from datetime import date, datetime

from qgis.core import QgsGeometry, QgsProject

from imagery_hub.core import history
from imagery_hub.core.aoi import WGS84, make_aoi
from imagery_hub.core.project_state import read_aoi, write_aoi
from imagery_hub.sandbox.demo_site import AOI_WKT


def test_the_area_and_the_history_survive_save_and_read(tmp_path):
    project = QgsProject()
    aoi = make_aoi(QgsGeometry.fromWkt(AOI_WKT), WGS84, "polygon")
    write_aoi(project, aoi)
    params = {"filters": {"pitch": -90.0, "captured_at": (date(2024, 1, 1), date(2025, 12, 31)),
                          "capture_type": ["orthomosaic"]}, "cap": 20}
    for cap in range(12):  # ten are kept, newest first
        history.add(project, "spexi", aoi, dict(params, cap=cap), datetime(2026, 12, 4, 17, cap))
    path = tmp_path / "kept.qgz"
    assert project.write(str(path))

    reopened = QgsProject()
    assert reopened.read(str(path))
    again = read_aoi(reopened)
    assert again.kind == "polygon" and again.describe() == aoi.describe()
    assert again.geometry.equals(aoi.geometry)
    entries = history.entries(reopened, "spexi")
    assert [e["params"]["cap"] for e in entries] == list(range(11, 1, -1))
    assert entries[0]["when"] == datetime(2026, 12, 4, 17, 11)
    assert entries[0]["params"]["filters"] == {"pitch": -90.0, "captured_at": (date(2024, 1, 1), date(2025, 12, 31)),
                                               "capture_type": ("orthomosaic",)}
    assert history.entries(reopened, "mapillary") == []
    write_aoi(reopened, None)
    assert read_aoi(reopened) is None


def test_a_search_made_twice_is_kept_once():
    project = QgsProject()
    aoi = make_aoi(QgsGeometry.fromWkt(AOI_WKT), WGS84, "polygon")
    history.add(project, "eosda", aoi, {"dataset": "sentinel2", "max_cloud": 30.0})
    history.add(project, "eosda", aoi, {"dataset": "sentinel2", "max_cloud": 30.0})
    assert len(history.entries(project, "eosda")) == 1
