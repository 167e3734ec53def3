"""Reclaim › Reclaim in a plan: where to take the selected seats back (a new plan by default, a plan of the
account, or the account itself after a question), then ``services.reclaim.reclaim`` does it (R30)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from seatdesk.i18n import _, format_date, format_money, format_number, ngettext
from seatdesk.services import reclaim
from seatdesk.services.reclaim import ReclaimList, ReclaimRow
from seatdesk.ui.dialogs import ServiceDialog, tab_chain
from seatdesk.ui.forms.ui_reclaim_dialog import Ui_ReclaimDialog


class ReclaimDialog(ServiceDialog):
    """Accepted once the seats are taken back; ``change.result`` is the account or plan they were taken back in."""

    def __init__(self, account_id: int, actor_id: int | None, found: ReclaimList, rows: list[ReclaimRow],
                 parent: QWidget | None = None):
        super().__init__(Ui_ReclaimDialog, "ReclaimDialog", account_id, actor_id, parent)
        self.found, self.rows = found, rows
        self.setMinimumWidth(520)
        targets = reclaim.targets(account_id)
        self.root, self.plans = targets[0], targets[1:]
        for plan in self.plans:
            self.ui.reclaim_plan_combo.addItem(plan.name, plan.id)
        shown = self.ui.reclaim_plan_combo.findData(account_id)  # a plan shown: itself first in mind
        self.ui.reclaim_plan_combo.setCurrentIndex(max(0, shown))
        if not self.plans:
            self.ui.reclaim_existing_plan_radio.setEnabled(False)
            self.ui.reclaim_plan_combo.setEnabled(False)
        self.ui.reclaim_plan_name_edit.setText(self._free_name())
        self.ui.reclaim_plan_name_edit.textEdited.connect(lambda _t: self.ui.reclaim_new_plan_radio.setChecked(True))
        self.ui.reclaim_plan_combo.activated.connect(lambda _i: self.ui.reclaim_existing_plan_radio.setChecked(True))
        ui = self.ui
        # the name first: typing it is the usual next step (and it sits level with its radio button)
        tab_chain((ui.reclaim_plan_name_edit, ui.reclaim_new_plan_radio, ui.reclaim_existing_plan_radio,
                   ui.reclaim_plan_combo, ui.reclaim_account_radio, ui.cancel_button, ui.reclaim_confirm_button))
        self.ui.reclaim_confirm_button.clicked.connect(self._reclaim)
        self.ui.cancel_button.clicked.connect(self.reject)
        self._retranslate()

    def _free_name(self) -> str:
        """"Reclaim <planning date>", with a number when a plan has that name already (the service checks)."""
        from seatdesk.services.common import planning_date

        base = _("Reclaim {date}").format(date=format_date(planning_date(self.root)))
        taken = {plan.name.casefold() for plan in self.plans}
        name, n = base, 2
        while name.casefold() in taken:
            name, n = f"{base} ({n})", n + 1
        return name

    def target(self) -> int | str:
        if self.ui.reclaim_account_radio.isChecked():
            return self.root.id
        if self.ui.reclaim_existing_plan_radio.isChecked() and self.plans:
            return self.ui.reclaim_plan_combo.currentData()
        return reclaim.NEW_PLAN

    def _reclaim(self) -> None:
        from seatdesk.ui.messages import ask

        target = self.target()
        n = len(self.rows)
        if target == self.root.id and not ask(self, _("Reclaim in the account"), ngettext(
                "Take {n} seat back in the account {account} itself, not in a plan? It is unassigned at once and "
                "the additional seat freed is scheduled for removal at the renewal.",
                "Take {n} seats back in the account {account} itself, not in a plan? They are unassigned at once "
                "and the additional seats freed are scheduled for removal at the renewal.", n).format(
                n=format_number(n), account=self.root.name), _("Take back in the account"), _("Go back")):
            return
        seats = [row.key for row in self.rows]
        name = self.ui.reclaim_plan_name_edit.text()
        if self.run(lambda: reclaim.reclaim(self.account_id, self.actor_id, seats, self.found.idle_days, target,
                                            name), quiet=True):
            self.accept()

    def _retranslate(self) -> None:
        from seatdesk.ui.pages.reclaim import included_note

        self.setWindowTitle(_("Reclaim in a plan"))
        saving = self.found.saving(self.rows)
        money = lambda cents: format_money(cents, self.found.currency)  # noqa: E731
        text = ngettext(
            "Take back {n} seat: it is unassigned, and the additional seat freed is scheduled for removal at the "
            "renewal. Saving: {month} per month, {year} per year.",
            "Take back {n} seats: they are unassigned, and the additional seats freed are scheduled for removal at "
            "the renewal. Saving: {month} per month, {year} per year.", saving.seats).format(
            n=format_number(saving.seats), month=money(saving.month_cents), year=money(saving.year_cents))
        self.ui.reclaim_summary_label.setText(text + included_note(saving.included))
