"""The small questions the Mapflow tab asks: confirm, a name, a project, the errors.

All are keyboard-friendly: Enter takes the highlighted answer, Escape cancels,
and a destructive question highlights "Cancel". The tab reaches them through
one object (``MapflowTab.dialogs``), so tests can answer without blocking.
"""

from qgis.PyQt.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from ..providers.mapflow_errors import render_messages


class MapflowDialogs:
    def __init__(self, parent):
        self.parent = parent

    def confirm(self, title, text, accept_label="OK", destructive=False):
        """True when the user accepts. A destructive question defaults to Cancel."""
        box = QMessageBox(QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.NoButton, self.parent)
        accept = box.addButton(accept_label, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel if destructive else accept)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is accept

    def ask_text(self, title, label, text=""):
        """A stripped, non-empty text, or None when cancelled or left empty."""
        value, ok = QInputDialog.getText(self.parent, title, label, QLineEdit.EchoMode.Normal, text)
        value = (value or "").strip()
        return value if ok and value else None

    def choose(self, title, label, items):
        """The index of the chosen item, or None."""
        if not items:
            return None
        value, ok = QInputDialog.getItem(self.parent, title, label, list(items), 0, False)
        return list(items).index(value) if ok and value in items else None

    def show_errors(self, processing):
        lines = render_messages(processing.messages) or ["Mapflow gave no reason."]
        box = QMessageBox(QMessageBox.Icon.Warning, f"Mapflow: {processing.name} failed",
                          "\n\n".join(lines), QMessageBox.StandardButton.Close, self.parent)
        box.setInformativeText("Change the source or the area and start again, or restart it if the "
                               "error was on Mapflow's side.")
        box.exec()
