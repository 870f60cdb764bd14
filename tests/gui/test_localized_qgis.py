"""The real QGIS desktop (under Xvfb, 1366×768) with its locale overridden to
French, then Japanese, as a user sets it in Settings → Options → General: the
panel (after an "All services" search and a Spexi search) and the settings
dialog show no English label.

What counts as English: a visible text that is one of our English source
strings (or fits one of our templates) although the language has its own
translation of it, or that holds common English words once service names,
product names and web addresses are taken out. Units, numbers, service names
and the services' data are not English labels."""

import html
import json
import re
import shutil
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from imagery_hub.scripts.qgis_app import make_profile, run_qgis
from imagery_hub.scripts.translations import build, ts_file

SCENARIOS = Path(__file__).parent / "scenarios"
LAPTOP = "1366x768x24"
#: words of English sentences that are no word of French or Japanese
ENGLISH_WORDS = re.compile(r"\b(the|and|with|from|of|to|this|your|yet|not|for|is|are|by|at|or|no|none|"
                           r"search|searching|download|downloads|results|layer|layers|folder|found|draw|select|"
                           r"cancel|settings|help|open|show|hide|clear|loading|requests)\b",
                           re.IGNORECASE)
#: names and the vendors' own menu paths kept as they are in every language
KEPT = re.compile(r"Seequent Imago|MySeequent|Spexi World|API Connect|Settings → API Keys|Graph API|"
                  r"Imagery Hub|GeoPackage|README|PySocks|https?://\S+|\b[\w-]+(\.[\w-]+)+(/\S*)?")
#: Latin words a Japanese label may hold: names, units, formats
NAMES = {"Spexi", "Mapillary", "Mapflow", "EOSDA", "Imago", "Seequent", "Imagery", "Hub", "Sentinel", "Landsat",
         "GeoPackage", "GeoTIFF", "API", "URL", "README", "UTC", "EPSG", "XYZ", "TMS", "Quadkey", "NDVI", "ID",
         "OK", "km", "px", "MB", "id"}
#: what a service or the user wrote (image ids, capture types, model names): not labels
DATA = {"item", "item tooltip", "combo item", "service words"}
PLACEHOLDER = re.compile(r"\{\w*\}|%L?n|%\d")
TAG = re.compile(r"<[^>]+>")

pytestmark = pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run (make test installs it)")


def plain(text):
    return " ".join(html.unescape(TAG.sub(" ", text)).split())


def english_sources(language):
    """Our English texts that ``language`` translates differently: exact texts,
    and templates (placeholders, plural forms) as patterns."""
    exact, patterns = set(), []
    for message in ElementTree.parse(ts_file(language)).getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if all(form == source for form in forms):
            continue  # the same word in that language ("Point", "Zoom")
        source = plain(source)
        if not PLACEHOLDER.search(source):
            exact.add(source)
            continue
        if len(re.findall(r"[A-Za-z]{2,}", PLACEHOLDER.sub(" ", source).replace("(s)", ""))) < 2:
            continue  # "{kind}, {area}", "%Ln service(s)": too little to tell English from French
        parts = [re.escape(part).replace(r"\(s\)", "s?") for part in PLACEHOLDER.split(source)]
        patterns.append(re.compile("^" + ".+?".join(parts) + "$"))
    return exact, patterns


def is_english(seen, language, exact, patterns):
    text = seen["text"]
    for candidate in [plain(text)] + [plain(line) for line in text.splitlines() if line.strip()]:
        if candidate in exact or any(p.match(candidate) for p in patterns):
            return True
        if seen["what"] in DATA:  # what a service or the user wrote: English only where it is one of ours
            continue
        rest = KEPT.sub(" ", candidate)
        if ENGLISH_WORDS.search(rest):
            return True
        # Japanese is written in its own script: a label of Latin words only is English
        if language == "ja" and not re.search(r"[^\x00-\x7f°²×·–—…→✕⚙]", rest) \
                and set(re.findall(r"[A-Za-z]{3,}", rest)) - NAMES:
            return True
    return False


@pytest.fixture(scope="module", autouse=True)
def compiled():
    """The .qm files, built as `make test` builds them."""
    assert len(build()) == 7


def run_in(language, tmp_path, sandbox_session):
    sandbox_session.reset()
    profiles = make_profile(tmp_path / "profiles", {"locale/overrideFlag": "true", "locale/userLocale": language,
                                                    "locale/globalLocale": language})
    result_path = tmp_path / "result.json"
    env = {"IMAGERY_HUB_RESULT": str(result_path), "IMAGERY_HUB_SANDBOX_URL": sandbox_session.url,
           "IMAGERY_HUB_WORKSPACE": str(tmp_path)}
    code = run_qgis(SCENARIOS / "localized.py", profiles, env=env, log_path=tmp_path / "qgis.log", timeout=600,
                    screen=LAPTOP)
    log = (tmp_path / "qgis.log").read_text()[-3000:]
    assert result_path.exists(), f"QGIS exited with {code} before the scenario finished:\n{log}"
    data = json.loads(result_path.read_text())
    assert data["ok"], data.get("error")
    return data["result"]


@pytest.mark.parametrize("language", ["fr", "ja"])
def test_the_panel_and_the_settings_speak_the_language_of_qgis(language, tmp_path, sandbox_session):
    run = run_in(language, tmp_path, sandbox_session)
    assert run["locale"] == language and run["translator"]
    exact, patterns = english_sources(language)
    texts = run["texts"]
    assert len(texts) > 100 and {t["where"] for t in texts} >= {"panel after a Spexi search", "settings page 0"}
    english = [t for t in texts if is_english(t, language, exact, patterns)]
    found = sorted({(t["module"], t["what"], t["class"], t["text"][:100]) for t in english})
    assert not found, f"English in the {language} panel:\n" + "\n".join(map(str, found))
