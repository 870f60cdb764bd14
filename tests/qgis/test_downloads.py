"""The concurrent download task: every file, per-file failures, cancel keeps what arrived."""

import threading

from imagery_hub.core.downloads import DownloadJob, DownloadTask
from imagery_hub.providers import http
from imagery_hub.sandbox import files


def make_session_factory(sandbox):
    def make(cancelled):
        credential = http.Credential(headers={"X-Api-Key": "k"}, scope=[sandbox.url])
        return http.make_session("Files", sandbox.url, credential, cancelled=cancelled, backoff=0.01)
    return make




def test_downloads_every_file_concurrently(sandbox, tmp_path, run_task):
    jobs = [DownloadJob(key=i, url=f"{sandbox.url}/files/blob/img{i}?size=50000", filename=f"img{i}.jpg")
            for i in range(8)]
    threads = set()

    def resolve(session):  # a link found in the worker (e.g. an expiring URL), on the CDN host
        threads.add(threading.current_thread().name)
        return f"{sandbox.cdn_url}/files/blob/cdn?size=1000"

    jobs.append(DownloadJob(key="cdn", filename="cdn.jpg", resolve=resolve))
    task = DownloadTask("download", jobs, tmp_path, make_session_factory(sandbox), concurrency=3)
    progress = []
    task.progressChanged.connect(progress.append)
    result = run_task(task)
    assert sorted(result.paths, key=str) == sorted(list(range(8)) + ["cdn"], key=str)
    for i in range(8):
        assert open(result.paths[i], "rb").read() == files.blob(50000, f"img{i}")
    assert result.errors == {} and not result.cancelled
    assert threads and all(name.startswith("imagery-hub-dl") for name in threads)
    assert "X-Api-Key" not in sandbox.log.find(path="/files/blob/cdn")[0]["headers"]
    assert max(progress) >= 99
    assert result.summary("image") == "9 images downloaded"


def test_a_failing_file_does_not_stop_the_others(sandbox, tmp_path, run_task):
    jobs = [DownloadJob(key="good", url=f"{sandbox.url}/files/blob/good?size=100", filename="good.jpg"),
            DownloadJob(key="bad", url=f"{sandbox.url}/files/missing", filename="bad.jpg")]
    result = run_task(DownloadTask("d", jobs, tmp_path, make_session_factory(sandbox)))
    assert list(result.paths) == ["good"]
    assert "No such path in the sandbox" in result.errors["bad"]
    assert result.summary() == "1 file downloaded, 1 failed"
    assert not (tmp_path / "bad.jpg").exists()


def test_cancel_keeps_finished_files_and_leaves_no_partial_ones(context, sandbox, tmp_path, wait_until):
    sandbox.faults.add(kind="bandwidth", rate=300_000, path="/files/blob/slow")
    jobs = [DownloadJob(key="fast", url=f"{sandbox.url}/files/blob/fast?size=1000", filename="fast.jpg"),
            DownloadJob(key="slow", url=f"{sandbox.url}/files/blob/slow?size=3000000", filename="slow.jpg")]
    task = DownloadTask("d", jobs, tmp_path, make_session_factory(sandbox), concurrency=2)
    outcome = {}
    task.on_success = lambda result: outcome.update(result=result)
    context.start(task)
    wait_until(lambda: sandbox.log.find(path="/files/blob/slow"), 60, "the slow download to start")
    wait_until(lambda: (tmp_path / "fast.jpg").exists(), 60, "the fast one")
    task.cancel()
    wait_until(lambda: outcome, 60, "the task to stop")
    result = outcome["result"]
    assert result.cancelled and list(result.paths) == ["fast"]
    assert not (tmp_path / "slow.jpg").exists()
    assert result.summary() == "1 file downloaded (cancelled)"


def test_connections_step_up_while_the_throughput_grows_and_stay_when_it_does_not():
    from imagery_hub.core.downloads import Connections

    growing = Connections(16, start=4, window=1.0)
    seen, total = [growing.observe(0, 0.0)], 0
    for second in range(1, 8):  # each connection brings 100 kB/s: a link with room to spare
        total += 100_000 * growing.current
        seen.append(growing.observe(total, float(second)))
    assert seen == [4, 8, 16, 16, 16, 16, 16, 16] and growing.settled

    full = Connections(16, start=4, window=1.0)  # a full link: more connections move no more
    full.observe(0, 0.0)
    assert [full.observe(1_000_000 * second, float(second)) for second in range(1, 5)] == [8, 8, 8, 8]
    assert full.settled
    assert Connections(3, start=4).current == 3  # never past the user's maximum


def test_downloads_take_more_connections_when_each_waits_on_latency(sandbox, tmp_path):
    from imagery_hub.core.downloads import Downloader

    sandbox.faults.add(kind="latency", delay=0.2, path="/files/blob/lat")
    jobs = [DownloadJob(key=i, url=f"{sandbox.url}/files/blob/lat{i}?size=10000", filename=f"{i}.jpg")
            for i in range(150)]
    downloader = Downloader(jobs, tmp_path, make_session_factory(sandbox), concurrency=12)
    result = downloader.run()
    assert len(result.paths) == 150 and not result.errors
    assert downloader.peak == 12  # stepped up from 4 while it helped, up to the maximum


def test_downloads_do_not_pile_up_connections_on_a_full_link(sandbox, tmp_path):
    from imagery_hub.core.downloads import Downloader

    sandbox.faults.add(kind="bandwidth", rate=2_000_000, link=True, path="/files/blob/link")
    jobs = [DownloadJob(key=i, url=f"{sandbox.url}/files/blob/link{i}?size=400000", filename=f"{i}.jpg")
            for i in range(30)]
    downloader = Downloader(jobs, tmp_path, make_session_factory(sandbox), concurrency=16)
    result = downloader.run()
    assert len(result.paths) == 30 and not result.errors
    assert downloader.peak < 16  # the link is full: more connections brought nothing, so it stopped adding
