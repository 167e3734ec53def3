"""Editing an existing user's permissions on the user page (R25), with the rules of creation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton, QTreeWidget

from seatdesk.db.models import Permission, PermissionHistory, UserPermission
from seatdesk.domain import permissions as perms
from seatdesk.domain import seats as st
from seatdesk.domain.errors import DomainError
from seatdesk.services import seats as seats_service
from seatdesk.services import user_page as page
from seatdesk.ui.user_dialog import UserDialog
from seatdesk.ui.widgets import permission_tree
from tests.conftest import dispose
from tests.services.test_rules import add_user


def granted(user) -> set[str]:
    return {k for (k,) in Permission.select(Permission.key).join(UserPermission)
            .where(UserPermission.user == user).tuples()}


def test_save_user_sets_exactly_the_permissions_with_history(seat_account):
    admin = seat_account.acting_user_id
    seats_service.buy_seats(seat_account.id, admin, st.CORE, 1)
    user = add_user(seat_account, "rep@example.com", (st.CORE,), permissions=("contacts_view", "deals_edit"))
    edit = page.UserEdit(frozenset({st.CORE}), frozenset(), None, frozenset({"contacts_view", "reports_view"}))
    page.save_user(seat_account.id, admin, user.id, edit)
    assert granted(user) == {"contacts_view", "reports_view"}
    last = PermissionHistory.select().where(PermissionHistory.user == user).order_by(PermissionHistory.id.desc()).get()
    assert last.change["permissions"] == {"added": ["reports_view"], "removed": ["deals_edit"]}
    viewer = page.UserEdit(frozenset({st.VIEW_ONLY}), frozenset(), None, frozenset({"contacts_edit"}))
    with pytest.raises(DomainError) as refused:  # the rule of creation: a View-Only Seat only views
        page.save_user(seat_account.id, admin, user.id, viewer)
    assert refused.value.code == "view_only_permissions"
    assert granted(user) == {"contacts_view", "reports_view"}  # nothing half-written


def test_the_user_page_edits_permissions_from_a_template(seat_account, qtbot):
    admin = seat_account.acting_user_id
    seats_service.buy_seats(seat_account.id, admin, st.CORE, 1)
    user = add_user(seat_account, "mkt@example.com", (st.CORE,), permissions=("contacts_view",))
    dialog = UserDialog(seat_account.id, admin, user.id)
    try:
        tree = dialog.findChild(QTreeWidget, "permissions_tree")
        assert permission_tree.checked(tree) == {"contacts_view"}
        combo = dialog.findChild(QComboBox, "template_combo")
        combo.setCurrentIndex(combo.findData("marketer"))
        assert permission_tree.checked(tree) == perms.TEMPLATE_PERMISSIONS["marketer"]
        seat = dialog.ui.seat_assignment_combo
        seat.setCurrentIndex(seat.findData(st.VIEW_ONLY))  # the editing permissions go grey and unchecked
        edit_item = next(i for i in permission_tree.permission_items(tree) if i.data(0, Qt.ItemDataRole.UserRole)
                         == "contacts_edit")
        assert edit_item.isDisabled() and edit_item.checkState(0) == Qt.CheckState.Unchecked
        seat.setCurrentIndex(seat.findData(st.CORE))
        dialog.findChild(QPushButton, "save_button").click()
        assert granted(user) == perms.TEMPLATE_PERMISSIONS["marketer"] & perms.allowed_permissions(True)
    finally:
        dispose(dialog)


def test_a_super_admin_page_shows_every_permission_read_only(seat_account, qtbot):
    dialog = UserDialog(seat_account.id, seat_account.acting_user_id, seat_account.acting_user_id)
    try:
        tree = dialog.ui.permissions_tree
        assert permission_tree.checked(tree) == set(perms.PERMISSION_KEYS)
        assert all(item.isDisabled() for item in permission_tree.permission_items(tree))
        assert not dialog.ui.template_combo.isEnabled()
    finally:
        dispose(dialog)
