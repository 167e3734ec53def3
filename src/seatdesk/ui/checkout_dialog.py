"""Checkout of a subscription change (F10, R24, R15): what changes, what it costs now and per period."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidgetItem, QWidget

from seatdesk.domain.errors import DomainError
from seatdesk.i18n import _, format_date, format_money, format_number, label_value
from seatdesk.services import subscriptions as subs_service
from seatdesk.services.catalog import current_catalog
from seatdesk.ui import labels
from seatdesk.ui.dialogs import ServiceDialog, subscription_name
from seatdesk.ui.forms.ui_checkout_dialog import Ui_CheckoutDialog
from seatdesk.ui.pages.pricing_hub import seats_text
from seatdesk.ui.widgets.wrapping_header import WrappingHeader, fit_table_height


class CheckoutDialog(ServiceDialog):
    """Shows the quote of ``wanted`` ({hub: tier}); Complete purchase makes the change (accepted then)."""

    def __init__(self, account_id: int, actor_id: int | None, wanted: dict[str, str], parent: QWidget | None = None,
                 add_ons=()):
        super().__init__(Ui_CheckoutDialog, "CheckoutDialog", account_id, actor_id, parent)
        self.wanted = dict(wanted)
        self.add_ons = list(add_ons)
        self.setMinimumWidth(640)
        ui = self.ui
        catalog = current_catalog()
        for combo, values, default in ((ui.commitment_combo, catalog.commitment_months, subs_service.DEFAULT_TERM_MONTHS),
                                       (ui.period_combo, catalog.billing_period_months, subs_service.DEFAULT_TERM_MONTHS)):
            for months in values:
                combo.addItem("", months)
            combo.setCurrentIndex(max(0, combo.findData(default)))
            combo.currentIndexChanged.connect(lambda _i: self._show_quote())
        ui.changes_table.setHorizontalHeader(WrappingHeader(ui.changes_table))  # every column in view
        ui.changes_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        ui.changes_table.verticalHeader().hide()
        ui.checkout_complete_button.clicked.connect(self._complete)
        ui.cancel_button.clicked.connect(self.reject)
        self._retranslate()

    def quote(self) -> subs_service.ChangeQuote:
        return subs_service.quote_change(self.account_id, self.wanted, add_ons=self.add_ons,
                                         commitment_months=self.ui.commitment_combo.currentData(),
                                         billing_period_months=self.ui.period_combo.currentData())

    def _terms(self) -> dict:
        return {"commitment_months": self.ui.commitment_combo.currentData(),
                "billing_period_months": self.ui.period_combo.currentData()}

    def _complete(self) -> None:
        change = self.run(lambda: subs_service.change_subscriptions(self.account_id, self.actor_id, self.wanted,
                                                                    add_ons=self.add_ons, **self._terms()))
        if change is not None:
            self.accept()

    def _retranslate(self) -> None:
        self.setWindowTitle(_("Checkout"))
        ui = self.ui
        for row in range(ui.commitment_combo.count()):
            ui.commitment_combo.setItemText(row, labels.months_label(ui.commitment_combo.itemData(row)))
        for row in range(ui.period_combo.count()):
            ui.period_combo.setItemText(row, labels.period_label(ui.period_combo.itemData(row)))
        ui.changes_table.setColumnCount(5)
        ui.changes_table.setHorizontalHeaderLabels([_("Product"), _("Included seats after the change"), _("Takes effect"),
                                                    _("Cost now"), _("Per billing period after the change")])
        self._show_quote()

    def _show_quote(self) -> None:
        ui = self.ui
        try:
            quote = self.quote()
        except DomainError as error:
            self._refuse(error.translated())
            ui.changes_table.setRowCount(0)
            for label in (ui.free_tools_label, ui.cost_now_label, ui.cost_period_label):
                label.setVisible(False)
            ui.term_group.setVisible(False)
            return
        money = lambda cents: format_money(cents, quote.currency)  # noqa: E731
        rows = []
        for change in quote.changes:
            product = _("{before} → {after}").format(
                before=subscription_name(labels.hub_label(change.hub), labels.tier_label(change.from_tier)),
                after=subscription_name(labels.hub_label(change.hub), labels.tier_label(change.to_tier)))
            when = _("At once") if change.at_once else format_date(change.effective_date)
            rows.append((product, seats_text(change.included_after), when,
                         money(change.cost_now_cents) if change.at_once else "—", money(change.period_after_cents)))
        for line in quote.add_ons:
            rows.append((label_value(_("Add-on"), labels.add_on_label(line.key)), "—", _("At once"),
                         money(line.cost_now_cents), money(line.period_after_cents)))
        for seats in quote.seats_to_buy:
            q = seats.quote
            rows.append((label_value(_("Additional seats"), _("{n} × {seat}").format(
                n=format_number(q.count), seat=labels.seat_label(seats.seat_type))),
                "—", _("At once"), money(q.cost_now_cents), money(q.cost_per_period_cents)))
        ui.changes_table.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                ui.changes_table.setItem(row, column, QTableWidgetItem(text))
        self._fit_table()
        ui.free_tools_label.setVisible(quote.leaves_free_tools)
        if quote.leaves_free_tools:
            need = quote.seats_to_buy
            ui.free_tools_label.setText("<br>".join((
                "<b>{}</b>".format(_("Upgrading from HubSpot free tools to a Starter subscription removes your free seats. Buy the seats you need at checkout.")),
                _("Free seats removed: {seats}").format(seats=seats_text(quote.free_seats_removed)),
                _("Seats bought at checkout for the users who hold them: {seats}").format(
                    seats=seats_text({s.seat_type: s.quote.count for s in need}))
                if need else _("The seats included in the new subscriptions are enough for your users."))))
        ui.term_group.setVisible(quote.new_term)
        formulas = []
        for change in quote.changes:
            if change.at_once:
                q = change.quote
                formulas.append(_("{product}: ({after} − {before}) per month × {months} × {days_left} of {days} days left in the term (renewal on {date})").format(
                    product=labels.hub_label(change.hub), after=money(change.month_after_cents),
                    before=money(change.month_before_cents), months=labels.months_label(q.term_months),
                    days_left=format_number(q.days_left), days=format_number(q.days_in_term),
                    date=format_date(q.renewal_date)))
        for line in quote.add_ons:
            q = line.quote
            formulas.append(label_value(labels.add_on_label(line.key), _(
                "{price} per month × {months} × {days_left} of {days} days left in the term (renewal on {date})").format(
                price=money(q.unit_price_cents), months=labels.months_label(q.term_months),
                days_left=format_number(q.days_left), days=format_number(q.days_in_term),
                date=format_date(q.renewal_date))))
        for seats in quote.seats_to_buy:
            q = seats.quote
            formulas.append(label_value(labels.seat_label(seats.seat_type), _(
                "{n} × {price} per month × {months} × {days_left} of {days} days left in the term "
                "(renewal on {date})").format(
                n=format_number(q.count), price=money(q.unit_price_cents), months=labels.months_label(q.term_months),
                days_left=format_number(q.days_left), days=format_number(q.days_in_term),
                date=format_date(q.renewal_date))))
        if any(c.kind == subs_service.UPGRADE for c in quote.changes):
            formulas.append(_("Seats you already have keep their price until the renewal; from then on, the new tier's price applies."))
        ui.cost_now_label.setVisible(quote.purchases)
        ui.cost_now_label.setText("<b>{}</b><br>{}".format(
            _("Charged now: {amount}").format(amount=money(quote.cost_now_cents)), "<br>".join(formulas)))
        scheduled = [_("{subscription} from {date}: until then nothing changes, and you can cancel this change on Pricing & Features.").format(
            subscription=subscription_name(labels.hub_label(c.hub), labels.tier_label(c.to_tier)),
            date=format_date(c.effective_date)) for c in quote.scheduled]
        converted = [_("Your {old} seats become {new} seats, assigned ones included.").format(
            old=labels.seat_label(old), new=labels.seat_label(new)) for old, new in quote.conversions]
        ui.cost_period_label.setVisible(bool(scheduled or converted))
        ui.cost_period_label.setText("<br>".join(
            (["<b>{}</b>".format(_("Billing changes at the start of the next subscription term."))] if scheduled else [])
            + scheduled + converted))
        ui.checkout_complete_button.setText(_("Complete purchase") if quote.purchases else _("Schedule the downgrade"))
        ui.checkout_intro_label.setText(
            _("Review what changes in your subscriptions, then complete your purchase.") if quote.purchases
            else _("Review what changes in your subscriptions at the renewal, then schedule the downgrade."))
        if quote.refusals:
            self._refuse("<br>".join(r.translated() for r in quote.refusals))
        else:
            ui.refusal_label.setVisible(False)
            ui.checkout_complete_button.setEnabled(True)
            ui.checkout_complete_button.setToolTip("")
        ui.card_note_label.setVisible(quote.purchases)
        if self.isVisible():
            self.adjustSize()

    def _fit_table(self) -> None:
        fit_table_height(self.ui.changes_table, most=280)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_table()  # the header knows its width and height once shown
        self.adjustSize()

    def _refuse(self, text: str) -> None:
        ui = self.ui
        ui.refusal_label.setText(text)
        ui.refusal_label.setVisible(True)
        ui.checkout_complete_button.setEnabled(False)
        ui.checkout_complete_button.setToolTip(text.replace("<br>", "\n"))
