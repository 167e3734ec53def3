"""Planning › Reclaim (R30): paid seats of idle users, of invitations never accepted and of deactivated users,
with what taking them back saves; the selected ones are taken back in a plan (or the account itself)."""

from __future__ import annotations

from PySide6.QtCore import Signal

from seatdesk import i18n
from seatdesk.domain.names import display_name, name_sort_key
from seatdesk.domain.permissions import ADD_EDIT_USERS, MODIFY_BILLING
from seatdesk.i18n import _, format_date, format_money, format_number, ngettext
from seatdesk.services import Change
from seatdesk.services.queries import paused_gc
from seatdesk.services.reclaim import (
    DEACTIVATED,
    IDLE,
    IDLE_CHOICES,
    INVITED,
    NEED_RECLAIM,
    ReclaimRow,
)
from seatdesk.ui import labels
from seatdesk.ui.pages.base import AccountContext, Page, set_allowed
from seatdesk.ui.qt_compat import emit
from seatdesk.ui.table_model import Column, RowTableModel

N_ = i18n.N_
_REASON_ORDER = {IDLE: 0, INVITED: 1, DEACTIVATED: 2}


def reason_text(reason: str, days: int | None) -> str:
    """Why a seat is listed, in a few words."""
    if reason == IDLE:
        return ngettext("Idle for {n} day", "Idle for {n} days", days).format(n=format_number(days))
    if reason == INVITED:
        return ngettext("Invitation pending for {n} day", "Invitation pending for {n} days",
                        days).format(n=format_number(days))
    return _("Deactivated user")


def per_period_text(cents: int, months: int, currency: str) -> str:
    """A seat's saving per billing period, said with its period ("€90.00 per month")."""
    if not cents:
        return _("None: an included seat")
    amount = format_money(cents, currency)
    if months == 1:
        return _("{amount} per month").format(amount=amount)
    if months == 3:
        return _("{amount} per quarter").format(amount=amount)
    if months == 12:
        return _("{amount} per year").format(amount=amount)
    return ngettext("{amount} every {n} month", "{amount} every {n} months", months).format(amount=amount, n=months)


def included_note(included: int) -> str:
    """The sentence that follows a saving when some of the seats are included ones ("" when none is)."""
    if not included:
        return ""
    return " " + ngettext(
        "{n} of them is an included seat: it is taken back but stays on the subscription, so it saves nothing.",
        "{n} of them are included seats: they are taken back but stay on the subscription, so they save nothing.",
        included).format(n=format_number(included))


def reclaim_columns(currency: str) -> tuple[Column, ...]:
    return (
        Column(N_("Name"), lambda r: display_name(r.first_name, r.last_name, r.email),
               sort_key=lambda r: name_sort_key(r.first_name, r.last_name, r.email), fixed=True),
        Column(N_("Email"), lambda r: r.email, lambda r: r.email.casefold(), fixed=True),
        Column(N_("Seat"), labels.seat_label, value=lambda r: r.seat_type),
        Column(N_("Reason"), lambda v: reason_text(*v), sort_key=lambda r: (_REASON_ORDER[r.reason], r.days or 0),
               value=lambda r: (r.reason, r.days)),
        Column(N_("Last active date"), lambda d: format_date(d) if d else _("Never"),
               sort_key=lambda r: r.last_active.toordinal() if r.last_active else 0, value=lambda r: r.last_active),
        Column(N_("Saving per billing period"), lambda v: per_period_text(*v, currency),
               sort_key=lambda r: r.saving_period_cents, align_right=True,
               value=lambda r: (r.saving_period_cents, r.period_months)),
        Column(N_("Saving per year"), lambda c: format_money(c, currency) if c else _("None"),
               sort_key=lambda r: r.saving_year_cents, align_right=True, value=lambda r: r.saving_year_cents),
    )


class ReclaimPage(Page):
    """The rows read by ``services.reclaim``; the page shows them and the saving of the selection.

    Signals:
        account_wanted(int): show this account or plan (where the seats were just taken back).
    """

    account_wanted = Signal(int)

    def __init__(self, context: AccountContext, parent=None):
        super().__init__(context, "reclaim_page", parent)
        self.found = None
        self.model = None
        self._currency = None
        self._widths_remembered = False

    def title(self) -> str:
        return _("Reclaim")

    def build(self) -> None:
        from seatdesk.ui.forms.ui_reclaim_page import Ui_ReclaimPage

        self.ui = Ui_ReclaimPage()
        self.ui.setupUi(self)
        self.ui.idle_days_spin.valueChanged.connect(lambda _v: self.fill())
        for days in IDLE_CHOICES:
            getattr(self.ui, f"idle_{days}_button").clicked.connect(
                lambda _c=False, d=days: self.ui.idle_days_spin.setValue(d))
        self.ui.reclaim_in_plan_button.clicked.connect(self.reclaim_in_plan)
        self.retranslate()

    # -- reading -------------------------------------------------------------------------------------
    def fill(self) -> None:
        from seatdesk.services.reclaim import reclaim_list
        from seatdesk.ui.widgets import tables

        self.found = reclaim_list(self.context.account_id, self.ui.idle_days_spin.value())
        view = self.ui.reclaim_table
        if self.model is None or self._currency != self.found.currency:  # the money columns' currency
            if self.model is not None:
                self.model.deleteLater()
            self.model = RowTableModel(reclaim_columns(self.found.currency), self, id_of=lambda r: r.key)
            self._currency = self.found.currency
            tables.setup_table(view, self.model, many=True)
            view.selectionModel().selectionChanged.connect(lambda *_a: self._show_saving())
            self._widths_remembered = tables.restore_header(view)
            if not self._widths_remembered:
                tables.first_sort(view)
        rows = self.found.rows  # in the Name column's order (user.sort_name): that order is known
        with paused_gc():
            self.model.set_rows(rows, orders={0: list(range(len(rows)))})
        if not self._widths_remembered:
            tables.fit_columns(view)
        self._show_saving()

    def save_state(self, settings) -> None:
        from seatdesk.ui.widgets import tables

        if self.model is not None:
            tables.save_header(self.ui.reclaim_table)

    def apply_change(self, change: Change) -> None:
        if change.users or change.seats or change.all_users:
            self.fill()

    def selected_rows(self) -> list[ReclaimRow]:
        if self.model is None:
            return []
        return [self.model.row_at(index.row()) for index in self.ui.reclaim_table.selectionModel().selectedRows()]

    def _show_saving(self) -> None:
        found = self.found
        if found is None:
            return
        days = found.idle_days
        chosen = self.selected_rows()
        money = lambda cents: format_money(cents, found.currency)  # noqa: E731
        if not found.rows:
            text = ngettext("Nothing to reclaim at {n} day: no paid seat is held by an idle user, an invitation not "
                            "accepted or a deactivated user.",
                            "Nothing to reclaim at {n} days: no paid seat is held by an idle user, an invitation not "
                            "accepted or a deactivated user.", days).format(n=format_number(days))
        elif not chosen:
            every = found.saving(found.rows)
            text = ngettext("{n} paid seat can be taken back, saving {year} per year in all. Select the seats to "
                            "take back.",
                            "{n} paid seats can be taken back, saving {year} per year in all. Select the seats to "
                            "take back.", len(found.rows)).format(n=format_number(len(found.rows)),
                                                                   year=money(every.year_cents))
        else:
            saving = found.saving(chosen)
            text = ngettext("{n} seat selected: saving {month} per month, {year} per year, from the renewal on.",
                            "{n} seats selected: saving {month} per month, {year} per year, from the renewal on.",
                            saving.seats).format(n=format_number(saving.seats), month=money(saving.month_cents),
                                                 year=money(saving.year_cents))
            text += included_note(saving.included)
        self.ui.reclaim_saving_label.setText(text)
        self.apply_permissions()

    def apply_permissions(self) -> None:
        may = self.context.may(ADD_EDIT_USERS, MODIFY_BILLING)
        set_allowed(self.ui.reclaim_in_plan_button, may and bool(self.selected_rows()), "" if may else NEED_RECLAIM)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        for days in IDLE_CHOICES:
            getattr(self.ui, f"idle_{days}_button").setText(
                ngettext("{n} day", "{n} days", days).format(n=format_number(days)))
        if self.model is not None:
            self.model.retranslate()
            self._show_saving()

    # -- acting --------------------------------------------------------------------------------------
    def reclaim_in_plan(self) -> None:
        from seatdesk.ui.reclaim_dialog import ReclaimDialog

        chosen = self.selected_rows()
        if not chosen or self.found is None:
            return
        dialog = ReclaimDialog(self.context.account_id, self.context.actor_id, self.found, chosen, self.window())

        def finished(_result: int) -> None:
            change = dialog.change
            dialog.deleteLater()
            if change is None:
                return
            if change.result.id == self.context.account_id:
                self.context.apply(change)
            else:
                emit(self.account_wanted, change.result.id)  # see the seats taken back where they were

        dialog.finished.connect(finished)
        dialog.open()
