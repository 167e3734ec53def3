"""Pricing & Features driven as a person uses it: Buy now, Build a bundle, a downgrade, free to Starter, Talk to Sales."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel, QPushButton

from seatdesk import i18n
from seatdesk.db.models import SeatPurchase, Subscription, SubscriptionChange
from seatdesk.domain import seats as st
from seatdesk.domain.permissions import ADD_EDIT_USERS
from tests.conftest import answer_boxes, make_account
from tests.ui.test_seat_dialogs import add_user, open_window


def tier(account, hub):
    sub = Subscription.get_or_none(Subscription.account == account.id, Subscription.hub == hub)
    return sub.tier if sub else None


def choose(combo: QComboBox, tier_key: str) -> None:
    combo.setCurrentIndex(combo.findData(tier_key))


def checkout(win):
    dialog = win.flows.dialog
    assert dialog is not None and dialog.objectName() == "CheckoutDialog"
    return dialog


def table_text(table) -> list[str]:
    return [" | ".join(table.item(r, c).text() for c in range(table.columnCount())) for r in range(table.rowCount())]


def test_every_hub_with_its_tiers_and_the_account_s_plan_marked(seat_window):
    win, account = seat_window
    win.pricing_action.trigger()
    page = win.current_page()
    assert page.objectName() == "pricing_page"
    page.select_hub("sales")
    table = page.findChild(type(page.panels["sales"].table), "tier_table_sales")
    rows = table_text(table)
    assert rows[2].startswith("Professional (your plan) | €90.00 | €1,080.00")
    assert "1 × Sales Seat" in rows[2] and "Sales Seat: €90.00" in rows[2]
    assert page.findChild(QComboBox, "tier_combo_sales").currentData() == "enterprise"
    status = page.findChild(QLabel, "hub_status_label_service").text()
    assert status == "You use the HubSpot free tools of Service Hub."


def test_buy_now_raises_a_tier_at_once_after_the_checkout(seat_window):
    win, account = seat_window
    page = win.show_page("pricing_page")
    page.select_hub("sales")
    choose(page.findChild(QComboBox, "tier_combo_sales"), "enterprise")
    page.findChild(QPushButton, "buy_now_button_sales").click()
    dialog = checkout(win)
    assert table_text(dialog.ui.changes_table)[0].startswith(
        "Sales Hub Professional → Sales Hub Enterprise | 5 × Core Seat and 2 × Sales Seat | At once")
    assert "(€150.00 − €90.00) per month × 12 months ×" in dialog.ui.cost_now_label.text()
    assert not dialog.ui.term_group.isVisible()
    dialog.findChild(QPushButton, "checkout_complete_button").click()
    assert tier(account, "sales") == "enterprise"
    assert win.flows.dialog is None
    assert table_text(page.panels["sales"].table)[3].startswith("Enterprise (your plan)")


def test_a_downgrade_is_scheduled_then_cancelled_from_the_page(seat_window):
    win, account = seat_window
    page = win.show_page("pricing_page")
    choose(page.findChild(QComboBox, "tier_combo_sales"), "starter")
    page.findChild(QPushButton, "buy_now_button_sales").click()
    dialog = checkout(win)
    complete = dialog.findChild(QPushButton, "checkout_complete_button")
    assert complete.text().replace("&", "") == "Schedule the downgrade"
    assert "Billing changes at the start of the next subscription term." in dialog.ui.cost_period_label.text()
    complete.click()
    assert tier(account, "sales") == "professional"
    assert "Scheduled: Starter from" in page.findChild(QLabel, "hub_status_label_sales").text()
    cancel = page.findChild(QPushButton, "cancel_change_button_sales")
    assert not cancel.isHidden()
    seen = []
    answer_boxes(win, seen=seen)
    cancel.click()
    assert "Cancel the change of Sales Hub to Starter" in seen[0]
    assert SubscriptionChange.get().state == "cancelled"
    assert page.findChild(QPushButton, "cancel_change_button_sales").isHidden()


def test_a_downgrade_that_would_strand_users_is_refused_in_the_checkout(seat_window):
    win, account = seat_window
    from seatdesk.services import seats as seats_service

    user = add_user(account, "rep@example.com", ())
    seats_service.assign_seat(account.id, account.acting_user_id, user.id, st.SALES)
    page = win.show_page("pricing_page")
    choose(page.findChild(QComboBox, "tier_combo_sales"), "free")
    page.findChild(QPushButton, "buy_now_button_sales").click()
    dialog = checkout(win)
    assert not dialog.ui.checkout_complete_button.isEnabled()
    assert "Sales Seat: 1 user holds one, and only 0 would be left" in dialog.ui.refusal_label.text()
    dialog.reject()
    assert not SubscriptionChange.select().exists()


def test_build_a_bundle_totals_the_hubs_then_one_checkout(seat_window):
    win, account = seat_window
    page = win.show_page("pricing_page")
    page.ui.pricing_tabs.setCurrentWidget(page.findChild(type(page.ui.bundle_tab), "bundle_tab"))
    for hub in ("marketing", "sales", "service", "content", "operations"):  # the SPEC's names (content: CMS Hub)
        page.findChild(QCheckBox, f"bundle_check_{hub}").setChecked(False)
    page.findChild(QCheckBox, "bundle_check_service").setChecked(True)
    choose(page.findChild(QComboBox, "bundle_tier_combo_service"), "professional")
    choose(page.findChild(QComboBox, "bundle_tier_combo_content"), "professional")  # a tier chosen ticks the hub
    assert page.findChild(QCheckBox, "bundle_check_content").isChecked()
    total = page.findChild(QLabel, "bundle_total_label").text()
    assert "Total of 2 products: €490.00 per month" in total
    assert "€5,880.00 per billing period (Annually) · €5,880.00 for a term of 12 months" in total
    page.ui.bundle_buy_now_button.click()
    dialog = checkout(win)
    assert len(table_text(dialog.ui.changes_table)) == 2
    dialog.ui.checkout_complete_button.click()
    assert (tier(account, "service"), tier(account, "cms")) == ("professional", "professional")


def test_free_tools_to_starter_in_german_buys_the_seats_users_need(qtbot, db_path):
    account = make_account(st.SEAT_BASED, subscriptions=[("marketing", "free"), ("sales", "free")])
    add_user(account, "second@example.com", (st.CORE,))
    with open_window(db_path, "de") as win:
        page = win.show_page("pricing_page")
        choose(page.findChild(QComboBox, "tier_combo_marketing"), "starter")
        page.findChild(QPushButton, "buy_now_button_marketing").click()
        dialog = checkout(win)
        free = dialog.ui.free_tools_label.text()
        assert "Wenn Sie von den kostenlosen HubSpot-Tools auf ein Starter-Abonnement upgraden" in free
        assert dialog.ui.term_group.isVisible()
        choose(dialog.ui.period_combo, 1)  # billed monthly
        rows = table_text(dialog.ui.changes_table)
        assert len(rows) == 2 and rows[1].startswith("Zusätzliche Benutzerlizenzen: 1 × Core-Lizenz")
        dialog.ui.checkout_complete_button.click()
        marketing = Subscription.get(Subscription.account == account.id, Subscription.hub == "marketing")
        assert (marketing.tier, marketing.billing_period_months) == ("starter", 1)
        assert not SeatPurchase.select().where(SeatPurchase.kind == "free").exists()
    i18n.set_language("en")


def test_talk_to_sales_drafts_what_to_ask_to_copy_or_save(seat_window, tmp_path):
    win, account = seat_window
    page = win.show_page("pricing_page")
    choose(page.findChild(QComboBox, "tier_combo_sales"), "enterprise")
    page.findChild(QPushButton, "talk_to_sales_button_sales").click()
    dialog = win.flows.dialog
    assert dialog.objectName() == "SalesDraftDialog"
    text = dialog.ui.sales_draft_edit.toPlainText()
    assert "Subject: Our HubSpot subscription: Sales Hub Enterprise" in text
    assert "We have now: Marketing Hub Professional and Sales Hub Professional" in text
    assert "Account: Test account" in text and "Ada Admin" in text
    dialog.ui.copy_draft_button.click()
    assert QApplication.clipboard().text() == text
    path = tmp_path / "draft.txt"
    assert dialog.save(str(path))
    assert path.read_text(encoding="utf-8") == text
    seen = []
    answer_boxes(dialog, seen=seen)
    assert not dialog.save(str(tmp_path / "missing" / "draft.txt"))
    assert "can't be written" in seen[0]
    dialog.reject()


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_buy_now_is_greyed_with_the_reason_without_modify_billing(qtbot, db_path, language):
    account = make_account(st.SEAT_BASED)
    clerk = add_user(account, "clerk@example.com", (st.CORE,), permissions=[ADD_EDIT_USERS])
    with open_window(db_path, language) as win:
        win.acting_user_combo.setCurrentIndex(win.acting_user_combo.findData(clerk.id))
        page = win.show_page("pricing_page")
        buy = page.findChild(QPushButton, "buy_now_button_sales")
        assert not buy.isEnabled()
        assert buy.toolTip() == i18n._("You need Modify billing permissions to change subscriptions.")
        assert not page.ui.bundle_buy_now_button.isEnabled()
    i18n.set_language("en")


def test_add_ons_bought_from_the_hub_and_the_bundle_then_removed_at_the_renewal(seat_window):
    from seatdesk.db.models import AddOn

    win, account = seat_window
    page = win.show_page("pricing_page")
    page.select_hub("marketing")
    ip = page.findChild(QPushButton, "buy_add_on_button_dedicated_ip")
    assert not ip.isEnabled() and "Marketing Hub Enterprise" in ip.toolTip()  # needs a higher tier
    page.findChild(QPushButton, "buy_add_on_button_transactional_email").click()
    dialog = checkout(win)
    assert table_text(dialog.ui.changes_table)[0].startswith("Add-on: Transactional email | — | At once")
    dialog.ui.checkout_complete_button.click()
    assert AddOn.get().key == "transactional_email"
    seen = []
    answer_boxes(win, seen=seen)
    page.findChild(QPushButton, "remove_add_on_button_transactional_email").click()
    assert "Remove the Transactional email add-on at the renewal date?" in seen[0]
    assert AddOn.get().state == "removing"
    page.findChild(QPushButton, "cancel_add_on_removal_button_transactional_email").click()
    assert AddOn.get().state == "active"
    # the bundle: Enterprise and the add-on it needs in one checkout
    page.ui.pricing_tabs.setCurrentWidget(page.ui.bundle_tab)
    owned = page.findChild(QCheckBox, "bundle_check_addon_transactional_email")
    assert owned.isChecked() and not owned.isEnabled()
    choose(page.findChild(QComboBox, "bundle_tier_combo_marketing"), "enterprise")
    page.findChild(QCheckBox, "bundle_check_marketing").setChecked(True)
    page.findChild(QCheckBox, "bundle_check_addon_dedicated_ip").setChecked(True)
    assert "Total of 2 products: €4,100.00 per month" in page.ui.bundle_total_label.text()
    page.ui.bundle_buy_now_button.click()
    dialog = checkout(win)
    assert len(table_text(dialog.ui.changes_table)) == 2
    dialog.ui.checkout_complete_button.click()
    assert tier(account, "marketing") == "enterprise"
    assert {a.key for a in AddOn.select()} == {"transactional_email", "dedicated_ip"}
