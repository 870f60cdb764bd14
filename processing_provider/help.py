"""The help string of an algorithm, built from what it declared: its
introduction, every parameter and output with its explanation, where the
credentials come from, and an example for PyQGIS and for ``qgis_process``."""

import shlex
from html import escape as html_escape

from ..core.i18n import translate
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
    parts = [" ".join(translate(algorithm.CONTEXT, algorithm.INTRO).split())]
    parts.append(_heading(translate("ImageryHub.Processing", "Parameters")) + f"<dl>{_entries(parameters)}</dl>")
    if outputs:
        parts.append(_heading(translate("ImageryHub.Processing", "Outputs")) + f"<dl>{_entries(outputs)}</dl>")
    if algorithm.SERVICE:
        key, url = key_variable(algorithm.SERVICE), url_variable(algorithm.SERVICE)
        name = service(algorithm.SERVICE).name
        extra = translate("ImageryHub.Processing", " and {variable} (the username; without it the key is an API "
                          "token)").format(variable=f"<code>{user_variable('imago')}</code>") \
            if algorithm.SERVICE == "imago" else ""
        credentials = translate("ImageryHub.Processing", "The {service} credentials of the Imagery Hub settings "
                                "(kept in the QGIS Authentication Manager) and its API URL. For headless runs set "
                                "{key_variable}{extra}, and {url_variable} to use another server (a sandbox); a "
                                "variable that is set wins over the settings.")
        parts.append(_heading(translate("ImageryHub.Processing", "Credentials")) + "<p>" + credentials.format(
            service=escape(name), key_variable=f"<code>{key}</code>", extra=extra,
            url_variable=f"<code>{url}</code>") + "</p>")
    if algorithm.EXAMPLE:
        parts.append(_heading(translate("ImageryHub.Processing", "Example")) + _pre(
            f"import processing\nresult = processing.run(\"imagery_hub:{algorithm.ID}\", {algorithm.EXAMPLE.strip()})"))
    if algorithm.COMMAND_LINE:
        arguments = [shlex.quote(a) for a in shlex.split(algorithm.COMMAND_LINE)]
        parts.append(_pre(" \\\n    ".join([f"qgis_process run imagery_hub:{algorithm.ID}"] + arguments)))
    return "".join(parts)


def _heading(text):
    return f"<h3>{escape(text)}</h3>"


def _pre(text):
    """Preformatted lines with <br> between them (the dialog turns a newline
    into a paragraph break)."""
    return "<pre>" + "<br>".join(escape(line) for line in text.splitlines()) + "</pre>"
