"""Users & Teams › Permission sets (R26): the account's permission sets (the CRM's roles / presets)
with their permissions and users; create, rename, duplicate, delete, edit, apply to users."""

from __future__ import annotations

from seatdesk import i18n
from seatdesk.i18n import _, format_number, ngettext
from seatdesk.services import queries
from seatdesk.ui.pages.base import AccountContext, Page, set_allowed
from seatdesk.ui.table_model import Column, RowTableModel

N_ = i18n.N_
SAVE_FIRST = N_("Save the permissions first: Apply to users gives them the set's saved permissions.")


def _set_name(row) -> str:
    from seatdesk.ui.labels import preset_label

    return preset_label(row.name)


SET_COLUMNS = (
    Column(N_("Permission set"), _set_name),
    Column(N_("Users"), lambda r: format_number(r.users), sort_key=lambda r: r.users, align_right=True),
)


class PermissionSetsPage(Page):
    """The sets on the left; the chosen set's permission tree (Save) and its users on the right.

    Every change goes through services.permission_sets; buttons the acting user may not use are
    greyed out with the reason (Add and edit users).
    """

    def __init__(self, context: AccountContext, parent=None):
        super().__init__(context, "permission_sets_page", parent)
        self.dialog = None  # the page's dialog open now, if any

    def title(self) -> str:
        return _("Permission sets")

    def build(self) -> None:
        from seatdesk.ui.forms.ui_permission_sets_page import Ui_PermissionSetsPage
        from seatdesk.ui.icons import icon
        from seatdesk.ui.user_tables import USER_COLUMNS, user_model
        from seatdesk.ui.widgets import permission_tree, tables

        self.ui = Ui_PermissionSetsPage()
        self.ui.setupUi(self)
        self.sets_model = RowTableModel(SET_COLUMNS, self, id_of=lambda r: r.id)
        tables.setup_table(self.ui.permission_sets_table, self.sets_model)
        self.users_model = user_model(USER_COLUMNS[:2] + USER_COLUMNS[4:5], self)  # name, email, seat
        tables.setup_table(self.ui.permission_set_users_table, self.users_model, many=True)
        permission_tree.build(self.ui.permission_set_tree)
        self.ui.sets_body.setStretch(0, 2)
        self.ui.sets_body.setStretch(1, 3)
        self.ui.set_detail_column.setStretch(1, 3)  # the tree
        self.ui.set_detail_column.setStretch(4, 2)  # the users
        self.ui.permission_sets_table.selectionModel().selectionChanged.connect(lambda *_a: self._show_set())
        self.ui.permission_set_tree.itemChanged.connect(lambda *_a: self.apply_permissions())
        self.ui.permission_set_users_table.clicked.connect(self._user_clicked)  # a name opens the user page
        self.ui.new_permission_set_button.setIcon(icon("lock"))
        self.ui.new_permission_set_button.clicked.connect(self.new_set)
        self.ui.rename_permission_set_button.clicked.connect(self.rename_set)
        self.ui.duplicate_permission_set_button.clicked.connect(self.duplicate_set)
        self.ui.delete_permission_set_button.clicked.connect(self.delete_set)
        self.ui.save_permission_set_button.clicked.connect(self.save_set)
        self.ui.apply_permission_set_button.clicked.connect(self.apply_to_users)

    # -- reading -----------------------------------------------------------------------------------
    def fill(self) -> None:
        from seatdesk.services.permission_sets import set_rows
        from seatdesk.ui.widgets import tables

        keep = self.set_id()
        self.sets_model.set_rows(set_rows(self.context.account_id))
        tables.fit_columns(self.ui.permission_sets_table)
        rows = self.sets_model.rows_of([keep]) if keep is not None else []
        self.ui.permission_sets_table.selectRow(rows[0] if rows else 0)
        self._show_set()

    def retranslate(self) -> None:
        from seatdesk.ui.widgets import permission_tree

        self.ui.retranslateUi(self)
        permission_tree.retranslate(self.ui.permission_set_tree)
        if not self.stale and self.context.account_id is not None:
            self.sets_model.retranslate()
            self.users_model.retranslate()
            self._show_texts()

    def chosen_set(self):
        """The SetRow chosen in the table, or None."""
        rows = self.ui.permission_sets_table.selectionModel().selectedRows() if self.built else []
        return self.sets_model.row_at(rows[0].row()) if rows else None

    def set_id(self) -> int | None:
        chosen = self.chosen_set()
        return chosen.id if chosen is not None else None

    def _show_set(self) -> None:
        """The chosen set's permissions in the tree (as stored) and its users."""
        from seatdesk.domain import permissions as perms
        from seatdesk.services.permission_sets import member_ids
        from seatdesk.ui.widgets import permission_tree, tables

        chosen = self.chosen_set()
        permission_tree.show(self.ui.permission_set_tree, chosen.permissions if chosen else (),
                             frozenset(perms.PERMISSION_KEYS), editable=chosen is not None and self._may())
        users = queries.user_rows(self.context.account_id, member_ids(chosen.id)) if chosen else []
        self.users_model.set_rows(users)
        tables.fit_columns(self.ui.permission_set_users_table)
        self._show_texts()
        self.apply_permissions()

    def _show_texts(self) -> None:
        chosen = self.chosen_set()
        if chosen is None:
            self.ui.permission_set_label.setText(_("No permission set yet: create one with New permission set."))
            self.ui.permission_set_users_label.setText("")
            return
        self.ui.permission_set_label.setText(_("Permissions of {set}").format(set=_set_name(chosen)))
        self.ui.permission_set_users_label.setText(ngettext(
            "{n} user has this permission set", "{n} users have this permission set", chosen.users).format(
            n=format_number(chosen.users)))

    def _user_clicked(self, index) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication

        if index.column() == 0 and QApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier:
            self.context.flows.open_user(self.users_model.row_at(index.row()).id)

    def _may(self) -> bool:
        from seatdesk.domain.permissions import ADD_EDIT_USERS

        return self.context.may(ADD_EDIT_USERS)

    def edited(self) -> bool:
        """Whether the tree differs from what the chosen set holds (Save has something to write)."""
        from seatdesk.ui.widgets import permission_tree

        chosen = self.chosen_set()
        return chosen is not None and permission_tree.checked(self.ui.permission_set_tree) != chosen.permissions

    def apply_permissions(self) -> None:
        from seatdesk.services.permission_sets import NEED_ADD_EDIT_USERS

        may = self._may()
        chosen = self.chosen_set() is not None
        reason = NEED_ADD_EDIT_USERS if not may else ""
        set_allowed(self.ui.new_permission_set_button, may, NEED_ADD_EDIT_USERS)
        for button, ready in ((self.ui.rename_permission_set_button, chosen),
                              (self.ui.duplicate_permission_set_button, chosen),
                              (self.ui.delete_permission_set_button, chosen),
                              (self.ui.save_permission_set_button, self.edited())):
            set_allowed(button, may and ready, reason)
        # Apply gives what the set holds: unsaved ticks would not go with it
        set_allowed(self.ui.apply_permission_set_button, may and chosen and not self.edited(),
                    reason or (SAVE_FIRST if self.edited() else ""))

    # -- actions -------------------------------------------------------------------------------------
    def _run(self, action):
        return self.context.flows.run(action, quiet=True)

    def _ask_name(self, title: str, current: str = "") -> str | None:
        from PySide6.QtWidgets import QInputDialog

        name, ok = QInputDialog.getText(self, title, _("Permission set name:"), text=current)
        return name if ok else None

    def _open(self, dialog) -> None:
        """Show one of the page's dialogs window-modal; when it closes, refresh after what it changed."""
        self.dialog = dialog

        def finished(_result: int) -> None:
            self.dialog = None
            if dialog.change is not None:
                self.context.apply(dialog.change)
                if getattr(dialog.change.result, "id", None) is not None:
                    self.select_set(dialog.change.result.id)
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    def new_set(self) -> None:
        from seatdesk.ui.permission_set_dialogs import NewPermissionSetDialog

        self._open(NewPermissionSetDialog(self.context.account_id, self.context.actor_id, self))

    def rename_set(self) -> None:
        from seatdesk.services import permission_sets as ps

        chosen = self.chosen_set()
        name = self._ask_name(_("Rename permission set"), _set_name(chosen)) if chosen else None
        if name is not None:
            self._run(lambda: ps.rename_set(self.context.account_id, self.context.actor_id, chosen.id, name))

    def duplicate_set(self) -> None:
        from seatdesk.services import permission_sets as ps

        chosen = self.chosen_set()
        name = self._ask_name(_("Duplicate permission set"),
                              _("{name} (copy)").format(name=_set_name(chosen))) if chosen else None
        if name is not None:
            change = self._run(lambda: ps.duplicate_set(self.context.account_id, self.context.actor_id,
                                                        chosen.id, name))
            if change is not None:
                self.select_set(change.result.id)

    def delete_set(self) -> None:
        from seatdesk.services import permission_sets as ps
        from seatdesk.ui.messages import ask

        chosen = self.chosen_set()
        if chosen is None:
            return
        question = ngettext(
            "Delete the permission set {set}? Its {n} user keeps their permissions, without the set.",
            "Delete the permission set {set}? Its {n} users keep their permissions, without the set.",
            chosen.users).format(set=_set_name(chosen), n=format_number(chosen.users))
        if ask(self, _("Delete permission set"), question, _("Delete the permission set"),
               _("Keep the permission set")):
            self._run(lambda: ps.delete_set(self.context.account_id, self.context.actor_id, chosen.id))

    def save_set(self) -> None:
        from seatdesk.services import permission_sets as ps
        from seatdesk.ui.widgets import permission_tree

        chosen = self.chosen_set()
        if chosen is not None:
            wanted = permission_tree.checked(self.ui.permission_set_tree)
            self._run(lambda: ps.edit_set(self.context.account_id, self.context.actor_id, chosen.id, wanted))

    def apply_to_users(self) -> None:
        from seatdesk.ui.permission_set_dialogs import ApplyPermissionSetDialog

        chosen = self.chosen_set()
        if chosen is not None:
            self._open(ApplyPermissionSetDialog(self.context.account_id, self.context.actor_id, chosen.id,
                                                _set_name(chosen), self.context.user_rows(), self))

    def select_set(self, preset_id: int) -> None:
        rows = self.sets_model.rows_of([preset_id])
        if rows:
            self.ui.permission_sets_table.selectRow(rows[0])
