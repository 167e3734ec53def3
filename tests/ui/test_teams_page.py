"""The Teams page driven as a person uses it: new, rename, move members, delete (users stay)."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QPushButton

from seatdesk.db.models import Team, User, UserTeam
from seatdesk.domain import seats as st
from seatdesk.domain.permissions import ADD_EDIT_USERS
from tests.conftest import answer_boxes
from tests.ui.test_seat_dialogs import add_user


def test_new_rename_move_and_delete_a_team(seat_window, qtbot, monkeypatch):
    win, account = seat_window
    users = [add_user(account, f"t{i}@example.com", (st.VIEW_ONLY,)) for i in range(2)]
    page = win.show_page("teams_page")
    assert "No team yet" in page.ui.members_label.text()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Support", True))
    page.findChild(QPushButton, "new_team_button").click()
    support = Team.get(Team.name == "Support")
    UserTeam.insert_many([{"user": u.id, "team": support.id} for u in users]).execute()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Finance", True))
    page.ui.new_team_button.click()
    page.select_team(support.id)
    win.refresh_all()
    page.select_team(support.id)
    assert page.ui.members_label.text() == "Support: 2 users"
    page.ui.team_members_table.selectRow(0)
    assert page.ui.move_members_button.isEnabled() and page.ui.remove_members_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Finance", True))
    page.ui.move_members_button.click()
    finance = Team.get(Team.name == "Finance")
    assert UserTeam.select().where(UserTeam.team == finance).count() == 1
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Customer care", True))
    page.select_team(support.id)
    page.ui.rename_team_button.click()
    assert Team.get_by_id(support.id).name == "Customer care"
    seen = []
    answer_boxes(win, seen=seen)
    page.select_team(support.id)
    page.ui.delete_team_button.click()
    assert "Its 1 user stays in the account" in seen[0]
    assert Team.get_or_none(Team.id == support.id) is None
    assert User.select().where(User.email.startswith("t")).count() == 2


def test_the_team_buttons_say_why_without_the_permission(seat_window):
    win, account = seat_window
    clerk = add_user(account, "clerk@example.com", (st.CORE,), permissions=[ADD_EDIT_USERS])  # not teams
    win.refresh_all()  # the acting-user list reads the new administrator
    win.acting_user_combo.setCurrentIndex(win.acting_user_combo.findData(clerk.id))
    page = win.show_page("teams_page")
    assert not page.ui.new_team_button.isEnabled()
    assert "Add and edit teams" in page.ui.new_team_button.toolTip()
