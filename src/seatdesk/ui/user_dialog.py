"""The user page (F3): teams and preset under the name, Assign seat, Actions; Save writes them at once."""

from __future__ import annotations

from babel.lists import format_list
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHeaderView,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from seatdesk import i18n
from seatdesk.domain import permissions as perms
from seatdesk.domain import seats as st
from seatdesk.domain.errors import DomainError
from seatdesk.domain.permissions import ADD_EDIT_USERS
from seatdesk.i18n import N_, _, format_date, format_datetime, in_sentence
from seatdesk.services import Change, queries
from seatdesk.services import user_page as page
from seatdesk.services import users as user_service
from seatdesk.services.common import NEED_ADD_EDIT_USERS, actor_can, actor_is_super_admin
from seatdesk.services.permission_sets import template_permissions
from seatdesk.ui import labels
from seatdesk.ui.change_seat_dialog import NO_SEAT_LABELS
from seatdesk.ui.dialogs import (
    ServiceDialog,
    assign_mnemonics,
    button_text,
    cancel_text,
    pad_form_labels,
    refill_combo,
)
from seatdesk.ui.forms.ui_user_dialog import Ui_UserDialog
from seatdesk.ui.labels import preset_label, template_choices
from seatdesk.ui.messages import ask, show_refusal
from seatdesk.ui.table_model import Column, RowTableModel
from seatdesk.ui.widgets import permission_tree

UNASSIGN_HINT = N_("To unassign a seat completely, select View-Only Seat.")
HUB_SEAT_LABELS = {"sales": N_("Sales Access"), "service": N_("Service Access")}
class TeamDropdown(QComboBox):
    """Looks and is reached like the other dropdowns, but opens a menu of check boxes: a user may be
    in several teams. Its one entry is the text shown (the teams checked)."""

    def __init__(self, menu: QMenu, parent: QWidget | None = None):
        super().__init__(parent)
        self.menu = menu
        self.addItem("")

    def text(self) -> str:
        return self.itemText(0)

    def setText(self, text: str) -> None:
        self.setItemText(0, text)

    def showPopup(self) -> None:
        self.menu.setMinimumWidth(self.width())
        self.menu.popup(self.mapToGlobal(self.rect().bottomLeft()))


class PermissionHistoryDialog(QDialog):
    """Who changed what of a user's seat, permissions, teams and preset, and when (R19)."""

    def __init__(self, account_id: int, user_id: int, title: str, parent: QWidget | None = None):
        super().__init__(parent, objectName="PermissionHistoryDialog")
        self.setWindowTitle(title)
        self.resize(820, 360)
        self.model = RowTableModel((
            Column(N_("When"), lambda r: format_datetime(r.at, "short"), lambda r: r.id),
            # the same numeric date as "When" (format_datetime "short"), not a written-out one
            Column(N_("Planning date"), lambda r: format_date(r.planning_date, "short"), lambda r: r.id),
            Column(N_("By"), lambda r: r.actor),
            Column(N_("What changed"), lambda r: page.describe_change(r.change)),
        ), self)
        self.model.set_rows(page.history_rows(account_id, user_id))
        self.table = QTableView(self, objectName="history_table")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        # "What changed" can be long: it wraps in the width left by the other columns, and each row
        # takes the height of its text (never cut with "…").
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.model.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # the wrapped height depends on the column's width, which follows the dialog's
        header.sectionResized.connect(lambda *_args: self.table.resizeRowsToContents())
        close = QPushButton(button_text(_("Close")), self, objectName="close_button")
        assign_mnemonics([close])
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)


class UserDialog(ServiceDialog):
    """One user's page. Immediate actions (Actions menu) are kept in ``changes`` for the window."""

    def __init__(self, account_id: int, actor_id: int | None, user_id: int, parent: QWidget | None = None):
        super().__init__(Ui_UserDialog, "UserDialog", account_id, actor_id, parent)
        self.user_id = user_id
        self.changes: list[Change] = []
        self.slots = page.seat_slots(account_id)
        self.setMinimumWidth(620)
        self.team_menu = QMenu(self, objectName="team_menu")
        self.team_menu.triggered.connect(lambda _a: self._show_teams())
        team_dropdown = TeamDropdown(self.team_menu, self)
        team_dropdown.setObjectName("team_button")
        team_dropdown.setToolTip(self.ui.team_button.toolTip())
        self.ui.user_groups_form.replaceWidget(self.ui.team_button, team_dropdown)
        self.ui.team_button.setParent(None)  # out of the tab chain now, not at the next event loop
        self.ui.team_button.deleteLater()
        self.ui.team_button = team_dropdown
        self.ui.team_label.setBuddy(team_dropdown)
        QWidget.setTabOrder(self.ui.user_actions_button, team_dropdown)  # where the form's team button was
        QWidget.setTabOrder(team_dropdown, self.ui.preset_combo)
        self.actions_menu = QMenu(self, objectName="user_actions_menu")
        self.ui.user_actions_button.setMenu(self.actions_menu)
        self.history_action = self._action("permission_history_action", self.show_history)
        self.resend_invitation_action = self._action("resend_invitation_action", self.resend_invitation)
        self.copy_invite_link_action = self._action("copy_invite_link_action", self.copy_invite_link)
        self.reset_password_action = self._action("reset_password_action", self.reset_password)
        self.remove_super_admin_action = self._action("remove_super_admin_action", self.remove_super_admin)
        self.deactivate_action = self._action("deactivate_action", lambda: self.set_active(False))
        self.reactivate_action = self._action("reactivate_action", lambda: self.set_active(True))
        self.actions_menu.addSeparator()
        self.remove_action = self._action("remove_from_account_action", self.remove_from_account)
        permission_tree.build(self.ui.permissions_tree)
        self.ui.template_combo.currentIndexChanged.connect(lambda _i: self._template_chosen())
        for combo in (self.ui.seat_assignment_combo, self.ui.second_seat_combo):
            combo.currentIndexChanged.connect(lambda _i: self._show_seat_note())
            combo.currentIndexChanged.connect(lambda _i: self._show_permission_tree())
        self.ui.save_button.clicked.connect(self.save)
        self.ui.cancel_button.clicked.connect(self.reject)
        self._load()

    def _action(self, name: str, slot) -> QAction:
        action = QAction(self, objectName=name)
        action.triggered.connect(slot)
        self.actions_menu.addAction(action)
        return action

    # -- showing -----------------------------------------------------------------------------------
    def _load(self) -> None:
        """Read the user again (after an action) and show them; pending choices start from what is saved."""
        self.details = page.user_details(self.account_id, self.user_id)
        self._tree_shown = False  # the tree starts from what is saved
        self._teams = set(self.details.team_ids)
        self._preset = self.details.preset_id
        self._seats = set(self.details.seat_types)
        self._retranslate()

    def _retranslate(self) -> None:
        d = self.details
        self.setWindowTitle(d.name)
        self.ui.user_name_label.setText(d.name)
        self.ui.user_email_label.setText(d.email)
        parts = [labels.status_label(d.status)]
        if d.is_super_admin:
            parts.append(_("Super Admin"))
        parts.append(_("Last active date: {date}").format(
            date=format_date(d.last_active) if d.last_active else _("Never")))
        self.ui.user_status_label.setText(" · ".join(parts))
        self.ui.team_label.setText(_("Team"))
        self._fill_teams()
        self._fill_presets()
        self._fill_seats()
        granted = [in_sentence(_(perms.PERMISSION_LABELS[k])) for k in d.permissions if k in perms.PERMISSION_LABELS]
        if d.is_super_admin:  # a super admin has every permission, whatever is stored (R18)
            self.ui.permissions_label.setText(_("Permissions: all (super admin)"))
        else:
            self.ui.permissions_label.setText(_("Permissions: {permissions}").format(
                permissions=format_list(granted, locale=i18n.locale()) if granted else _("None")))
        self.ui.save_button.setText(button_text(_("Save")))
        self.ui.cancel_button.setText(button_text(_("Close")))
        self.history_action.setText(_("Permission history"))
        self.resend_invitation_action.setText(_("Resend invitation"))
        self.copy_invite_link_action.setText(_("Copy invite link"))
        self.reset_password_action.setText(_("Reset password"))
        self.remove_super_admin_action.setText(_("Remove super admin"))
        self.deactivate_action.setText(_("Deactivate user"))
        self.reactivate_action.setText(_("Reactivate user"))
        self.remove_action.setText(_("Remove from account"))
        permission_tree.retranslate(self.ui.permissions_tree)
        refill_combo(self.ui.template_combo, [(_("Keep these permissions"), "")] + template_choices(self.account_id),
                     "")
        self._apply_permissions()
        self._show_permission_tree()
        pad_form_labels(self.ui.user_groups_form, self.ui.seat_form, self.ui.template_form)

    def _fill_teams(self) -> None:
        self.team_menu.clear()
        names = []
        for team_id, name in queries.teams(self.account_id):
            action = self.team_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(team_id in self._teams)
            action.setData(team_id)
            if team_id in self._teams:
                names.append(name)
        self.ui.team_button.setText(format_list(names, locale=i18n.locale()) if names else _("No team"))

    def _show_teams(self) -> None:
        self._teams = {a.data() for a in self.team_menu.actions() if a.isChecked()}
        names = [a.text() for a in self.team_menu.actions() if a.isChecked()]
        self.ui.team_button.setText(format_list(names, locale=i18n.locale()) if names else _("No team"))

    def _fill_presets(self) -> None:
        refill_combo(self.ui.preset_combo, [(_("None"), None)] + [(preset_label(name), preset_id) for preset_id, name
                                                                   in queries.presets(self.account_id)], self._preset)

    def _fill_seats(self) -> None:
        """Seat-based: one Seat assignment dropdown; legacy: one per hub, with "No … seat"."""
        combos = (self.ui.seat_assignment_combo, self.ui.second_seat_combo)
        legacy = self.slots[0][0] is not None
        sales, service = HUB_SEAT_LABELS["sales"], HUB_SEAT_LABELS["service"]
        self.ui.seat_assignment_label.setText(_(sales) if legacy else _("Seat assignment"))
        self.ui.second_seat_label.setText(_(service))
        self.ui.second_seat_label.setVisible(legacy)
        self.ui.second_seat_combo.setVisible(legacy)
        for combo, (hub, seat_types) in zip(combos, self.slots, strict=False):
            held = next((t for t in self._seats if hub is None or st.legacy_hub(t) == hub), "")
            refill_combo(combo, [(labels.seat_label(t), t) for t in seat_types]
                         + ([(_(NO_SEAT_LABELS[hub]), "")] if hub is not None else []), held)
        self._show_seat_note()

    def chosen_seats(self) -> frozenset[str]:
        combos = (self.ui.seat_assignment_combo, self.ui.second_seat_combo)
        return frozenset(c.currentData() for c, _slot in zip(combos, self.slots, strict=False) if c.currentData())

    def _show_seat_note(self) -> None:
        chosen = self.chosen_seats()
        lines = [_(st.SEAT_TYPE_DESCRIPTIONS[t]) for t in sorted(chosen, key=st.SEAT_TYPE_ORDER.get)
                 if t in st.SEAT_TYPE_DESCRIPTIONS]
        if self.slots[0][0] is None:
            lines.append(_(UNASSIGN_HINT))
        if any(st.is_paid(t) for t in set(self.details.seat_types) - chosen):
            lines.append(_(page.UNASSIGN_KEEPS_PAYING))
        self.ui.seat_note_label.setText("\n".join(lines))

    def _show_permission_tree(self, wanted=None) -> None:
        """The user's permissions, editable with the rules of creation: what the chosen seat can't
        hold is greyed out (R25); a super admin has them all (R18), and nothing to edit."""
        tree = self.ui.permissions_tree
        if self.details.is_super_admin:
            permission_tree.show(tree, perms.PERMISSION_KEYS, frozenset(perms.PERMISSION_KEYS), editable=False)
            self.ui.template_combo.setEnabled(False)
            return
        allowed = perms.allowed_permissions(st.VIEW_ONLY in self.chosen_seats())
        if wanted is None:
            wanted = permission_tree.checked(tree) if self._tree_shown else self.details.permissions
        may_edit = actor_can(self.account_id, self.actor_id, ADD_EDIT_USERS)
        permission_tree.show(tree, wanted, allowed, editable=may_edit)
        self.ui.template_combo.setEnabled(may_edit)
        self._tree_shown = True

    def _template_chosen(self) -> None:
        key = self.ui.template_combo.currentData()
        if key:  # the template's permissions, to adjust; "Keep these permissions" changes nothing
            self._show_permission_tree(template_permissions(self.account_id, key) or frozenset())

    def _apply_permissions(self) -> None:
        d = self.details
        may_edit = actor_can(self.account_id, self.actor_id, ADD_EDIT_USERS)
        super_actor = actor_is_super_admin(self.account_id, self.actor_id)
        for widget in (self.ui.save_button, self.reset_password_action, self.deactivate_action,
                       self.reactivate_action, self.remove_action, self.resend_invitation_action):
            widget.setEnabled(may_edit)
            widget.setToolTip("" if may_edit else _(NEED_ADD_EDIT_USERS))
        self.remove_super_admin_action.setVisible(d.is_super_admin)
        self.remove_super_admin_action.setEnabled(super_actor)
        invited = d.status == "invited"  # until they accept: the invitation again, or its link
        self.resend_invitation_action.setVisible(invited)
        self.copy_invite_link_action.setVisible(invited)
        self.reset_password_action.setVisible(not invited)
        self.deactivate_action.setVisible(d.status != "deactivated")
        self.reactivate_action.setVisible(d.status == "deactivated")

    # -- doing ---------------------------------------------------------------------------------------
    def _act(self, action, close: bool = False) -> Change | None:
        change = self.run(action)
        if change is not None:
            self.changes.append(change)
            if close:
                self.accept()
            else:
                self._load()
        return change

    def save(self) -> None:
        permissions = None if self.details.is_super_admin else permission_tree.checked(self.ui.permissions_tree)
        edit = page.UserEdit(self.chosen_seats(), frozenset(self._teams), self.ui.preset_combo.currentData(),
                             permissions)
        self._act(lambda: page.save_user(self.account_id, self.actor_id, self.user_id, edit), close=True)

    def show_history(self) -> None:
        PermissionHistoryDialog(self.account_id, self.user_id,
                                _("Permission history: {name}").format(name=self.details.name), self).exec()

    def resend_invitation(self) -> None:
        self._act(lambda: page.resend_invitation(self.account_id, self.actor_id, self.user_id,
                                                 i18n.current_language()))

    def copy_invite_link(self) -> None:
        """The invite link (with its random token) on the clipboard (R21)."""
        from PySide6.QtGui import QGuiApplication

        from seatdesk.services.outbox import open_invitation_link

        try:
            link = open_invitation_link(self.account_id, self.user_id)
        except DomainError as error:
            show_refusal(self, error)
            return
        QGuiApplication.clipboard().setText(link)
        box = QMessageBox(QMessageBox.Icon.Information, _("Copy invite link"), _("Invite link copied. {rule}").format(
            rule=_("When they create their account, the user must use the email address you added.")),
            QMessageBox.StandardButton.Ok, self)
        box.setObjectName("notice_box")
        box.exec()

    def reset_password(self) -> None:
        self._act(lambda: page.reset_password(self.account_id, self.actor_id, self.user_id, i18n.current_language()))

    def remove_super_admin(self) -> None:
        if ask(self, _("Remove super admin"), _("Remove the super admin rights of {name}?").format(
                name=self.details.name), _("Remove super admin"), cancel_text()):
            self._act(lambda: user_service.set_super_admin(self.account_id, self.actor_id, self.user_id, False))

    def set_active(self, active: bool) -> None:
        if active:
            self._act(lambda: user_service.reactivate_user(self.account_id, self.actor_id, self.user_id))
        elif ask(self, _("Deactivate user"), _("Deactivate {name}? Their seat stays assigned: to free it, "
                                               "change the seat before deactivating.").format(name=self.details.name),
                 _("Deactivate user"), cancel_text()):
            self._act(lambda: user_service.deactivate_user(self.account_id, self.actor_id, self.user_id))

    def remove_from_account(self) -> None:
        refusal = user_service.removal_refusal(self.account_id, self.actor_id, self.user_id)
        if refusal is not None:  # refuse first (R14): never "can't be undone" for a removal that can't be done
            show_refusal(self, refusal)
            return
        if ask(self, _("Remove from account"), _("Remove {name} from the account? This can't be undone.").format(
                name=self.details.name), _("Remove from account"), cancel_text()):
            self._act(lambda: user_service.remove_user(self.account_id, self.actor_id, self.user_id), close=True)

