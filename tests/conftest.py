"""Shared test setup.

The plugin folder is registered as the package ``imagery_hub`` whatever the
checkout folder is called, and the folder itself is kept off ``sys.path`` so that
``providers`` or ``core`` can never be imported twice under another name.
"""

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _register_package():
    if "imagery_hub" in sys.modules:
        return
    spec = importlib.util.spec_from_file_location(
        "imagery_hub", ROOT / "__init__.py", submodule_search_locations=[str(ROOT)])
    module = importlib.util.module_from_spec(spec)
    sys.modules["imagery_hub"] = module
    spec.loader.exec_module(module)


sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT]
_register_package()

from imagery_hub.sandbox import Sandbox  # noqa: E402


@pytest.fixture(scope="session")
def sandbox_session():
    with Sandbox() as sb:
        yield sb


@pytest.fixture
def sandbox(sandbox_session):
    """The running sandbox, with no fault rules and an empty request log."""
    sandbox_session.reset()
    yield sandbox_session
    sandbox_session.reset()


@pytest.fixture(params=["documented", "live"])
def mapflow_shape(request, sandbox):
    """Run a Mapflow test against both shapes of the service: the Mapflow API
    page's ("documented") and the live service's as its vendor client reads it
    ("live", the sandbox option mapflow.live_shapes; docs/documented-vs-live.md)."""
    live = request.param == "live"
    sandbox.options["mapflow.live_shapes"] = live
    yield request.param
    sandbox.options.pop("mapflow.live_shapes", None)


def _wait_until(condition, timeout=30.0, what="condition"):
    """Run the Qt event loop until ``condition()`` is true (tasks finish, signals arrive)."""
    import time

    from qgis.core import QgsApplication

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:  # the tasks still in QGIS's manager tell why, most often
            tasks = [(task.description(), task.status()) for task in QgsApplication.taskManager().tasks()]
            raise AssertionError(f"timed out after {timeout:g} s waiting for {what}; tasks: {tasks}")
        QgsApplication.processEvents()
        time.sleep(0.01)


@pytest.fixture
def wait_until():
    return _wait_until


@pytest.fixture(scope="session")
def auth_manager(qgis_app):
    """The QGIS Authentication Manager of the test profile, unlocked."""
    from qgis.core import QgsApplication

    manager = QgsApplication.authManager()
    assert manager.setMasterPassword("imagery-hub-tests", True), "could not unlock the test auth database"
    return manager


@pytest.fixture
def context(qgis_iface, auth_manager, sandbox, tmp_path):
    """A plugin context on the test iface, every service pointed at the sandbox,
    folders in tmp_path, and no stored credentials."""
    from imagery_hub.core.context import PluginContext
    from imagery_hub.providers.registry import SERVICES

    ctx = PluginContext(qgis_iface)
    ctx.settings.point_at_sandbox(sandbox.url)
    ctx.settings.set_download_folder(tmp_path / "downloads")
    ctx.settings.set_workspace_folder(tmp_path / "workspace")
    for info in SERVICES:
        ctx.credentials.clear(info.id)
    qgis_iface.messageBar().clear_messages()
    yield ctx
    ctx.tasks.cancel_all()
    _wait_until(lambda: not ctx.tasks.running(), 30, "tasks to end")


@pytest.fixture(scope="session")
def provider(qgis_app):
    """QGIS's ``processing`` importable (pytest-qgis leaves the core plugins off
    sys.path, and a checkout folder called ``processing`` may shadow it), and
    our Processing provider registered, kept referenced for the session."""
    from qgis.core import QgsApplication

    from imagery_hub.processing_provider.provider import register

    plugins = str(Path(QgsApplication.pkgDataPath()) / "python" / "plugins")
    if plugins not in sys.path:
        sys.path.append(plugins)
    shadow = sys.modules.get("processing")
    if shadow is not None and not str(getattr(shadow, "__file__", "")).startswith(plugins):
        del sys.modules["processing"]
    from processing.core.Processing import Processing

    Processing.initialize()
    yield QgsApplication.processingRegistry().providerById("imagery_hub") or register()


@pytest.fixture
def run_task(context, wait_until):
    """``run_task(task)``: start a task in the plugin context, wait for it and give
    its result (its error is raised); with ``expect_error=True`` give the error."""

    def run(task, timeout=60, expect_error=False):
        outcome = {}
        task.on_success = lambda result: outcome.update(result=result)
        task.on_error = lambda error: outcome.update(error=error)
        context.start(task)
        wait_until(lambda: outcome, timeout, task.description())
        if expect_error:
            assert "error" in outcome, f"{task.description()} succeeded: {outcome.get('result')!r}"
            return outcome["error"]
        if "error" in outcome:
            raise outcome["error"]
        return outcome["result"]
    return run


# -- the end of the run ---------------------------------------------------------------------
# After the last test, pytest-qgis has closed QGIS; Python's own teardown then frees
# the remaining Qt/QGIS wrappers in no particular order, and that has crashed the
# interpreter (a segfault after "N passed", so `make test` failed with every test
# green). The run's result is known by then: the process ends with it at once.
# Crashes of QGIS itself on exit are tested where users meet them: the live QGIS
# scenarios quit QGIS and assert its exit code.
_exit_status = {}


def pytest_sessionfinish(session, exitstatus):
    _exit_status["code"] = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    if "code" in _exit_status and not hasattr(config, "workerinput"):
        import os

        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_exit_status["code"])
