"""Every marked string is translated in every language, and a new one cannot
land untranslated: pylupdate5 is run over the sources into a copy of the .ts
files, and the test fails on a string missing from a language, an unfinished
or obsolete entry, a translation that drops a placeholder, or a marked call
that pylupdate5 cannot read (so it would never reach the translators).

Runs where ``make test`` runs (it installs pyqt5-dev-tools); the CI matrix
roots install it too."""

import ast
import re
import shutil
import xml.etree.ElementTree as ElementTree

import pytest

from imagery_hub.scripts.translations import LANGUAGES, LUPDATE, ROOT, sources, ts_file, update

pytestmark = pytest.mark.skipif(shutil.which(LUPDATE) is None,
                                reason="pylupdate5 is missing (make test installs pyqt5-dev-tools)")

PLACEHOLDER = re.compile(r"\{\w*\}|%L?n")
MARKERS = {"translate": 2, "QT_TRANSLATE_NOOP": 2}


def messages(path):
    """{(context, source): message element} of a .ts file."""
    found = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message
    return found


def marked_in_code():
    """(context, text) of every translate()/QT_TRANSLATE_NOOP call with a literal
    context and text, read by Python itself."""
    marked = set()
    for path in sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", None))
            if name in MARKERS and len(node.args) >= MARKERS[name] and all(
                    isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args[:2]):
                marked.add((node.args[0].value, node.args[1].value))
    return marked


@pytest.fixture(scope="module")
def found(tmp_path_factory):
    """What pylupdate5 finds in today's sources: {(context, source): numerus?}."""
    folder = tmp_path_factory.mktemp("i18n")
    update(folder, languages=("xx",))
    return {key: message.get("numerus") == "yes" for key, message in messages(ts_file("xx", folder)).items()}


def test_pylupdate_reads_every_marked_string(found):
    """A marked call pylupdate5 skips (a keyword n=, a string inside an f-string)
    would stay English for ever."""
    missed = sorted(marked_in_code() - set(found))
    assert not missed, f"pylupdate5 does not see these marked strings: {missed[:5]}"
    assert len(found) > 300


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated(found, language):
    shipped = messages(ts_file(language))
    missing = sorted(set(found) - set(shipped))
    assert not missing, f"{language}: not in the .ts yet (run make translations): {missing[:5]}"
    obsolete = sorted(set(shipped) - set(found))
    assert not obsolete, f"{language}: no longer in the code (run make translations): {obsolete[:5]}"
    for (context, source), message in shipped.items():
        translation = message.find("translation")
        where = f"{language} {context}: {source[:60]!r}"
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), f"unfinished: {where}"
        forms = [f.text or "" for f in translation.iter("numerusform")] if found[(context, source)] else \
            [translation.text or ""]
        assert all(form.strip() for form in forms), f"empty: {where}"
        for form in forms:
            wanted = sorted(set(PLACEHOLDER.findall(source)))
            assert sorted(set(PLACEHOLDER.findall(form))) == wanted, f"placeholders {wanted}: {where} → {form!r}"


def test_every_language_has_its_file():
    assert sorted(p.name for p in (ROOT / "resources" / "i18n").glob("*.ts")) == \
        sorted(ts_file(language).name for language in LANGUAGES)
