"""The Users and Seats tables, the user page and the bulk actions, driven as a person uses them."""

from __future__ import annotations

import csv
import io

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton

from seatdesk.db.models import OutboxMessage, Team, User, UserTeam
from seatdesk.domain import seats as st
from seatdesk.services import queries
from seatdesk.services import seats as seats_service
from seatdesk.ui.bulk_dialog import BulkDialog
from seatdesk.ui.user_dialog import PermissionHistoryDialog, UserDialog
from tests.conftest import answer_boxes
from tests.services.test_rules import add_user
from tests.services.test_user_page_and_bulk import seats


def populate(account, n=6):
    team = Team.create(account=account, name="Support")
    users = [add_user(account, f"user{i}@example.com", (st.VIEW_ONLY,), first_name=f"Ülla{i}", last_name="Zed")
             for i in range(n)]
    UserTeam.create(user=users[0], team=team)
    return team, users


def test_models_pass_the_model_tester(seat_window, qtmodeltester):
    win, account = seat_window
    populate(account)
    win.refresh_all()
    for model in (win.page("users_tab").model, win.show_page("seats_tab").model,
                  win.show_page("billing_tab", "subscriptions").subscriptions.model,
                  win.show_page("events_page").model):
        qtmodeltester.check(model)
    win.page("users_tab").model.sort(0, Qt.SortOrder.DescendingOrder)
    win.page("users_tab").model.set_filter("ülla")
    qtmodeltester.check(win.page("users_tab").model)


def test_each_filter_narrows_the_users_table(seat_window, qtbot):
    win, account = seat_window
    team, users = populate(account)
    win.refresh_all()
    total = win.page("users_tab").model.rowCount()
    team_combo = win.findChild(QComboBox, "users_team_filter_combo")
    team_combo.setCurrentIndex(team_combo.findData("Support"))
    assert [r.id for r in win.page("users_tab").model.visible_rows()] == [users[0].id]
    team_combo.setCurrentIndex(0)
    permission = win.findChild(QComboBox, "users_permission_filter_combo")
    permission.setCurrentIndex(permission.findData("super_admin"))
    assert {r.email for r in win.page("users_tab").model.visible_rows()} == {"admin@example.com"}
    permission.setCurrentIndex(0)
    status = win.findChild(QComboBox, "users_status_filter_combo")
    status.setCurrentIndex(status.findData("active"))
    seat = win.findChild(QComboBox, "users_seat_filter_combo")
    seat.setCurrentIndex(seat.findData(st.VIEW_ONLY))
    assert win.page("users_tab").model.rowCount() == len(users)
    seat.setCurrentIndex(0)
    status.setCurrentIndex(0)
    assert win.page("users_tab").model.rowCount() == total
    assert "of" in win.page("users_tab").count_label.text()


def test_search_keeps_sort_and_selection(seat_window, qtbot):
    win, account = seat_window
    _team, users = populate(account)
    win.refresh_all()
    table = win.page("users_tab").table
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    win.page("users_tab").select_users([users[2].id, users[4].id])
    qtbot.keyClicks(win.page("users_tab").search_edit, "user")
    qtbot.waitUntil(lambda: win.page("users_tab").model.rowCount() == len(users))
    names = [win.page("users_tab").model.text(r, 0) for r in range(win.page("users_tab").model.rowCount())]
    assert names == sorted(names, reverse=True)
    assert set(win.page("users_tab").selected_user_ids()) == {users[2].id, users[4].id}
    qtbot.keyClicks(win.page("users_tab").search_edit, "4")
    qtbot.waitUntil(lambda: win.page("users_tab").model.rowCount() == 1)
    assert win.page("users_tab").selected_user_ids() == [users[4].id]


def test_export_writes_the_visible_rows_for_excel(seat_window, qtbot, tmp_path):
    win, account = seat_window
    populate(account)
    win.refresh_all()
    win.page("users_tab").model.set_filter("ülla")
    path = win.page("users_tab").export(tmp_path / "users.csv")
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0][:2] == ["Name", "Email"] and len(rows) == 1 + win.page("users_tab").model.rowCount()
    win.language_combo.setCurrentIndex(win.language_combo.findData("fr"))
    path = win.page("users_tab").export(tmp_path / "users-fr.csv")
    header = path.read_bytes().decode("utf-8-sig").splitlines()[0]
    assert header.startswith("Nom;")  # Excel in French splits on ;


def open_user_page(win, qtbot, user_id) -> UserDialog:
    row = win.page("users_tab").model.rows_of([user_id])[0]
    rect = win.page("users_tab").table.visualRect(win.page("users_tab").model.index(row, 0))
    qtbot.mouseClick(win.page("users_tab").table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: isinstance(win.flows.dialog, UserDialog))
    return win.flows.dialog


def test_clicking_a_name_opens_the_user_page_and_save_writes_seat_and_team(seat_window, qtbot):
    win, account = seat_window
    team, users = populate(account)
    seats_service.buy_seats(account.id, account.acting_user_id, st.CORE, 1)
    win.refresh_all()
    page = open_user_page(win, qtbot, users[1].id)
    assert page.ui.user_name_label.text() == "Ülla1 Zed"
    combo = page.ui.seat_assignment_combo
    combo.setCurrentIndex(combo.findData(st.CORE))
    page.team_menu.actions()[0].trigger()
    assert page.ui.team_button.text() == "Support"
    qtbot.mouseClick(page.ui.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.flows.dialog is None)
    assert seats(users[1].id) == {st.CORE}
    assert UserTeam.select().where(UserTeam.user == users[1].id, UserTeam.team == team).exists()
    row = win.page("users_tab").model.rows_of([users[1].id])[0]
    assert win.page("users_tab").model.text(row, 2) == "Support" and win.page("users_tab").model.text(row, 4) == "Core Seat"


def test_user_page_actions(seat_window, qtbot, qtmodeltester):
    win, account = seat_window
    _team, users = populate(account)
    seats_service.buy_seats(account.id, account.acting_user_id, st.CORE, 1)
    paid = add_user(account, "paid@example.com", (st.CORE,))
    win.refresh_all()
    seen: list[str] = []
    answer_boxes(win, seen=seen)
    page = open_user_page(win, qtbot, users[0].id)
    page.reset_password_action.trigger()
    assert OutboxMessage.select().where(OutboxMessage.kind == "password_reset").count() == 1
    page.deactivate_action.trigger()
    assert User.get_by_id(users[0].id).status == "deactivated"
    assert page.reactivate_action.isVisible() and not page.deactivate_action.isVisible()
    page.reactivate_action.trigger()
    assert User.get_by_id(users[0].id).status == "active"
    history = PermissionHistoryDialog(account.id, users[0].id, "history", page)
    assert history.model.rowCount() >= 1 and "User created" in history.model.text(0, 3)
    qtmodeltester.check(history.model)
    history.deleteLater()
    page.remove_action.trigger()
    qtbot.waitUntil(lambda: win.flows.dialog is None)
    assert not User.select().where(User.id == users[0].id).exists()
    assert not win.page("users_tab").model.rows_of([users[0].id])
    page = open_user_page(win, qtbot, paid.id)
    page.remove_action.trigger()  # R14: refused with the way out
    assert any("View-Only Seat" in text for text in seen)
    assert User.select().where(User.id == paid.id).exists()
    page.reject()


def test_bulk_change_seat_shows_the_count_and_refuses_as_a_whole(seat_window, qtbot):
    win, account = seat_window
    available = seats_service.seat_summary(account.id, st.CORE).available
    _team, users = populate(account, n=available + 1)  # one user more than the Core Seats left
    win.refresh_all()
    ids = [u.id for u in users]
    win.page("users_tab").select_users(ids)
    assert win.page("users_tab").bulk.actions["change_seat"].isEnabled()
    assert str(len(ids)) in win.page("users_tab").bulk.actions["change_seat"].text()
    win.page("users_tab").bulk.actions["change_seat"].trigger()
    qtbot.waitUntil(lambda: isinstance(win.flows.dialog, BulkDialog))
    dialog = win.flows.dialog
    combo = dialog.ui.bulk_choice_combo
    combo.setCurrentIndex(combo.findData(st.CORE))
    assert not dialog.ui.bulk_confirm_button.isEnabled()
    assert "Buy seats first" in dialog.ui.bulk_count_label.text()
    assert all(seats(i) == {st.VIEW_ONLY} for i in ids)
    seats_service.buy_seats(account.id, account.acting_user_id, st.CORE, 1)
    combo.setCurrentIndex(combo.findData(st.VIEW_ONLY))  # choosing again checks again
    combo.setCurrentIndex(combo.findData(st.CORE))
    assert dialog.ui.bulk_confirm_button.isEnabled(), dialog.ui.bulk_count_label.text()
    assert f"{len(ids)} users" in dialog.ui.bulk_count_label.text()
    qtbot.mouseClick(dialog.ui.bulk_confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.flows.dialog is None)
    assert all(seats(i) == {st.CORE} for i in ids)
    assert set(win.page("users_tab").selected_user_ids()) == set(ids)  # the selection survives the refresh


def test_bulk_deactivate_and_team(seat_window, qtbot):
    win, account = seat_window
    team, users = populate(account, n=3)
    win.refresh_all()
    ids = [u.id for u in users]
    win.page("users_tab").select_users(ids)
    for kind in ("add_to_team", "deactivate"):
        win.page("users_tab").bulk.actions[kind].trigger()
        qtbot.waitUntil(lambda: isinstance(win.flows.dialog, BulkDialog))
        dialog = win.flows.dialog
        expected = 2 if kind == "add_to_team" else 3  # users[0] is in the team already
        assert dialog.affected == expected
        qtbot.mouseClick(dialog.ui.bulk_confirm_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: win.flows.dialog is None)
    assert UserTeam.select().where(UserTeam.team == team).count() == 3
    assert {User.get_by_id(i).status for i in ids} == {"deactivated"}
    status = win.findChild(QComboBox, "users_status_filter_combo")
    status.setCurrentIndex(status.findData("deactivated"))
    assert {r.id for r in win.page("users_tab").model.visible_rows()} == set(ids)


def test_bulk_actions_are_greyed_out_without_selection(seat_window):
    win, account = seat_window
    populate(account)
    win.refresh_all()
    win.page("users_tab").table.clearSelection()
    deactivate = win.page("users_tab").bulk.actions["deactivate"]
    assert not deactivate.isEnabled() and deactivate.text() == "Deactivate the selected users…"  # no "0 users"
    assert win.findChild(QPushButton, "users_export_button").isEnabled()
    assert win.show_page("seats_tab").findChild(QLabel, "seats_count_label") is not None


def test_tables_open_in_name_order_and_a_new_user_takes_its_place(seat_window):
    """The rows come sorted from the database; the tables must show the Name column's own order."""
    from seatdesk.domain.names import collation_key
    from seatdesk.services import users as users_service

    win, account = seat_window
    populate(account, 3)
    for first, last in (("émile", "Adam"), ("Anna", "berg"), ("zoë", "Ærø")):
        add_user(account, f"{first[:2]}{last[:2]}@example.com".encode("ascii", "ignore").decode(),
                 (st.VIEW_ONLY,), first_name=first, last_name=last)
    win.refresh_all()
    win.show_page("seats_tab")

    def names(model):
        return [model.text(r, 0) for r in range(model.rowCount())]

    for model in (win.page("users_tab").model, win.page("seats_tab").model):
        assert names(model) == sorted(names(model), key=collation_key)
        assert names(model).index("Anna berg") < names(model).index("émile Adam") < names(model).index("zoë Ærø")
    change = users_service.create_user(account.id, account.acting_user_id, "bea@example.com", "Béa", "Martin",
                                       seat_types=(st.VIEW_ONLY,), status="active")
    win.apply_change(change)  # the Seats page shown is updated in place, the Users page when shown
    for model in (win.page("seats_tab").model, win.show_page("users_tab").model):
        shown = names(model)
        assert "Béa Martin" in shown and shown == sorted(shown, key=collation_key)


def test_select_all_selects_every_row_and_leaves_the_headers_out(seat_window, qtbot):
    """Headers keep their own empty selection: with the view's, painting them after Select all walked
    every selected row through Python (0.9 s at 100,000 users)."""
    win, account = seat_window
    _team, users = populate(account)
    win.refresh_all()
    table = win.page("users_tab").table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert set(win.page("users_tab").selected_user_ids()) == {r.id for r in win.page("users_tab").model.all_rows()}
    assert f"Deactivate {len(users) + 1} selected users" in win.page("users_tab").bulk.actions["deactivate"].text()
    for header in (table.horizontalHeader(), table.verticalHeader()):
        assert header.selectionModel() is not table.selectionModel()
        assert not header.selectionModel().hasSelection()


def test_a_cancelled_export_writes_nothing(seat_window, tmp_path, monkeypatch):
    from seatdesk.ui import user_tables

    win, account = seat_window
    populate(account, 12)
    win.refresh_all()
    monkeypatch.setattr(user_tables, "EXPORT_STEP", 5)
    target = tmp_path / "users.csv"
    target.write_text("kept", encoding="utf-8")
    asked = []
    with pytest.raises(user_tables.ExportCancelled):
        user_tables.export_visible(win.page("users_tab").model, target, lambda done: asked.append(done) or False)
    assert asked == [5] and target.read_text(encoding="utf-8") == "kept"
    assert not list(tmp_path.glob("*.part"))
    assert user_tables.export_visible(win.page("users_tab").model, target, lambda done: True) == 13


def test_a_change_patches_the_rows_the_pages_share_in_name_order(seat_window):
    """A page shown after a change gets the same row objects as the page that was shown (one copy)."""
    from seatdesk.services import users as users_service

    win, account = seat_window
    populate(account, 5)
    win.refresh_all()
    users = win.page("users_tab")
    change = users_service.create_user(account.id, account.acting_user_id, "aaron@example.com", "Aaron", "Aa",
                                       seat_types=(st.VIEW_ONLY,), status="active")
    win.apply_change(change)
    seats = win.show_page("seats_tab")
    assert {id(r) for r in seats.model.all_rows()} == {id(r) for r in users.model.all_rows()}
    emails = [r.email for r in win.context.user_rows()]
    assert emails[:2] == ["aaron@example.com", "admin@example.com"]  # Aaron Aa before Ada Admin
    assert [r.id for r in win.context.user_rows()] == [r.id for r in queries.user_rows(account.id)]


def test_bulk_set_permissions_from_the_actions_menu(seat_window, qtbot):
    win, account = seat_window
    _team, users = populate(account, 3)
    win.refresh_all()
    page = win.page("users_tab")
    page.select_users([u.id for u in users])
    action = page.bulk.actions["set_permissions"]
    assert action.isEnabled() and action.text() == "Set the permissions of 3 selected users…"
    action.trigger()
    qtbot.waitUntil(lambda: isinstance(win.flows.dialog, BulkDialog))
    dialog = win.flows.dialog
    combo = dialog.ui.bulk_choice_combo
    combo.setCurrentIndex(combo.findData("reporting"))
    assert "Give 3 users the permissions of the template Reporting only?" == dialog.ui.bulk_count_label.text()
    dialog.ui.bulk_confirm_button.click()
    qtbot.waitUntil(lambda: win.flows.dialog is None)
    from seatdesk.db.models import Permission, UserPermission

    keys = {k for (k,) in Permission.select(Permission.key).join(UserPermission)
            .where(UserPermission.user == users[0].id).tuples()}
    assert keys == {"contacts_view", "reports_view"}
