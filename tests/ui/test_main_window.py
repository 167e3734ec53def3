"""The main window driven as a person uses it, on a real database."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from seatdesk.db.models import Account, SeatRemoval
from seatdesk.services import seats as seats_service
from tests.conftest import answer_boxes

CONTRACT = {
    QComboBox: ("account_combo", "acting_user_combo", "language_combo"),
    QWidget: ("users_tab", "seats_tab", "billing_tab", "events_page"),
    QDateEdit: ("planning_date_edit",),
}
#: Names inside the pages: they exist once the page has been shown (SPEC §5).
PAGE_CONTRACT = {
    "users_tab": ((QTableView, "users_table"), (QLineEdit, "users_search_edit"), (QPushButton, "create_user_button")),
    "seats_tab": ((QTableView, "seats_table"), (QLineEdit, "seats_search_edit")),
    "billing_tab": ((QTableView, "subscriptions_table"),),
}


@pytest.fixture
def window(demo_window):
    return demo_window


def choose_account(window, name):
    window.account_combo.setCurrentIndex(window.account_combo.findText(name))
    return Account.get(Account.name == name)


def test_contract_names_are_reachable(window):
    for cls, names in CONTRACT.items():
        for name in names:
            assert window.findChild(cls, name) is not None, name
    for page_name, names in PAGE_CONTRACT.items():
        page = window.findChild(QWidget, page_name)
        window.ui.page_stack.setCurrentWidget(page)  # as a script does: the page fills itself
        if page_name == "billing_tab":
            page.show_tab(False)
        for cls, name in names:
            assert window.findChild(cls, name) is not None, name


def test_demo_shows_both_seat_models_and_a_scheduled_removal(window):
    account = choose_account(window, "Northwind Traders")
    assert window.show_page("seats_tab").findChild(QLabel, "seat_summary_core").text().endswith("seats assigned")
    assert window.page("users_tab").model.total_count() >= 30
    users = window.page("users_tab").model
    statuses = {users.row_at(i).status for i in range(users.rowCount())}
    assert statuses == {"invited", "active", "deactivated"}
    assert "to be removed on" in window.show_page("seats_tab").findChild(QLabel, "seat_detail_core").text()
    assert account.seat_model == "seat_based"
    choose_account(window, "Contoso Legacy")
    assert window.show_page("seats_tab").findChild(QLabel, "seat_summary_sales_professional") is not None
    assert window.show_page("seats_tab").findChild(QLabel, "seat_summary_core") is None
    assert "paid seats" in window.page("seats_tab").ui.paid_seats_label.text()


def test_search_filters_users_as_you_type(window, qtbot):
    choose_account(window, "Northwind Traders")
    total = window.page("users_tab").model.rowCount()
    qtbot.keyClicks(window.page("users_tab").search_edit, "admin@north")
    qtbot.waitUntil(lambda: window.page("users_tab").model.rowCount() == 1)
    assert window.page("users_tab").model.row_at(0).email == "admin@northwind.example"
    window.page("users_tab").search_edit.clear()
    qtbot.waitUntil(lambda: window.page("users_tab").model.rowCount() == total)


def test_seat_and_status_filters(window, qtbot):
    choose_account(window, "Northwind Traders")
    window.show_page("seats_tab")
    combo = window.findChild(QComboBox, "seat_filter_combo")
    combo.setCurrentIndex(combo.findData("sales"))
    rows = window.page("seats_tab").model.visible_rows()
    assert rows and all("sales" in r.seat_types for r in rows)
    status = window.findChild(QComboBox, "status_filter_combo")
    status.setCurrentIndex(status.findData("deactivated"))
    assert all(r.status == "deactivated" and "sales" in r.seat_types for r in window.page("seats_tab").model.visible_rows())


def test_sorting_by_last_active_date(window):
    choose_account(window, "Northwind Traders")
    window.page("users_tab").table.sortByColumn(6, Qt.SortOrder.DescendingOrder)
    dates = [r.last_active or dt.date.min for r in window.page("users_tab").model.visible_rows()]
    assert dates == sorted(dates, reverse=True)


def navigation_texts(window) -> list[str]:
    tree = window.ui.navigation
    items = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        items += [top.text(0)] + [top.child(j).text(0) for j in range(top.childCount())]
    return items


def test_language_switch_is_live_and_keeps_state(window, qtbot):
    choose_account(window, "Northwind Traders")
    seats = window.show_page("seats_tab")
    qtbot.keyClicks(seats.search_edit, "north")
    window.language_combo.setCurrentIndex(window.language_combo.findData("de"))
    assert "Benutzerlizenzen" in navigation_texts(window)
    assert "Account & Abrechnung" in navigation_texts(window)
    assert seats.model.headerData(2, Qt.Orientation.Horizontal) == "Benutzerlizenz"
    assert "Benutzerlizenzen zugewiesen" in seats.findChild(QLabel, "seat_summary_core").text()
    assert seats.search_edit.text() == "north"
    assert window.current_page() is seats
    window.language_combo.setCurrentIndex(window.language_combo.findData("fr"))
    assert "Utilisateurs et équipes" in navigation_texts(window)
    subscriptions = window.show_page("billing_tab", "subscriptions").subscriptions.model
    assert "€" in subscriptions.text(0, 5) and "," in subscriptions.text(0, 5)


def test_moving_the_planning_date_past_renewal_applies_removals(window, qtbot):
    account = choose_account(window, "Northwind Traders")
    removal = SeatRemoval.get(SeatRemoval.state == "scheduled")
    before = seats_service.seat_summary(account.id, "core")
    seen = []
    answer_boxes(window, seen=seen)
    window.planning_date_edit.setDate(QDate(removal.effective_date))
    window.planning_date_edit.editingFinished.emit()
    after = seats_service.seat_summary(account.id, "core")
    assert "can't be undone" in seen[0]
    assert "Marketing Hub renewed" in " ".join(seen[1:])
    assert after.additional == before.additional - removal.quantity
    assert SeatRemoval.get_by_id(removal.id).state == "applied"
    assert window.account_bar.planning_note.isVisible()
    assert "to be removed" not in window.show_page("seats_tab").findChild(QLabel, "seat_detail_core").text()
    events = window.show_page("events_page").model
    assert any("removed at the renewal" in events.text(r, 2) for r in range(events.rowCount()))


def test_declining_the_renewal_question_changes_nothing(window, qtbot):
    choose_account(window, "Northwind Traders")
    removal = SeatRemoval.get(SeatRemoval.state == "scheduled")
    seen = []
    answer_boxes(window, "no", seen=seen)
    window.planning_date_edit.setDate(QDate(removal.effective_date))
    window.planning_date_edit.editingFinished.emit()
    # Every demo subscription renews then; only the one whose seats change is named.
    assert "passes 4 renewal dates" in seen[0]
    assert "take effect for Marketing Hub." in seen[0] and "Sales Hub" not in seen[0]
    assert SeatRemoval.get_by_id(removal.id).state == "scheduled"
    assert window.planning_date_edit.date().toPython() == dt.date.today()


def test_table_models_pass_the_model_tester(window, qtmodeltester):
    choose_account(window, "Northwind Traders")
    for model in (window.page("users_tab").model, window.show_page("seats_tab").model,
                  window.show_page("billing_tab", "subscriptions").subscriptions.model,
                  window.show_page("events_page").model):
        qtmodeltester.check(model)


def test_dates_follow_the_language_in_open_widgets(window):
    window.language_combo.setCurrentIndex(window.language_combo.findData("de"))
    text = window.planning_date_edit.text()
    assert "." in text and "/" not in text


def test_sorting_keeps_the_reference_count_of_true(window):
    """PySide6 6.12 drops a reference to True on every emit from Python; Python 3.11 then aborts at exit."""
    import sys

    before = sys.getrefcount(True)
    for column in range(3):
        window.page("users_tab").table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert sys.getrefcount(True) >= before
