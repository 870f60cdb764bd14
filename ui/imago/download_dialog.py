"""'Download Imago images for selected features': how the features of a point
layer name their imagery, and where the downloaded paths go."""

from qgis.core import QgsProject
from qgis.PyQt.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
)

from ...core.imago.features import (
    DEFAULT_PATH_FIELD,
    FeatureMatch,
    download_task,
    features_folder,
    selectors_for,
    write_paths,
)
from ...core.i18n import translate
from ...providers.errors import ImageryHubError, InvalidInputError
from ...providers.imago.models import MAX_SCALE
from ..help import add_help

NO_FIELD = "—"  # the end field's "no field" entry: no field is called that
START_HINTS, END_HINTS = ("from", "start", "top", "depth"), ("to", "end", "bottom", "base")


def _guess(names, hints, exclude=()):
    for hint in hints:
        for name in names:
            if name not in exclude and hint in name.lower():
                return name
    return None


class ImagoDownloadDialog(QDialog):
    """On accept, ``match``, ``wanted`` and ``skipped`` describe the download; the
    dialog then starts it through its tab."""

    def __init__(self, tab, layer, parent=None):
        super().__init__(parent)
        self.tab, self.layer = tab, layer
        self.match = self.wanted = self.skipped = None
        self.setWindowTitle(translate("ImageryHub.Imago", "Download Imago images for selected features"))
        self.setMinimumWidth(400)
        fields = layer.fields().names()
        workspace, dataset, collection, imagery_type, image_type = tab.selection()
        self.workspace, self.dataset = workspace, dataset

        selected = layer.selectedFeatureCount()
        intro = QLabel(translate("ImageryHub.Imago", "<b>{layer}</b>: %Ln selected feature(s)<br>Dataset "
                                                     "<b>{workspace} / {dataset}</b> (change it on the Imago tab)",
                                 None, selected).format(layer=layer.name(), workspace=workspace, dataset=dataset))
        intro.setWordWrap(True)

        self.fixed_collection = QRadioButton(translate("ImageryHub.Imago", "&Collection"))
        self.collection_combo = QComboBox()
        self.collection_combo.addItems(tab.collection_names())
        self.collection_combo.setCurrentText(collection)
        self.field_collection = QRadioButton(translate("ImageryHub.Imago", "Collection from &field"))
        self.collection_field = QComboBox()
        self.collection_field.addItems(fields)
        self.imagery_type_combo, self.image_type_combo = QComboBox(), QComboBox()
        kinds = tab.current_dataset().imagery_types if tab.current_dataset() else ()
        self.kinds = {k.name: k for k in kinds}
        self.imagery_type_combo.addItems(list(self.kinds))
        self.imagery_type_combo.currentTextChanged.connect(self._imagery_type_changed)
        self.imagery_type_combo.setCurrentText(imagery_type)
        self._imagery_type_changed()
        self.image_type_combo.setCurrentText(image_type)

        self.by_name = QRadioButton(translate("ImageryHub.Imago", "By &name in field"))
        self.name_field = QComboBox()
        self.name_field.addItems(fields)
        self.by_depth = QRadioButton(translate("ImageryHub.Imago", "By &depth: from field"))
        self.start_field = QComboBox()
        self.start_field.addItems(fields)
        self.end_field = QComboBox()
        self.end_field.addItems([NO_FIELD] + fields)
        self.width_spin = QSpinBox()
        self.width_spin.setRange(0, MAX_SCALE)
        self.width_spin.setSingleStep(100)
        self.width_spin.setSpecialValueText(translate("ImageryHub.Imago", "original size"))
        self.width_spin.setSuffix(translate("ImageryHub.Imago", " px wide"))
        self.path_field = QLineEdit(DEFAULT_PATH_FIELD)
        self.path_field.setToolTip(translate("ImageryHub.Imago", "Created as a text field when the layer does not "
                                                                 "have it"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")

        grid = QGridLayout()
        for row, (radio, widget) in enumerate(((self.fixed_collection, self.collection_combo),
                                               (self.field_collection, self.collection_field))):
            grid.addWidget(radio, row, 0)
            grid.addWidget(widget, row, 1)
        self.collection_group = QButtonGroup(self)
        for radio in (self.fixed_collection, self.field_collection):
            self.collection_group.addButton(radio)
        match_grid = QGridLayout()
        match_grid.addWidget(self.by_name, 0, 0)
        match_grid.addWidget(self.name_field, 0, 1)
        match_grid.addWidget(self.by_depth, 1, 0)
        match_grid.addWidget(self.start_field, 1, 1)
        match_grid.addWidget(QLabel(translate("ImageryHub.Imago", "to field")), 2, 0)
        match_grid.addWidget(self.end_field, 2, 1)
        self.match_group = QButtonGroup(self)
        for radio in (self.by_name, self.by_depth):
            self.match_group.addButton(radio)
        form = QFormLayout()
        form.addRow(translate("ImageryHub.Imago", "Imagery &type"), self.imagery_type_combo)
        form.addRow(translate("ImageryHub.Imago", "I&mage type"), self.image_type_combo)
        form.addRow(translate("ImageryHub.Imago", "&Size"), self.width_spin)
        form.addRow(translate("ImageryHub.Imago", "&Paths into field"), self.path_field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        add_help(self.buttons, "imago")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("ImageryHub.Imago", "Download"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addLayout(form)
        layout.addWidget(QLabel(translate("ImageryHub.Imago", "Match each feature to its imagery:")))
        layout.addLayout(match_grid)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._defaults(fields)

    def _defaults(self, fields):
        """Guess what a user would choose: the field whose values are most often
        collection names (in up to 100 selected features), depth fields by their
        names, a name field otherwise."""
        collections = set(self.tab.collection_names())
        hits = dict.fromkeys(fields, 0)
        for count, feature in enumerate(self.layer.getSelectedFeatures()):
            if count == 100:
                break
            for name in fields:
                hits[name] += str(feature[name]) in collections
        holder = max(fields, key=lambda name: hits[name]) if fields and max(hits.values()) else None
        (self.field_collection if holder else self.fixed_collection).setChecked(True)
        if holder:
            self.collection_field.setCurrentText(holder)
        start = _guess(fields, START_HINTS)
        end = _guess(fields, END_HINTS, exclude=(start,))
        if start:
            self.start_field.setCurrentText(start)
        if end:
            self.end_field.setCurrentText(end)
        (self.by_depth if start else self.by_name).setChecked(True)
        texts = [f for f in fields if self.layer.fields().field(f).typeName().lower() in ("string", "text")]
        name = next((f for f in texts if f != holder), holder)
        if name:
            self.name_field.setCurrentText(name)

    def _imagery_type_changed(self):
        kind = self.kinds.get(self.imagery_type_combo.currentText())
        current = self.image_type_combo.currentText()
        self.image_type_combo.clear()
        self.image_type_combo.addItems([i.name for i in kind.image_types] if kind else [])
        self.image_type_combo.setCurrentText(current)

    def build_match(self):
        by_depth = self.by_depth.isChecked()
        return FeatureMatch(
            imagery_type=self.imagery_type_combo.currentText(), image_type=self.image_type_combo.currentText(),
            workspace=self.workspace or None, dataset=self.dataset or None,
            collection=self.collection_combo.currentText() if self.fixed_collection.isChecked() else None,
            collection_field=self.collection_field.currentText() if self.field_collection.isChecked() else None,
            name_field=None if by_depth else self.name_field.currentText(),
            start_field=self.start_field.currentText() if by_depth else None,
            end_field=(self.end_field.currentText() if by_depth and self.end_field.currentText() != NO_FIELD
                       else None),
            width=self.width_spin.value() or None, path_field=self.path_field.text().strip())

    def accept(self):
        try:
            match = self.build_match()
            if not (match.imagery_type and match.image_type):
                raise InvalidInputError(translate("ImageryHub.Imago", "Choose the imagery type and image type"),
                                        parameter="imagery_type")
            match.check(self.layer)
            wanted, skipped = selectors_for(self.layer.getSelectedFeatures(), match)
            if not wanted:
                reasons = "; ".join(sorted(set(skipped.values()))[:3])
                raise InvalidInputError(translate("ImageryHub.Imago", "None of the selected features names an imagery "
                                                                      "({reasons})").format(reasons=reasons),
                                        parameter="match")
        except InvalidInputError as exc:
            self.error.setText(exc.message)
            return
        self.match, self.wanted, self.skipped = match, wanted, skipped
        super().accept()
        start_feature_download(self.tab, self.layer, match, wanted, skipped)

    def cleanup(self):
        """Nothing on the canvas to remove."""


def start_feature_download(tab, layer, match, wanted, skipped):
    context = tab.context
    layer_id = layer.id()

    def arrived(result):
        if QgsProject.instance().mapLayer(layer_id) is None:
            context.notify.warning(translate("ImageryHub.Imago", "Imago: {layer} was removed before its images "
                                                                 "arrived").format(layer=layer.name()))
            return
        try:
            values, failures = write_paths(layer, wanted, result, match.path_field)
        except ImageryHubError as exc:  # e.g. a read-only source: say so, the files are there
            context.notify.error(exc, translate("ImageryHub.Imago", "Imago: images downloaded to {folder} but not "
                                                                    "written to {layer}").format(folder=folder,
                                                                                                  layer=layer.name()))
            return
        problems = {**skipped, **failures}
        count = len(values)
        line = translate("ImageryHub.Imago", "Imago: %Ln feature(s) of {layer} got their image path in {field}", None,
                         count).format(layer=layer.name(), field=match.path_field)
        if result.cancelled:
            line = translate("ImageryHub.Imago", "{summary} (cancelled)").format(summary=line)
        if problems:
            details = "; ".join(f"{_label(layer, fid, match)}: {why.removeprefix('Imago: ')}"
                                for fid, why in sorted(problems.items()))
            context.notify.warning(translate("ImageryHub.Imago", "{line}; %Ln without: {details}", None,
                                             len(problems)).format(line=line, details=details))
        else:
            context.notify.success(line)

    folder = features_folder(context.settings.download_folder(), layer)
    task = download_task(tab.connection, wanted, match, folder, context.settings.concurrency(), arrived,
                         tab._failed, layer=layer)
    return tab._start(task)


def _label(layer, fid, match):
    """How the user knows a feature: its collection or name value, else its id."""
    feature = layer.getFeature(fid)
    for name in (match.name_field, match.collection_field):
        if name and feature.isValid() and str(feature[name] or "").strip():
            return str(feature[name])
    return translate("ImageryHub.Imago", "feature {fid}").format(fid=fid)
