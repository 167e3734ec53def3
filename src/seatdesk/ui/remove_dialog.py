"""Remove unassigned seats (F7, seat-based) and Remove additional seats (F9, legacy): one dialog, two wordings."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from seatdesk.domain import seats as st
from seatdesk.i18n import _, format_date, format_money, format_number, ngettext
from seatdesk.services import queries
from seatdesk.services import seats as seat_service
from seatdesk.services.common import get_account
from seatdesk.ui import labels
from seatdesk.ui.dialogs import ServiceDialog, button_text, fit_to_page, subscription_name
from seatdesk.ui.forms.ui_remove_seats_dialog import Ui_RemoveSeatsDialog

CHOOSE, DONE = range(2)


class RemoveSeatsDialog(ServiceDialog):
    """Schedules the removal of unassigned additional seats at the renewal date (R8).

    The count is bounded by the removable seats; the Current subscription and Auto-renewal
    (legacy: After update) boxes follow the count. Open it only when a seat is removable.
    """

    def __init__(self, account_id: int, actor_id: int | None, seat_type: str, parent: QWidget | None = None):
        super().__init__(Ui_RemoveSeatsDialog, "RemoveSeatsDialog", account_id, actor_id, parent)
        self.seat_type = seat_type
        self.legacy = get_account(account_id).seat_model == st.LEGACY
        self.removable = seat_service.seat_summary(account_id, seat_type).removable
        self.setMinimumWidth(640)
        ui = self.ui
        ui.remove_count_spin.setRange(1, max(1, self.removable))
        ui.remove_count_spin.setToolTip(_("Decrease number of seats"))
        ui.remove_count_spin.valueChanged.connect(lambda _v: self._retranslate())
        ui.confirm_remove_button.clicked.connect(self._confirm)
        ui.cancel_button.clicked.connect(self.reject)
        ui.back_to_billing_button.clicked.connect(self.accept)
        self._show_page(CHOOSE)
        self._retranslate()

    def _show_page(self, page: int) -> None:
        ui = self.ui
        ui.remove_stack.setCurrentIndex(page)
        ui.cancel_button.setVisible(page == CHOOSE)
        ui.confirm_remove_button.setVisible(page == CHOOSE)
        ui.back_to_billing_button.setVisible(page == DONE)
        (ui.confirm_remove_button if page == CHOOSE else ui.back_to_billing_button).setDefault(True)
        if page == DONE:  # the confirmation is short: no blank half dialog under it
            fit_to_page(self, ui.remove_stack)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not event.spontaneous():  # its texts are set: the height its page needs, no blank band under it
            fit_to_page(self, self.ui.remove_stack)

    def _confirm(self) -> None:
        count = self.ui.remove_count_spin.value()
        if self.run(lambda: seat_service.schedule_removal(self.account_id, self.actor_id, self.seat_type, count)):
            self._show_page(DONE)

    def _retranslate(self) -> None:
        ui = self.ui
        count = ui.remove_count_spin.value()
        if ui.remove_stack.currentIndex() == CHOOSE:  # once scheduled, the figures stay those confirmed
            self._quote = queries.quote_removal(self.account_id, self.seat_type, count)
        quote = self._quote
        seat = labels.seat_label(self.seat_type)
        ui.seat_type_label.setText(f"<b>{seat}</b>")
        ui.subscription_label.setText(_("Subscription: {subscription}").format(
            subscription=subscription_name(labels.hub_label(quote.hub), labels.tier_label(quote.tier))))
        ui.scheduled_label.setVisible(quote.scheduled > 0)
        ui.scheduled_label.setText(ngettext(
            "{n} seat of this type is already scheduled for removal on {date}.",
            "{n} seats of this type are already scheduled for removal on {date}.", quote.scheduled).format(
            n=format_number(quote.scheduled), date=format_date(quote.renewal_date)))
        ui.question_label.setText("<b>{}</b>".format(_("How many seats do you want to remove?")))
        if self.removable == 1:  # "from 1 to 1" says nothing: one seat is the only choice
            limit = _("You can remove one unassigned seat.")
        else:
            limit = ngettext("You can remove from 1 to {n} unassigned seat.",
                             "You can remove from 1 to {n} unassigned seats.", self.removable).format(
                n=format_number(self.removable))
        arrows = (_("Use the number field to set how many unassigned seats to remove.") if self.legacy
                  else _("Use the arrows to set how many unassigned paid seats to remove."))
        ui.hint_label.setText(f"{arrows} {limit}")
        ui.saving_label.setText("<b>{}</b>".format(ngettext(
            "Removing {n} seat lowers your bill by {amount} per billing period from {date}.",
            "Removing {n} seats lowers your bill by {amount} per billing period from {date}.", count).format(
            n=format_number(count), amount=format_money(quote.saved_per_period_cents, quote.currency),
            date=format_date(quote.renewal_date))))
        ui.auto_box.setTitle(_("After update") if self.legacy else _("Auto-renewal"))
        per_period = _("Whole subscription: {amount} per billing period ({period})")
        ui.current_subscription_value.setText("<b>{}</b><br>{}".format(
            ngettext("{n} seat", "{n} seats", quote.seats_now).format(n=format_number(quote.seats_now)),
            per_period.format(amount=format_money(quote.per_period_now_cents, quote.currency),
                              period=labels.period_label(quote.period_months))))
        ui.auto_renewal_value.setText("<b>{}</b><br>{}".format(
            ngettext("{n} seat from {date}", "{n} seats from {date}", quote.seats_after).format(
                n=format_number(quote.seats_after), date=format_date(quote.renewal_date)),
            per_period.format(amount=format_money(quote.per_period_after_cents, quote.currency),
                              period=labels.period_label(quote.period_months))))
        if self.legacy:
            confirm = ngettext("Remove {n} additional seat", "Remove {n} additional seats", count)
            title, back = _("Your change has been confirmed."), _("Close")
        else:
            confirm = ngettext("Remove {n} seat", "Remove {n} seats", count)
            title, back = _("Seat removal scheduled"), _("Back to Account & Billing")
        ui.confirm_remove_button.setText(button_text(confirm.format(n=format_number(count))))
        ui.back_to_billing_button.setText(button_text(back))
        ui.done_title_label.setText(f"<b>{title}</b>")
        ui.done_summary_label.setText("<br>".join((
            "<b>{}</b>".format(_("Summary")),
            ngettext("{seat}: {n} seat will be removed on {date}.",
                     "{seat}: {n} seats will be removed on {date}.", count).format(
                n=format_number(count), seat=seat, date=format_date(quote.renewal_date)),
            _("Your bill for the current term doesn't change. From {date}: {amount} per billing period.").format(
                date=format_date(quote.renewal_date),
                amount=format_money(quote.per_period_after_cents, quote.currency)))))
