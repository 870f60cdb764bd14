"""The v2 part of the Mapillary viewer (shown when a v2 client id is set):
comments (list, post), a blur request drawn on the image, and "Report image"."""

from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.i18n import translate


class V2Panel(QWidget):
    """Emits what the user asks for; the viewer runs it in a task and feeds the
    answers back with :meth:`set_comments` and :meth:`set_busy`."""

    commentPosted = pyqtSignal(str)
    blurModeChanged = pyqtSignal(bool)
    blurRequested = pyqtSignal()
    reportRequested = pyqtSignal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(translate("ImageryHub.Mapillary", "<b>Comments</b>")))
        self.comments = QListWidget()
        self.comments.setWordWrap(True)
        self.comments.setMinimumHeight(70)
        layout.addWidget(self.comments, 1)
        row = QHBoxLayout()
        self.comment_edit = QLineEdit()
        self.comment_edit.setPlaceholderText(translate("ImageryHub.Mapillary", "Write a comment…"))
        self.comment_edit.returnPressed.connect(self._post)
        self.post_button = QPushButton(translate("ImageryHub.Mapillary", "Post"))
        self.post_button.setAutoDefault(False)
        self.post_button.clicked.connect(self._post)
        row.addWidget(self.comment_edit, 1)
        row.addWidget(self.post_button)
        layout.addLayout(row)

        actions = QHBoxLayout()
        self.blur_button = QPushButton(translate("ImageryHub.Mapillary", "Draw blur…"))
        self.blur_button.setCheckable(True)
        self.blur_button.setToolTip(translate(
            "ImageryHub.Mapillary", "Drag a rectangle on the image over what should be blurred, then send it"))
        self.blur_button.toggled.connect(self._blur_mode)
        self.send_blur_button = QPushButton(translate("ImageryHub.Mapillary", "Send blur request"))
        self.send_blur_button.setEnabled(False)
        self.send_blur_button.clicked.connect(self.blurRequested)
        self.report_button = QPushButton(translate("ImageryHub.Mapillary", "Report image…"))
        self.report_button.setToolTip(translate(
            "ImageryHub.Mapillary", "Ask Mapillary to review this image (privacy, offensive content…)"))
        self.report_button.clicked.connect(self._report)
        for button in (self.blur_button, self.send_blur_button):
            button.setAutoDefault(False)
            actions.addWidget(button)
        layout.addLayout(actions)
        self.report_button.setAutoDefault(False)
        layout.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)

    def set_comments(self, comments):
        self.comments.clear()
        for comment in comments:
            when = comment.created_at.strftime("%Y-%m-%d") if comment.created_at else ""
            item = QListWidgetItem(f"{comment.username} · {when}\n{comment.text}")
            item.setToolTip(comment.text)
            self.comments.addItem(item)
        if not comments:
            placeholder = QListWidgetItem(translate("ImageryHub.Mapillary", "No comments yet"))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.comments.addItem(placeholder)

    def set_note(self, text):
        self.note.setText(text)

    def set_busy(self, busy):
        for widget in (self.post_button, self.comment_edit, self.report_button, self.blur_button):
            widget.setEnabled(not busy)
        if busy:
            self.send_blur_button.setEnabled(False)

    def blur_drawn(self, rect):
        self.send_blur_button.setEnabled(self.blur_button.isChecked() and rect is not None)

    def end_blur(self):
        self.blur_button.setChecked(False)

    def _blur_mode(self, enabled):
        self.send_blur_button.setEnabled(False)
        self.set_note(translate(
            "ImageryHub.Mapillary", "Drag a rectangle on the image, then press “Send blur request”.")
            if enabled else "")
        self.blurModeChanged.emit(enabled)

    def _post(self):
        text = self.comment_edit.text().strip()
        if text:
            self.commentPosted.emit(text)

    def _report(self):
        reason, ok = QInputDialog.getMultiLineText(self, translate("ImageryHub.Mapillary", "Report image"),
                                                   translate(
                                                       "ImageryHub.Mapillary",
                                                       "Why should Mapillary review this image?"))
        if ok and reason.strip():
            self.reportRequested.emit(reason.strip())
