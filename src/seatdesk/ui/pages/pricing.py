"""Account & Billing › Pricing & Features (F10, R24): each hub's tiers, Buy now / Talk to Sales, Build a bundle.

Products: the hubs on the left (as the CRM's left tabs); each hub shows its tiers with the price per
month and per billing period, the seats each includes and the price per additional seat, the tier
the account has marked, a change scheduled for the renewal (cancellable), and a tier to buy.
Build a bundle: a checkbox and a tier per hub, a running total, one checkout.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from seatdesk.domain import seats as st
from seatdesk.domain.permissions import MODIFY_BILLING
from seatdesk.i18n import (
    N_,
    _,
    format_date,
    format_list,
    format_money,
    format_number,
    label_value,
    ngettext,
)
from seatdesk.services.common import NEED_BILLING_FOR_SUBSCRIPTIONS
from seatdesk.services.seats import SALES_SERVICE_TIER_ONLY
from seatdesk.ui import labels
from seatdesk.ui.dialogs import subscription_name
from seatdesk.ui.pages.base import AccountContext, Page, set_allowed

TIER_COLUMNS = 5


def escape(text: str) -> str:
    """Text shown inside rich text, as typed (html.escape would import html.entities at start-up)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
SAME_TIER = N_("Choose a tier other than the one you have.")
BUNDLE_EMPTY = N_("Tick at least one product and choose a tier other than the one you have.")


def seats_text(seats: dict[str, int]) -> str:
    """"3 × Core Seat and 1 × Sales Seat", or a dash."""
    if not seats:
        return "—"
    return format_list([_("{n} × {seat}").format(n=format_number(n), seat=labels.seat_label(t))
                        for t, n in sorted(seats.items(), key=lambda item: st.SEAT_TYPE_ORDER.get(item[0], 99))])


def prices_text(prices: dict[str, int], currency: str) -> str:
    if not prices:
        return "—"
    return format_list([label_value(labels.seat_label(t), format_money(c, currency))
                        for t, c in sorted(prices.items(), key=lambda item: st.SEAT_TYPE_ORDER.get(item[0], 99))])


def refill_tiers(combo: QComboBox, keep: str | None) -> None:
    combo.blockSignals(True)
    combo.clear()
    for tier in st.TIERS:
        combo.addItem(labels.tier_label(tier), tier)
    index = combo.findData(keep) if keep else -1
    combo.setCurrentIndex(max(0, index))
    combo.blockSignals(False)


class HubPanel(QWidget):
    """One hub of the Products tab."""

    def __init__(self, page: PricingPage, hub: str):
        from seatdesk.ui.widgets.wrapping_header import WrappingHeader

        super().__init__()
        self.page, self.hub = page, hub
        self.pricing = None
        self.setObjectName(f"hub_panel_{hub}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        self.title = QLabel(objectName=f"hub_title_label_{hub}")
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.status = QLabel(objectName=f"hub_status_label_{hub}", wordWrap=True)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        self.cancel_button = QPushButton(objectName=f"cancel_change_button_{hub}")
        self.cancel_button.clicked.connect(self._cancel_change)
        status_row.addWidget(self.cancel_button)
        self.table = QTableWidget(len(st.TIERS), TIER_COLUMNS, objectName=f"tier_table_{hub}")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(self.table.focusPolicy().NoFocus)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setHorizontalHeader(WrappingHeader(self.table))  # every column in view, titles wrap
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.availability = QLabel(objectName=f"hub_availability_label_{hub}", wordWrap=True)
        buy_row = QHBoxLayout()
        self.tier_label = QLabel(objectName=f"tier_label_{hub}")
        self.tier_combo = QComboBox(objectName=f"tier_combo_{hub}")
        self.tier_label.setBuddy(self.tier_combo)
        self.buy_button = QPushButton(objectName=f"buy_now_button_{hub}")
        self.talk_button = QPushButton(objectName=f"talk_to_sales_button_{hub}")
        self.tier_combo.currentIndexChanged.connect(lambda _i: self._tier_chosen())
        self.buy_button.clicked.connect(lambda: page.checkout({hub: self.tier_combo.currentData()}))
        self.talk_button.clicked.connect(lambda: page.talk_to_sales({hub: self.tier_combo.currentData()}))
        for widget in (self.tier_label, self.tier_combo):
            buy_row.addWidget(widget)
        buy_row.addStretch(1)
        buttons_row = QHBoxLayout()  # on a line of their own: long in French and German
        for widget in (self.buy_button, self.talk_button):
            buttons_row.addWidget(widget)
        buttons_row.addStretch(1)
        layout.addWidget(self.title)
        layout.addLayout(status_row)
        layout.addWidget(self.table)
        layout.addWidget(self.availability)
        layout.addLayout(buy_row)
        layout.addLayout(buttons_row)
        self.add_ons_title = QLabel(objectName=f"add_ons_label_{hub}")
        self.add_ons_title.setStyleSheet("font-weight: 600;")
        self.add_ons_grid = QGridLayout()
        self.add_ons_grid.setColumnStretch(1, 1)
        self.add_ons_grid.setHorizontalSpacing(16)
        self._add_on_widgets: list[QWidget] = []
        layout.addWidget(self.add_ons_title)
        layout.addLayout(self.add_ons_grid)
        layout.addStretch(1)

    def _fit_table(self) -> None:
        from seatdesk.ui.widgets.wrapping_header import fit_table_height

        fit_table_height(self.table)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.pricing is not None and event.size().width() != event.oldSize().width():
            self._fit_table()

    def show_pricing(self, pricing, currency: str) -> None:
        self.pricing = pricing
        hub = labels.hub_label(self.hub)
        self.title.setText(hub)
        if pricing.current in st.PAID_TIERS:
            status = _("You have {subscription}.").format(
                subscription=subscription_name(hub, labels.tier_label(pricing.current)))
        else:
            status = _("You use the HubSpot free tools of {hub}.").format(hub=hub)
        scheduled = pricing.scheduled
        if scheduled is not None:
            status += " " + _("Scheduled: {tier} from {date} (downgrade at the renewal).").format(
                tier=labels.tier_label(scheduled.to_tier), date=format_date(scheduled.effective_date))
        self.status.setText(status)
        self.cancel_button.setVisible(scheduled is not None)
        self.cancel_button.setText(_("Cancel this change"))
        self.table.setHorizontalHeaderLabels([
            _("Tier"), _("Per month"),
            _("Per billing period ({period})").format(period=labels.period_label(pricing.period_months)),
            _("Included seats"), _("Price per additional seat per month")])
        for row, tier_row in enumerate(pricing.tiers):
            tier = labels.tier_label(tier_row.tier)
            if tier_row.tier == pricing.current:
                tier = _("{tier} (your plan)").format(tier=tier)
            cells = (tier, format_money(tier_row.month_cents, currency),
                     format_money(tier_row.period_cents, currency), seats_text(tier_row.included),
                     prices_text(tier_row.seat_prices, currency))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                font = item.font()
                font.setBold(tier_row.tier == pricing.current)
                item.setFont(font)
                self.table.setItem(row, column, item)
        self._fit_table()
        self.availability.setText(_(SALES_SERVICE_TIER_ONLY) if self.hub in st.LEGACY_HUBS
                                  and self.page.context.account().seat_model == st.SEAT_BASED else "")
        self.availability.setVisible(bool(self.availability.text()))
        self.tier_label.setText(_("Tier:"))
        keep = self.tier_combo.currentData()
        refill_tiers(self.tier_combo, keep if keep and keep != pricing.current else self._next_tier())
        self.buy_button.setText(_("Buy now"))
        self.talk_button.setText(_("Talk to Sales"))
        self._tier_chosen()
        self._show_add_ons(pricing, currency)

    def _show_add_ons(self, pricing, currency: str) -> None:
        """Each add-on of this hub: its price, the tier it needs, and Buy now, or Remove / Cancel this removal."""
        for widget in self._add_on_widgets:
            self.add_ons_grid.removeWidget(widget)
            widget.setParent(None)
            widget.deleteLater()
        self._add_on_widgets = []
        self.add_ons_title.setText(_("Add-ons"))
        self.add_ons_title.setVisible(bool(pricing.add_ons))
        may = self.page.context.may(MODIFY_BILLING)
        for row, add_on in enumerate(pricing.add_ons):
            needs = subscription_name(labels.hub_label(add_on.hub), labels.tier_label(add_on.min_tier))
            name = QLabel("<b>{}</b><br>{}".format(
                escape(labels.add_on_label(add_on.key)),
                _("{amount} per month").format(amount=format_money(add_on.month_cents, currency))))
            cells = [name]
            if add_on.owned_id is None:
                state = QLabel(_("With {subscription} or higher").format(subscription=needs))
                button = QPushButton(_("Buy now"), objectName=f"buy_add_on_button_{add_on.key}")
                button.clicked.connect(lambda _c=False, k=add_on.key: self.page.checkout({}, [k]))
                met = st.tier_rank(pricing.current) >= st.tier_rank(add_on.min_tier)
                set_allowed(button, may and met, NEED_BILLING_FOR_SUBSCRIPTIONS)
                if may and not met:
                    button.setToolTip(_("Needs {subscription} or higher: choose it in Build a bundle with the add-on.")
                                      .format(subscription=needs))
            elif add_on.removal_date is None:
                state = QLabel(_("In your plan"))
                button = QPushButton(_("Remove at the renewal…"), objectName=f"remove_add_on_button_{add_on.key}")
                button.clicked.connect(lambda _c=False, a=add_on: self.page.context.flows.remove_add_on(
                    a.owned_id, labels.add_on_label(a.key)))
                set_allowed(button, may, NEED_BILLING_FOR_SUBSCRIPTIONS)
            else:
                state = QLabel(_("Removal scheduled for {date}").format(date=format_date(add_on.removal_date)))
                button = QPushButton(_("Cancel this removal"), objectName=f"cancel_add_on_removal_button_{add_on.key}")
                button.clicked.connect(lambda _c=False, a=add_on: self.page.context.flows.cancel_add_on_removal(
                    a.owned_id, labels.add_on_label(a.key)))
                set_allowed(button, may, NEED_BILLING_FOR_SUBSCRIPTIONS)
            state.setWordWrap(True)
            for column, widget in enumerate([*cells, state, button]):
                self.add_ons_grid.addWidget(widget, row, column)
                self._add_on_widgets.append(widget)

    def _next_tier(self) -> str:
        rank = st.tier_rank(self.pricing.current)
        return st.TIERS[min(rank + 1, len(st.TIERS) - 1)]

    def _tier_chosen(self) -> None:
        if self.pricing is None:
            return
        same = self.tier_combo.currentData() == self.pricing.current
        may = self.page.context.may(MODIFY_BILLING)
        set_allowed(self.buy_button, may and not same,
                    NEED_BILLING_FOR_SUBSCRIPTIONS if not may else SAME_TIER)
        set_allowed(self.cancel_button, may, NEED_BILLING_FOR_SUBSCRIPTIONS)

    def _cancel_change(self) -> None:
        scheduled = self.pricing.scheduled if self.pricing else None
        if scheduled is not None:
            self.page.context.flows.cancel_tier_change(scheduled.id, labels.hub_label(scheduled.hub),
                                                       labels.tier_label(scheduled.to_tier),
                                                       format_date(scheduled.effective_date))


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
            check = QCheckBox(objectName=f"bundle_check_{hub}")
            combo = QComboBox(objectName=f"bundle_tier_combo_{hub}")
            price = QLabel(objectName=f"bundle_price_label_{hub}")
            now = QLabel(objectName=f"bundle_current_label_{hub}")
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
