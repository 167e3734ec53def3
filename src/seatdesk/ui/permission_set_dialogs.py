"""The Permission sets page's dialogs: a new set (name, what it starts from) and applying a set to users."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from seatdesk.i18n import _, format_number, ngettext
from seatdesk.services import permission_sets as ps
from seatdesk.ui.dialogs import (
    ServiceDialog,
    assign_mnemonics,
    button_text,
    mnemonic_widgets,
    pad_form_labels,
    refill_combo,
)
from seatdesk.ui.forms.ui_apply_permission_set_dialog import Ui_ApplyPermissionSetDialog
from seatdesk.ui.forms.ui_new_permission_set_dialog import Ui_NewPermissionSetDialog
from seatdesk.ui.labels import template_choices

#: The apply dialog lists at most this many users that match the search (type to narrow).
SHOWN_USERS = 300


class NewPermissionSetDialog(ServiceDialog):
    """Name a new permission set and choose what it starts from: nothing, a template or another set."""

    def __init__(self, account_id: int, actor_id: int | None, parent: QWidget | None = None):
        super().__init__(Ui_NewPermissionSetDialog, "new_permission_set_dialog", account_id, actor_id, parent)
        self.setMinimumWidth(440)
        self.ui.create_permission_set_button.clicked.connect(self.create)
        self.ui.cancel_button.clicked.connect(self.reject)
        self._retranslate()

    def _retranslate(self) -> None:
        refill_combo(self.ui.new_set_start_combo,
                     [(_("No permissions"), "")] + template_choices(self.account_id), "")
        pad_form_labels(self.ui.new_set_form)

    def create(self) -> None:
        name, start = self.ui.new_set_name_edit.text(), self.ui.new_set_start_combo.currentData() or None
        if self.run(lambda: ps.create_set(self.account_id, self.actor_id, name, start), quiet=True):
            self.accept()


class ApplyPermissionSetDialog(ServiceDialog):
    """Tick the users who get the set (search by name or email); they get its permissions as far
    as each seat allows, and the set as their preset."""

    def __init__(self, account_id: int, actor_id: int | None, preset_id: int, set_name: str, users,
                 parent: QWidget | None = None):
        super().__init__(Ui_ApplyPermissionSetDialog, "apply_permission_set_dialog", account_id, actor_id, parent)
        self.preset_id = preset_id
        self.set_name = set_name
        self.users = list(users)  # UserRow of the account, in name order
        self.chosen: set[int] = set()
        self.setMinimumSize(520, 460)
        self.ui.apply_users_search_edit.textChanged.connect(lambda _t: self._show_users())
        self.ui.apply_users_list.itemChanged.connect(self._ticked)
        self.ui.apply_confirm_button.clicked.connect(self.confirm)
        self.ui.cancel_button.clicked.connect(self.reject)
        self._retranslate()

    def _show_users(self) -> None:
        words = self.ui.apply_users_search_edit.text().casefold().split()
        shown = [u for u in self.users
                 if all(w in f"{u.first_name} {u.last_name} {u.email}".casefold() for w in words)]
        view = self.ui.apply_users_list
        view.blockSignals(True)
        view.clear()
        for user in shown[:SHOWN_USERS]:
            item = QListWidgetItem(f"{user.name} <{user.email}>" if user.name else user.email, view)
            item.setData(Qt.ItemDataRole.UserRole, user.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if user.id in self.chosen else Qt.CheckState.Unchecked)
        view.blockSignals(False)
        self._shown = len(shown)
        self._show_count()

    def _ticked(self, item: QListWidgetItem) -> None:
        user_id = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            self.chosen.add(user_id)
        else:
            self.chosen.discard(user_id)
        self._show_count()

    def _show_count(self) -> None:
        n = len(self.chosen)
        lines = [ngettext("{n} user chosen.", "{n} users chosen.", n).format(n=format_number(n))]
        if self._shown > SHOWN_USERS:
            lines.append(ngettext("The first {shown} of {n} matching user are listed: type to narrow the list.",
                                  "The first {shown} of {n} matching users are listed: type to narrow the list.",
                                  self._shown).format(shown=format_number(SHOWN_USERS), n=format_number(self._shown)))
        self.ui.apply_count_label.setText(" ".join(lines))
        self.ui.apply_confirm_button.setText(button_text(ngettext(
            "Apply to {n} user", "Apply to {n} users", n).format(n=format_number(n))))
        self.ui.apply_confirm_button.setEnabled(n > 0)
        assign_mnemonics(mnemonic_widgets(self))  # the button's text changed with the count

    def _retranslate(self) -> None:
        self.setWindowTitle(_("Apply {set} to users").format(set=self.set_name))
        self.ui.apply_intro_label.setText(_(
            "Tick the users who get the permission set {set}. Each gets its permissions as far as their seat "
            "allows (a View-Only Seat only views) and keeps none of their other permissions.").format(
            set=self.set_name))
        pad_form_labels(self.ui.apply_form)
        self._show_users()

    def confirm(self) -> None:
        ids = sorted(self.chosen)
        if self.run(lambda: ps.apply_set(self.account_id, self.actor_id, self.preset_id, ids)):
            self.accept()
