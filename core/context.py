"""What the widgets of the plugin share: the QGIS interface, settings,
credentials, the task registry and the message helper."""

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

    def start(self, task):
        """Run a task in the background, kept alive until it ends."""
        return self.tasks.start(task)
