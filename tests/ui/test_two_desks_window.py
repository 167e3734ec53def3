"""A window and another seatdesk on the same file (issue 14): a busy file gives the translated refusal and
changes nothing; the other desk's changes show without a restart; an open dialog says its figures went stale."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

from PySide6.QtWidgets import QLabel

from seatdesk.db.models import SeatPurchase, db
from seatdesk.domain import seats as st
from seatdesk.ui.purchase_dialog import PurchaseSeatsDialog
from tests.conftest import answer_boxes, sqlite_only
from tests.ui.test_seat_dialogs import button, dialog_of


def other_desk_buys(db_path, account_id: int, actor_id: int, count: int) -> None:
    """Another seatdesk process buys Core Seats in the same file."""
    code = ("import sys; from seatdesk.db.database import open_database; from seatdesk.services import seats; "
            "open_database(sys.argv[1]); seats.buy_seats(int(sys.argv[2]), int(sys.argv[3]), 'core', int(sys.argv[4]))")
    subprocess.run([sys.executable, "-c", code, str(db_path), str(account_id), str(actor_id), str(count)],
                   check=True, timeout=60)


@sqlite_only
def test_a_busy_file_gives_a_translated_refusal_and_changes_nothing(seat_window, db_path):
    win, account = seat_window
    db.execute_sql("PRAGMA busy_timeout = 200")  # wait 0.2 s for the other writer, not 5 s
    other = sqlite3.connect(str(db_path), timeout=0)
    other.execute("BEGIN IMMEDIATE")  # another seatdesk in the middle of a write
    try:
        button(win, "add_seats_button_core").click()
        dialog = dialog_of(win, PurchaseSeatsDialog)
        dialog.ui.continue_button.click()
        dialog.ui.save_continue_button.click()
        seen = []
        answer_boxes(dialog, seen=seen)
        dialog.ui.complete_purchase_button.click()
        assert seen == ["Another seatdesk is changing this account right now. Nothing was changed: try again in a moment."]
        assert dialog.isVisible()  # still there, to try again
    finally:
        other.rollback()
        other.close()
    assert not SeatPurchase.select().where(SeatPurchase.kind == "additional").exists()
    dialog.ui.complete_purchase_button.click()  # the other desk is done: now it goes through
    assert SeatPurchase.select().where(SeatPurchase.kind == "additional").count() == 1


def test_another_desk_s_purchase_shows_in_the_window_without_a_restart(seat_window, db_path):
    win, account = seat_window
    seats = win.show_page("seats_tab")
    assert seats.findChild(QLabel, "seat_summary_core").text() == "1 of 6 seats assigned"
    other_desk_buys(db_path, account.id, account.acting_user_id, 4)
    win._check_outside_changes()  # what the window's timer does every second
    assert win.show_page("seats_tab").findChild(QLabel, "seat_summary_core").text() == "1 of 10 seats assigned"


def test_another_desk_s_change_shows_within_two_seconds_on_its_own(seat_window, db_path, qtbot):
    """R34: no click, no restart: the window's own watch reads the pages again (SQLite's data_version, or
    PostgreSQL's notices). 2 s is the rule; the wait allows a busy machine one more second."""
    win, account = seat_window
    label = win.show_page("seats_tab").findChild(QLabel, "seat_summary_core")
    assert label.text() == "1 of 6 seats assigned"
    other_desk_buys(db_path, account.id, account.acting_user_id, 1)
    qtbot.waitUntil(lambda: win.show_page("seats_tab").findChild(QLabel, "seat_summary_core").text()
                    == "1 of 7 seats assigned", timeout=3000)
    assert "Another seatdesk changed this database" in win.statusBar().currentMessage()


def test_an_open_dialog_says_its_figures_went_stale_before_it_acts(seat_window, db_path):
    win, account = seat_window
    button(win, "add_seats_button_core").click()
    dialog = dialog_of(win, PurchaseSeatsDialog)
    other_desk_buys(db_path, account.id, account.acting_user_id, 2)
    seen = []
    answer_boxes(dialog, seen=seen)
    dialog._go(2)
    dialog.ui.complete_purchase_button.click()
    assert "Another seatdesk changed this account while this window was open" in seen[0]
    assert SeatPurchase.select().where(SeatPurchase.kind == "additional").count() == 1  # the other desk's only
    dialog.ui.complete_purchase_button.click()  # checked, confirmed
    assert SeatPurchase.select().where(SeatPurchase.kind == "additional").count() == 2


def failed_change(detail: str) -> str:
    """How a failed change starts on the engine the tests run on (a server has no disk to check)."""
    from seatdesk.db.database import engine

    if engine() == "postgresql":
        return f"The team database refused the change ({detail}): nothing was changed."
    return f"The database could not be changed ({detail}): nothing was changed."


def test_a_failing_service_gives_one_box_and_no_traceback(seat_window, monkeypatch):
    """Whatever a service raises on the way to the database, the window's action handler says it in one box."""
    from PySide6.QtWidgets import QComboBox, QPushButton

    from seatdesk.services import seats as seats_service
    from seatdesk.services import subscriptions as subs_service

    win, account = seat_window

    def broken(*_args, **_kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    seen = []
    answer_boxes(win, seen=seen)
    monkeypatch.setattr(seats_service, "buy_seats", broken)
    button(win, "add_seats_button_core").click()
    dialog = dialog_of(win, PurchaseSeatsDialog)
    dialog._go(2)
    dialog.ui.complete_purchase_button.click()
    dialog.reject()
    monkeypatch.setattr(subs_service, "change_subscriptions", broken)
    page = win.show_page("pricing_page")
    combo = page.findChild(QComboBox, "tier_combo_sales")
    combo.setCurrentIndex(combo.findData("enterprise"))
    page.findChild(QPushButton, "buy_now_button_sales").click()
    win.flows.dialog.ui.checkout_complete_button.click()
    win.flows.dialog.reject()
    expected = failed_change("disk I/O error")
    assert len(seen) == 2 and all(text.startswith(expected) for text in seen), seen


@sqlite_only
def test_a_read_only_file_opens_read_only_and_says_so(qtbot, db_path, monkeypatch):
    """A file seatdesk can't write opens for reading; the window says so, and a change is refused in words."""
    from seatdesk.db import database
    from seatdesk.db.database import close_database
    from tests.conftest import make_account
    from tests.ui.test_seat_dialogs import open_window

    make_account(st.SEAT_BASED)
    close_database()
    monkeypatch.setattr(database, "_writable", lambda path: False)  # as for a file without write permission
    with open_window(db_path) as win:
        assert database.read_only()
        assert win.windowTitle() == "seatdesk (read-only)"
        assert "Read-only file" in win.findChild(QLabel, "read_only_label").text()
        seats = win.show_page("seats_tab")
        assert seats.findChild(QLabel, "seat_summary_core").text() == "1 of 6 seats assigned"
        add = button(win, "add_seats_button_core")
        assert not add.isEnabled() and add.toolTip().startswith("Read-only file")  # changes are greyed out
        assert not win.create_user_action.isEnabled()
        add.setEnabled(True)  # and if one were reached all the same, the refusal says why
        seen = []
        answer_boxes(win, seen=seen)
        button(win, "add_seats_button_core").click()
        dialog = dialog_of(win, PurchaseSeatsDialog)
        dialog._go(2)
        dialog.ui.complete_purchase_button.click()
        assert seen and seen[0].startswith("This database file can only be read: nothing was changed.")
        dialog.reject()


@sqlite_only
def test_back_up_now_then_restore_from_the_window(seat_window):
    from seatdesk.services import backups
    from seatdesk.ui.restore_dialog import RestoreDialog

    win, account = seat_window
    win.backup_action.trigger()
    assert "Backup copy saved" in win.statusBar().currentMessage()
    from seatdesk.services import seats as seats_service

    seats_service.buy_seats(account.id, account.acting_user_id, st.CORE, 3)
    win.refresh_all()
    assert win.show_page("seats_tab").findChild(QLabel, "seat_summary_core").text() == "1 of 9 seats assigned"
    dialog = RestoreDialog(win)
    assert dialog.ui.backups_list.count() == 1 and "Backed up by you" in dialog.ui.backups_list.item(0).text()
    answer_boxes(dialog)
    dialog.show()
    dialog.ui.restore_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    dialog.deleteLater()
    win.reload_accounts(select=account.id)
    assert win.show_page("seats_tab").findChild(QLabel, "seat_summary_core").text() == "1 of 6 seats assigned"
    assert [b.reason for b in backups.backups()] == ["restore", "manual"]


def test_a_catalog_broken_while_the_window_is_open_keeps_the_prices_read_before(seat_window, tmp_path):
    """The user's price_catalog.json edited into invalid JSON while seatdesk runs: pages keep working with the
    prices read before, the status bar says why, and nothing is raised out of a slot."""
    import json
    import os

    from seatdesk.resources import resource_path
    from seatdesk.services.catalog import use_catalog_file

    win, account = seat_window
    mine = tmp_path / "price_catalog.json"
    mine.write_text(resource_path("price_catalog.json").read_text(encoding="utf-8"), encoding="utf-8")
    use_catalog_file(mine)
    try:
        win.show_page("pricing_page")
        raw = json.loads(mine.read_text(encoding="utf-8"))
        mine.write_text(json.dumps(raw)[:-40], encoding="utf-8")  # cut off mid-way, as while saving
        os.utime(mine, (1, 1))  # a different modification time
        win._check_outside_changes()
        assert "is not valid JSON" in win.statusBar().currentMessage()
        win.refresh_all()
        page = win.show_page("pricing_page")
        assert page.findChild(QLabel, "hub_status_label_sales").text() == "You have Sales Hub Professional."
    finally:
        use_catalog_file(None)


def test_teams_and_the_planning_date_report_a_failing_service_in_one_box(seat_window, monkeypatch):
    import datetime as dt

    from PySide6.QtWidgets import QInputDialog

    from seatdesk.services import clock, teams

    win, account = seat_window

    def broken(*_args, **_kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    seen = []
    answer_boxes(win, seen=seen)
    monkeypatch.setattr(teams, "create_team", broken)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Support", True))
    win.show_page("teams_page").ui.new_team_button.click()
    monkeypatch.setattr(clock, "set_planning_date", broken)
    win.planning_date_edit.setDate(dt.date.today() + dt.timedelta(days=3))
    win.planning_date_edit.editingFinished.emit()
    assert len(seen) == 2 and all(t.startswith(failed_change("disk I/O error")) for t in seen), seen
