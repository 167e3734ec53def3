"""The Permission sets page driven as a person uses it (EN and DE): new, edit, apply, rename,
duplicate, delete; the template lists of the wizard and the user page offer the new set."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QPushButton

from seatdesk import i18n
from seatdesk.db.models import PermissionHistory, Preset, User
from seatdesk.domain import permissions as perms
from seatdesk.domain import seats as st
from seatdesk.services import permission_sets as ps
from seatdesk.services.common import granted_permissions
from seatdesk.ui.widgets import permission_tree
from tests.conftest import answer_boxes
from tests.ui.test_seat_dialogs import add_user


def tick(tree, key: str, on: bool = True) -> None:
    item = next(i for i in permission_tree.permission_items(tree) if i.data(0, permission_tree.KEY_ROLE) == key)
    item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


@pytest.mark.parametrize("language", ["en", "de"])
def test_create_edit_apply_and_delete_a_set(seat_window, qtbot, monkeypatch, language):
    win, account = seat_window
    core = add_user(account, "core@example.com", (st.CORE,))
    viewer = add_user(account, "viewer@example.com", (st.VIEW_ONLY,))
    win.refresh_all()
    win.language_combo.setCurrentIndex(win.language_combo.findData(language))
    page = win.show_page("permission_sets_page")
    assert page.ui.sets_heading.text() == {"en": "Permission sets", "de": "Berechtigungssets"}[language]
    assert not page.ui.rename_permission_set_button.isEnabled()  # no set yet

    page.findChild(QPushButton, "new_permission_set_button").click()
    dialog = page.dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.ui.new_set_name_edit, "Field sales")
    combo = dialog.ui.new_set_start_combo
    combo.setCurrentIndex(combo.findData("sales_rep"))
    assert combo.currentText() == i18n._("Sales rep")
    dialog.ui.create_permission_set_button.click()
    reps = Preset.get(Preset.name == "Field sales")
    assert ps.template_permissions(account.id, f"set:{reps.id}") == perms.TEMPLATE_PERMISSIONS["sales_rep"]
    assert page.chosen_set().id == reps.id

    tree = page.ui.permission_set_tree
    assert permission_tree.checked(tree) == perms.TEMPLATE_PERMISSIONS["sales_rep"]
    assert not page.ui.save_permission_set_button.isEnabled()  # nothing to save yet
    tick(tree, "reports_view")
    tick(tree, "quotes", on=False)
    assert page.ui.save_permission_set_button.isEnabled()
    assert not page.ui.apply_permission_set_button.isEnabled()  # unsaved ticks would not go with it
    page.ui.save_permission_set_button.click()
    wanted = perms.TEMPLATE_PERMISSIONS["sales_rep"] - {"quotes"} | {"reports_view"}
    assert ps.template_permissions(account.id, f"set:{reps.id}") == wanted
    assert page.ui.apply_permission_set_button.isEnabled()

    page.ui.apply_permission_set_button.click()
    apply = page.dialog
    qtbot.waitUntil(apply.isVisible)
    assert not apply.ui.apply_confirm_button.isEnabled()
    qtbot.keyClicks(apply.ui.apply_users_search_edit, "viewer")
    assert apply.ui.apply_users_list.count() == 1
    apply.ui.apply_users_list.item(0).setCheckState(Qt.CheckState.Checked)
    apply.ui.apply_users_search_edit.clear()
    items = [apply.ui.apply_users_list.item(i) for i in range(apply.ui.apply_users_list.count())]
    next(i for i in items if "core@example.com" in i.text()).setCheckState(Qt.CheckState.Checked)
    assert apply.ui.apply_confirm_button.text().replace("&", "") == {
        "en": "Apply to 2 users", "de": "Auf 2 Benutzer anwenden"}[language]
    apply.ui.apply_confirm_button.click()
    assert granted_permissions(User.get_by_id(core.id)) == set(wanted)
    assert granted_permissions(User.get_by_id(viewer.id)) == {"contacts_view", "reports_view"}  # View-Only
    assert {User.get_by_id(u).preset_id for u in (core.id, viewer.id)} == {reps.id}
    assert PermissionHistory.select().where(PermissionHistory.user == viewer.id).count() == 2  # created, set
    assert page.users_model.rowCount() == 2
    assert page.ui.permission_set_users_label.text() == {
        "en": "2 users have this permission set", "de": "2 Benutzer haben dieses Berechtigungsset"}[language]

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Inside sales", True))
    page.ui.duplicate_permission_set_button.click()
    inside = Preset.get(Preset.name == "Inside sales")
    assert ps.template_permissions(account.id, f"set:{inside.id}") == wanted
    assert page.chosen_set().id == inside.id and page.users_model.rowCount() == 0
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Office sales", True))
    page.ui.rename_permission_set_button.click()
    assert Preset.get_by_id(inside.id).name == "Office sales"

    seen = []
    answer_boxes(win, seen=seen)
    page.select_set(reps.id)
    page.ui.delete_permission_set_button.click()
    assert {"en": "Its 2 users keep their permissions", "de": "2 Benutzer behalten"}[language] in seen[0]
    assert Preset.get_or_none(Preset.id == reps.id) is None
    assert granted_permissions(User.get_by_id(core.id)) == set(wanted)  # the users keep their permissions
    assert User.get_by_id(core.id).preset_id is None


def test_the_buttons_say_why_without_the_permission(seat_window):
    win, account = seat_window
    ps.create_set(account.id, account.acting_user_id, "Support", "service_agent")
    clerk = add_user(account, "clerk@example.com", (st.CORE,), permissions=["add_edit_teams"])
    win.refresh_all()
    win.acting_user_combo.setCurrentIndex(win.acting_user_combo.findData(clerk.id))
    page = win.show_page("permission_sets_page")
    for button in (page.ui.new_permission_set_button, page.ui.rename_permission_set_button,
                   page.ui.delete_permission_set_button, page.ui.apply_permission_set_button):
        assert not button.isEnabled()
        assert "Add and edit users" in button.toolTip()
    assert not any(i.flags() & Qt.ItemFlag.ItemIsEnabled
                   for i in permission_tree.permission_items(page.ui.permission_set_tree))


def test_a_new_set_is_offered_by_the_wizard_and_the_user_page(seat_window, qtbot):
    from seatdesk.ui.create_user_wizard import CreateUserWizard
    from seatdesk.ui.user_dialog import UserDialog

    win, account = seat_window
    user = add_user(account, "u@example.com", (st.CORE,), permissions=["contacts_view"])
    page = win.show_page("permission_sets_page")
    change = ps.create_set(account.id, account.acting_user_id, "Night shift", "service_agent")
    win.apply_change(change)
    ps.edit_set(account.id, account.acting_user_id, change.result.id, ["contacts_view", "knowledge_base"])
    assert page.sets_model.rowCount() == 1

    dialog = UserDialog(account.id, account.acting_user_id, user.id, win)
    combo = dialog.ui.template_combo
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts[-1] == "Night shift" and texts.index("Night shift") > texts.index("Reporting only")
    combo.setCurrentIndex(combo.count() - 1)
    assert permission_tree.checked(dialog.ui.permissions_tree) == {"contacts_view", "knowledge_base"}
    dialog.ui.save_button.click()
    assert granted_permissions(User.get_by_id(user.id)) == {"contacts_view", "knowledge_base"}

    wizard = CreateUserWizard(account.id, account.acting_user_id, win)
    try:
        combo = wizard.ui.template_combo
        assert combo.itemText(combo.count() - 1) == "Night shift"
        seats = wizard.ui.seat_type_combo
        seats.setCurrentIndex(seats.findData(st.CORE))
        wizard.ui.restrict_template_radio.setChecked(True)
        combo.setCurrentIndex(combo.count() - 1)
        assert wizard.checked_permissions() == {"contacts_view", "knowledge_base"}
    finally:
        wizard.reject()
        QApplication.processEvents()
