"""Where a credential may go: origins, the URLs that may carry a key, the
credential scoped to its service's origins, and secrets redacted from text in
every spelling. :class:`providers.http.ServiceSession` applies these to the
first request and to every redirect hop."""

import ipaddress
from urllib.parse import quote, quote_plus, urlsplit, urlunsplit

from .errors import InvalidInputError


def origin(url):
    """(scheme, host, port) of a URL, with the default port filled in."""
    parts = urlsplit(url)
    scheme = (parts.scheme or "").lower()
    port = parts.port or {"http": 80, "https": 443}.get(scheme)
    return scheme, (parts.hostname or "").lower(), port


def is_loopback(host):
    """True for localhost and 127.0.0.0/8 or ::1, where plain http never leaves the machine."""
    host = (host or "").strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url(url, what="The service URL"):
    """``url`` when it may carry a credential; refused with a one-line reason
    when it is not http(s), or plain http to a host other than this machine."""
    parts = urlsplit(url or "")
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise InvalidInputError(f"{what} must start with http:// or https:// and name a host: {url}",
                                parameter="url", key="url.scheme", values=dict(what=what, url=url))
    if parts.scheme.lower() == "http" and not is_loopback(parts.hostname):
        raise InvalidInputError(f"{what} {parts.scheme}://{parts.hostname} is plain http: keys would "
                                "travel unencrypted, so only https:// is accepted (http only on this "
                                "machine: localhost, 127.0.0.1)", parameter="url",
                                key="url.plain_http",
                                values=dict(what=what, origin=f"{parts.scheme}://{parts.hostname}"))
    return url


class Credential:
    """A secret sent as headers and/or query parameters, only to its own origins."""

    def __init__(self, headers=None, params=None, scope=()):
        self.headers = dict(headers or {})
        self.params = dict(params or {})
        self.origins = {origin(url) for url in scope}

    def applies_to(self, url):
        return origin(url) in self.origins

    def secrets(self):
        values = list(self.headers.values()) + list(self.params.values())
        # also the bare token behind schemes such as "Basic <token>"
        values += [v.split(" ", 1)[1] for v in self.headers.values() if " " in v]
        return [v for v in values if v and len(v) >= 4]

    def __repr__(self):
        names = ", ".join(list(self.headers) + list(self.params))
        return f"Credential({names or 'empty'}, scope={sorted(h for _, h, _ in self.origins)})"


def spellings(secret):
    """Every way a secret may be written in a URL or a log: as it is, and
    percent-encoded (upper and lower case hex, ``+`` or ``%20`` for spaces)."""
    forms = {secret}
    for encoded in (quote(secret, safe=""), quote_plus(secret, safe=""), quote(secret)):
        forms.add(encoded)
        forms.add(_lower_hex(encoded))
    return forms


def _lower_hex(text):
    parts = text.split("%")
    return parts[0] + "".join("%" + p[:2].lower() + p[2:] for p in parts[1:])


def redact(text, secrets):
    """Text with every secret replaced by ***, in every spelling."""
    text = str(text)
    forms = {form for secret in secrets if secret for form in spellings(secret)}
    for form in sorted(forms, key=len, reverse=True):
        text = text.replace(form, "***")
    return text


def strip_query(url):
    """A URL without its query string, for messages (queries may carry secrets)."""
    return urlunsplit(urlsplit(url)._replace(query=""))
