"""Account › Import the live account (R31) driven as a person would: the path typed, the preview and
problems read, the seat rule changed, the import confirmed; then the database."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QTableView

from seatdesk.db.models import Team, User
from seatdesk.domain import seats as st
from seatdesk.services import users
from seatdesk.services.seats import seats_of
from seatdesk.ui.import_users_dialog import ImportUsersDialog
from tests.crm_files import export_bytes


def texts(view: QTableView, column: int) -> list[str]:
    model = view.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def open_dialog(win, qtbot) -> ImportUsersDialog:
    action = win.import_users_action
    assert action.isEnabled() and action in win.account_menu.actions()
    action.trigger()
    dialog = win.flows.dialog
    assert isinstance(dialog, ImportUsersDialog)
    return dialog


def test_import_from_the_path_typed_with_preview_and_problems(seat_window, qtbot, tmp_path):
    win, account = seat_window
    path = tmp_path / "users.csv"
    path.write_bytes(export_bytes([
        ["1", "Ann", "Lee", "ann@example.com", "14/03/2025", "Support", "", "Edit tickets"],
        ["2", "Bad", "", "bad@", "", "", "", ""],
        ["3", "Ann", "Twice", "ANN@example.com", "", "", "", ""],
        ["4", "Ada", "Admin", "admin@example.com", "2025-02-01", "", "", ""],
    ], "fr", "cp1252", ";"))
    dialog = open_dialog(win, qtbot)
    confirm = dialog.findChild(QPushButton, "import_confirm_button")
    assert not confirm.isEnabled()
    edit = dialog.findChild(QLineEdit, "import_path_edit")
    qtbot.keyClicks(edit, str(path))
    qtbot.keyClick(edit, "\r")
    preview = dialog.findChild(QTableView, "import_preview_table")
    assert texts(preview, 1) == ["ann@example.com", "bad@", "ANN@example.com", "admin@example.com"]
    assert texts(preview, 3) == ["New", "Left out", "Left out", "Updated"]
    assert texts(preview, 4)[0] == "Core Seat"
    problems = dialog.findChild(QTableView, "import_problems_table")
    assert texts(problems, 0) == ["3", "4"]
    assert texts(problems, 3) == ["Not a valid email address.", "Listed twice: already on line 2."]
    assert texts(problems, 2) == ["No, left out", "No, left out"]
    summary = dialog.findChild(QLabel, "import_summary_label").text()
    assert "1 team will be created: Support." in summary
    assert User.select().where(User.email_key == "ann@example.com").count() == 0  # nothing before confirming
    rule = dialog.findChild(QComboBox, "import_rule_combo")
    rule.setCurrentIndex(rule.findData("view_only_without_edit"))
    assert texts(preview, 4)[0] == "Core Seat"  # editing tickets is an edit permission
    assert confirm.isEnabled() and confirm.text().replace("&", "") == "Import 2 users"
    confirm.click()
    assert win.flows.dialog is None
    ann = User.get(User.email_key == "ann@example.com")
    assert (ann.first_name, ann.last_active.isoformat(), seats_of(ann)) == ("Ann", "2025-03-14", [st.CORE])
    assert Team.get(Team.account == account.id).name == "Support"


def test_a_refused_import_says_why_and_the_action_follows_permissions(seat_window, qtbot, tmp_path):
    win, account = seat_window
    actor = win.context.actor_id
    clerk = users.create_user(account.id, actor, "clerk@example.com", seat_types=[st.VIEW_ONLY],
                              permissions=["add_edit_users"], status="active").result
    viewer = users.create_user(account.id, actor, "viewer@example.com", seat_types=[st.VIEW_ONLY],
                               status="active").result
    win.refresh_all()
    path = tmp_path / "paid.csv"
    path.write_bytes(export_bytes([["1", "", "", "paid@example.com", "", "", "", "Edit deals"]]))
    combo = win.findChild(QComboBox, "acting_user_combo")
    combo.setCurrentIndex(combo.findData(viewer.id))
    assert not win.import_users_action.isEnabled()
    assert "Add and edit users" in win.import_users_action.toolTip()
    combo.setCurrentIndex(combo.findData(clerk.id))
    dialog = open_dialog(win, qtbot)
    dialog.findChild(QLineEdit, "import_path_edit").setText(str(path))
    dialog.load()
    assert "Modify billing" in dialog.findChild(QLabel, "import_summary_label").text()
    assert not dialog.findChild(QPushButton, "import_confirm_button").isEnabled()
    dialog.reject()
    assert User.select().where(User.email_key == "paid@example.com").count() == 0


def test_into_the_plan_shown(seat_window, qtbot, tmp_path):
    from seatdesk.services import plans

    win, account = seat_window
    plan = plans.create_plan(account.id, win.context.actor_id, "Imported").result
    win.reload_accounts(select=plan.id)
    path = tmp_path / "nl.csv"
    path.write_bytes(export_bytes([["5", "Sanne", "de Vries", "sanne@example.nl", "01-12-2024", "Verkoop", "", ""]],
                                  "nl", "utf-8", ";"))
    dialog = open_dialog(win, qtbot)
    assert dialog.findChild(QLabel, "import_target_label").text() == (
        "Into the plan Imported of Test account. The account itself stays as it is.")
    dialog.findChild(QLineEdit, "import_path_edit").setText(str(path))
    dialog.load()
    dialog.findChild(QPushButton, "import_confirm_button").click()
    assert User.get(User.email_key == "sanne@example.nl").account_id == plan.id
    assert not User.select().where(User.account == account.id, User.email_key == "sanne@example.nl").exists()
    assert Team.get(Team.name == "Verkoop").account_id == plan.id


def test_a_corrected_file_is_read_again_and_an_old_refusal_goes(seat_window, qtbot, tmp_path):
    win, account = seat_window
    path = tmp_path / "users.csv"
    path.write_bytes(b"Name\r\nno email column here\r\n")
    dialog = open_dialog(win, qtbot)
    edit = dialog.findChild(QLineEdit, "import_path_edit")
    qtbot.keyClicks(edit, str(path))
    qtbot.keyClick(edit, "\r")
    confirm = dialog.findChild(QPushButton, "import_confirm_button")
    assert not confirm.isEnabled() and "Email" in dialog.findChild(QLabel, "import_summary_label").text()
    path.write_bytes(export_bytes([["1", "Ann", "Lee", "ann@example.com", "", "", "", ""]]))  # corrected
    qtbot.keyClick(edit, "\r")  # the same path, read again
    assert texts(dialog.findChild(QTableView, "import_preview_table"), 1) == ["ann@example.com"]
    assert confirm.isEnabled()
    assert "Email" not in dialog.findChild(QLabel, "import_summary_label").text()
