"""A bulk action on the selected users: what to apply, how many users it changes, then confirm."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from seatdesk.db.engines import DATABASE_ERRORS
from seatdesk.domain import seats as st
from seatdesk.domain.errors import DomainError
from seatdesk.i18n import N_, Nn_, _, format_number, ngettext, tr
from seatdesk.services import bulk, queries
from seatdesk.services.common import database_refusal, get_account
from seatdesk.services.seats import usable_seat_types
from seatdesk.ui import labels
from seatdesk.ui.change_seat_dialog import NO_SEAT_LABELS
from seatdesk.ui.dialogs import ServiceDialog, button_text, refill_combo
from seatdesk.ui.forms.ui_bulk_dialog import Ui_BulkDialog

NO_SEAT = "no-seat:"
TITLES = {  # the window title and the confirm button: the count is in the sentence (never "of 0 users")
    bulk.CHANGE_SEAT: Nn_("Change the seat of {n} user", "Change the seat of {n} users"),
    bulk.ADD_TO_TEAM: Nn_("Add {n} user to a team", "Add {n} users to a team"),
    bulk.REMOVE_FROM_TEAM: Nn_("Remove {n} user from a team", "Remove {n} users from a team"),
    bulk.DEACTIVATE: Nn_("Deactivate {n} user", "Deactivate {n} users"),
    bulk.REACTIVATE: Nn_("Reactivate {n} user", "Reactivate {n} users"),
    bulk.SET_PERMISSIONS: Nn_("Set the permissions of {n} user", "Set the permissions of {n} users"),
}
NO_USER_TITLES = {
    bulk.CHANGE_SEAT: N_("Change seat"),
    bulk.ADD_TO_TEAM: N_("Add to team"),
    bulk.REMOVE_FROM_TEAM: N_("Remove from team"),
    bulk.DEACTIVATE: N_("Deactivate user"),
    bulk.REACTIVATE: N_("Reactivate user"),
    bulk.SET_PERMISSIONS: N_("Set permissions"),
}
NO_USER_SELECTED = N_("No user is selected. Select users in the table first.")


class BulkDialog(ServiceDialog):
    """Shows how many of the selected users the action changes (or why it is refused) before it runs."""

    def __init__(self, account_id: int, actor_id: int | None, user_ids: list[int], kind: str,
                 parent: QWidget | None = None):
        super().__init__(Ui_BulkDialog, "BulkDialog", account_id, actor_id, parent)
        self.user_ids = user_ids
        self.kind = kind
        self.affected: int | None = None
        self.legacy = get_account(account_id).seat_model == st.LEGACY
        self.setMinimumWidth(520)
        self.ui.bulk_choice_combo.currentIndexChanged.connect(lambda _i: self._preview())
        self.ui.bulk_confirm_button.clicked.connect(self.confirm)
        self.ui.cancel_button.clicked.connect(self.reject)
        self._retranslate()

    def _choices(self) -> list[tuple[str, object]]:
        if self.kind == bulk.CHANGE_SEAT:
            choices = [(labels.seat_label(t), t) for t in usable_seat_types(get_account(self.account_id))]
            if self.legacy:  # a string, not a tuple: QComboBox.findData can't find tuples
                choices += [(_(NO_SEAT_LABELS[hub]), NO_SEAT + hub) for hub in st.LEGACY_HUBS]
            return choices
        if self.kind in (bulk.ADD_TO_TEAM, bulk.REMOVE_FROM_TEAM):
            return [(name, team_id) for team_id, name in queries.teams(self.account_id)]
        if self.kind == bulk.SET_PERMISSIONS:
            return labels.template_choices(self.account_id)
        return []

    def action(self) -> bulk.BulkAction:
        data = self.ui.bulk_choice_combo.currentData()
        if self.kind == bulk.CHANGE_SEAT:
            if data and data.startswith(NO_SEAT):
                return bulk.BulkAction(self.kind, hub=data[len(NO_SEAT):])
            return bulk.BulkAction(self.kind, seat_type=data)
        if self.kind in (bulk.ADD_TO_TEAM, bulk.REMOVE_FROM_TEAM):
            return bulk.BulkAction(self.kind, team_id=data)
        if self.kind == bulk.SET_PERMISSIONS:
            return bulk.BulkAction(self.kind, template=data)
        return bulk.BulkAction(self.kind)

    def _preview(self) -> None:
        """Run the action in a transaction rolled back: the count and the refusal are the real ones."""
        label = self.ui.bulk_count_label
        if not self.user_ids:  # nothing to change: say so, and the button can't be pressed
            self.affected = None
            label.setStyleSheet("")
            label.setText("")  # the selection line says it already
            self.ui.bulk_confirm_button.setEnabled(False)
            self.ui.bulk_confirm_button.setToolTip(_(NO_USER_SELECTED))
            return
        self.ui.bulk_confirm_button.setToolTip("")
        try:
            self.affected = bulk.preview(self.account_id, self.actor_id, self.user_ids, self.action())
        except (DomainError, *DATABASE_ERRORS) as error:
            if not isinstance(error, DomainError):  # another seatdesk writing, a damaged file: said the same way
                error = database_refusal(error)
            self.affected = None
            label.setStyleSheet("QLabel { color: #b91c1c; }")
            label.setText(error.translated())
            self.ui.bulk_confirm_button.setEnabled(False)
            self.ui.bulk_confirm_button.setToolTip(error.translated())  # why the button can't be pressed
            return
        label.setStyleSheet("")
        if self.affected == 0:
            label.setText(_(bulk.NOTHING_TO_CHANGE))
            self.ui.bulk_confirm_button.setToolTip(_(bulk.NOTHING_TO_CHANGE))
        else:
            chosen = self.ui.bulk_choice_combo.currentText()
            label.setText(tr(bulk.CONFIRM[self.kind], n=self.affected, seat=chosen, team=chosen, template=chosen))
        self.ui.bulk_confirm_button.setEnabled(bool(self.affected))

    def confirm(self) -> None:
        if self.run(lambda: bulk.run(self.account_id, self.actor_id, self.user_ids, self.action())):
            self.accept()

    def _retranslate(self) -> None:
        n = len(self.user_ids)
        title = tr(TITLES[self.kind], n=n) if n else _(NO_USER_TITLES[self.kind])
        self.setWindowTitle(title)
        self.ui.bulk_confirm_button.setText(button_text(title))
        self.ui.bulk_selection_label.setText(ngettext("{n} user selected.", "{n} users selected.", n).format(
            n=format_number(n)) if n else _(NO_USER_SELECTED))
        choices = self._choices()
        self.ui.bulk_choice_label.setText({bulk.CHANGE_SEAT: _("Seat"), bulk.SET_PERMISSIONS: _("Select a template")}
                                          .get(self.kind, _("Team")))
        for widget in (self.ui.bulk_choice_label, self.ui.bulk_choice_combo):
            widget.setVisible(bool(choices))
        refill_combo(self.ui.bulk_choice_combo, choices)
        self._preview()
