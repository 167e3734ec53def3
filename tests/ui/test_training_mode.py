"""Training mode from the window (R32): the panel, a scenario on a practice database of its own, steps that
tick as they are done in the usual dialogs, mistakes, hints, Reset, the results and the certificate, and
the trainee's own database untouched and back at the end."""

from __future__ import annotations

import csv
import io

from pypdf import PdfReader
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton

from seatdesk.db.models import Account, SeatPurchase
from seatdesk.domain import seats as st
from seatdesk.services import training
from tests.conftest import answer_boxes
from tests.ui.test_seat_dialogs import button


def start(win, qtbot, key="01_add_seats", name="Alex Martin"):
    if win.training_panel is None or not win.training_panel.isVisible():
        win.training_action.trigger()  # checkable: it shows the panel, or hides it when shown
    panel = win.training_panel
    assert panel.isVisible()
    assert panel.choose(key)
    panel.ui.trainee_name_edit.clear()
    qtbot.keyClicks(panel.ui.trainee_name_edit, name)
    panel.ui.start_scenario_button.click()
    assert panel.session is not None
    return panel


def ticks(panel) -> list[bool]:
    steps = panel.findChild(QListWidget, "scenario_steps_list")
    from PySide6.QtCore import Qt

    return [steps.item(i).checkState() == Qt.CheckState.Checked for i in range(steps.count())]


def buy_core(win, qtbot, count: int) -> None:
    """Seats › Add seats under Core Seat: count, Continue, Save & continue, Complete purchase."""
    from seatdesk.ui.purchase_dialog import PurchaseSeatsDialog

    button(win, "add_seats_button_core").click()
    dialog = next(d for d in win.findChildren(PurchaseSeatsDialog) if d.isVisible())
    dialog.ui.seat_count_spin.setValue(count)
    for step in (dialog.ui.continue_button, dialog.ui.save_continue_button, dialog.ui.complete_purchase_button):
        step.click()
    assert not dialog.isVisible()


def test_a_scenario_runs_on_a_practice_account_and_ticks_as_the_trainee_works(seat_window, qtbot):
    win, own = seat_window
    own_purchases = SeatPurchase.select().count()
    panel = start(win, qtbot)
    assert panel.findChild(QLabel, "scenario_title_label").text() == "Buy two Core Seats"
    assert ticks(panel) == [False]
    assert not win.account_combo.isEnabled()  # the trainee can't leave the practice account
    assert Account.get_by_id(win.account_id).name == "Northwind Traders"
    assert win.ui.navigation.topLevelItem(0).text(0) == "⚙ Settings ›\nUsers & Teams"  # the CRM's path
    assert win.ui.navigation.topLevelItem(1).text(0) == "Northwind Traders ›\nAccount & Billing"
    panel.findChild(QPushButton, "hint_button").click()
    assert "Add seats" in panel.ui.hint_label.text()
    buy_core(win, qtbot, 1)  # one is not the goal (two in one purchase)
    panel.check()
    assert ticks(panel) == [False]
    buy_core(win, qtbot, 2)
    panel.check()
    assert ticks(panel) == [True] and panel.session.finished
    assert "Steps done: 1 of 1" in panel.ui.training_status_label.text()
    assert "1 hint" in panel.ui.training_status_label.text()
    panel.findChild(QPushButton, "end_training_button").click()
    assert win.account_combo.isEnabled() and win.account_id == own.id
    assert SeatPurchase.select().count() == own_purchases  # the trainee's own database: untouched
    assert win.ui.navigation.topLevelItem(0).text(0) == "Users & Teams"


def test_reset_puts_the_start_back_and_refusals_count_as_mistakes(seat_window, qtbot):
    win, own = seat_window
    panel = start(win, qtbot, "02_remove_and_cancel")
    account = win.account_id
    before = list(SeatPurchase.select().tuples())
    from seatdesk.services import seats

    change = seats.buy_seats(account, win.acting_user_id(), st.CORE, 3)
    win.apply_change(change)
    assert len(list(SeatPurchase.select().tuples())) == len(before) + 1
    from seatdesk.domain.errors import DomainError
    from seatdesk.ui.messages import show_refusal

    answer_boxes(win)
    show_refusal(win, DomainError("Refused for the test"))
    assert panel.session.mistakes == 1
    panel.findChild(QPushButton, "reset_scenario_button").click()
    assert list(SeatPurchase.select().tuples()) == before  # the very rows of the start
    assert panel.session.mistakes == 0 and ticks(panel) == [False, False]
    assert win.account_id == account


def test_results_export_as_csv_and_a_certificate_per_trainee(seat_window, qtbot, tmp_path):
    win, own = seat_window
    panel = start(win, qtbot, name="Camille Durand")
    buy_core(win, qtbot, 2)
    panel.check()
    path = panel.export_results(tmp_path / "results.csv")
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))
    assert rows[0][:4] == ["Trainee", "Scenario", "Language", "Steps done"]
    assert rows[1][:5] == ["Camille Durand", "Buy two Core Seats", "en", "1", "1"]
    certificate = panel.save_certificate(tmp_path / "camille.pdf")
    import unicodedata

    text = unicodedata.normalize("NFKC", " ".join(" ".join(p.extract_text() for p in PdfReader(str(certificate)).pages).split()))
    assert "Certificate of training" in text and "Camille Durand" in text
    assert "has completed the training scenario Buy two Core Seats" in text
    assert len(PdfReader(str(certificate)).pages) == 1
    assert training.saved_results()[-1].trainee == "Camille Durand"


def test_the_panel_speaks_the_session_s_language(seat_window, qtbot):
    win, own = seat_window
    win.language_combo.setCurrentIndex(win.language_combo.findData("fr"))
    panel = start(win, qtbot)
    title = panel.findChild(QLabel, "scenario_title_label").text()
    assert title and title != "Buy two Core Seats"
    assert panel.session.language == "fr"


def test_closing_the_window_in_training_keeps_the_result_and_the_own_account(seat_window, qtbot):
    from seatdesk.ui.settings import settings

    win, own = seat_window
    settings().setValue("last_account", own.id)
    start(win, qtbot, name="Noor")
    win.close()
    assert not win.in_training()
    assert int(settings().value("last_account")) == own.id
    assert training.saved_results()[-1].trainee == "Noor"


def test_the_next_trainee_starts_on_a_fresh_practice_account(seat_window, qtbot):
    win, own = seat_window
    panel = start(win, qtbot, name="First")
    buy_core(win, qtbot, 2)
    panel.check()
    assert panel.session.finished
    bought = SeatPurchase.select().count()
    start(win, qtbot, name="Second")  # Start again, without ending: a new practice database
    assert SeatPurchase.select().count() == bought - 1 and ticks(panel) == [False]
    assert [r.trainee for r in panel.results] == ["First"]
