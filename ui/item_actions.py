"""Actions on the items of a list, table or tree: keyboard shortcuts that work
while the view has focus, the same actions in its context menu, F5 to reload."""

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QKeySequence
from qgis.PyQt.QtWidgets import QAction, QMenu


def _shortcut(action, keys):
    action.setShortcut(QKeySequence(keys))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)


def add_item_actions(owner, view, entries, reload_text, reload):
    """``entries``: ``(key, text, callback, shortcut or None)``. Returns the
    actions by key and the menu (for a "More" button too)."""
    actions, menu = {}, QMenu(owner)
    for key, text, callback, shortcut in entries:
        action = QAction(text, owner)
        if shortcut is not None:
            _shortcut(action, shortcut)
        action.triggered.connect(lambda _=False, c=callback: c())
        view.addAction(action)
        menu.addAction(action)
        actions[key] = action
    reload_action = QAction(reload_text, owner)
    _shortcut(reload_action, "F5")
    reload_action.triggered.connect(lambda _=False: reload())
    view.addAction(reload_action)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.customContextMenuRequested.connect(lambda pos: menu.exec(view.mapToGlobal(pos)))
    return actions, menu
