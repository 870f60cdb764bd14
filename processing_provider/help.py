"""The help string of an algorithm, built from what it declared: its
introduction, every parameter and output with its explanation, where the
credentials come from, and an example for PyQGIS and for ``qgis_process``."""

import shlex
from html import escape as html_escape

from ..providers.registry import service
from .access import key_variable, url_variable, user_variable


def escape(text):
    """HTML-safe text that keeps its quotes readable."""
    return html_escape(text, quote=False)


def _entries(items):
    return "".join(f"<dt><b>{escape(label)}</b> <code>{name}</code></dt><dd>{escape(text)}</dd>"
                   for _, name, label, text in items)


def build_help(algorithm):
    parameters = [d for d in algorithm.documented if d[0] == "parameter"]
    outputs = [d for d in algorithm.documented if d[0] == "output"]
    # the Processing dialog shows every newline as a line break: one line per paragraph
    parts = [" ".join(algorithm.INTRO.split())]
    parts.append(f"<h3>Parameters</h3><dl>{_entries(parameters)}</dl>")
    if outputs:
        parts.append(f"<h3>Outputs</h3><dl>{_entries(outputs)}</dl>")
    if algorithm.SERVICE:
        key, url = key_variable(algorithm.SERVICE), url_variable(algorithm.SERVICE)
        name = service(algorithm.SERVICE).name
        extra = (f" and <code>{user_variable('imago')}</code> (the username; without it the key is an API token)"
                 if algorithm.SERVICE == "imago" else "")
        parts.append(
            f"<h3>Credentials</h3><p>The {escape(name)} credentials of the Imagery Hub settings (kept in the "
            f"QGIS Authentication Manager) and its API URL. For headless runs set <code>{key}</code>{extra}, "
            f"and <code>{url}</code> to use another server (a sandbox); a variable that is set wins over "
            "the settings.</p>")
    if algorithm.EXAMPLE:
        parts.append("<h3>Example</h3>" + _pre(f"import processing\nresult = processing.run("
                                             f"\"imagery_hub:{algorithm.ID}\", {algorithm.EXAMPLE.strip()})"))
    if algorithm.COMMAND_LINE:
        arguments = [shlex.quote(a) for a in shlex.split(algorithm.COMMAND_LINE)]
        parts.append(_pre(" \\\n    ".join([f"qgis_process run imagery_hub:{algorithm.ID}"] + arguments)))
    return "".join(parts)


def _pre(text):
    """Preformatted lines with <br> between them (the dialog turns a newline
    into a paragraph break)."""
    return "<pre>" + "<br>".join(escape(line) for line in text.splitlines()) + "</pre>"
