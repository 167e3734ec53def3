"""Planning › Reclaim (R30) driven as a person would: days typed, rows selected, the saving read, Reclaim in a
plan answered; then the plan (or the account) is read from the database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QSpinBox, QTableView

from seatdesk.db.models import Account, SeatAssignment, User
from seatdesk.domain import seats as st
from seatdesk.ui.reclaim_dialog import ReclaimDialog
from tests.conftest import answer_boxes
from tests.services.test_plans import snapshot
from tests.services.test_reclaim import office  # noqa: F401 (the account of the service tests)
from tests.ui.test_seat_dialogs import open_window


@pytest.fixture
def reclaim_window(office, db_path, qtbot):  # noqa: F811
    with open_window(db_path) as win:
        win.show_page("reclaim_page")
        yield win, office


def parts(win):
    return (win.findChild(QSpinBox, "idle_days_spin"), win.findChild(QTableView, "reclaim_table"),
            win.findChild(QLabel, "reclaim_saving_label"), win.findChild(QPushButton, "reclaim_in_plan_button"))


def emails(table) -> list[str]:
    model = table.model()
    return sorted(model.row_at(r).email for r in range(model.rowCount()))


def select(table, *wanted: str) -> None:
    model, chosen = table.model(), table.selectionModel()
    chosen.clearSelection()
    for row in range(model.rowCount()):
        if model.row_at(row).email.split("@")[0] in wanted:
            chosen.select(model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                          | QItemSelectionModel.SelectionFlag.Rows)


def the_dialog(qtbot) -> ReclaimDialog:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ReclaimDialog))
    return QApplication.activeModalWidget()


def test_days_selection_and_saving(reclaim_window, qtmodeltester):
    win, account = reclaim_window
    spin, table, saving, button = parts(win)
    assert spin.value() == 30
    assert emails(table) == ["gone@example.com", "idle30@example.com", "inv30@example.com", "never@example.com"]
    assert saving.text() == "4 paid seats can be taken back, saving €2,160.00 per year in all. Select the seats to take back."
    assert not button.isEnabled()
    spin.setValue(29)
    assert len(emails(table)) == 6
    qtmodeltester.check(table.model())
    select(table, "idle30", "inv29")
    assert button.isEnabled()
    assert saving.text() == "2 seats selected: saving €90.00 per month, €1,080.00 per year, from the renewal on."
    select(table, "idle30", "idle29", "never", "inv30", "inv29", "gone")
    assert saving.text() == (
        "6 seats selected: saving €180.00 per month, €2,160.00 per year, from the renewal on. 2 of them are included "
        "seats: they are taken back but stay on the subscription, so they save nothing.")
    model = table.model()
    texts = {model.text(r, 1): [model.text(r, c) for c in range(3, model.columnCount())]
             for r in range(model.rowCount())}
    assert texts["inv29@example.com"] == ["Invitation pending for 29 days", "Never", "€45.00 per month", "€540.00"]
    spin.setValue(41)
    assert emails(table) == ["gone@example.com"]
    assert "Deactivated user" in [model.text(0, c) for c in range(model.columnCount())]


def test_reclaim_in_a_new_plan(reclaim_window, qtbot):
    win, account = reclaim_window
    spin, table, saving, button = parts(win)
    before = snapshot(account.id)
    select(table, "idle30", "gone")
    button.click()
    dialog = the_dialog(qtbot)
    assert dialog.ui.reclaim_new_plan_radio.isChecked()
    assert dialog.ui.reclaim_plan_name_edit.text().startswith("Reclaim ")
    assert not dialog.ui.reclaim_existing_plan_radio.isEnabled()  # no plan yet
    dialog.ui.reclaim_plan_name_edit.setText("Trim idle seats")
    dialog.ui.reclaim_confirm_button.click()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert snapshot(account.id) == before
    plan = Account.get(Account.name == "Trim idle seats")
    assert win.account_id == plan.id  # the window shows where the seats were taken back
    copies = {u.email: u.id for u in User.select().where(User.account == plan.id)}
    held = dict(SeatAssignment.select(SeatAssignment.user, SeatAssignment.seat_type)
                .where(SeatAssignment.account == plan.id).tuples())
    assert held[copies["idle30@example.com"]] == held[copies["gone@example.com"]] == st.VIEW_ONLY
    assert held[copies["never@example.com"]] == st.CORE
    assert emails(parts(win)[1]) == ["inv30@example.com", "never@example.com"]


def test_reclaim_in_the_account_asks_first(reclaim_window, qtbot):
    win, account = reclaim_window
    spin, table, saving, button = parts(win)
    select(table, "never")
    button.click()
    dialog = the_dialog(qtbot)
    dialog.ui.reclaim_account_radio.setChecked(True)
    seen: list[str] = []
    timer = answer_boxes(win, "no", seen)
    dialog.ui.reclaim_confirm_button.click()
    timer.stop()
    assert seen == ["Take 1 seat back in the account Office itself, not in a plan? It is unassigned at once and the "
                    "additional seat freed is scheduled for removal at the renewal."]
    assert dialog.isVisible()
    never = User.get(User.email == "never@example.com")
    assert SeatAssignment.get(SeatAssignment.user == never).seat_type == st.CORE
    timer = answer_boxes(win)
    dialog.ui.reclaim_confirm_button.click()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    timer.stop()
    assert SeatAssignment.get(SeatAssignment.user == never).seat_type == st.VIEW_ONLY
    assert win.account_id == account.id
    assert "never@example.com" not in emails(table)
    assert Account.select().count() == 1
