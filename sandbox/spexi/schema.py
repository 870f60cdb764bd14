"""A small validator for the part of OpenAPI 3.0 schemas that spexi_openapi.json
uses (type, enum, required, properties, items, oneOf, pattern, minimum/maximum,
format uri, $ref), so tests check the emulator's answers against the vendor's
document without another dependency. ``spexi_openapi.json`` is a copy of the
vendor's file.
"""

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

DOCUMENT = Path(__file__).with_name("openapi.json")
_TYPES = {"object": dict, "array": list, "string": str, "boolean": bool}


def openapi():
    return json.loads(DOCUMENT.read_text(encoding="utf-8"))


def response_schema(path):
    """The 200 JSON schema of ``path`` (e.g. "/developer-api/api/v1/image")."""
    document = openapi()
    schema = document["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    return _resolve(schema, document), document


def _resolve(schema, document):
    while "$ref" in schema:
        node = document
        for part in schema["$ref"].lstrip("#/").split("/"):
            node = node[part]
        schema = node
    return schema


def _type_ok(value, kind):
    if kind in ("number", "integer"):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return False
        return kind == "number" or float(value).is_integer()
    return isinstance(value, _TYPES[kind])


def errors(value, schema, document, where="$"):
    """Every way ``value`` breaks ``schema``, as "<json path>: <problem>" lines."""
    schema = _resolve(schema, document)
    if "oneOf" in schema:
        fits = [s for s in schema["oneOf"] if not errors(value, s, document, where)]
        return [] if len(fits) == 1 else [f"{where}: matches {len(fits)} of the oneOf schemas, not exactly one"]
    found = []
    kind = schema.get("type")
    if kind and not _type_ok(value, kind):
        return [f"{where}: expected {kind}, got {type(value).__name__}"]
    if "enum" in schema and value not in schema["enum"]:
        found.append(f"{where}: {value!r} not one of {schema['enum']}")
    if isinstance(value, str):
        if "pattern" in schema and not re.search(schema["pattern"], value):
            found.append(f"{where}: {value!r} does not match {schema['pattern']}")
        if schema.get("format") == "uri" and not (urlsplit(value).scheme and urlsplit(value).netloc):
            found.append(f"{where}: {value!r} is not an absolute URI")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            found.append(f"{where}: {value} below {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            found.append(f"{where}: {value} above {schema['maximum']}")
    if isinstance(value, dict):
        for name in schema.get("required", []):
            if name not in value:
                found.append(f"{where}: missing required {name!r}")
        for name, sub in schema.get("properties", {}).items():
            if name in value:
                found += errors(value[name], sub, document, f"{where}.{name}")
        if schema.get("additionalProperties") is False:
            found += [f"{where}: unexpected {name!r}" for name in value if name not in schema.get("properties", {})]
    if isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            found += errors(item, schema["items"], document, f"{where}[{index}]")
    return found


def validate(value, path):
    """The problems of an answer of ``path`` against the vendor's schema ([] when valid)."""
    schema, document = response_schema(path)
    return errors(value, schema, document)
