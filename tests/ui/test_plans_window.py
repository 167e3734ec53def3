"""Plans in the window (R27): made from the Account menu, listed under their account, a banner that can't be
missed, every page working in them, renamed, marked and deleted."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLabel

from seatdesk import i18n
from seatdesk.db.models import Account, Event, SeatPurchase, Subscription
from seatdesk.domain import seats as st
from seatdesk.ui.new_plan_dialog import NewPlanDialog
from tests.conftest import answer_boxes, make_account
from tests.ui.dialog_helpers import when_open
from tests.ui.test_seat_dialogs import open_window


def make_plan(win, qtbot, name="Go Enterprise", note="what if we grow"):
    def fill(dialog):
        qtbot.keyClicks(dialog.ui.plan_name_edit, name)
        dialog.ui.plan_note_edit.setPlainText(note)
        dialog.ui.create_plan_button.click()

    when_open(win, NewPlanDialog, fill)
    win.new_plan_action.trigger()
    return Account.get(Account.name == name)


def test_a_plan_is_made_shown_with_its_banner_and_changes_stay_in_it(seat_window, qtbot):
    win, account = seat_window
    banner = win.findChild(QLabel, "plan_banner")
    assert not banner.isVisible()
    plan = make_plan(win, qtbot)
    assert win.account_id == plan.id
    assert [win.account_combo.itemText(i) for i in range(win.account_combo.count())] == [
        "Test account", "    Plan: Go Enterprise"]
    assert banner.isVisible()
    assert banner.text() == "Plan: Go Enterprise of Test account · Draft. Nothing done here changes the account."
    from seatdesk.services import seats as seats_service

    seats_service.buy_seats(plan.id, plan.acting_user_id, st.CORE, 4)
    win.refresh_all()
    assert win.show_page("seats_tab").findChild(QLabel, "seat_summary_core").text() == "1 of 10 seats assigned"
    win.account_combo.setCurrentIndex(0)
    assert not banner.isVisible()
    assert win.show_page("seats_tab").findChild(QLabel, "seat_summary_core").text() == "1 of 6 seats assigned"
    subs = Subscription.select(Subscription.id).where(Subscription.account == account.id)
    assert not SeatPurchase.select().where(SeatPurchase.subscription.in_(subs), SeatPurchase.kind == "additional").exists()


def test_a_plan_is_renamed_marked_for_approval_and_deleted(seat_window, qtbot, monkeypatch):
    win, account = seat_window
    plan = make_plan(win, qtbot, "Trim")
    assert win.rename_plan_action.isVisible() and win.plan_state_actions["draft"].isChecked()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Trim seats", True))
    win.rename_plan_action.trigger()
    assert Account.get_by_id(plan.id).name == "Trim seats"
    win.plan_state_actions["for_approval"].trigger()
    assert Account.get_by_id(plan.id).plan_state == "for_approval"
    assert "For approval" in win.findChild(QLabel, "plan_banner").text()
    assert Event.select().where(Event.account == plan.id, Event.kind == "plan_state").exists()
    seen = []
    answer_boxes(win, seen=seen)
    win.delete_plan_action.trigger()
    assert "Delete the plan Trim seats" in seen[0]
    assert Account.get_or_none(Account.id == plan.id) is None
    assert win.account_id == account.id and not win.rename_plan_action.isVisible()


def test_the_banner_speaks_the_window_s_language(qtbot, db_path):
    make_account(st.SEAT_BASED)
    with open_window(db_path, "de") as win:
        make_plan(win, qtbot, "Wachstum")
        assert win.findChild(QLabel, "plan_banner").text().startswith("Plan: Wachstum von Test account · Entwurf.")
        win.language_combo.setCurrentIndex(win.language_combo.findData("fr"))
        assert win.account_combo.currentText() == "    Plan\u00a0: Wachstum"
    i18n.set_language("en")


def test_compare_a_plan_with_its_account_seats_subscriptions_and_month_by_month(seat_window):
    from PySide6.QtWidgets import QComboBox, QTableWidget

    from seatdesk.services import plans
    from seatdesk.services import seats as seats_service
    from seatdesk.services import subscriptions as subs_service

    win, account = seat_window
    page = win.show_page("plans_compare_page")
    assert "no plan yet" in page.ui.compare_totals_label.text()
    plan = plans.create_plan(account.id, account.acting_user_id, "Grow").result
    seats_service.buy_seats(plan.id, plan.acting_user_id, st.CORE, 4)
    subs_service.change_subscriptions(plan.id, plan.acting_user_id, {"sales": "enterprise"})
    win.reload_accounts(select=plan.id)
    page = win.show_page("plans_compare_page")
    combo = page.findChild(QComboBox, "compare_with_combo")
    assert combo.currentText() == "Test account"
    seats = page.findChild(QTableWidget, "seats_compare_table")
    core = next(r for r in range(seats.rowCount()) if seats.item(r, 0).text() == "Core Seat")
    assert (seats.item(core, 1).text(), seats.item(core, 2).text()) == ("12", "6")  # 3 + 5 included, 4 bought
    assert seats.item(core, 1).font().bold()  # a difference, highlighted
    subs = page.findChild(QTableWidget, "subscriptions_compare_table")
    sales = next(r for r in range(subs.rowCount()) if subs.item(r, 0).text() == "Sales Hub")
    assert (subs.item(sales, 1).text(), subs.item(sales, 2).text()) == ("Enterprise", "Professional")
    table = page.findChild(QTableWidget, "projection_table")
    assert table.rowCount() == 12
    assert table.item(0, 1).text() != table.item(0, 2).text()  # the plan's purchases today
    assert "bought pro rata" in table.item(0, 1).toolTip()
    from seatdesk.i18n import format_money
    from seatdesk.services.compare import side

    mine, theirs = side(plan.id, 12).projection, side(account.id, 12).projection
    assert table.horizontalHeaderItem(3).text() == "Difference\nPlan: Grow − Test account"
    assert table.item(0, 3).text() == format_money(mine[0].total_cents - theirs[0].total_cents, plan.currency)
    assert mine[0].total_cents > theirs[0].total_cents  # what the plan adds, positive
    # the chart: the two sides, what each has cost from the planning date month by month
    assert [name for name, _values in page.chart.series] == ["Plan: Grow", "Test account"]
    assert page.chart.series[0][1][-1] == sum(m.total_cents for m in mine)
    assert page.chart.series[1][1][-1] == sum(m.total_cents for m in theirs)
    months = page.findChild(QComboBox, "projection_months_combo")
    months.setCurrentIndex(months.findData(36))
    assert table.rowCount() == 36
