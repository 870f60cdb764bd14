"""Settings: per service its credentials, URLs and a connection test; general
folders and concurrency. Secrets go to the QGIS Authentication Manager."""

from qgis.gui import QgsFileWidget, QgsPasswordLineEdit
from qgis.PyQt import sip
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.i18n import translate
from ..core.sentences import registry_text
from ..core.messages import summarize
from ..core.settings import MAX_CONCURRENCY
from ..core.tasks import FunctionTask
from ..providers import registry
from ..providers.errors import ImageryHubError, InvalidInputError
from ..providers.http import check_url
from .help import add_help

OK_STYLE = "color: #1b7f2a;"
ERROR_STYLE = "color: #b00020;"


class _ServicePage(QWidget):
    def __init__(self, info, dialog):
        super().__init__()
        self.info = info
        self.dialog = dialog
        self.inputs = {}
        self.url_inputs = {}
        form = QFormLayout(self)
        hint = QLabel(registry_text(info.signup))
        hint.setWordWrap(True)
        form.addRow(hint)
        stored = dialog.context.credentials.load(info.id)
        for field in info.fields:
            edit = QgsPasswordLineEdit() if field.secret else QLineEdit()
            edit.setText(stored.get(field.key, ""))
            if not field.required:
                edit.setPlaceholderText(translate("ImageryHub.Settings", "optional"))
            form.addRow(registry_text(field.label), edit)
            self.inputs[field.key] = edit
        settings = dialog.context.settings
        for url in info.urls:
            edit = QLineEdit(settings.url(info.id, url.key))
            edit.setPlaceholderText(url.default)
            edit.setToolTip(translate("ImageryHub.Settings", "Default: {url}").format(url=url.default))
            form.addRow(registry_text(url.label), edit)
            self.url_inputs[url.key] = edit
        self.test_button = QPushButton(translate("ImageryHub.Settings", "Test connection"))
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test_connection)
        self.status = QLabel()
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addWidget(self.status, 1)
        form.addRow(row)
        self.task = None

    def values(self):
        return {key: edit.text().strip() for key, edit in self.inputs.items()}

    def urls(self):
        return {key: (edit.text().strip() or edit.placeholderText()).rstrip("/")
                for key, edit in self.url_inputs.items()}

    def show_result(self, text, ok):
        if not sip.isdeleted(self.status):
            self.status.setText(text)
            self.status.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
            self.test_button.setEnabled(True)

    def test_connection(self):
        values, urls = self.values(), self.urls()
        try:
            for url in urls.values():
                check_url(url, f"{self.info.name} URL")  # providers.http's sentence, in English
        except InvalidInputError as exc:
            self.show_result(exc.message, False)
            return
        self.test_button.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(translate("ImageryHub.Settings", "Testing…"))
        self.task = FunctionTask(
            translate("ImageryHub.Settings", "Imagery Hub: testing {service}").format(service=self.info.name),
            lambda task: registry.check_connection(self.info.id, values, urls, cancelled=task.is_cancelled,
                                                   max_retries=1),
            on_success=lambda text: self.show_result(f"✓ {text}", True),
            on_error=lambda error: self.show_result(summarize(error)[0], False))
        self.dialog.context.start(self.task)

    def save(self):
        settings = self.dialog.context.settings
        for key, edit in self.url_inputs.items():
            settings.set_url(self.info.id, key, edit.text().strip())
        self.dialog.context.credentials.save(self.info.id, self.values())


class SettingsDialog(QDialog):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(translate("ImageryHub.Settings", "Imagery Hub Settings"))
        self.setMinimumWidth(560)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._general_page(), translate("ImageryHub.Settings", "General"))
        self.pages = {}
        for info in registry.SERVICES:
            page = _ServicePage(info, self)
            self.pages[info.id] = page
            self.tabs.addTab(page, info.short_name)
            self.tabs.setTabToolTip(self.tabs.count() - 1, info.name)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        add_help(self.buttons, "settings")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _general_page(self):
        settings = self.context.settings
        page = QWidget()
        form = QFormLayout(page)
        self.download_folder = QgsFileWidget()
        self.download_folder.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.download_folder.setFilePath(str(settings.download_folder()))
        self.workspace_folder = QgsFileWidget()
        self.workspace_folder.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.workspace_folder.setFilePath(str(settings.value("workspace_folder", "", str) or ""))
        self.workspace_folder.setToolTip(translate("ImageryHub.Settings", "Where result GeoPackages go while the "
                                                   "project is unsaved; a saved project keeps them in an "
                                                   "imagery_hub folder beside it"))
        self.concurrency = QSpinBox()
        self.concurrency.setRange(1, MAX_CONCURRENCY)
        self.concurrency.setValue(settings.concurrency())
        form.addRow(translate("ImageryHub.Settings", "Download folder"), self.download_folder)
        form.addRow(translate("ImageryHub.Settings", "Workspace folder"), self.workspace_folder)
        form.addRow(translate("ImageryHub.Settings", "Parallel transfers"), self.concurrency)
        return page

    def accept(self):
        settings = self.context.settings
        try:
            for page in self.pages.values():
                self.tabs.setCurrentWidget(page)
                page.save()
            self.tabs.setCurrentIndex(0)
            if self.download_folder.filePath():
                settings.set_download_folder(self.download_folder.filePath())
            if self.workspace_folder.filePath():
                settings.set_workspace_folder(self.workspace_folder.filePath())
            settings.set_concurrency(self.concurrency.value())
        except ImageryHubError as exc:
            self.error.setText(exc.message)
            return
        super().accept()

    def done(self, result):
        for page in self.pages.values():
            if page.task is not None and page.task in self.context.tasks.running():
                page.task.cancel()
        super().done(result)
