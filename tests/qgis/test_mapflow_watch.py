"""Processings the user started are watched until they finish, across a QGIS restart."""

import pytest
from qgis.PyQt.QtWidgets import QPushButton
from shapely import wkt

from imagery_hub import classFactory
from imagery_hub.core.mapflow.service import MapflowService
from imagery_hub.core.mapflow.watch import WATCHED, ProcessingWatcher
from imagery_hub.providers.mapflow.client import MapflowClient
from imagery_hub.providers.mapflow.sources import ProcessingRequest, TileSource
from imagery_hub.sandbox.accounts import secret
from imagery_hub.sandbox.demo_site import AOI_WKT
from imagery_hub.ui.mapflow.tab import MapflowTab


@pytest.fixture
def mapflow(context, sandbox, qgis_iface, mapflow_shape):
    qgis_iface.messageBar().clearWidgets()  # notices of earlier tests stay until closed
    sandbox.options["mapflow.processing_seconds"] = 1.5
    sandbox.state["mapflow"].reset()
    context.settings.remove(WATCHED)
    context.settings.set_value("mapflow/poll_seconds", 0.2)
    context.credentials.save("mapflow", {"secret": secret("mapflow")})
    yield MapflowClient(secret("mapflow"), sandbox.url + "/mapflow/rest")
    sandbox.options.pop("mapflow.processing_seconds")
    context.settings.remove(WATCHED)


def start_one(client, sandbox, name="Watched"):
    source = TileSource("xyz", sandbox.cdn_url + "/mapflow/imagery/{z}/{x}/{y}.png")
    return client.create_processing(ProcessingRequest(name, "🏠 Buildings", wkt.loads(AOI_WKT), source))


def buttons(bar):
    return [b.text() for b in bar.findChildren(QPushButton)]


def test_watching_survives_a_restart(mapflow, sandbox, qgis_iface, wait_until):
    bar = qgis_iface.messageBar()
    first = classFactory(qgis_iface)
    first.initGui()
    tab = next(t for t in first.panel().service_tabs if isinstance(t, MapflowTab))
    processing = start_one(mapflow, sandbox)
    tab.watcher.watch(processing)  # what starting it from the tab does
    first.unload()  # QGIS quits before the processing is done
    assert "Load results" not in buttons(bar)

    second = classFactory(qgis_iface)  # QGIS starts again: a new plugin instance
    second.initGui()
    try:
        # the panel was never opened: it is built by itself once QGIS has started, for the watch
        wait_until(lambda: second.dock is not None, 30, "the panel to be built")
        tab = next(t for t in second.dock.service_tabs if isinstance(t, MapflowTab))
        assert tab.watcher.watched() == {processing.id: "Watched"}
        wait_until(lambda: "Load results" in buttons(bar), 60, "the done notice")
        assert tab.watcher.watched() == {}
        assert "Mapflow processing “Watched” is done" in [item.text() for item in bar.items()]
    finally:
        second.unload()


def test_the_list_is_kept_per_api_url(context, mapflow, sandbox):
    service = MapflowService(context)
    watcher = ProcessingWatcher(service)
    processing = start_one(mapflow, sandbox)
    watcher.watch(processing)
    watcher.stop()
    context.settings.set_url("mapflow", "base_url", "https://api.mapflow.ai/rest")
    try:
        assert watcher.watched() == {}  # the live service does not know the sandbox's ids
    finally:
        context.settings.point_at_sandbox(sandbox.url)
    assert watcher.watched() == {processing.id: processing.name}


def test_a_processing_deleted_elsewhere_is_no_longer_watched(context, mapflow, sandbox, wait_until):
    watcher = ProcessingWatcher(MapflowService(context))
    finished = []
    watcher.finished.connect(finished.append)
    processing = start_one(mapflow, sandbox)
    mapflow.delete_processing(processing.id)
    watcher.watch(processing)
    wait_until(lambda: watcher.watched() == {}, 60, "the watcher to drop it")
    watcher.stop()
    assert finished == []


def test_one_poll_at_a_time_however_slow_the_service(context, mapflow, sandbox, wait_until):
    watcher = ProcessingWatcher(MapflowService(context))
    ended = []
    watcher.finished.connect(ended.append)
    for i in range(3):
        watcher.watch(start_one(mapflow, sandbox, f"P{i}"))
    sandbox.log.clear()
    sandbox.faults.add(None, kind="latency", delay=0.4, path="/mapflow/rest/processings/")
    wait_until(lambda: len(ended) == 3, 30, "all three to finish")
    watcher.stop()
    requests = sorted(r["time"] for r in sandbox.log.find("/mapflow/rest/processings/", method="GET"))
    # one task asks for the three in turn; the next poll waits for it (0.2 s timer, 0.4 s answers)
    gaps = [b - a for a, b in zip(requests, requests[1:])]
    assert all(gap >= 0.35 for gap in gaps), gaps
    assert [p.status for p in ended] == ["OK", "OK", "OK"]
