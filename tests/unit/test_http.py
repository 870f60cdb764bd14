"""The HTTP core against the sandbox: retries, Retry-After, credential scoping,
error texts, streamed downloads with resume, truncation, cancel and file names."""

import email.utils
from datetime import datetime, timedelta, timezone

import pytest

from imagery_hub.providers import http
from imagery_hub.providers.download import download, resolve_inside, safe_filename
from imagery_hub.providers.errors import (
    AuthenticationError,
    InvalidInputError,
    NetworkError,
    OperationCancelled,
    RateLimitedError,
    ServiceError,
)
from imagery_hub.sandbox import files

KEY = "files-key"


def session_for(sandbox, **options):
    options.setdefault("backoff", 0.01)
    cred = http.Credential(headers={"X-Api-Key": KEY}, scope=[sandbox.url])
    return http.make_session("Files", sandbox.url + "/files", cred, **options)


def test_retries_5xx_then_succeeds_and_counts_attempts(sandbox):
    sandbox.faults.add(kind="status", status=503, times=2, path="/files/echo")
    body = session_for(sandbox).get_json("echo")
    assert body["host"] == "main"
    assert len(sandbox.log.find(path="/files/echo")) == 3


@pytest.mark.parametrize("status", [429, 502, 503, 504])
def test_retries_are_bounded(sandbox, status):
    sandbox.faults.add(kind="status", status=status, path="/files/echo")
    with pytest.raises((ServiceError, RateLimitedError)):
        session_for(sandbox, max_retries=2).get_json("echo")
    assert len(sandbox.log.find(path="/files/echo")) == 3


def test_no_retry_on_client_errors(sandbox):
    with pytest.raises(AuthenticationError):
        http.make_session("Files", sandbox.url + "/files", backoff=0.01).get_json("protected")
    assert len(sandbox.log.find(path="/files/protected")) == 1


def test_retry_after_seconds_is_honoured(sandbox):
    sandbox.faults.add(kind="status", status=429, retry_after="1", times=1, path="/files/echo")
    session_for(sandbox).get_json("echo")
    first, second = sandbox.log.find(path="/files/echo")
    assert second["time"] - first["time"] >= 1.0


def test_retry_after_http_date_is_honoured(sandbox):
    when = datetime.now(timezone.utc) + timedelta(seconds=2)
    sandbox.faults.add(kind="status", status=503, times=1, path="/files/echo",
                       retry_after=email.utils.format_datetime(when, usegmt=True))
    session_for(sandbox).get_json("echo")
    first, second = sandbox.log.find(path="/files/echo")
    assert second["time"] - first["time"] >= 1.0


def test_retry_after_longer_than_we_wait_gives_rate_limited_error(sandbox):
    sandbox.faults.add(kind="status", status=429, retry_after="3600", path="/files/echo")
    with pytest.raises(RateLimitedError) as info:
        session_for(sandbox).get_json("echo")
    assert info.value.retry_after == 3600
    assert len(sandbox.log.find(path="/files/echo")) == 1


def test_connection_reset_is_retried(sandbox):
    sandbox.faults.add(kind="reset", after_bytes=0, times=1, path="/files/echo")
    assert session_for(sandbox).get_json("echo")["host"] == "main"
    assert len(sandbox.log.find(path="/files/echo")) == 2


def test_slow_first_byte_times_out_and_is_retried(sandbox):
    sandbox.faults.add(kind="slow_first_byte", delay=1.0, times=1, path="/files/echo")
    session = session_for(sandbox, timeout=(2.0, 0.3))
    assert session.get_json("echo")["host"] == "main"
    assert len(sandbox.log.find(path="/files/echo")) == 2


def test_post_is_not_repeated_after_a_502(sandbox):
    sandbox.faults.add(kind="status", status=502, path="/files/echo")
    with pytest.raises(ServiceError):
        session_for(sandbox).request("POST", "echo")
    assert len(sandbox.log.find(path="/files/echo")) == 1


def test_post_is_repeated_after_a_429(sandbox):
    sandbox.faults.add(kind="status", status=429, retry_after="0", times=1, path="/files/echo")
    sandbox.faults.add(kind="status", status=405, path="/files/echo")  # the POST reached the handler
    with pytest.raises(ServiceError):
        session_for(sandbox).request("POST", "echo")
    assert len(sandbox.log.find(path="/files/echo")) == 2


def test_malformed_json_is_retried_then_reported(sandbox):
    sandbox.faults.add(kind="malformed_json", times=1, path="/files/echo")
    assert session_for(sandbox).get_json("echo")["host"] == "main"
    sandbox.faults.add(kind="malformed_json", path="/files/echo")
    with pytest.raises(ServiceError, match="not valid JSON"):
        session_for(sandbox, max_retries=1).get_json("echo")


def test_user_agent_names_plugin_and_qgis(sandbox):
    from imagery_hub.providers import __version__

    http.configure(qgis_version="3.22.16")
    try:
        session_for(sandbox).get_json("echo")
    finally:
        http.configure()
    agent = sandbox.log.find(path="/files/echo")[-1]["headers"]["User-Agent"]
    assert agent.startswith(f"ImageryHub/{__version__} QGIS/3.22.16")


# -- credentials -------------------------------------------------------------

def test_key_goes_to_own_host_only(sandbox):
    session = session_for(sandbox)
    session.get_json("echo")
    session.get_json(sandbox.cdn_url + "/files/echo")
    (own,) = sandbox.log.find(path="/files/echo", host="main")
    (foreign,) = sandbox.log.find(path="/files/echo", host="cdn")
    assert own["headers"].get("X-Api-Key") == KEY
    assert "X-Api-Key" not in foreign["headers"]


def test_key_is_dropped_on_redirect_to_foreign_host_and_restored_back(sandbox):
    session = session_for(sandbox)
    back_home = f"{sandbox.url}/files/echo"
    to_cdn = f"{sandbox.cdn_url}/files/redirect?to={back_home}"
    session.get_json(f"redirect?to={to_cdn}")
    main_hops = sandbox.log.find(path="/files/(redirect|echo)", host="main")
    cdn_hops = sandbox.log.find(path="/files/redirect", host="cdn")
    assert len(main_hops) == 2 and len(cdn_hops) == 1
    assert all(hop["headers"].get("X-Api-Key") == KEY for hop in main_hops)
    assert "X-Api-Key" not in cdn_hops[0]["headers"]


def test_query_credential_is_scoped_too(sandbox):
    cred = http.Credential(params={"api_key": "query-secret"}, scope=[sandbox.url])
    session = http.make_session("Files", sandbox.url + "/files", cred)
    session.get_json(f"redirect?to={sandbox.cdn_url}/files/echo")
    (hop,) = sandbox.log.find(path="/files/redirect", host="main")
    (foreign,) = sandbox.log.find(path="/files/echo", host="cdn")
    assert hop["query"]["api_key"] == ["query-secret"]
    assert "api_key" not in foreign["query"]


def test_no_secret_in_errors_logs_or_reprs(sandbox):
    secret = "super-secret-value-123"
    cred = http.Credential(headers={"X-Api-Key": secret}, params={"token": secret}, scope=[sandbox.url])
    session = http.make_session("Files", sandbox.url + "/files", cred, backoff=0.01)
    with pytest.raises(AuthenticationError) as info:
        session.get_json("protected")
    assert secret in sandbox.log.find(path="/files/protected")[0]["headers"]["X-Api-Key"]
    texts = [str(info.value), info.value.describe(), repr(session), repr(cred)]
    # a dead port: the connection error text includes the URL with its query
    dead = http.make_session("Files", "http://127.0.0.1:9/files", http.Credential(
        params={"token": secret}, scope=["http://127.0.0.1:9"]), max_retries=1, backoff=0.01)
    with pytest.raises(NetworkError) as dead_info:
        dead.get_json("echo")
    texts += [str(dead_info.value), dead_info.value.describe()]
    assert all(secret not in text for text in texts)
    assert "Could not reach 127.0.0.1:9" in str(dead_info.value)


def test_service_message_quoting_the_key_is_redacted(sandbox):
    secret = "leaky-key-456"
    sandbox.faults.add(kind="status", status=400, path="/files/echo")
    session = http.make_session("Files", sandbox.url + "/files", http.Credential(
        headers={"X-Api-Key": secret}, scope=[sandbox.url]),
        error_parser=lambda r: ("bad_key", f"Key {secret} is not valid"))
    with pytest.raises(InvalidInputError) as info:
        session.get_json("echo")
    assert str(info.value) == "Files: Key *** is not valid (code bad_key)"


# -- downloads ---------------------------------------------------------------

def blob_url(sandbox, size, name="img", host="main"):
    base = sandbox.url if host == "main" else sandbox.cdn_url
    return f"{base}/files/blob/{name}?size={size}"


def test_download_writes_the_exact_bytes(sandbox, tmp_path):
    seen = []
    path = download(session_for(sandbox), blob_url(sandbox, 200_000), tmp_path, "img.bin",
                    progress=lambda done, total: seen.append((done, total)))
    assert path == tmp_path / "img.bin"
    assert path.read_bytes() == files.blob(200_000, "img")
    assert seen[-1] == (200_000, 200_000)
    assert not list(tmp_path.glob("*.part"))


def test_download_resumes_after_reset_mid_body(sandbox, tmp_path):
    sandbox.faults.add(kind="reset", after_bytes=150_000, times=1, path="/files/blob/")
    path = download(session_for(sandbox), blob_url(sandbox, 400_000), tmp_path, "img.bin")
    assert path.read_bytes() == files.blob(400_000, "img")
    first, second = sandbox.log.find(path="/files/blob/")
    assert "Range" not in first["headers"]
    start = int(second["headers"]["Range"].split("=")[1].rstrip("-"))
    assert 0 < start <= 150_000


def test_truncated_body_is_detected_and_resumed(sandbox, tmp_path):
    sandbox.faults.add(kind="truncate", after_bytes=1000, times=1, path="/files/blob/")
    path = download(session_for(sandbox), blob_url(sandbox, 50_000), tmp_path, "img.bin")
    assert path.read_bytes() == files.blob(50_000, "img")
    assert sandbox.log.find(path="/files/blob/")[1]["headers"]["Range"] == "bytes=1000-"


def test_always_truncated_download_fails_without_final_file(sandbox, tmp_path):
    sandbox.faults.add(kind="truncate", after_bytes=1000, path="/files/blob/")
    with pytest.raises(NetworkError, match="incomplete"):
        download(session_for(sandbox), blob_url(sandbox, 50_000), tmp_path, "img.bin", max_resumes=2)
    assert not (tmp_path / "img.bin").exists()


def test_cancelled_download_leaves_no_file_under_final_name(sandbox, tmp_path):
    sandbox.faults.add(kind="bandwidth", rate=2_000_000, path="/files/blob/")
    state = {"cancel": False}
    session = session_for(sandbox, cancelled=lambda: state["cancel"])

    def progress(done, total):
        if done > 100_000:
            state["cancel"] = True

    with pytest.raises(OperationCancelled):
        download(session, blob_url(sandbox, 1_000_000), tmp_path, "img.bin", progress=progress,
                 chunk_size=16_384)
    assert not (tmp_path / "img.bin").exists()
    # trying again resumes from what the cancelled attempt kept
    state["cancel"] = False
    path = download(session, blob_url(sandbox, 1_000_000), tmp_path, "img.bin")
    assert path.read_bytes() == files.blob(1_000_000, "img")
    assert sandbox.log.find(path="/files/blob/")[-1]["headers"]["Range"].startswith("bytes=")


def test_download_from_foreign_host_carries_no_key(sandbox, tmp_path):
    download(session_for(sandbox), blob_url(sandbox, 1000, host="cdn"), tmp_path, "a.bin")
    (record,) = sandbox.log.find(path="/files/blob/", host="cdn")
    assert "X-Api-Key" not in record["headers"]


@pytest.mark.parametrize("name", ["../../x", "/etc/passwd", "..", "a/../../b", "..\\..\\x", ".hidden"])
def test_file_names_cannot_escape_the_download_folder(sandbox, tmp_path, name):
    folder = tmp_path / "downloads"
    path = download(session_for(sandbox), blob_url(sandbox, 10), folder, name)
    assert path.parent == folder.resolve()
    assert not path.name.startswith(".")
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == [path]


def test_resolve_inside_refuses_traversal(tmp_path):
    with pytest.raises(InvalidInputError, match="outside the download folder"):
        resolve_inside(tmp_path, "../x")
    assert safe_filename("CON.jpg").startswith("_CON-")
    assert safe_filename("id:1/2?.jpg").startswith("id_1_2-")

