"""Distinct things get distinct files, and a download writes only its own file:
names that differ only where sanitising changed them stay apart, one file is
downloaded once however often it is asked for at the same time, a link planted
at a ``.part`` is refused, and a reset inside the first chunk loses no byte."""

import os
import threading

import pytest

from imagery_hub.providers import http
from imagery_hub.providers.download import download, safe_filename
from imagery_hub.providers.errors import InvalidInputError
from imagery_hub.sandbox import files

COLLIDING = [("Скважина А.jpg", "Скважина Б.jpg"), ("BH-1/2.jpg", "BH-1:2.jpg"), ("北1.jpg", "南1.jpg")]


def session_for(sandbox):
    return http.make_session("Files", sandbox.url + "/files", backoff=0.01)


def run_together(*calls):
    """Run the calls in threads started together; their results (or errors) in order."""
    results = [None] * len(calls)
    start = threading.Barrier(len(calls))

    def run(i, call):
        start.wait()
        try:
            results[i] = call()
        except Exception as exc:  # noqa: BLE001 - the test looks at it
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


@pytest.mark.parametrize("names", COLLIDING)
def test_names_that_differ_only_in_letters_or_punctuation_get_two_files(sandbox, tmp_path, names):
    paths = run_together(*[
        lambda name=name, seed=seed: download(session_for(sandbox), f"{sandbox.url}/files/blob/{seed}?size=70000",
                                              tmp_path, name)
        for seed, name in zip(("one", "two"), names)])
    assert paths[0] != paths[1]
    assert [p.read_bytes() for p in paths] == [files.blob(70_000, "one"), files.blob(70_000, "two")]
    assert all(p.suffix == ".jpg" for p in paths)
    assert safe_filename("Скважина А.jpg") == "Скважина А.jpg"  # letters of any script kept as they are
    assert safe_filename("BH-1/2.jpg").startswith("BH-1_2-")  # changed: a short id of the original added


def test_one_file_asked_for_twice_at_once_is_downloaded_once(sandbox, tmp_path):
    sandbox.faults.add(kind="bandwidth", rate=400_000, path="/files/blob/")
    url = f"{sandbox.url}/files/blob/same?size=300000"
    paths = run_together(*[lambda: download(session_for(sandbox), url, tmp_path, "result.tif")] * 2)
    assert paths[0] == paths[1] == tmp_path / "result.tif"
    assert paths[0].read_bytes() == files.blob(300_000, "same")
    assert len(sandbox.log.find(path="/files/blob/same")) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["result.tif"]


def test_a_link_planted_at_the_part_name_is_not_followed(sandbox, tmp_path):
    folder, outside = tmp_path / "downloads", tmp_path / "precious.txt"
    folder.mkdir()
    outside.write_text("keep me")
    os.symlink(outside, folder / "image.jpg.part")
    with pytest.raises(InvalidInputError, match="image.jpg.part in the download folder is a link"):
        download(session_for(sandbox), f"{sandbox.url}/files/blob/x?size=1000", folder, "image.jpg")
    assert outside.read_text() == "keep me"
    assert not (folder / "image.jpg").exists()
    # a hard link is refused too: writing through it would change the file outside
    os.unlink(folder / "image.jpg.part")
    os.link(outside, folder / "image.jpg.part")
    with pytest.raises(InvalidInputError, match="is a link or not a plain file"):
        download(session_for(sandbox), f"{sandbox.url}/files/blob/x?size=1000", folder, "image.jpg")
    assert outside.read_text() == "keep me"


@pytest.mark.parametrize("framing", ["content-length", "chunked"])
@pytest.mark.parametrize("after", [1000, 40_000])
def test_a_reset_inside_the_first_chunk_keeps_what_arrived(sandbox, tmp_path, framing, after):
    if framing == "chunked":
        sandbox.faults.add(kind="chunked", path="/files/blob/")
    sandbox.faults.add(kind="reset", after_bytes=after, times=1, path="/files/blob/")
    path = download(session_for(sandbox), f"{sandbox.url}/files/blob/r?size=200000", tmp_path, "r.bin")
    assert path.read_bytes() == files.blob(200_000, "r")
    first, second = sandbox.log.find(path="/files/blob/")
    assert "Range" not in first["headers"] and second["headers"]["Range"] == f"bytes={after}-"
