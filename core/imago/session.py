"""The signed-in Imago account of this QGIS session and what was discovered with it.

The session token lives here, in memory only (never in settings or the
Authentication Manager, which holds the username and password or API token);
every task gets its own client sharing this one :class:`ImagoAuth`, so one
sign-in serves them all and a renewal by one is seen by the others.
"""

from ..i18n import translate
from ...providers.imago.client import ImagoClient, auth_from_credentials


class ImagoConnection:
    def __init__(self, credentials, base_url):
        self.auth = auth_from_credentials(credentials)
        self.base_url = base_url
        self.workspaces = []
        self.collections = {}  # dataset id -> [Collection]

    @property
    def account(self):
        return self.auth.username or translate("ImageryHub.Imago", "an API token")

    def client(self, cancelled=None):
        """A client sharing this account's sign-in (its requests may sign in: use it in a task)."""
        return ImagoClient(auth=self.auth, base_url=self.base_url, cancelled=cancelled)

    def dataset(self, workspace_name, dataset_name):
        for workspace in self.workspaces:
            if workspace.name == workspace_name:
                for dataset in workspace.datasets:
                    if dataset.name == dataset_name:
                        return dataset
        return None
