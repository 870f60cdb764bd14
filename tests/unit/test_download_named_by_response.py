"""download() naming the file from its first response (an extension from the
Content-Type), still resuming, and never outside the folder."""

from imagery_hub.providers import http
from imagery_hub.providers.download import download
from imagery_hub.sandbox import files


def session_for(sandbox):
    return http.make_session("Files", sandbox.url + "/files", backoff=0.01)


def test_name_is_asked_once_from_the_first_response(sandbox, tmp_path):
    asked = []

    def name(response):
        asked.append(response.headers["Content-Type"])
        return "blob.bin"

    path = download(session_for(sandbox), "blob/x?size=200000&seed=3", tmp_path, name)
    assert path == tmp_path / "blob.bin"
    assert path.read_bytes() == files.blob(200000, "3")
    assert asked == ["application/octet-stream"]


def test_name_from_response_survives_a_truncated_body(sandbox, tmp_path):
    sandbox.faults.add(kind="truncate", after_bytes=50000, times=1, path="/files/blob/")
    asked = []
    path = download(session_for(sandbox), "blob/y?size=300000&seed=4", tmp_path,
                    lambda response: asked.append(1) or "resumed.dat")
    assert path.read_bytes() == files.blob(300000, "4")
    ranges = [r["headers"].get("Range") for r in sandbox.log.find(path="/files/blob/")]
    assert ranges == [None, "bytes=50000-"] and asked == [1]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["resumed.dat"]


def test_a_response_name_pointing_outside_is_made_safe(sandbox, tmp_path):
    path = download(session_for(sandbox), "blob/z?size=10", tmp_path / "in", lambda response: "../../out.bin")
    assert path.parent == tmp_path / "in" and path.name.startswith("out-") and path.suffix == ".bin"


def test_a_name_with_nothing_usable_falls_back_to_a_plain_one(sandbox, tmp_path):
    path = download(session_for(sandbox), "blob/z?size=10", tmp_path, lambda response: "..")
    assert path.parent == tmp_path and path.name.startswith("download-")
