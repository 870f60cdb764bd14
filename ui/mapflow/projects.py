"""Account summary and project picker at the top of the Mapflow tab."""

from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from ...core.aoi import format_area
from ...core.i18n import number, translate


def account_summary(account):
    """Two short lines: who, and what is left under which limits."""
    if account.billing_type == "CREDITS" and account.remaining_credits is not None:
        left = translate("ImageryHub.Mapflow", "{credits} credits left").format(
            credits=number(account.remaining_credits, 0))
    elif account.billing_type == "NONE":
        left = translate("ImageryHub.Mapflow", "unlimited processing")
    elif account.remaining_area_m2 is not None and account.area_limit_m2:
        left = translate("ImageryHub.Mapflow", "{left} left of {limit}").format(
            left=format_area(account.remaining_area_m2 / 1e6), limit=format_area(account.area_limit_m2 / 1e6))
    elif account.remaining_area_m2 is not None:
        left = translate("ImageryHub.Mapflow", "{left} left").format(left=format_area(account.remaining_area_m2 / 1e6))
    else:
        left = translate("ImageryHub.Mapflow", "no limit reported")
    limits = []
    if account.aoi_area_limit_m2:
        limits.append(translate("ImageryHub.Mapflow", "≤ {area} per area").format(
            area=format_area(account.aoi_area_limit_m2 / 1e6)))
    if account.max_aois:
        areas = account.max_aois  # pylupdate5 reads only a plain name or call as the count
        limits.append(translate("ImageryHub.Mapflow", "≤ %Ln area(s) per processing", None, areas))
    models = translate("ImageryHub.Mapflow", "%Ln model(s)", None, len(account.models))
    return f"<b>{account.email}</b><br>{left} · {models}" + (f"<br><small>{' · '.join(limits)}</small>"
                                                             if limits else "")


def _tool(text, tip):
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    return button


class AccountAndProjects(QWidget):
    """Emits ``projectChanged(project id or None)`` and the button requests."""

    projectChanged = pyqtSignal(object)
    refreshRequested = pyqtSignal()
    createRequested = pyqtSignal()
    renameRequested = pyqtSignal()
    deleteRequested = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.projects = []
        self.summary = QLabel(translate("ImageryHub.Mapflow", "Mapflow account not loaded yet."))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.refresh_button = _tool(translate("ImageryHub.Mapflow", "Refresh"),
                                    translate("ImageryHub.Mapflow", "Reload the account, projects and processings"))
        self.combo = QComboBox()
        self.combo.setToolTip(translate("ImageryHub.Mapflow",
                                        "The Mapflow project whose processings are shown and where new ones go"))
        self.combo.currentIndexChanged.connect(self._changed)
        self.new_button = _tool(translate("ImageryHub.Mapflow", "New…"),
                                translate("ImageryHub.Mapflow", "Create a project"))
        self.rename_button = _tool(translate("ImageryHub.Mapflow", "Rename…"),
                                   translate("ImageryHub.Mapflow", "Rename this project"))
        self.delete_button = _tool(translate("ImageryHub.Mapflow", "Delete…"),
                                   translate("ImageryHub.Mapflow", "Delete this project and all its processings"))
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(10)  # long project names must not widen the dock
        label = QLabel(translate("ImageryHub.Mapflow", "&Project"))
        label.setBuddy(self.combo)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        picker = QHBoxLayout()
        picker.addWidget(label)
        picker.addWidget(self.combo, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.new_button, self.rename_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for row in (top, picker, buttons):
            layout.addLayout(row)
        for button, signal in ((self.refresh_button, self.refreshRequested), (self.new_button, self.createRequested),
                               (self.rename_button, self.renameRequested),
                               (self.delete_button, self.deleteRequested)):
            button.clicked.connect(signal)
        self._update_buttons()

    def set_account(self, account):
        self.summary.setText(account_summary(account))

    def set_projects(self, projects, select_id=None):
        """Fill the picker; keeps ``select_id`` (else the default project) selected."""
        self.projects = list(projects)
        self.combo.blockSignals(True)
        self.combo.clear()
        for project in self.projects:
            name = (translate("ImageryHub.Mapflow", "{name} (default)").format(name=project.name)
                    if project.is_default else project.name)
            self.combo.addItem(name, project.id)
        index = self.combo.findData(select_id)
        if index < 0:
            index = next((i for i, p in enumerate(self.projects) if p.is_default), 0)
        self.combo.setCurrentIndex(index)
        self.combo.blockSignals(False)
        self._update_buttons()
        self.projectChanged.emit(self.current_id())

    def _changed(self, _index):
        self._update_buttons()
        self.projectChanged.emit(self.current_id())

    def current(self):
        index = self.combo.currentIndex()
        return self.projects[index] if 0 <= index < len(self.projects) else None

    def current_id(self):
        project = self.current()
        return project.id if project else None

    def _update_buttons(self):
        project = self.current()
        self.rename_button.setEnabled(project is not None)
        self.delete_button.setEnabled(project is not None and not project.is_default)
