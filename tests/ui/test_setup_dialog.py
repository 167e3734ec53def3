"""First run: the setup dialog creates the account the user describes (R23)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from seatdesk.app import create_main_window
from seatdesk.db.database import close_database
from seatdesk.db.models import Account, SeatPurchase, Subscription, User
from seatdesk.ui.setup_dialog import SetupDialog
from tests.conftest import dispose


def fill(dialog, qtbot, email="boss@example.com"):
    qtbot.keyClicks(dialog.ui.account_name_edit, "Acme")
    dialog.ui.currency_combo.setCurrentText("GBP")
    dialog.tier_combos["sales"].setCurrentIndex(dialog.tier_combos["sales"].findData("professional"))
    dialog.tier_combos["marketing"].setCurrentIndex(dialog.tier_combos["marketing"].findData("starter"))
    qtbot.keyClicks(dialog.ui.admin_email_edit, email)
    qtbot.keyClicks(dialog.ui.admin_first_name_edit, "Bea")


def test_empty_database_shows_setup_and_creates_the_account(qtbot, tmp_path):
    window = create_main_window(tmp_path / "new.sqlite3", "en")
    window.show()
    assert window.ui.page_stack.currentWidget() is window.ui.empty_page

    def drive():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SetupDialog):
            QTimer.singleShot(20, drive)
            return
        fill(dialog, qtbot)
        dialog.ok_button().click()

    QTimer.singleShot(0, drive)
    window.ui.setup_account_button.click()
    account = Account.get()
    assert (account.name, account.currency, account.seat_model) == ("Acme", "GBP", "seat_based")
    assert {s.hub for s in Subscription.select()} == {"sales", "marketing"}
    assert SeatPurchase.select().where(SeatPurchase.kind == "included").count() >= 2
    admin = User.get()
    assert admin.is_super_admin and admin.status == "active" and account.acting_user_id == admin.id
    assert window.current_page() is not None
    assert window.acting_user_combo.currentData() == admin.id
    dispose(window)
    close_database()


def test_bad_input_is_refused_with_a_message_and_nothing_written(qtbot, tmp_path):
    window = create_main_window(tmp_path / "new.sqlite3", "fr")
    dialog = SetupDialog(window)
    qtbot.addWidget(dialog)
    fill(dialog, qtbot, email="pas-une-adresse")
    dialog.ok_button().click()
    assert "n'est pas une adresse e-mail valide" in dialog.ui.error_label.text()
    assert Account.select().count() == 0
    assert dialog.isVisible() or dialog.result() == 0
    dispose(window)
    close_database()


def test_start_and_renewal_dates_are_written_alike(qtbot, tmp_path):
    from PySide6.QtCore import QDate

    for language, caption in (("fr", "Début de la période d'engagement"), ("de", None), ("en", None)):
        window = create_main_window(tmp_path / f"{language}.sqlite3", language)
        dialog = SetupDialog(window)
        qtbot.addWidget(dialog)
        dialog.ui.term_start_edit.setDate(QDate(2026, 3, 1))
        start = dialog.ui.term_start_edit.text()
        renewal = dialog.ui.renewal_value_label.text()
        assert len(renewal) == len(start) and renewal != start, (language, start, renewal)  # same numeric form
        assert renewal[-4:] == "2027" or renewal[:4] == "2027", (language, renewal)
        if caption:
            assert dialog.ui.term_start_label.text().replace("&", "") == caption
        dispose(window)
        close_database()
