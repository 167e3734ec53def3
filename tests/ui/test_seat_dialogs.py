"""The seat billing dialogs (F5-F9) driven as a person uses them, on a real database."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from seatdesk.app import create_main_window
from seatdesk.db.models import Event, SeatPurchase, SeatRemoval, User
from seatdesk.domain import seats as st
from seatdesk.domain.permissions import ADD_EDIT_USERS
from seatdesk.i18n import format_money
from seatdesk.services import queries
from seatdesk.services import seats as seats_service
from seatdesk.services import users as users_service
from seatdesk.ui.change_seat_dialog import ChangeSeatDialog
from seatdesk.ui.paid_users_dialog import ManagePaidUsersDialog
from seatdesk.ui.purchase_dialog import PurchaseSeatsDialog
from seatdesk.ui.remove_dialog import RemoveSeatsDialog
from tests.conftest import answer_boxes, dispose, make_account
from tests.ui.dialog_helpers import shown


@contextlib.contextmanager
def open_window(db_path, language="en"):
    """The main window on ``db_path`` in ``language``, disposed of before the database closes."""
    win = create_main_window(db_path, language)
    win.show()
    try:
        yield win
    finally:
        dispose(win)


#: Where the window's buttons live: a page's controls exist once the page has been shown (SPEC §5).
PAGE_OF_BUTTON = {"add_seats_button_": "seats_tab", "remove_unassigned_button_": "seats_tab",
                  "legacy_remove_button": "seats_tab", "change_seat_button": "seats_tab",
                  "create_user_button": "users_tab", "outbox_button": "users_tab",
                  "cancel_removal_button": "billing_tab", "committed_remove_button_": "billing_tab"}


def button(win, name) -> QPushButton:
    """The button ``name`` of the main window, its page shown first (or of a dialog)."""
    page = next((p for prefix, p in PAGE_OF_BUTTON.items() if name.startswith(prefix)), None)
    if page == "billing_tab":  # legacy accounts remove in Overview, seat-based ones in Subscriptions
        win.show_billing(win.context.legacy())
    elif page is not None and hasattr(win, "show_page"):
        win.show_page(page)
    found = win.findChild(QPushButton, name)
    assert found is not None, name
    return found


def dialog_of(win, cls):
    dialog = win.findChild(cls)
    assert dialog is not None and dialog.isVisible()
    return dialog


def add_user(account, email, seat_types=(), **kw):
    return users_service.create_user(account.id, account.acting_user_id, email, seat_types=seat_types,
                                     status="active", **kw).result


# -- Add seats (F6) ----------------------------------------------------------------------------

def test_add_seats_with_the_arrows_then_checkout_then_complete(seat_window, qtbot):
    win, account = seat_window
    button(win, "add_seats_button_core").click()
    dialog = dialog_of(win, PurchaseSeatsDialog)
    spin = dialog.ui.seat_count_spin
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert spin.value() == 3
    qtbot.mouseClick(dialog.ui.continue_button, Qt.MouseButton.LeftButton)
    quote = seats_service.quote_purchase(account.id, st.CORE, 3)
    cost_now = dialog.findChild(QLabel, "cost_now_label").text()
    assert format_money(quote.cost_now_cents, "EUR") in cost_now
    assert f"{quote.days_left} of {quote.days_in_term} days" in cost_now
    assert format_money(quote.cost_per_period_cents, "EUR") in dialog.findChild(QLabel, "cost_renewal_label").text()
    qtbot.mouseClick(dialog.ui.save_continue_button, Qt.MouseButton.LeftButton)
    assert "You are buying 3 seats" in dialog.ui.complete_summary_label.text()
    qtbot.mouseClick(dialog.ui.complete_purchase_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    purchase = SeatPurchase.get(SeatPurchase.kind == "additional")
    assert (purchase.quantity, purchase.cost_now_cents) == (3, quote.cost_now_cents)
    assert win.show_page("seats_tab").findChild(QLabel, "seat_summary_core").text() == "1 of 9 seats assigned"
    marketing = next(f for f in queries.subscription_figures(account.id) if f.hub == "marketing")
    assert win.show_page("billing_tab", "subscriptions").subscriptions.model.text(0, 3).endswith("Core Seat: 3")
    assert marketing.additional == {st.CORE: 3}
    assert Event.select().where(Event.kind == "seats_bought").count() == 1


def test_back_and_cancel_buy_nothing(seat_window, qtbot):
    win, _account = seat_window
    button(win, "add_seats_button_sales").click()
    dialog = dialog_of(win, PurchaseSeatsDialog)
    dialog.ui.continue_button.click()
    dialog.ui.back_button.click()
    assert dialog.ui.continue_button.isVisible() and not dialog.ui.back_button.isVisible()
    dialog.ui.cancel_button.click()
    assert SeatPurchase.select().where(SeatPurchase.kind == "additional").count() == 0


def test_purchase_dialog_speaks_french(db_path, qtbot):
    make_account(st.SEAT_BASED)
    with open_window(db_path, "fr") as win:
        assert shown(button(win, "add_seats_button_core").text()) == "Ajouter des licences"
        button(win, "add_seats_button_core").click()
        dialog = dialog_of(win, PurchaseSeatsDialog)
        assert dialog.windowTitle() == "Achat de licences"
        assert shown(dialog.ui.save_continue_button.text()) == "Enregistrer et continuer"
        assert "\u00a0€" in dialog.findChild(QLabel, "cost_now_label").text()
        assert shown(dialog.ui.cancel_button.text()) == "Annuler"
        dialog.reject()


# -- Remove unassigned seats (F7) -----------------------------------------------------------------

def test_remove_unassigned_seats_then_cancel_the_removal(seat_window, qtbot):
    win, account = seat_window
    admin = account.acting_user_id
    seats_service.buy_seats(account.id, admin, st.CORE, 4)
    win.refresh_all()
    bill = next(f for f in queries.subscription_figures(account.id) if f.hub == "marketing").cost_this_term_cents
    button(win, "remove_unassigned_button_core").click()
    assert win.current_page() is win.page("billing_tab")
    dialog = dialog_of(win, RemoveSeatsDialog)
    spin = dialog.findChild(type(dialog.ui.remove_count_spin), "remove_count_spin")
    assert (spin.minimum(), spin.maximum()) == (1, 4)
    assert "You can remove from 1 to 4 unassigned seats." in dialog.ui.hint_label.text()
    for _ in range(5):  # the arrows stop at the removable count
        qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert spin.value() == 4
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    assert "10 seats" in dialog.findChild(QLabel, "current_subscription_value").text()
    assert "7 seats from" in dialog.findChild(QLabel, "auto_renewal_value").text()
    confirm = dialog.findChild(QPushButton, "confirm_remove_button")
    assert shown(confirm.text()) == "Remove 3 seats"
    qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    back = dialog.findChild(QPushButton, "back_to_billing_button")
    assert back.isVisible() and shown(back.text()) == "Back to Account && Billing"
    assert "Core Seat: 3 seats will be removed" in dialog.ui.done_summary_label.text()
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert win.page("billing_tab").current_tab() is win.page("billing_tab").subscriptions
    removal = SeatRemoval.get()
    assert (removal.quantity, removal.state) == (3, "scheduled")
    after = next(f for f in queries.subscription_figures(account.id) if f.hub == "marketing")
    assert after.cost_this_term_cents == bill
    cancel = button(win, "cancel_removal_button")
    assert shown(cancel.text()) == "Cancel this removal"
    seen = []
    answer_boxes(win, seen=seen)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert SeatRemoval.get().state == "cancelled"
    assert seen and "Cancel the removal" in seen[0]
    assert win.findChild(QPushButton, "cancel_removal_button") is None


def test_keeping_the_removal_changes_nothing(seat_window, qtbot):
    win, account = seat_window
    seats_service.buy_seats(account.id, account.acting_user_id, st.CORE, 1)
    seats_service.schedule_removal(account.id, account.acting_user_id, st.CORE, 1)
    win.refresh_all()
    answer_boxes(win, "no")
    button(win, "cancel_removal_button").click()
    assert SeatRemoval.get().state == "scheduled"


def test_assigned_seats_cannot_be_removed_the_window_says_why(seat_window, qtbot):
    win, account = seat_window
    remove = button(win, "remove_unassigned_button_core")  # a button that could only refuse
    assert not remove.isEnabled()
    assert "Seats assigned to users can't be removed" in remove.toolTip()
    seats_service.buy_seats(account.id, account.acting_user_id, st.CORE, 1)
    win.refresh_all()
    assert button(win, "remove_unassigned_button_core").isEnabled()


def test_remove_dialog_plural_forms_in_german(db_path, qtbot):
    account = make_account(st.SEAT_BASED)
    seats_service.buy_seats(account.id, account.acting_user_id, st.CORE, 2)
    with open_window(db_path, "de") as win:
        button(win, "remove_unassigned_button_core").click()
        dialog = dialog_of(win, RemoveSeatsDialog)
        assert shown(dialog.ui.confirm_remove_button.text()) == "1 Benutzerlizenz entfernen"
        dialog.ui.remove_count_spin.setValue(2)
        assert shown(dialog.ui.confirm_remove_button.text()) == "2 Benutzerlizenzen entfernen"
        assert dialog.ui.auto_box.title() == "Automatische Verlängerung"
        dialog.reject()


# -- Rules seen from the window -----------------------------------------------------------------

def test_buttons_are_greyed_with_the_reason_for_an_actor_without_the_permission(seat_window, qtbot):
    win, account = seat_window
    clerk = add_user(account, "clerk@example.com", (st.CORE,), permissions=[ADD_EDIT_USERS])
    win.refresh_all()
    win.acting_user_combo.setCurrentIndex(win.acting_user_combo.findData(clerk.id))
    add = button(win, "add_seats_button_core")
    assert not add.isEnabled()
    assert add.toolTip() == "You need Modify billing permissions to add or remove paid seats."
    assert not button(win, "change_seat_button").isEnabled()
    assert "Add and edit users and Modify billing" in button(win, "change_seat_button").toolTip()
    win.acting_user_combo.setCurrentIndex(win.acting_user_combo.findData(account.acting_user_id))
    assert add.isEnabled() and add.toolTip() == ""


def test_assigning_a_seat_a_removal_needs_cancels_it_and_the_window_says_so(seat_window, qtbot):
    win, account = seat_window
    admin = account.acting_user_id
    seats_service.buy_seats(account.id, admin, st.CORE, 1)
    for i in range(5):
        add_user(account, f"u{i}@example.com", (st.CORE,))
    seats_service.schedule_removal(account.id, admin, st.CORE, 1)
    viewer = add_user(account, "viewer@example.com", (st.VIEW_ONLY,))
    win.refresh_all()
    win.flows.open_change_seat(viewer.id)
    dialog = dialog_of(win, ChangeSeatDialog)
    combo = dialog.findChild(type(dialog.ui.seat_combo), "seat_combo")
    combo.setCurrentIndex(next(i for i in range(combo.count()) if combo.itemData(i)[0] == st.CORE))
    assert combo.currentText() == "Core Seat (1 paid seat available)"
    seen = []
    answer_boxes(win, seen=seen)
    qtbot.mouseClick(dialog.findChild(QPushButton, "save_button"), Qt.MouseButton.LeftButton)
    assert SeatRemoval.get().state == "cancelled"
    assert "cancelled the removal of 1 seat" in seen[0]
    assert "1 to be removed" not in win.show_page("seats_tab").findChild(QLabel, "seat_detail_core").text()


# -- Legacy accounts (F8, F9, F4) ----------------------------------------------------------------

def test_legacy_change_seat_takes_the_seat_of_one_hub(legacy_window, qtbot):
    win, account = legacy_window
    rep = add_user(account, "rep@example.com", ("sales_professional", "service_starter"))
    win.refresh_all()
    win.show_page("seats_tab")
    row = next(i for i in range(win.page("seats_tab").model.rowCount()) if win.page("seats_tab").model.row_at(i).id == rep.id)
    win.page("seats_tab").table.selectRow(row)
    button(win, "change_seat_button").click()
    dialog = dialog_of(win, ChangeSeatDialog)
    assert dialog.ui.user_combo.currentData() == rep.id
    seat = dialog.ui.seat_combo
    seat.setCurrentIndex(seat.findText("No Sales Hub seat"))
    assert "keep paying" in dialog.ui.note_label.text()
    seen = []
    answer_boxes(win, seen=seen)
    dialog.ui.save_button.click()
    assert seats_service.seats_of(User.get_by_id(rep.id)) == ["service_starter"]
    assert "keep paying" in seen[0]


def test_legacy_seat_of_a_deactivated_user_is_refused_with_the_way_out(legacy_window, qtbot):
    win, account = legacy_window
    rep = add_user(account, "rep@example.com", ("sales_professional",))
    users_service.deactivate_user(account.id, account.acting_user_id, rep.id)
    win.refresh_all()
    win.flows.open_change_seat(rep.id)
    dialog = dialog_of(win, ChangeSeatDialog)
    dialog.ui.seat_combo.setCurrentIndex(dialog.ui.seat_combo.findText("No Sales Hub seat"))
    seen = []
    answer_boxes(win, seen=seen)
    dialog.ui.save_button.click()
    assert "reactivate, unassign the seat, then deactivate again" in seen[0]
    assert dialog.isVisible()
    assert seats_service.seats_of(User.get_by_id(rep.id)) == ["sales_professional"]
    dialog.reject()


def test_manage_paid_users_counter_and_refusal(legacy_window, qtbot):
    win, account = legacy_window
    pro = seats_service.seat_summary(account.id, "sales_professional")
    users = [add_user(account, f"u{i}@example.com") for i in range(pro.available + 1)]
    win.refresh_all()
    win.page("users_tab").manage_paid_users_action.trigger()
    dialog = dialog_of(win, ManagePaidUsersDialog)
    table = dialog.findChild(type(dialog.ui.paid_users_table), "paid_users_table")
    column = 2 + dialog.seat_types.index("sales_professional")
    rows = {dialog._rows[r].id: r for r in range(table.rowCount())}
    for user in users:
        table.item(rows[user.id], column).setCheckState(Qt.CheckState.Checked)
    counter = dialog.findChild(QLabel, "seats_counter_label")
    assert f"Sales Professional: {pro.total + 1} of {pro.total} seats assigned" in counter.text()
    seen = []
    answer_boxes(win, seen=seen)
    dialog.findChild(QPushButton, "save_button").click()
    assert f"{pro.total + 1} needed, but only {pro.total} seats are bought" in seen[0]
    assert dialog.isVisible()
    table.item(rows[users[0].id], column).setCheckState(Qt.CheckState.Unchecked)
    # One seat per hub: ticking Service Starter is fine beside Sales Professional.
    dialog.findChild(QPushButton, "save_button").click()
    assert not dialog.isVisible()
    assert seats_service.seat_summary(account.id, "sales_professional").assigned == pro.total
    assert win.show_page("seats_tab").findChild(QLabel, "seat_summary_sales_professional").text() == \
        f"{pro.total} of {pro.total} seats assigned"


def test_legacy_remove_additional_seats_from_products_and_add_ons(legacy_window, qtbot):
    win, account = legacy_window
    seats_service.buy_seats(account.id, account.acting_user_id, "sales_professional", 2)
    win.refresh_all()
    assert not button(win, "legacy_remove_button").isHidden()
    button(win, "legacy_remove_button").click()
    assert win.page("billing_tab").current_tab() is win.page("billing_tab").overview
    button(win, "committed_remove_button_sales_professional").click()
    dialog = dialog_of(win, RemoveSeatsDialog)
    assert dialog.ui.auto_box.title() == "After update"
    assert shown(dialog.ui.confirm_remove_button.text()) == "Remove 1 additional seat"
    dialog.ui.remove_count_spin.setValue(2)
    dialog.ui.confirm_remove_button.click()
    assert shown(dialog.ui.done_title_label.text()) == "<b>Your change has been confirmed.</b>"
    assert shown(dialog.ui.back_to_billing_button.text()) == "Close"
    dialog.ui.back_to_billing_button.click()
    assert SeatRemoval.get().quantity == 2
    assert shown(button(win, "cancel_removal_button").text()) == "Cancel removal request"
    QApplication.processEvents()


def test_legacy_checkout_when_no_seat_is_left(legacy_window, qtbot):
    win, account = legacy_window
    pro = seats_service.seat_summary(account.id, "sales_professional")
    for i in range(pro.available):
        add_user(account, f"u{i}@example.com", ("sales_professional",))
    newcomer = add_user(account, "new@example.com")
    win.refresh_all()
    win.flows.open_change_seat(newcomer.id)
    dialog = dialog_of(win, ChangeSeatDialog)
    seat = dialog.ui.seat_combo
    seat.setCurrentIndex(next(i for i in range(seat.count()) if seat.itemData(i)[0] == "sales_professional"))
    assert seat.currentText() == "Sales Professional (0 paid seats available)"
    assert dialog.ui.checkout_button.isVisible()
    assert not dialog.ui.save_button.isEnabled()  # Save could only refuse: greyed, with the reason
    assert dialog.ui.save_button.toolTip().startswith("No seat of this type is left.")
    dialog.ui.checkout_button.click()
    purchase = dialog.findChild(PurchaseSeatsDialog)
    purchase.ui.continue_button.click()
    purchase.ui.save_continue_button.click()
    purchase.ui.complete_purchase_button.click()
    assert seat.currentText() == "Sales Professional (1 paid seat available)"
    assert not dialog.ui.checkout_button.isVisible()
    assert dialog.ui.save_button.isEnabled() and dialog.ui.save_button.toolTip() == ""
    dialog.ui.save_button.click()
    assert seats_service.seats_of(User.get_by_id(newcomer.id)) == ["sales_professional"]
    assert win.show_page("seats_tab").findChild(QLabel, "seat_summary_sales_professional").text() == \
        f"{pro.total + 1} of {pro.total + 1} seats assigned"


def test_manage_paid_users_counts_follow_the_boxes_both_ways(legacy_window, qtbot):
    win, account = legacy_window
    user = add_user(account, "tiers@example.com")
    win.refresh_all()
    win.page("users_tab").manage_paid_users_action.trigger()
    dialog = dialog_of(win, ManagePaidUsersDialog)
    table = dialog.ui.paid_users_table
    row = next(r for r in range(table.rowCount()) if dialog._rows[r].id == user.id)
    counter = dialog.findChild(QLabel, "seats_counter_label")
    before = counter.text()
    pro = seats_service.seat_summary(account.id, "sales_professional")
    column = 2 + dialog.seat_types.index("sales_professional")
    table.item(row, column).setCheckState(Qt.CheckState.Checked)
    assert f"Sales Professional: {pro.assigned + 1} of {pro.total} seats assigned" in counter.text()
    assert dialog.wanted() == {user.id: {"sales_professional"}}
    table.item(row, column).setCheckState(Qt.CheckState.Unchecked)
    assert counter.text() == before and dialog.wanted() == {}
    dialog.reject()
