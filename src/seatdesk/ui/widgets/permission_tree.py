"""The permission tree of the create-user wizard and the user page: groups of checkable permissions.

One tree for both, so a user is edited with the rules they were created with (R25).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QTreeWidgetItemIterator

from seatdesk.domain import permissions as perms
from seatdesk.i18n import _

KEY_ROLE = Qt.ItemDataRole.UserRole
_CHECKED, _UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


def build(tree: QTreeWidget) -> None:
    """A group item per permission group and a checkable item per permission, all unchecked; the second
    column says which seat each permission needs (the CRM's user-permissions guide)."""
    tree.blockSignals(True)
    tree.setColumnCount(2)
    for group, _label, items in perms.PERMISSION_GROUPS:
        top = QTreeWidgetItem(tree)
        top.setData(0, KEY_ROLE, group)
        top.setFlags(top.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate)
        for key, _text in items:
            child = QTreeWidgetItem(top)
            child.setData(0, KEY_ROLE, key)
            child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            child.setCheckState(0, _UNCHECKED)
    tree.expandAll()
    tree.blockSignals(False)
    retranslate(tree)


def retranslate(tree: QTreeWidget) -> None:
    tree.blockSignals(True)
    labels_of = {group: label for group, label, _items in perms.PERMISSION_GROUPS}
    iterator = QTreeWidgetItemIterator(tree)
    while iterator.value():
        item = iterator.value()
        key = item.data(0, KEY_ROLE)
        if item.parent() is None:
            item.setText(0, _(labels_of[key]))
        else:
            item.setText(0, _(perms.PERMISSION_LABELS[key]))
            item.setText(1, _(perms.SEAT_NEEDED_LABELS[perms.seat_needed(key)]))
            item.setForeground(1, tree.palette().placeholderText())
            item.setToolTip(1, _("The seat this permission needs in the CRM"))
        iterator += 1
    tree.setHeaderLabels([_("Permission"), _("Seat needed")])
    tree.setHeaderHidden(False)
    tree.resizeColumnToContents(0)
    tree.blockSignals(False)


def permission_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    items = []
    iterator = QTreeWidgetItemIterator(tree)
    while iterator.value():
        item = iterator.value()
        if item.parent() is not None:
            items.append(item)
        iterator += 1
    return items


def checked(tree: QTreeWidget) -> frozenset[str]:
    return frozenset(item.data(0, KEY_ROLE) for item in permission_items(tree) if item.checkState(0) == _CHECKED)


def show(tree: QTreeWidget, wanted: Iterable[str], allowed: frozenset[str], editable: bool = True) -> None:
    """Check ``wanted`` (those ``allowed``); what the seat can't hold is greyed out, all when not ``editable``."""
    wanted = set(wanted)
    tree.blockSignals(True)
    for item in permission_items(tree):
        key = item.data(0, KEY_ROLE)
        item.setDisabled(not editable or key not in allowed)
        item.setCheckState(0, _CHECKED if key in wanted and key in allowed else _UNCHECKED)
    for i in range(tree.topLevelItemCount()):
        tree.topLevelItem(i).setDisabled(not editable)
    tree.blockSignals(False)
    tree.viewport().update()
