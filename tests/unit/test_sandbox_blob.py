"""The sandbox's /files/blob serves every size it accepts (up to 512 MB)."""

from imagery_hub.sandbox import files


def test_a_blob_over_256_mib_is_made_whole_and_starts_as_a_small_one_with_its_seed():
    size = (1 << 28) + 3  # randbytes alone refuses this
    data = files.blob(size, "big")
    assert len(data) == size and data[:1000] == files.blob(1000, "big")[:1000]
