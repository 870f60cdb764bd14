"""Plugin settings in QgsSettings under ``imagery_hub/``.

Only non-secret values live here: service URLs, folders, concurrency, download
limits and the ids of the Authentication Manager configs that hold the secrets.
"""

from pathlib import Path

from qgis.core import QgsProject, QgsSettings

from ..providers.budget import DEFAULT_HARD_LIMIT, DEFAULT_SOFT_LIMIT
from ..providers.errors import InvalidInputError
from ..providers.origins import check_url
from ..providers.registry import SERVICES, service

GROUP = "imagery_hub"
DEFAULT_CONCURRENCY = 16  # at most; core.downloads.Connections starts lower and steps up while it helps
MAX_CONCURRENCY = 16


def default_home():
    return Path.home() / "ImageryHub"


class Settings:
    def __init__(self):
        self._settings = QgsSettings()

    def _key(self, *parts):
        return "/".join((GROUP,) + parts)

    # -- generic access for service modules ---------------------------------
    def value(self, key, default=None, kind=None):
        if kind is None:
            return self._settings.value(self._key(key), default)
        return self._settings.value(self._key(key), default, type=kind)

    def set_value(self, key, value):
        self._settings.setValue(self._key(key), value)

    def remove(self, key):
        self._settings.remove(self._key(key))

    # -- service URLs ----------------------------------------------------------
    def url(self, service_id, key="base_url"):
        default = service(service_id).default_urls[key]
        return (self.value(f"{service_id}/{key}", default, str) or default).rstrip("/")

    def urls(self, service_id):
        return {u.key: self.url(service_id, u.key) for u in service(service_id).urls}

    def set_url(self, service_id, key, value):
        value = (value or "").strip()
        if not value:
            self.remove(f"{service_id}/{key}")
            return
        try:
            check_url(value, f"{service(service_id).name} URL")
        except InvalidInputError as exc:
            raise InvalidInputError(exc.message, parameter=f"{service_id}/{key}") from None
        self.set_value(f"{service_id}/{key}", value.rstrip("/"))

    def point_at_sandbox(self, sandbox_url):
        """Point every service at a running sandbox (tests and the demo)."""
        for info in SERVICES:
            for key, url in info.sandbox_urls(sandbox_url).items():
                self.set_url(info.id, key, url)

    # -- folders and transfers ---------------------------------------------------
    def download_folder(self):
        return Path(self.value("download_folder", str(default_home() / "downloads"), str))

    def set_download_folder(self, path):
        self.set_value("download_folder", str(path))

    def workspace_folder(self):
        """Where result GeoPackages go: beside the saved project, else the setting."""
        home = QgsProject.instance().homePath()
        if home:
            return Path(home) / "imagery_hub"
        return Path(self.value("workspace_folder", str(default_home() / "workspace"), str))

    def set_workspace_folder(self, path):
        self.set_value("workspace_folder", str(path))

    def concurrency(self):
        value = self.value("concurrency", DEFAULT_CONCURRENCY, int)
        return max(1, min(MAX_CONCURRENCY, value))

    def set_concurrency(self, value):
        self.set_value("concurrency", max(1, min(MAX_CONCURRENCY, int(value))))

    # -- download limits (each download is given up on below the minimum speed or past the deadline) --
    def download_limits(self):
        """The :class:`DownloadLimits` of these settings; out-of-range values fall
        back to the defaults (1 KB/s over 60 s, 3 hours, 30 s to the first byte)."""
        from ..providers.transfer import DEFAULT_LIMITS, DownloadLimits  # imports requests: not at start-up

        def number(key, default, low, high):
            try:
                value = float(self.value(f"downloads/{key}", default))
            except (TypeError, ValueError):
                return default
            return value if low <= value <= high else default

        return DownloadLimits(
            min_speed=number("min_speed_kbps", DEFAULT_LIMITS.min_speed / 1024, 0, 1e6) * 1024,
            speed_window=number("speed_window_s", DEFAULT_LIMITS.speed_window, 5, 3600),
            deadline=number("deadline_min", DEFAULT_LIMITS.deadline / 60, 1, 7 * 24 * 60) * 60,
            first_byte_timeout=number("first_byte_timeout_s", DEFAULT_LIMITS.first_byte_timeout, 1, 600))

    def set_download_limits(self, min_speed_kbps=None, speed_window_s=None, deadline_min=None,
                            first_byte_timeout_s=None):
        values = {"min_speed_kbps": min_speed_kbps, "speed_window_s": speed_window_s,
                  "deadline_min": deadline_min, "first_byte_timeout_s": first_byte_timeout_s}
        for key, value in values.items():
            if value is not None:
                self.set_value(f"downloads/{key}", float(value))

    # -- request budget of a search ---------------------------------------------------
    def request_limits(self):
        """(soft, hard): above soft a search asks first, above hard it is refused."""
        hard = max(1, self.value("budget/hard_limit", DEFAULT_HARD_LIMIT, int))
        soft = max(0, min(hard, self.value("budget/soft_limit", DEFAULT_SOFT_LIMIT, int)))
        return soft, hard

    def set_request_limits(self, soft, hard):
        self.set_value("budget/soft_limit", int(soft))
        self.set_value("budget/hard_limit", int(hard))

    # -- Authentication Manager config ids (not secrets) -----------------------------
    def auth_config_id(self, service_id):
        return self.value(f"{service_id}/authcfg", "", str) or None

    def set_auth_config_id(self, service_id, config_id):
        if config_id:
            self.set_value(f"{service_id}/authcfg", config_id)
        else:
            self.remove(f"{service_id}/authcfg")
