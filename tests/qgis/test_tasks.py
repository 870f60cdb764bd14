"""The task base class: results and errors reach the GUI thread, progress is
reported, and a cancel reaches the HTTP loop of a running download."""

import threading

from imagery_hub.core.tasks import FunctionTask
from imagery_hub.providers import http
from imagery_hub.providers.download import download
from imagery_hub.providers.errors import NotFoundError, OperationCancelled


def test_result_and_progress_reach_the_gui_thread(context, wait_until):
    seen = {}

    def work(task):
        for i in range(5):
            task.report(i + 1, 5)
        return "done"

    task = FunctionTask("work", work, on_success=lambda r: seen.update(result=r,
                                                                       thread=threading.current_thread()))
    progress = []
    task.progressChanged.connect(progress.append)
    context.start(task)
    wait_until(lambda: "result" in seen)
    assert seen["result"] == "done"
    assert seen["thread"] is threading.main_thread()
    assert progress[-1] == 100 and progress == sorted(progress)


def test_exception_in_run_is_kept_and_reported(context, sandbox, wait_until):
    errors = []

    def work(task):
        session = http.make_session("Files", sandbox.url + "/files")
        return session.get_json("no-such-thing")

    task = FunctionTask("failing", work, on_error=errors.append)
    context.start(task)
    wait_until(lambda: errors)
    assert isinstance(errors[0], NotFoundError)
    assert task.error is errors[0]
    assert not context.tasks.running()


def test_cancel_reaches_the_download_loop(context, sandbox, tmp_path, wait_until):
    sandbox.faults.add(kind="bandwidth", rate=500_000, path="/files/blob/")
    errors, started = [], threading.Event()

    def work(task):
        session = http.make_session("Files", sandbox.url, cancelled=task.is_cancelled)
        return download(session, f"{sandbox.url}/files/blob/big?size=5000000", tmp_path, "big.bin",
                        progress=lambda done, total: started.set())

    task = context.start(FunctionTask("download", work, on_error=errors.append))
    wait_until(started.is_set, what="download started")
    task.cancel()
    wait_until(lambda: errors, 60, "the task to stop")
    assert isinstance(errors[0], OperationCancelled)
    assert not (tmp_path / "big.bin").exists()
