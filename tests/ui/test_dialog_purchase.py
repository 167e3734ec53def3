"""Purchase seats as a new user meets it: where they are, what it costs as they type, what is too many."""

from __future__ import annotations

from PySide6.QtCore import Qt

from seatdesk import i18n
from seatdesk.db.models import SeatPurchase
from seatdesk.domain import seats as st
from seatdesk.i18n import format_money
from seatdesk.services import seats as seats_service
from seatdesk.ui.purchase_dialog import PurchaseSeatsDialog
from tests.conftest import make_account
from tests.ui.dialog_helpers import dialogs, opened, shown  # noqa: F401  (dialogs: fixture)


def open_purchase(qtbot, account, seat_type=st.CORE):
    return opened(PurchaseSeatsDialog(account.id, account.acting_user_id, seat_type))


def type_count(qtbot, spin, text):
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, text)


def test_the_step_indicator_follows_the_pages(dialogs, qtbot):
    dialog = open_purchase(qtbot, make_account(st.SEAT_BASED))
    assert dialog.ui.step_label.text() == "Step 1 of 3: Seats"
    qtbot.mouseClick(dialog.ui.continue_button, Qt.MouseButton.LeftButton)
    assert dialog.ui.step_label.text() == "Step 2 of 3: Checkout"
    qtbot.mouseClick(dialog.ui.save_continue_button, Qt.MouseButton.LeftButton)
    assert dialog.ui.step_label.text() == "Step 3 of 3: Complete purchase"
    qtbot.mouseClick(dialog.ui.back_button, Qt.MouseButton.LeftButton)
    assert dialog.ui.step_label.text() == "Step 2 of 3: Checkout"


def test_the_first_step_shows_the_running_total_as_the_count_is_typed(dialogs, qtbot):
    account = make_account(st.SEAT_BASED)
    dialog = open_purchase(qtbot, account)
    type_count(qtbot, dialog.ui.seat_count_spin, "7")
    quote = seats_service.quote_purchase(account.id, st.CORE, 7)
    now = dialog.ui.total_now_value.text()
    assert format_money(quote.cost_now_cents, "EUR") in now
    assert f"pro rata, {quote.days_left} days left" in now
    assert format_money(quote.cost_per_period_cents, "EUR") in dialog.ui.total_period_value.text()
    assert dialog.ui.total_now_value.isVisible() and dialog.ui.total_period_value.isVisible()


def test_a_count_above_the_maximum_is_refused_with_the_maximum_not_clamped(dialogs, qtbot):
    dialog = open_purchase(qtbot, make_account(st.SEAT_BASED))
    spin = dialog.ui.seat_count_spin
    type_count(qtbot, spin, "99999")
    assert spin.value() == 99999  # what was typed stays, nothing silently becomes 999
    error = dialog.ui.count_error_label
    assert error.isVisible() and "from 1 to 1,000" in error.text()
    assert not dialog.ui.continue_button.isEnabled()
    assert "1,000" in dialog.ui.continue_button.toolTip()
    type_count(qtbot, spin, "12")
    assert not error.isVisible() and dialog.ui.continue_button.isEnabled()
    qtbot.mouseClick(dialog.ui.continue_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ui.save_continue_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ui.complete_purchase_button, Qt.MouseButton.LeftButton)
    assert SeatPurchase.get(SeatPurchase.kind == "additional").quantity == 12


def test_the_steps_and_the_maximum_in_french(dialogs, qtbot):
    account = make_account(st.SEAT_BASED)
    i18n.set_language("fr")
    dialog = open_purchase(qtbot, account)
    assert dialog.ui.step_label.text() == "Étape 1 sur 3\u00a0: Licences"
    type_count(qtbot, dialog.ui.seat_count_spin, "5000")
    assert "1\u202f000" in dialog.ui.count_error_label.text()


def test_the_last_page_is_sized_to_its_summary_and_back_restores_the_steps(dialogs, qtbot):
    account = make_account(st.SEAT_BASED)
    dialog = open_purchase(qtbot, account)
    qtbot.waitExposed(dialog)
    assert shown(dialog.ui.total_period_caption.text()) == "From the renewal"
    qtbot.mouseClick(dialog.ui.continue_button, Qt.MouseButton.LeftButton)
    review_height = dialog.height()
    qtbot.mouseClick(dialog.ui.save_continue_button, Qt.MouseButton.LeftButton)
    assert dialog.height() < review_height * 0.8
    assert "You are buying 1 seat: Core Seat." in dialog.ui.complete_summary_label.text()
    qtbot.mouseClick(dialog.ui.back_button, Qt.MouseButton.LeftButton)
    assert dialog.height() >= review_height


def test_form_labels_keep_room_for_their_underlined_letter(dialogs, qtbot):
    from PySide6.QtWidgets import QApplication

    from seatdesk.i18n import qt as i18n_qt

    account = make_account(st.SEAT_BASED)
    i18n_qt.install(QApplication.instance())
    for language in ("en", "fr", "de", "nl"):
        i18n.set_language(language)
        dialog = open_purchase(qtbot, account)
        qtbot.waitExposed(dialog)
        label = dialog.ui.seat_count_label
        drawn = label.fontMetrics().horizontalAdvance(shown(label.text()))
        assert label.width() >= drawn + label.fontMetrics().averageCharWidth() // 2, language
