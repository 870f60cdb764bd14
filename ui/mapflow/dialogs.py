"""The small questions the Mapflow tab asks: confirm, a name, a project, the errors,
a mosaic's name and tags, GeoTIFF files, a large preview.

All are keyboard-friendly: Enter takes the highlighted answer, Escape cancels,
and a destructive question highlights "Cancel". The tab reaches them through
one object (``MapflowTab.dialogs``), so tests can answer without blocking.
"""

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QPixmap
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
)

from ...core.i18n import translate
from ...providers.mapflow.errors import render_messages
from ..images import fit


def split_tags(text):
    """Tags typed as "drone, june 2024" → ["drone", "june 2024"]."""
    return [tag.strip() for tag in (text or "").split(",") if tag.strip()]


class MapflowDialogs:
    def __init__(self, parent):
        self.parent = parent

    def confirm(self, title, text, accept_label=None, destructive=False):
        """True when the user accepts. A destructive question defaults to Cancel."""
        accept_label = accept_label or translate("ImageryHub.Mapflow", "OK")
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

    def choose(self, title, label, items, current=0):
        """The index of the chosen item, or None."""
        if not items:
            return None
        value, ok = QInputDialog.getItem(self.parent, title, label, list(items), current, False)
        return list(items).index(value) if ok and value in items else None

    def show_errors(self, processing):
        lines = render_messages(processing.messages) or [translate("ImageryHub.Mapflow", "Mapflow gave no reason.")]
        title = translate("ImageryHub.Mapflow", "Mapflow: {name} failed").format(name=processing.name)
        box = QMessageBox(QMessageBox.Icon.Warning, title,
                          "\n\n".join(lines), QMessageBox.StandardButton.Close, self.parent)
        box.setInformativeText(translate("ImageryHub.Mapflow",
                                         "Change the source or the area and start again, or restart it "
                                         "if the error was on Mapflow's side."))
        box.exec()

    def ask_mosaic(self, title, name="", tags=()):
        """(name, tags) of a mosaic, or None when cancelled or the name is left empty."""
        dialog = QDialog(self.parent)
        dialog.setWindowTitle(title)
        name_edit, tags_edit = QLineEdit(name), QLineEdit(", ".join(tags))
        tags_edit.setPlaceholderText(translate("ImageryHub.Mapflow", "comma-separated, e.g. drone, june"))
        form = QFormLayout()
        form.addRow(translate("ImageryHub.Mapflow", "&Name"), name_edit)
        form.addRow(translate("ImageryHub.Mapflow", "&Tags"), tags_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addLayout(form)
        layout.addWidget(buttons)
        if not dialog.exec() or not name_edit.text().strip():
            return None
        return name_edit.text().strip(), split_tags(tags_edit.text())

    def open_geotiffs(self, folder=""):
        """Paths of the GeoTIFFs the user picks (several at once), [] when cancelled."""
        files = translate("ImageryHub.Mapflow", "GeoTIFF (*.tif *.tiff *.TIF *.TIFF);;All files (*)")
        title = translate("ImageryHub.Mapflow", "Upload GeoTIFFs to Mapflow")
        paths, _ = QFileDialog.getOpenFileNames(self.parent, title, folder, files)
        return list(paths)

    def show_picture(self, title, image):
        """A large preview (a QImage decoded in the task) in a window of its own
        (closes with Escape)."""
        pixmap = QPixmap.fromImage(image)
        dialog = QDialog(self.parent)
        dialog.setWindowTitle(title)
        label = QLabel()
        label.setPixmap(fit(pixmap, 800, 800))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(label)
        layout.addWidget(buttons)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()  # non-modal: the map stays usable
        return dialog
