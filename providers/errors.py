"""Typed errors shared by every service client.

Each error carries the service's own code and message so the user sees what the
service said, in one line, while the full details go to the log. Secrets never
reach these texts: the HTTP layer redacts them before an error is built.

A sentence of ours (not the service's) may carry a ``key`` and its ``values``:
the QGIS side (core/sentences.error_text) translates it, ``message`` being the
English fallback. ``kind`` and ``hint`` phrases are translated there too.
"""


class Sentence(str):
    """A sentence of ours that is not an error (a progress line, a status):
    the English text, which any caller may show as it is, with the ``key`` and
    ``values`` the QGIS side translates it by (core/sentences.text_of)."""

    def __new__(cls, english, key, **values):
        sentence = super().__new__(cls, english)
        sentence.key = key
        sentence.values = values
        return sentence


class ImageryHubError(Exception):
    """Base of every error the providers raise."""

    #: a short phrase for the kind of failure, used when the service said nothing
    kind = "Error"

    def __init__(self, message="", *, service=None, code=None, status=None, details=None, key=None, values=None):
        super().__init__(message)
        self.message = message or self.kind
        self.service = service
        self.code = code
        self.status = status
        self.details = details
        self.key = key
        self.values = values or {}

    def format(self, message, hint=None):
        """The one line around ``message`` (and ``hint``, the English one by
        default), in whatever language they are."""
        prefix = f"{self.service}: " if self.service else ""
        suffix = f" (code {self.code})" if self.code not in (None, "") else ""
        if self.code in (None, "") and self.status:
            suffix = f" (HTTP {self.status})"
        if suffix and suffix[2:-1] in message:  # the code once: "HTTP 503", not "HTTP 503 (HTTP 503)"
            suffix = ""
        return f"{prefix}{message}{suffix}"

    def __str__(self):
        return self.format(self.message)

    def describe(self):
        """A multi-line description for the log panel."""
        lines = [str(self)]
        if self.status:
            lines.append(f"HTTP status: {self.status}")
        if self.details:
            lines.append(f"Details: {self.details}")
        return "\n".join(lines)


class AuthenticationError(ImageryHubError):
    """The credential is missing, malformed, expired or unknown to the service."""

    kind = "Authentication failed"
    hint = "check the key or token in Imagery Hub settings"

    def format(self, message, hint=None):
        text = super().format(message)
        # no hint when the message already says where to look
        return text if self.hint is None or "settings" in self.message else f"{text}: {hint or self.hint}"


class PermissionDeniedError(ImageryHubError):
    """The credential is valid but may not do this."""

    kind = "Permission denied"


class NotFoundError(ImageryHubError):
    kind = "Not found"


class RateLimitedError(ImageryHubError):
    """The service keeps asking us to slow down; retries were exhausted."""

    kind = "Too many requests: the service asked to slow down"

    def __init__(self, message="", *, retry_after=None, **kw):
        super().__init__(message, **kw)
        self.retry_after = retry_after


class InvalidInputError(ImageryHubError):
    """Input refused: by us before any request (``status`` is None) or by the
    service (400/422). ``parameter`` names what the user should change."""

    kind = "Invalid input"

    def __init__(self, message="", *, parameter=None, **kw):
        super().__init__(message, **kw)
        self.parameter = parameter


class ServiceError(ImageryHubError):
    """The service answered with an error that is not one of the kinds above."""

    kind = "The service reported an error"


class NetworkError(ImageryHubError):
    """No usable answer: connection refused or reset, timeout, truncated body."""

    kind = "Network error"


class OperationCancelled(ImageryHubError):
    """The user cancelled; not a failure to report as an error."""

    kind = "Cancelled"


def error_for_status(status):
    """The error class that fits an HTTP status when the body says nothing better."""
    if status == 401:
        return AuthenticationError
    if status == 403:
        return PermissionDeniedError
    if status == 404:
        return NotFoundError
    if status == 429:
        return RateLimitedError
    if status in (400, 409, 413, 415, 422):
        return InvalidInputError
    return ServiceError
