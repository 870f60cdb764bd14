"""The "My imagery" tree: mosaics with their images below them.

Only shows and reports what is selected; the panel (ui/mapflow/imagery.py)
does the work. A mosaic row reads "name · n images · tags"; an image row its
size, pixel size and bands. The selection survives a reload.
"""

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem

from ...core.i18n import translate
from ...core.mapflow.words import local_time, profile_text
from ...providers.mapflow.data_models import format_bytes

ENTRY_ROLE = Qt.ItemDataRole.UserRole


def image_details(image):
    parts = [format_bytes(image.size_bytes)]
    if image.profile is not None:
        bands = image.profile.band_count
        parts.append(translate("ImageryHub.Mapflow", "%Ln band(s)", None, bands))  # the pixel size is in the tooltip
    return " · ".join(parts)


class ImageryTree(QTreeWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setColumnCount(2)
        self.setHeaderLabels([translate("ImageryHub.Mapflow", "Mosaic / image"),
                              translate("ImageryHub.Mapflow", "Details")])
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setRootIsDecorated(True)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setMinimumHeight(160)

    def fill(self, entries):
        """Show ``entries`` (core.mapflow_imagery.MosaicEntry), keeping the selection."""
        selected = {self._key(item) for item in self.selectedItems()}
        expanded = {self._key(self.topLevelItem(i)) for i in range(self.topLevelItemCount())
                    if self.topLevelItem(i).isExpanded()}
        self.clear()
        for entry in entries:
            mosaic = entry.mosaic
            count = len(entry.images)
            details = translate("ImageryHub.Mapflow", "%Ln image(s)", None, count)
            item = QTreeWidgetItem([mosaic.name, details])
            item.setData(0, ENTRY_ROLE, ("mosaic", entry, None))
            tags = ", ".join(mosaic.tags)
            tags_line = translate("ImageryHub.Mapflow", "Tags: {tags}").format(
                tags=tags or translate("ImageryHub.Mapflow", "none"))
            item.setToolTip(0, "\n".join((mosaic.name, tags_line, details)))
            if tags:
                item.setText(0, f"{mosaic.name}  [{tags}]")
            for image in entry.images:
                child = QTreeWidgetItem([image.filename, image_details(image)])
                child.setData(0, ENTRY_ROLE, ("image", image, entry))
                profile = (profile_text(image.profile) if image.profile
                           else translate("ImageryHub.Mapflow", "profile unknown"))
                lines = [image.filename, profile]
                if image.uploaded:
                    lines.append(translate("ImageryHub.Mapflow", "Uploaded {when}").format(
                        when=local_time(image.uploaded)))
                child.setToolTip(0, "\n".join(lines))
                item.addChild(child)
            self.addTopLevelItem(item)
            item.setExpanded(self._key(item) in expanded or count <= 5)
            for it in [item] + [item.child(i) for i in range(item.childCount())]:
                it.setSelected(self._key(it) in selected)

    @staticmethod
    def _key(item):
        kind, value, _ = item.data(0, ENTRY_ROLE)
        return kind, (value.mosaic.id if kind == "mosaic" else value.id)

    def entries_selected(self):
        """[(kind, value, mosaic entry)] of the selected rows: ("mosaic", entry, entry) or
        ("image", image, entry)."""
        found = []
        for item in self.selectedItems():
            kind, value, entry = item.data(0, ENTRY_ROLE)
            found.append((kind, value, value if kind == "mosaic" else entry))
        return found

    def current_mosaic(self):
        """The mosaic entry of the current row (a mosaic, or the mosaic of an image)."""
        item = self.currentItem()
        if item is None:
            return None
        kind, value, entry = item.data(0, ENTRY_ROLE)
        return value if kind == "mosaic" else entry

    def select(self, kind, ident):
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            for item in [top] + [top.child(j) for j in range(top.childCount())]:
                if self._key(item) == (kind, ident):
                    self.setCurrentItem(item)
                    return item
        return None
