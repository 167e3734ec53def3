"""Parts of the main window that stand on their own: plans (the banner and the Account menu's plan
actions, R27) and the database file's safety (another seatdesk's changes, read-only files, backups).

Mixed into ``frame.MainWindow``; they use its ``context``, ``flows``, ``reload_accounts`` and status bar.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QMenu, QVBoxLayout, QWidget

from seatdesk.db.engines import DATABASE_ERRORS
from seatdesk.domain.permissions import MODIFY_BILLING
from seatdesk.i18n import _, format_list
from seatdesk.services import accounts, plans
from seatdesk.ui.icons import BADGE_COLORS
from seatdesk.ui.messages import ask, run_action
from seatdesk.ui.pages.base import set_allowed

WATCH_MS = 1000  # how often the window looks for changes made by another seatdesk (R34: seen within 2 s)


class PlanMenu:
    """The plan banner above the pages and New / Rename / Plan state / Delete plan."""

    def _build_plan_banner(self) -> None:
        """A banner above the pages (and the navigation) that can't be missed while a plan is shown."""
        central = self.takeCentralWidget()
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.plan_banner = QLabel(holder, objectName="plan_banner")
        self.plan_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.plan_banner.setStyleSheet("QLabel { background: #fde68a; color: #78350f; font-weight: 600;"
                                       " padding: 6px 10px; border-bottom: 2px solid #d97706; }")
        self.plan_banner.hide()
        column.addWidget(self.plan_banner)
        column.addWidget(central)
        self.setCentralWidget(holder)

    def _build_plan_actions(self, action) -> None:
        """``action(name, slot)`` makes a window action (the frame's own maker)."""
        self.new_plan_action = action("new_plan_action", self._new_plan)
        self.rename_plan_action = action("rename_plan_action", self._rename_plan)
        self.duplicate_plan_action = action("duplicate_plan_action", lambda: self._new_plan(duplicate=True))
        self.approval_pack_action = action("approval_pack_action", self._approval_pack, None, "file-export")
        self.delete_plan_action = action("delete_plan_action", self._delete_plan)
        self.plan_state_actions = {}
        self.plan_state_menu = QMenu(self)
        for state in plans.STATES:
            made = action(f"plan_{state}_action", lambda _c=False, s=state: self._set_plan_state(s))
            made.setCheckable(True)
            self.plan_state_actions[state] = made
            self.plan_state_menu.addAction(made)

    def _retranslate_plans(self) -> None:
        self.new_plan_action.setText(_("New p&lan…"))
        self.rename_plan_action.setText(_("Rena&me plan…"))
        self.duplicate_plan_action.setText(_("D&uplicate plan…"))
        self.approval_pack_action.setText(_("Appro&val pack…"))
        self.delete_plan_action.setText(_("&Delete plan…"))
        self.plan_state_menu.setTitle(_("Plan st&ate"))
        for state, made in self.plan_state_actions.items():
            made.setText(_(plans.STATE_LABELS[state]))
        self._show_plan()

    def _show_plan(self) -> None:
        """The banner and the plan actions follow what the window shows: the account, or one of its plans."""
        account = self.context.account() if self.context.account_id is not None else None
        in_plan = bool(account is not None and account.plan_of)
        if in_plan:
            root = accounts.get_account(account.plan_of)
            self.plan_banner.setText(_("Plan: {plan} of {account} · {state}. Nothing done here changes the account.")
                                     .format(plan=account.name, account=root.name,
                                             state=_(plans.STATE_LABELS.get(account.plan_state, plans.STATE_LABELS["draft"]))))
        self.plan_banner.setVisible(in_plan)
        for made in (self.rename_plan_action, self.duplicate_plan_action, self.approval_pack_action,
                     self.delete_plan_action, self.plan_state_menu.menuAction()):
            made.setVisible(in_plan)
        for state, made in self.plan_state_actions.items():
            made.setChecked(in_plan and account.plan_state == state)
        for made in (self.new_plan_action, self.duplicate_plan_action):
            set_allowed(made, self.context.may(MODIFY_BILLING), plans.NEED_BILLING_FOR_PLANS)
        if self.in_training():  # the trainee stays on the practice account
            for made in (self.new_plan_action, self.duplicate_plan_action, self.delete_plan_action):
                made.setEnabled(False)

    def _new_plan(self, duplicate: bool = False) -> None:
        from seatdesk.ui.new_plan_dialog import NewPlanDialog

        dialog = NewPlanDialog(self.context.account_id, self.context.actor_id, self,
                               duplicate=self.context.account() if duplicate else None)
        if dialog.exec() and dialog.change is not None:
            self.reload_accounts(select=dialog.change.result.id)
        dialog.deleteLater()

    def _approval_pack(self) -> None:
        from seatdesk.ui.approval_pack import ApprovalPackDialog

        account = self.context.account()
        dialog = ApprovalPackDialog(account.id, self.context.actor_id, account.name, self)
        if dialog.exec() and dialog.written:
            self.statusBar().showMessage(_("Approval pack saved: {files}").format(
                files=format_list([str(path) for path in dialog.written])), 10000)
        dialog.deleteLater()

    def _rename_plan(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        account = self.context.account()
        name, ok = QInputDialog.getText(self, _("Rename plan"), _("New name of the plan:"), text=account.name)
        if ok and self.flows.run(lambda: plans.rename_plan(account.id, self.context.actor_id, name), quiet=True):
            self.reload_accounts(select=account.id)

    def _set_plan_state(self, state: str) -> None:
        account = self.context.account()
        self.flows.run(lambda: plans.set_plan_state(account.id, self.context.actor_id, state), quiet=True)
        self._show_plan()

    def _delete_plan(self) -> None:
        account = self.context.account()
        if not ask(self, _("Delete plan"), _("Delete the plan {plan} and everything done in it? The account stays as "
                                             "it is.").format(plan=account.name), _("Delete plan"), _("Keep the plan")):
            return
        # not through the context: its pages would read the plan again before the account is shown
        if run_action(self, lambda: plans.delete_plan(account.id, self.context.actor_id), quiet=True) is not None:
            self.reload_accounts(select=account.plan_of)


class DatabaseWatch:
    """Changes made by another seatdesk, a read-only file, Back up now and Restore from a backup."""

    def _start_watch(self) -> None:
        from seatdesk.db.database import data_version, read_only

        # Another seatdesk on the same database: its commits change SQLite's data_version, or PostgreSQL notifies
        # them (R34); read the pages again.
        self._data_version = data_version()
        self._show_team_database()
        self._catalog_problem_shown = None
        self._server_lost = False  # the last look at a team database found its server out of reach
        if read_only():  # said once, and kept in view: every change is refused with the same words
            note = QLabel(objectName="read_only_label")
            note.setStyleSheet(f"QLabel {{ color: {BADGE_COLORS['removal']}; font-weight: 600; }}")
            self.statusBar().addPermanentWidget(note)
            self._read_only_note = note
            self._retranslate_read_only()
        self._watch = QTimer(self, interval=WATCH_MS, objectName="change_watch_timer")
        self._watch.timeout.connect(self._check_outside_changes)
        self._watch.start()

    def _show_team_database(self) -> None:
        """On a team's server: the server named in the status bar; backups are the server's (hidden here)."""
        from seatdesk.db.database import engine
        from seatdesk.db.engines import POSTGRESQL

        team = engine() == POSTGRESQL
        for made in (self.backup_action, self.restore_action):
            made.setVisible(not team)
        note = getattr(self, "_team_note", None)
        if team and note is None:
            note = self._team_note = QLabel(objectName="team_database_label")
            note.setTextFormat(Qt.TextFormat.PlainText)
            self.statusBar().addPermanentWidget(note)
        if note is not None:
            note.setVisible(team)
            if team:
                self._team_target = self._shown_database()
        self._retranslate_read_only()

    def _retranslate_read_only(self) -> None:
        team = getattr(self, "_team_note", None)
        if team is not None and not team.isHidden():
            team.setText(_("Team database: {target}").format(target=self._team_target))
            team.setToolTip(_("Shared with your team on a PostgreSQL server: the others' changes show here within "
                              "2 seconds. Backups are made on the server."))
        note = getattr(self, "_read_only_note", None)
        if note is not None:
            self.setWindowTitle(_("seatdesk (read-only)"))
            note.setText(_("Read-only file: you can look, but no change can be saved."))

    def _check_outside_changes(self) -> None:
        """Refresh what is shown when another process committed to the database (an open dialog checks
        for itself before it acts)."""
        from seatdesk.db.database import data_version
        from seatdesk.db.engines import POSTGRESQL
        from seatdesk.db.models import db

        if db.obj is None or db.is_closed() and db.engine != POSTGRESQL:
            return  # (a team database whose server went away stays closed until change_count connects again)
        from seatdesk.services.catalog import catalog_problem, current_catalog

        current_catalog()  # a catalog edited meanwhile: read again, or kept with the reason shown
        problem = catalog_problem()
        if problem is not None and problem is not self._catalog_problem_shown:
            self._catalog_problem_shown = problem
            self.statusBar().showMessage(_("{problem} Until then, seatdesk keeps the prices it read before.").format(
                problem=problem.translated()), 15000)
        try:
            version = data_version()
        except DATABASE_ERRORS:  # a team database's server out of reach: said, asked again next time
            self.statusBar().showMessage(_("The team database can't be reached right now: seatdesk tries again "
                                           "every second. Changes made meanwhile are refused."), 3000)
            self._server_lost = True
            return
        lost, self._server_lost = self._server_lost, False
        if (version != self._data_version or lost) and self.flows.dialog is None:
            self._data_version = version
            self.reload_accounts(select=self.context.account_id)
            self.statusBar().showMessage(
                _("The team database can be reached again: the window shows it as it is now.") if lost else
                _("Another seatdesk changed this database: the window shows it as it is now."), 8000)

    def _back_up(self) -> None:
        from seatdesk.services import Change, backups

        made = []

        def action() -> Change:
            made.append(backups.make_backup("manual"))
            return Change()

        if run_action(self, action) and made[0] is not None:
            self.statusBar().showMessage(_("Backup copy saved: {path}").format(path=made[0].path), 8000)

    def _open_team_database(self) -> None:
        from seatdesk.db.database import current_target
        from seatdesk.ui.team_database_dialog import TeamDatabaseDialog

        dialog = TeamDatabaseDialog(current_target(), self)
        if dialog.exec() and dialog.target is not None:
            self.switch_database(dialog.target)
        dialog.deleteLater()

    def switch_database(self, target: str) -> bool:
        """Open ``target`` (a connection string, or "" for the file in the data folder) in this window and
        remember it for the next start; when it can't be opened, open again the database open before (or,
        out of reach too, the file on this computer), then say why."""
        from seatdesk.db.database import current_target
        from seatdesk.domain.errors import DomainError
        from seatdesk.paths import default_database_path
        from seatdesk.ui.messages import show_refusal
        from seatdesk.ui.settings import remember_database

        previous = current_target()
        try:
            self._open_database(target or str(default_database_path()))
        except DomainError as error:
            if previous is None:
                show_refusal(self, error)
            else:
                self._open_again(previous, error)
            return False
        remember_database(target)
        self._database_opened()
        self.statusBar().showMessage(_("Opened: {target}").format(target=self._shown_database()), 8000)
        return True

    @staticmethod
    def _open_database(target: str) -> None:
        """Open ``target`` and bring the permission catalog up to date.

        Raises:
            DomainError: what the user is told (nothing changed).
        """
        from seatdesk.db.database import open_database
        from seatdesk.services.accounts import sync_permission_catalog
        from seatdesk.services.common import database_refusal
        from seatdesk.ui.progress import busy

        try:
            with busy():  # a server far away, or out of reach: up to connect_timeout (10 s)
                open_database(target)
                sync_permission_catalog()
        except DATABASE_ERRORS as error:  # the server went away half-way: nothing was changed
            raise database_refusal(error) from None

    def _open_again(self, previous: str, refused) -> None:
        """After the refused switch ``refused``: the database open before again, else the file on this computer;
        the window has one again before any box says why (its watch runs while a box is open)."""
        from seatdesk.db.engines import POSTGRESQL, engine_of
        from seatdesk.domain.errors import DomainError
        from seatdesk.paths import default_database_path
        from seatdesk.ui.messages import fell_back_note, show_refusal

        gone = None
        try:
            self._open_database(previous)
        except DomainError as error:
            try:
                self._open_database(str(default_database_path()))
            except DomainError as again:
                for reason in (refused, error, again):
                    show_refusal(self, reason)
                return
            gone = error
        self._database_opened()
        show_refusal(self, refused)
        if gone is not None:
            show_refusal(self, gone, fell_back_note() if engine_of(previous) == POSTGRESQL else
                         _("seatdesk opened the database file on this computer instead."))

    def _database_opened(self) -> None:
        from seatdesk.db.database import data_version

        self._data_version = data_version()
        self._show_team_database()
        self.reload_accounts()
        self.refresh_all()

    def _shown_database(self) -> str:
        from seatdesk.db.database import current_target
        from seatdesk.db.team import shown_target

        return shown_target(current_target() or "")

    def _open_restore(self) -> None:
        from seatdesk.db.database import data_version
        from seatdesk.ui.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self)
        if dialog.exec():
            self._data_version = data_version()  # the database was opened again
            self.reload_accounts(select=self.context.account_id)
            self.context.reload()
            self.statusBar().showMessage(_("The backup was restored."), 8000)
        dialog.deleteLater()
