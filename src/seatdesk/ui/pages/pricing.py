"""Account & Billing › Pricing & Features (F10, R24): each hub's tiers, Buy now / Talk to Sales, Build a bundle.

Products: the hubs on the left (as the CRM's left tabs); each hub shows its tiers with the price per
month and per billing period, the seats each includes and the price per additional seat, the tier
the account has marked, a change scheduled for the renewal (cancellable), and a tier to buy.
Build a bundle: a checkbox and a tier per hub, a running total, one checkout.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QListWidgetItem,
)

from seatdesk.domain import seats as st
from seatdesk.domain.permissions import MODIFY_BILLING
from seatdesk.i18n import (
    _,
    format_money,
    format_number,
    label_value,
    ngettext,
)
from seatdesk.services.common import NEED_BILLING_FOR_SUBSCRIPTIONS
from seatdesk.ui import labels
from seatdesk.ui.dialogs import subscription_name
from seatdesk.ui.pages.base import AccountContext, Page, set_allowed
from seatdesk.ui.pages.pricing_hub import BUNDLE_EMPTY, HubPanel, named, refill_tiers


class PricingPage(Page):
    """Pricing & Features; every change goes through the checkout dialog (services.subscriptions)."""

    def __init__(self, context: AccountContext, parent=None):
        super().__init__(context, "pricing_page", parent)
        self.pricing: list = []

    def title(self) -> str:
        return _("Pricing & Features")

    def build(self) -> None:
        from seatdesk.ui.forms.ui_pricing_page import Ui_PricingPage

        self.ui = Ui_PricingPage()
        self.ui.setupUi(self)
        self.panels = {hub: HubPanel(self, hub) for hub in st.HUBS}
        for panel in self.panels.values():
            self.ui.hub_stack.addWidget(panel)
            self.ui.hub_list.addItem(QListWidgetItem())
        self.ui.hub_list.currentRowChanged.connect(self.ui.hub_stack.setCurrentIndex)
        self.ui.hub_list.setCurrentRow(0)
        grid = self.ui.bundle_grid
        self.bundle_checks: dict[str, QCheckBox] = {}
        self.bundle_combos: dict[str, QComboBox] = {}
        self.bundle_prices: dict[str, QLabel] = {}
        self.bundle_current: dict[str, QLabel] = {}
        for row, hub in enumerate(st.HUBS):
            check = QCheckBox(objectName=f"bundle_check_{named(hub)}")
            combo = QComboBox(objectName=f"bundle_tier_combo_{named(hub)}")
            price = QLabel(objectName=f"bundle_price_label_{named(hub)}")
            now = QLabel(objectName=f"bundle_current_label_{named(hub)}")
            now.setStyleSheet("color: palette(placeholder-text);")
            check.toggled.connect(lambda _on: self._show_total())
            combo.currentIndexChanged.connect(lambda _i, h=hub: self._bundle_tier_chosen(h, tick=True))
            grid.addWidget(check, row, 0)
            grid.addWidget(combo, row, 1)
            grid.addWidget(price, row, 2)
            grid.addWidget(now, row, 3)
            self.bundle_checks[hub], self.bundle_combos[hub], self.bundle_prices[hub] = check, combo, price
            self.bundle_current[hub] = now
        grid.setColumnStretch(3, 1)
        grid.setHorizontalSpacing(16)
        self.ui.bundle_buy_now_button.clicked.connect(lambda: self.checkout(self.bundle(), self.bundle_add_ons()))
        self.ui.bundle_talk_button.clicked.connect(lambda: self.talk_to_sales(self.bundle(), self.bundle_add_ons()))
        self.add_on_checks: dict[str, tuple[QCheckBox, QLabel, bool]] = {}
        self.retranslate()

    # -- reading -----------------------------------------------------------------------------------
    def fill(self) -> None:
        from seatdesk.services.subscriptions import pricing

        self.pricing = pricing(self.context.account_id)
        self._show()

    def _show(self) -> None:
        currency = self.context.currency()
        for hub_pricing in self.pricing:
            self.panels[hub_pricing.hub].show_pricing(hub_pricing, currency)
            combo = self.bundle_combos[hub_pricing.hub]
            keep = combo.currentData()
            refill_tiers(combo, keep if keep and keep != hub_pricing.current else self.panels[hub_pricing.hub]._next_tier())
            self.bundle_current[hub_pricing.hub].setText(label_value(_("Your plan"), labels.tier_label(hub_pricing.current)))
            self._bundle_tier_chosen(hub_pricing.hub)
        self._show_bundle_add_ons()
        self._show_total()

    def bundle(self) -> dict[str, str]:
        """{hub: tier} of the ticked hubs of Build a bundle."""
        return {hub: self.bundle_combos[hub].currentData() for hub in st.HUBS if self.bundle_checks[hub].isChecked()}

    def bundle_add_ons(self) -> list[str]:
        """The add-ons ticked in Build a bundle that the account doesn't have yet."""
        return [key for key, (check, _price, owned) in self.add_on_checks.items() if check.isChecked() and not owned]

    def _show_bundle_add_ons(self) -> None:
        """A checkbox per add-on of the catalog under the hubs: its price, the tier it needs; owned ones ticked, greyed."""
        grid = self.ui.bundle_grid
        for check, price, _owned in self.add_on_checks.values():
            for widget in (check, price):
                grid.removeWidget(widget)
                widget.setParent(None)
                widget.deleteLater()
        kept = {key for key, (check, _p, owned) in self.add_on_checks.items() if check.isChecked() and not owned}
        self.add_on_checks = {}
        currency = self.context.currency()
        row = len(st.HUBS)
        for hub_pricing in self.pricing:
            for add_on in hub_pricing.add_ons:
                owned = add_on.owned_id is not None
                check = QCheckBox(_("Add-on: {name}").format(name=labels.add_on_label(add_on.key)),
                                  objectName=f"bundle_check_addon_{add_on.key}")
                check.setChecked(owned or add_on.key in kept)
                check.setEnabled(not owned)
                check.toggled.connect(lambda _on: self._show_total())
                needs = subscription_name(labels.hub_label(add_on.hub), labels.tier_label(add_on.min_tier))
                text = _("{amount} per month").format(amount=format_money(add_on.month_cents, currency))
                price = QLabel(_("{amount} per month (your plan)").format(
                    amount=format_money(add_on.month_cents, currency)) if owned
                    else "{} · {}".format(text, _("With {subscription} or higher").format(subscription=needs)))
                price.setWordWrap(True)
                grid.addWidget(check, row, 0, 1, 2)
                grid.addWidget(price, row, 2, 1, 2)
                self.add_on_checks[add_on.key] = (check, price, owned)
                row += 1

    def _hub_pricing(self, hub: str):
        return next((p for p in self.pricing if p.hub == hub), None)

    def _bundle_tier_chosen(self, hub: str, tick: bool = False) -> None:
        """Show the chosen tier's price; a tier other than the account's, chosen by the user, ticks the hub."""
        hub_pricing = self._hub_pricing(hub)
        if hub_pricing is None:
            return
        row = hub_pricing.row(self.bundle_combos[hub].currentData())
        currency = self.context.currency()
        text = _("{amount} per month").format(amount=format_money(row.month_cents, currency))
        if row.tier == hub_pricing.current:
            text = _("{amount} per month (your plan)").format(amount=format_money(row.month_cents, currency))
        self.bundle_prices[hub].setText(text)
        if tick and row.tier != hub_pricing.current and not self.bundle_checks[hub].isChecked():
            self.bundle_checks[hub].setChecked(True)
        self._show_total()

    def _show_total(self) -> None:
        if not self.pricing:
            return
        currency = self.context.currency()
        chosen = self.bundle()
        add_ons = self.bundle_add_ons()
        prices = {a.key: a.month_cents for p in self.pricing for a in p.add_ons}
        month = (sum(self._hub_pricing(hub).row(tier).month_cents for hub, tier in chosen.items())
                 + sum(prices[key] for key in add_ons))
        period, term = self.pricing[0].period_months, self.pricing[0].term_months
        self.ui.bundle_total_label.setText("<b>{}</b><br>{}".format(
            ngettext("Total of {n} product: {amount} per month", "Total of {n} products: {amount} per month",
                     len(chosen) + len(add_ons)).format(n=format_number(len(chosen) + len(add_ons)),
                                                        amount=format_money(month, currency)),
            _("{period_amount} per billing period ({period}) · {term_amount} for a term of {term}").format(
                period_amount=format_money(month * period, currency), period=labels.period_label(period),
                term_amount=format_money(month * term, currency), term=labels.months_label(term))))
        may = self.context.may(MODIFY_BILLING)
        changes = bool(add_ons) or any(tier != self._hub_pricing(hub).current for hub, tier in chosen.items())
        set_allowed(self.ui.bundle_buy_now_button, may and changes,
                    NEED_BILLING_FOR_SUBSCRIPTIONS if not may else BUNDLE_EMPTY)
        self.ui.bundle_talk_button.setEnabled(bool(chosen) or bool(add_ons))

    # -- acting ------------------------------------------------------------------------------------
    def checkout(self, wanted: dict[str, str], add_ons=()) -> None:
        self.context.flows.open_checkout(wanted, list(add_ons))

    def talk_to_sales(self, wanted: dict[str, str], add_ons=()) -> None:
        self.context.flows.open_sales_draft(wanted, list(add_ons))

    def apply_permissions(self) -> None:
        self._show()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        for row, hub in enumerate(st.HUBS):
            self.ui.hub_list.item(row).setText(labels.hub_label(hub))
            self.bundle_checks[hub].setText(labels.hub_label(hub))
        hubs = self.ui.hub_list
        hubs.setFixedWidth(hubs.sizeHintForColumn(0) + 2 * hubs.frameWidth() + 24)
        # The document's availability banner (001): this screen is there for every product and plan.
        self.ui.availability_label.setText("{} {}".format(
            _("Available with any of the following subscriptions, except where noted:"), _("All products and plans")))
        self.ui.pricing_note_label.setText(" ".join((
            _("Upgrading from HubSpot free tools to a Starter subscription removes your free seats. Buy the seats you need at checkout."),
            _("Not sure which or how many seats your users need? Contact your Customer Success team or Customer Success Manager."))))
        if self.pricing:
            self._show()

    def select_hub(self, hub: str) -> None:
        self.ui.pricing_tabs.setCurrentWidget(self.ui.products_tab)
        self.ui.hub_list.setCurrentRow(st.HUBS.index(hub))
