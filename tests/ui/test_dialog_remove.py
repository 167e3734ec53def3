"""Remove unassigned seats as a new user reads it: which subscription, what is already scheduled, what it saves."""

from __future__ import annotations

from PySide6.QtCore import Qt

from seatdesk import i18n
from seatdesk.db.models import SeatRemoval
from seatdesk.domain import seats as st
from seatdesk.i18n import format_money
from seatdesk.services import queries
from seatdesk.services import seats as seats_service
from seatdesk.ui.remove_dialog import RemoveSeatsDialog
from tests.conftest import make_account
from tests.ui.dialog_helpers import dialogs, opened, shown  # noqa: F401  (dialogs: fixture)


def open_remove(account, seat_type=st.CORE):
    return opened(RemoveSeatsDialog(account.id, account.acting_user_id, seat_type))


def test_it_names_the_subscription_and_the_seats_already_scheduled(dialogs, qtbot):
    account = make_account(st.SEAT_BASED)
    seats_service.buy_seats(account.id, account.acting_user_id, st.CORE, 5)
    dialog = open_remove(account)
    assert shown(dialog.ui.subscription_label.text()) == "Subscription: Marketing Hub Professional"
    assert not dialog.ui.scheduled_label.isVisible()
    dialog.ui.remove_count_spin.setValue(2)
    qtbot.mouseClick(dialog.ui.confirm_remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ui.back_to_billing_button, Qt.MouseButton.LeftButton)
    again = open_remove(account)
    assert again.ui.scheduled_label.isVisible()
    assert "2 seats of this type are already scheduled for removal on" in again.ui.scheduled_label.text()
    assert "You can remove from 1 to 3 unassigned seats." in again.ui.hint_label.text()


def test_count_and_amount_have_the_same_scope(dialogs, qtbot):
    account = make_account(st.SEAT_BASED)
    seats_service.buy_seats(account.id, account.acting_user_id, st.CORE, 4)
    dialog = open_remove(account)
    spin = dialog.ui.remove_count_spin
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    quote = queries.quote_removal(account.id, st.CORE, 2)
    assert quote.saved_per_period_cents > 0
    saving = dialog.ui.saving_label.text()
    assert f"Removing 2 seats lowers your bill by {format_money(quote.saved_per_period_cents, 'EUR')}" in saving
    assert shown(dialog.ui.confirm_remove_button.text()) == "Remove 2 seats"
    assert quote.per_period_now_cents - quote.per_period_after_cents == quote.saved_per_period_cents
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    assert "Removing 1 seat lowers your bill by" in dialog.ui.saving_label.text()


def test_one_removable_seat_reads_as_one_not_from_1_to_1(dialogs, qtbot):
    account = make_account(st.SEAT_BASED)
    seats_service.buy_seats(account.id, account.acting_user_id, st.CORE, 1)
    dialog = open_remove(account)
    assert "You can remove one unassigned seat." in dialog.ui.hint_label.text()
    assert "from 1 to 1" not in dialog.ui.hint_label.text()
    qtbot.mouseClick(dialog.ui.confirm_remove_button, Qt.MouseButton.LeftButton)
    assert dialog.ui.done_summary_label.text().count("Core Seat: 1 seat will be removed on") == 1
    assert SeatRemoval.get().quantity == 1


def test_french_removal_sentences_are_whole(dialogs, qtbot):
    account = make_account(st.SEAT_BASED)
    seats_service.buy_seats(account.id, account.acting_user_id, st.CORE, 2)
    i18n.set_language("fr")
    dialog = open_remove(account)
    assert shown(dialog.ui.subscription_label.text()) == "Abonnement\u00a0: Marketing Hub Professional"
    qtbot.mouseClick(dialog.ui.confirm_remove_button, Qt.MouseButton.LeftButton)
    assert "Licence principale\u00a0: 1 licence sera supprimée le" in dialog.ui.done_summary_label.text()


def visible_texts(dialog):
    from PySide6.QtWidgets import QLabel

    return [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]


def test_the_confirmation_is_a_summary_sized_to_its_content(dialogs, qtbot):
    account = make_account(st.SEAT_BASED)
    seats_service.buy_seats(account.id, account.acting_user_id, st.CORE, 3)
    dialog = open_remove(account)
    qtbot.waitExposed(dialog)
    choose_height = dialog.height()
    qtbot.mouseClick(dialog.ui.confirm_remove_button, Qt.MouseButton.LeftButton)
    assert dialog.ui.done_summary_label.text().startswith("<b>Summary</b>")
    assert "Review your seat change" not in dialog.ui.done_summary_label.text()
    assert dialog.height() < choose_height * 0.7  # no blank half dialog under the summary
    done = " ".join(visible_texts(dialog))
    assert "downgrade" not in done and "cancelled paid seats" not in done


def test_the_removal_rule_is_said_once_and_the_box_figures_line_up(dialogs, qtbot):
    account = make_account(st.SEAT_BASED)
    seats_service.buy_seats(account.id, account.acting_user_id, st.CORE, 3)
    dialog = open_remove(account)
    qtbot.waitExposed(dialog)
    phrase = "at the start of your next subscription term"
    assert sum(text.count(phrase) for text in visible_texts(dialog)) == 1
    left, right = dialog.ui.current_subscription_value, dialog.ui.auto_renewal_value
    assert left.mapTo(dialog, left.rect().topLeft()).y() == right.mapTo(dialog, right.rect().topLeft()).y()


def test_scheduled_removal_and_totals_in_german_french_dutch(dialogs, qtbot):
    account = make_account(st.SEAT_BASED)
    seats_service.buy_seats(account.id, account.acting_user_id, st.CORE, 5)
    seats_service.schedule_removal(account.id, account.acting_user_id, st.CORE, 1)
    expected = {
        "de": ("Die Entfernung von 1 Benutzerlizenz dieses Typs ist bereits für den", "Abonnement gesamt: "),
        "fr": ("La suppression de 1\u00a0licence de ce type est déjà prévue le", "Total de l'abonnement\u00a0: "),
        "nl": ("Er staat al 1 seat van dit type gepland voor verwijdering op", "Totaal voor het abonnement: "),
    }
    for language, (scheduled, total) in expected.items():
        i18n.set_language(language)
        dialog = open_remove(account)
        assert scheduled in dialog.ui.scheduled_label.text()
        assert total in dialog.ui.current_subscription_value.text()
