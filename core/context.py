"""What the widgets of the plugin share: the QGIS interface, settings,
credentials, the task registry and the message helper, and objects made once
for the whole plugin (:meth:`PluginContext.shared`)."""

from .credentials import CredentialStore
from .messages import Notifier, TaskNoticeFilter
from .settings import Settings
from .tasks import TaskRegistry


class PluginContext:
    def __init__(self, iface, settings=None, credentials=None, tasks=None):
        self.iface = iface
        self.settings = settings or Settings()
        self.credentials = credentials or CredentialStore(self.settings)
        self.tasks = tasks or TaskRegistry()
        self.notify = Notifier(iface)
        self.task_notices = TaskNoticeFilter(iface, self.tasks.descriptions)
        self._shared = {}

    def start(self, task):
        """Run a task in the background, kept alive until it ends."""
        return self.tasks.start(task)

    def shared(self, key, make):
        """The one object under ``key``, made by ``make()`` on the first call
        (e.g. the Mapillary coverage manager, needed before the panel is built)."""
        if key not in self._shared:
            self._shared[key] = make()
        return self._shared[key]

    def cleanup(self):
        """Unload: every shared object's ``cleanup()``, then stop filtering task notices."""
        for item in self._shared.values():
            item.cleanup()
        self._shared.clear()
        self.task_notices.stop()
