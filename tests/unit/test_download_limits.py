"""Downloads give up and stop when they should: a server that drips, a server
that never answers, and the user's Cancel in the middle of a read."""

import threading
import time

import pytest

from imagery_hub.providers import http
from imagery_hub.providers.download import download
from imagery_hub.providers.errors import NetworkError, OperationCancelled
from imagery_hub.providers.transfer import DownloadLimits
from imagery_hub.sandbox import files

pytestmark = pytest.mark.timeout(180)

#: the defaults scaled down so that a test takes seconds, not minutes
QUICK = DownloadLimits(min_speed=1024, speed_window=3.0, deadline=3600.0, first_byte_timeout=2.0)


def session_for(sandbox, **options):
    options.setdefault("backoff", 0.01)
    return http.make_session("Files", sandbox.url + "/files", **options)


def blob_url(sandbox, size, name="img"):
    return f"{sandbox.url}/files/blob/{name}?size={size}"


def test_a_server_dripping_20_bytes_a_second_is_given_up_on_with_a_clear_error(sandbox, tmp_path):
    sandbox.faults.add(kind="bandwidth", rate=20, path="/files/blob/")
    started = time.monotonic()
    with pytest.raises(NetworkError) as caught:
        download(session_for(sandbox), blob_url(sandbox, 100_000), tmp_path, "drip.bin", limits=QUICK)
    assert str(caught.value) == (f"Files: 127.0.0.1:{sandbox.url.rsplit(':', 1)[1]} sent less than 1 KB/s "
                                 "for 3 s; the download of drip.bin was stopped (code too_slow)")
    assert time.monotonic() - started < 30
    assert not (tmp_path / "drip.bin").exists()
    assert (tmp_path / "drip.bin.part").stat().st_size > 0  # what came is kept for a later resume


def test_a_server_that_never_answers_is_given_up_on_retries_included(sandbox, tmp_path):
    sandbox.faults.add(kind="black_hole", path="/files/blob/")
    started = time.monotonic()
    with pytest.raises(NetworkError, match=r"sent nothing for \d+ s; the download of hole.bin was stopped"):
        download(session_for(sandbox), blob_url(sandbox, 1000), tmp_path, "hole.bin", limits=QUICK)
    # attempts of 2 s each until the 3 s window has passed with nothing: the session's
    # own retries (4) are cut short too
    assert time.monotonic() - started < 60
    assert 2 <= len(sandbox.log.find(path="/files/blob/")) <= 3


def test_the_default_limits_give_up_on_a_black_hole_within_a_few_minutes():
    limits = DownloadLimits()
    session = http.make_session("X", "http://127.0.0.1:9")
    # each attempt waits first_byte_timeout, then backs off; before the next one the watch
    # stops the download once nothing has arrived for its whole window
    worst = limits.speed_window + limits.first_byte_timeout + session.max_backoff
    assert worst < 3 * 60
    assert (limits.min_speed, limits.speed_window) == (1024, 60)


def test_cancel_reaches_a_download_in_the_middle_of_a_read_within_a_second(sandbox, tmp_path):
    sandbox.faults.add(kind="bandwidth", rate=20, path="/files/blob/")
    first_bytes, cancelled_at = threading.Event(), []
    session = session_for(sandbox, cancelled=lambda: bool(cancelled_at))

    def cancel_once_bytes_arrive():
        first_bytes.wait(30)
        cancelled_at.append(time.monotonic())

    threading.Thread(target=cancel_once_bytes_arrive, daemon=True).start()
    with pytest.raises(OperationCancelled):
        download(session, blob_url(sandbox, 5000), tmp_path, "slow.bin", progress=lambda *_: first_bytes.set())
    assert cancelled_at, "the download ended before it was cancelled"
    assert time.monotonic() - cancelled_at[0] < 2.5  # a second, with room for a loaded machine
    assert not (tmp_path / "slow.bin").exists()


@pytest.mark.parametrize("what", ["download", "json"])
def test_cancel_reaches_a_request_waiting_for_a_server_that_never_answers(sandbox, tmp_path, what):
    """The wait for the answer's first byte (30 s by default) is not a read
    that a short timeout can slice: the connection is shut down on Cancel."""
    sandbox.faults.add(kind="black_hole", path="/files/")
    cancelled_at = []
    session = session_for(sandbox, cancelled=lambda: bool(cancelled_at))
    logged = threading.Event()

    def cancel_once_the_request_is_waiting():
        # the request has reached the server once it is in the sandbox's log
        while not sandbox.log.find(path="/files/"):
            logged.wait(0.05)
        cancelled_at.append(time.monotonic())

    threading.Thread(target=cancel_once_the_request_is_waiting, daemon=True).start()
    with pytest.raises(OperationCancelled):
        if what == "download":
            download(session, blob_url(sandbox, 1000), tmp_path, "hole.bin")  # default limits: 30 s first byte
        else:
            session.get_json("echo")
    assert time.monotonic() - cancelled_at[0] < 2.5  # a second, with room for a loaded machine
    assert len(sandbox.log.find(path="/files/")) == 1  # cancelled, not retried


def test_a_dripped_file_still_arrives_whole_when_it_is_fast_enough(sandbox, tmp_path):
    sandbox.faults.add(kind="bandwidth", rate=200_000, path="/files/blob/")
    sandbox.faults.add(kind="reset", after_bytes=100_000, times=1, path="/files/blob/")
    path = download(session_for(sandbox), blob_url(sandbox, 300_000), tmp_path, "ok.bin", limits=QUICK)
    assert path.read_bytes() == files.blob(300_000, "img")
    assert len(sandbox.log.find(path="/files/blob/")) == 2  # resumed once with Range


def test_a_download_past_its_deadline_is_stopped(sandbox, tmp_path):
    sandbox.faults.add(kind="bandwidth", rate=50_000, path="/files/blob/")
    limits = DownloadLimits(min_speed=1024, speed_window=60, deadline=1.5, first_byte_timeout=2.0)
    with pytest.raises(NetworkError, match=r"did not finish within 0.025 minutes \(the download deadline\); "
                                           r"the download of late.bin was stopped"):
        download(session_for(sandbox), blob_url(sandbox, 1_000_000), tmp_path, "late.bin", limits=limits)


def test_sessions_carry_the_configured_download_limits():
    mine = DownloadLimits(min_speed=10, speed_window=5, deadline=60, first_byte_timeout=3)
    try:
        http.configure(download_limits=mine)
        assert http.make_session("X", "http://127.0.0.1:9").download_limits == mine
    finally:
        http.configure()
    assert http.make_session("X", "http://127.0.0.1:9").download_limits == DownloadLimits()


def test_cancel_stops_an_imago_upload_while_its_body_goes_out(sandbox, tmp_path):
    from imagery_hub.providers.imago.client import ImagoClient
    from imagery_hub.sandbox import DEMO_CREDENTIALS
    from imagery_hub.sandbox.imago.api import PREFIX

    sandbox.state.pop("imago", None)
    account = DEMO_CREDENTIALS["imago"]
    cancel, sent = threading.Event(), []
    client = ImagoClient(base_url=sandbox.url + PREFIX, username=account["username"], password=account["secret"],
                         backoff=0.01, cancelled=cancel.is_set)
    client.sign_in()
    photo = tmp_path / "big.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + bytes(40_000_000))

    def progress(done, total):
        sent.append(done)
        cancel.set()  # the user presses Cancel as soon as the upload has begun

    with pytest.raises(OperationCancelled):
        client.send_image(photo, "image/jpeg", {"collection": "BH-01", "imageryType": "Core trays",
                                                "imageType": "Dry", "name": "big"}, progress=progress)
    assert sent[-1] < 1_000_000  # stopped within a chunk or two, not after 40 MB
    # the server saw the body break off, far short of the file
    assert all(r["body_size"] < 1_000_000 for r in sandbox.log.find(path=PREFIX + "/image$"))


def test_cancel_reaches_a_json_answer_that_drips(sandbox):
    sandbox.faults.add(kind="bandwidth", rate=20, path="/files/echo")
    cancelled_at = []
    session = session_for(sandbox, cancelled=lambda: bool(cancelled_at))
    threading.Timer(1.0, lambda: cancelled_at.append(time.monotonic())).start()
    with pytest.raises(OperationCancelled):
        session.get_json("echo")  # a few hundred bytes: about half a minute at 20 bytes/s
    assert time.monotonic() - cancelled_at[0] < 2.5
