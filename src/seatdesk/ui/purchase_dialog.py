"""Add seats (F6, and the legacy Checkout panel of F8): count, checkout review, complete purchase (R7)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from seatdesk.domain.billing import PurchaseQuote
from seatdesk.domain.errors import DomainError
from seatdesk.i18n import N_, _, format_date, format_money, format_number, ngettext
from seatdesk.services import seats as seat_service
from seatdesk.services.common import get_account
from seatdesk.ui import labels
from seatdesk.ui.dialogs import (
    ServiceDialog,
    button_text,
    fit_to_page,
    pad_form_labels,
    subscription_name,
)
from seatdesk.ui.forms.ui_purchase_seats_dialog import Ui_PurchaseSeatsDialog

COUNT, REVIEW, COMPLETE = range(3)
STEP_NAMES = (N_("Seats"), N_("Checkout"), N_("Complete purchase"))
#: The spin box takes any count a person may type; the service says what the maximum is.
TYPED_COUNT_LIMIT = 999_999


class PurchaseSeatsDialog(ServiceDialog):
    """Buys additional seats of one seat type; accepted once the purchase is complete."""

    def __init__(self, account_id: int, actor_id: int | None, seat_type: str, parent: QWidget | None = None,
                 count: int = 1):
        super().__init__(Ui_PurchaseSeatsDialog, "PurchaseSeatsDialog", account_id, actor_id, parent)
        self.seat_type = seat_type
        account = get_account(account_id)
        self._seller = seat_service.billing_subscription(account, seat_type)
        self.setMinimumWidth(560)
        ui = self.ui
        ui.seat_count_spin.setRange(1, TYPED_COUNT_LIMIT)  # never a silent clamp: a count too big is refused
        ui.seat_count_spin.setValue(max(1, count))
        ui.seat_count_spin.valueChanged.connect(lambda _v: self._show_quote())
        ui.continue_button.clicked.connect(lambda: self._go(REVIEW))
        ui.save_continue_button.clicked.connect(lambda: self._go(COMPLETE))
        ui.back_button.clicked.connect(lambda: self._go(ui.purchase_stack.currentIndex() - 1))
        ui.complete_purchase_button.clicked.connect(self._complete)
        ui.cancel_button.clicked.connect(self.reject)
        self._go(COUNT)
        self._retranslate()

    def quote(self) -> PurchaseQuote:
        """The quote of the count typed. Raises: DomainError: the count is not one the service sells."""
        return seat_service.quote_purchase(self.account_id, self.seat_type, self.ui.seat_count_spin.value())

    def _go(self, page: int) -> None:
        ui = self.ui
        ui.purchase_stack.setCurrentIndex(page)
        self._show_step()
        ui.back_button.setVisible(page > COUNT)
        for button, shown_on in ((ui.continue_button, COUNT), (ui.save_continue_button, REVIEW),
                                 (ui.complete_purchase_button, COMPLETE)):
            button.setVisible(page == shown_on)
            button.setDefault(page == shown_on)
        # The last page is a short summary: fit the dialog to it, and back to the full size on Back.
        if page == COMPLETE or self.isVisible():  # before the first show the texts are not set yet
            fit_to_page(self, ui.purchase_stack, only_current=page == COMPLETE)

    def _complete(self) -> None:
        count = self.ui.seat_count_spin.value()
        if self.run(lambda: seat_service.buy_seats(self.account_id, self.actor_id, self.seat_type, count)):
            self.accept()

    def _show_step(self) -> None:
        page = self.ui.purchase_stack.currentIndex()
        self.ui.step_label.setText(_("Step {n} of {total}: {step}").format(
            n=format_number(page + 1), total=format_number(len(STEP_NAMES)), step=_(STEP_NAMES[page])))

    def _retranslate(self) -> None:
        self.setWindowTitle(_("Purchase seats"))
        self._show_step()
        self.ui.save_continue_button.setText(button_text(_("Save & continue")))
        sub = self._seller
        self.ui.seat_type_label.setText("<b>{}</b>".format(_("{seat}, sold with {subscription}").format(
            seat=labels.seat_label(self.seat_type),
            subscription=subscription_name(labels.hub_label(sub.hub), labels.tier_label(sub.tier)))))
        self._show_quote()
        pad_form_labels(self.ui.count_form, self.ui.review_form)

    def _show_quote(self) -> None:
        ui = self.ui
        try:
            quote = self.quote()
        except DomainError as error:  # a count out of range: say what is allowed, buy nothing
            ui.count_error_label.setText(error.translated())
            ui.count_error_label.setVisible(True)
            ui.continue_button.setEnabled(False)
            ui.continue_button.setToolTip(error.translated())
            for label in (ui.total_now_value, ui.total_period_value):
                label.setText("—")
            return
        ui.count_error_label.setVisible(False)
        ui.continue_button.setEnabled(True)
        ui.continue_button.setToolTip("")
        ui.total_now_value.setText("<b>{}</b> {}".format(
            format_money(quote.cost_now_cents, quote.currency),
            ngettext("for the rest of this term (pro rata, {n} day left)",
                     "for the rest of this term (pro rata, {n} days left)", quote.days_left).format(
                n=format_number(quote.days_left))))
        ui.total_period_value.setText("<b>{}</b>".format(_("{amount} more per billing period").format(
            amount=format_money(quote.cost_per_period_cents, quote.currency))))
        price = _("{price} per seat per month").format(price=format_money(quote.unit_price_cents, quote.currency))
        ui.unit_price_value.setText(price)
        ui.review_unit_value.setText(price)
        ui.added_value.setText(ngettext("{n} seat", "{n} seats", quote.count).format(n=format_number(quote.count)))
        ui.cost_now_label.setText("<b>{}</b><br>{}".format(
            format_money(quote.cost_now_cents, quote.currency),
            _("{n} × {price} per month × {months} × {days_left} of {days} days left in the term "
              "(renewal on {date})").format(
                n=format_number(quote.count), price=format_money(quote.unit_price_cents, quote.currency),
                months=labels.months_label(quote.term_months), days_left=format_number(quote.days_left),
                days=format_number(quote.days_in_term), date=format_date(quote.renewal_date))))
        ui.cost_renewal_label.setText("<b>{}</b><br>{}".format(
            _("{amount} more per billing period").format(
                amount=format_money(quote.cost_per_period_cents, quote.currency)),
            _("{n} × {price} per month × {months}, from {date} ({period})").format(
                n=format_number(quote.count), price=format_money(quote.unit_price_cents, quote.currency),
                months=labels.months_label(quote.period_months), date=format_date(quote.renewal_date),
                period=labels.period_label(quote.period_months))))
        ui.complete_summary_label.setText("<br>".join((
            "<b>{}</b>".format(ngettext("You are buying {n} seat: {seat}.", "You are buying {n} seats: {seat}.",
                                        quote.count).format(n=format_number(quote.count),
                                                            seat=labels.seat_label(self.seat_type))),
            _("Charged now: {amount}").format(amount=format_money(quote.cost_now_cents, quote.currency)),
            _("From {date}: {amount} more per billing period").format(
                date=format_date(quote.renewal_date),
                amount=format_money(quote.cost_per_period_cents, quote.currency)),
            _("The seats are usable as soon as the purchase is complete."))))
