"""Pricing & Features › Products: one hub's panel (its tiers, the tier to buy, its add-ons) and the texts the
bundle and the checkout share (seats, prices, the tier list)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
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
)
from seatdesk.services.common import NEED_BILLING_FOR_SUBSCRIPTIONS
from seatdesk.services.seats import SALES_SERVICE_TIER_ONLY
from seatdesk.ui import labels
from seatdesk.ui.dialogs import subscription_name
from seatdesk.ui.pages.base import set_allowed

TIER_COLUMNS = 5
#: The hub as object names spell it (SPEC §5: ``buy_now_button_content`` for CMS Hub).
OBJECT_NAMES = {"cms": "content"}


def named(hub: str) -> str:
    return OBJECT_NAMES.get(hub, hub)


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

    def __init__(self, page, hub: str):  # page: the PricingPage it belongs to
        from seatdesk.ui.widgets.wrapping_header import WrappingHeader

        super().__init__()
        self.page, self.hub = page, hub
        self.pricing = None
        self.setObjectName(f"hub_panel_{named(hub)}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        self.title = QLabel(objectName=f"hub_title_label_{named(hub)}")
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.status = QLabel(objectName=f"hub_status_label_{named(hub)}", wordWrap=True)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        self.cancel_button = QPushButton(objectName=f"cancel_change_button_{named(hub)}")
        self.cancel_button.clicked.connect(self._cancel_change)
        status_row.addWidget(self.cancel_button)
        self.table = QTableWidget(len(st.TIERS), TIER_COLUMNS, objectName=f"tier_table_{named(hub)}")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(self.table.focusPolicy().NoFocus)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setHorizontalHeader(WrappingHeader(self.table))  # every column in view, titles wrap
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.availability = QLabel(objectName=f"hub_availability_label_{named(hub)}", wordWrap=True)
        buy_row = QHBoxLayout()
        self.tier_label = QLabel(objectName=f"tier_label_{named(hub)}")
        self.tier_combo = QComboBox(objectName=f"tier_combo_{named(hub)}")
        self.tier_label.setBuddy(self.tier_combo)
        self.buy_button = QPushButton(objectName=f"buy_now_button_{named(hub)}")
        self.talk_button = QPushButton(objectName=f"talk_to_sales_button_{named(hub)}")
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
        self.add_ons_title = QLabel(objectName=f"add_ons_label_{named(hub)}")
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
                set_allowed(button, may and not add_on.tier_too_low, NEED_BILLING_FOR_SUBSCRIPTIONS)
                if may and add_on.tier_too_low:
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
