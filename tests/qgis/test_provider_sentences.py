"""The providers' own sentences (refusals before sending, our descriptions of
failures, progress lines) reach the user in QGIS's language: each carries a
key that core/sentences.SENTENCES translates, the English text being the fallback.
A key used in providers/ but missing from SENTENCES would show English in
every language, so the first test walks the providers' source for keys."""

import ast
import re
import shutil
from pathlib import Path

import pytest

from imagery_hub.core import i18n, sentences
from imagery_hub.providers import mvt
from imagery_hub.providers.errors import ImageryHubError, Sentence
from imagery_hub.providers.imago.headers import check_image
from imagery_hub.providers.mapflow.client import MapflowClient
from imagery_hub.providers.origins import check_url
from imagery_hub.scripts.translations import LRELEASE, build

PROVIDERS = Path(i18n.__file__).resolve().parents[1] / "providers"
KEY = re.compile(r"^[a-z]+(\.[a-z0-9_]+)+$")


def keys_in_providers():
    """Every string given as ``key=``, and every string shaped like a key in a
    namespace SENTENCES has (keys kept in tables: ``_NAME_KEYS``, ``_WHATS``...)."""
    namespaces = {key.split(".")[0] for key in sentences.SENTENCES}
    found = {}
    for path in PROVIDERS.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.keyword) and node.arg in ("key", "advice_key") \
                    and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
                found[node.value.value] = path.name
            elif isinstance(node, ast.Constant) and isinstance(node.value, str) and KEY.match(node.value) \
                    and node.value.split(".")[0] in namespaces:
                found[node.value] = path.name
    return found


def test_every_key_the_providers_use_has_its_translatable_sentence():
    found = keys_in_providers()
    assert len(found) > 150  # the walk sees the providers' keys (about 220)
    missing = {key: where for key, where in found.items() if key not in sentences.SENTENCES}
    assert not missing, f"keys without a sentence in core/sentences.SENTENCES: {missing}"


def refusals(tmp_path):
    """Three refusals before sending, as the providers raise them, and a tile
    our decoder cannot read."""
    errors = []
    with pytest.raises(ImageryHubError) as caught:
        MapflowClient(None)
    errors.append(caught.value)
    with pytest.raises(ImageryHubError) as caught:
        check_url("http://imagery.example.com/api", "Spexi URL")
    errors.append(caught.value)
    text = tmp_path / "notes.jpg"
    text.write_text("not an image")
    with pytest.raises(ImageryHubError) as caught:
        check_image(text)
    errors.append(caught.value)
    with pytest.raises(ImageryHubError) as caught:
        mvt.decode(b"\x1a\x05\x0a")  # a layer longer than the tile
    errors.append(caught.value)
    return errors


def test_without_a_translation_the_english_sentences_are_unchanged(tmp_path):
    for error in refusals(tmp_path):
        assert sentences.error_text(error) == str(error)
    line = Sentence("1,234 of 5,000 images", key="inventory.images", count=1234, total=5000)
    assert sentences.text_of(line) == i18n.number(1234) + " of " + i18n.number(5000) + " images"
    assert sentences.text_of("a service's own words") == "a service's own words"


@pytest.mark.skipif(shutil.which(LRELEASE) is None, reason="lrelease is missing (make test installs it)")
def test_refusals_and_progress_lines_show_in_french(qgis_app, tmp_path):
    assert build()
    translator = i18n.install("fr")
    assert translator is not None
    try:
        token, plain_http, not_image, tile = (sentences.error_text(error) for error in refusals(tmp_path))
        assert token == "Mapflow: Un jeton d'API Mapflow est nécessaire : ajoutez-le dans les paramètres d'Imagery Hub"
        assert plain_http.startswith("Spexi URL http://imagery.example.com est en http simple : les clés circuleraient "
                                     "sans chiffrement")
        # the file's name, then why, itself a keyed phrase
        assert not_image == "notes.jpg : ce n'est pas une image PNG, JPEG ou TIFF"
        # the decoder's finding stays as it is, behind the translated phrase
        assert tile == "Tuile vectorielle illisible : truncated field"
        line = Sentence("cell 2 of 9, 40 images", key="inventory.cell", cell=2, cells=9, images=40)
        assert sentences.text_of(line) == "cellule 2 sur 9, 40 images"
    finally:
        i18n.remove(translator)
