"""Users & Teams › Teams (R26): the account's teams with their members; create, rename, delete, move."""

from __future__ import annotations

from seatdesk import i18n
from seatdesk.i18n import _, format_number, ngettext
from seatdesk.services import Change, queries
from seatdesk.ui.pages.base import AccountContext, Page, set_allowed
from seatdesk.ui.table_model import Column, RowTableModel

N_ = i18n.N_
TEAM_COLUMNS = (
    Column(N_("Team"), lambda t: t[1], fixed=True),
    Column(N_("Users"), lambda t: format_number(t[2]), sort_key=lambda t: t[2], align_right=True),
)


class TeamsPage(Page):
    """Teams on the left, the chosen team's members on the right; every change through services.teams."""

    def __init__(self, context: AccountContext, parent=None):
        super().__init__(context, "teams_page", parent)

    def title(self) -> str:
        return _("Teams")

    def build(self) -> None:
        from seatdesk.ui.forms.ui_teams_page import Ui_TeamsPage
        from seatdesk.ui.icons import icon
        from seatdesk.ui.user_tables import USER_COLUMNS, user_model
        from seatdesk.ui.widgets import tables

        self.ui = Ui_TeamsPage()
        self.ui.setupUi(self)
        self.teams_model = RowTableModel(TEAM_COLUMNS, self, id_of=lambda t: t[0])
        tables.setup_table(self.ui.teams_table, self.teams_model)
        self.members_model = user_model(USER_COLUMNS[:2] + USER_COLUMNS[4:5], self)  # name, email, seat
        tables.setup_table(self.ui.team_members_table, self.members_model, many=True)
        self.ui.teams_body.setStretch(0, 2)
        self.ui.teams_body.setStretch(1, 3)
        self.ui.teams_table.selectionModel().selectionChanged.connect(lambda *_a: self._show_members())
        self.ui.team_members_table.clicked.connect(self._member_clicked)  # a name opens the user page
        self.ui.team_members_table.selectionModel().selectionChanged.connect(lambda *_a: self.apply_permissions())
        self.ui.new_team_button.setIcon(icon("users-group"))
        self.ui.new_team_button.clicked.connect(self.new_team)
        self.ui.rename_team_button.clicked.connect(self.rename_team)
        self.ui.delete_team_button.clicked.connect(self.delete_team)
        self.ui.move_members_button.clicked.connect(self.move_members)
        self.ui.remove_members_button.clicked.connect(lambda: self._move(None))

    # -- reading -----------------------------------------------------------------------------------
    def fill(self) -> None:
        from seatdesk.services.teams import team_rows

        keep = self.team_id()
        self.teams_model.set_rows(team_rows(self.context.account_id))
        rows = self.teams_model.rows_of([keep]) if keep is not None else []
        self.ui.teams_table.selectRow(rows[0] if rows else 0)
        self._show_members()

    def apply_change(self, change: Change) -> None:
        self.fill()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        if not self.stale and self.context.account_id is not None:
            self.teams_model.retranslate()
            self.members_model.retranslate()
            self._show_members()

    def team_id(self) -> int | None:
        rows = self.ui.teams_table.selectionModel().selectedRows() if self.built else []
        return self.teams_model.row_at(rows[0].row())[0] if rows else None

    def _team(self):
        rows = self.ui.teams_table.selectionModel().selectedRows()
        return self.teams_model.row_at(rows[0].row()) if rows else None

    def _show_members(self) -> None:
        from seatdesk.services.teams import member_ids
        from seatdesk.ui.widgets import tables

        team = self._team()
        users = queries.user_rows(self.context.account_id, member_ids(team[0])) if team else []
        self.members_model.set_rows(users)
        tables.fit_columns(self.ui.team_members_table)
        self.ui.members_label.setText(
            ngettext("{team}: {n} user", "{team}: {n} users", len(users)).format(team=team[1], n=format_number(len(users)))
            if team else _("No team yet: create one with New team."))
        self.apply_permissions()

    def _member_clicked(self, index) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication

        if index.column() == 0 and QApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier:
            self.context.flows.open_user(self.members_model.row_at(index.row()).id)

    def _selected_members(self) -> list[int]:
        view = self.ui.team_members_table
        return [self.members_model.row_at(index.row()).id for index in view.selectionModel().selectedRows()]

    def apply_permissions(self) -> None:
        from seatdesk.services.teams import ADD_EDIT_TEAMS, NEED_ADD_EDIT_TEAMS

        may = self.context.may(ADD_EDIT_TEAMS)
        team = self._team() is not None
        chosen = bool(self._selected_members())
        set_allowed(self.ui.new_team_button, may, NEED_ADD_EDIT_TEAMS)
        for button, ready in ((self.ui.rename_team_button, team), (self.ui.delete_team_button, team),
                              (self.ui.move_members_button, chosen and self.teams_model.rowCount() > 1),
                              (self.ui.remove_members_button, chosen)):
            set_allowed(button, may and ready, NEED_ADD_EDIT_TEAMS if not may else "")

    # -- actions -------------------------------------------------------------------------------------
    def _ask_name(self, title: str, current: str = "") -> str | None:
        from PySide6.QtWidgets import QInputDialog

        name, ok = QInputDialog.getText(self, title, _("Team name:"), text=current)
        return name if ok else None

    def new_team(self) -> None:
        from seatdesk.services import teams

        name = self._ask_name(_("New team"))
        if name is not None:
            change = self.context.flows.run(lambda: teams.create_team(self.context.account_id, self.context.actor_id,
                                                                      name), quiet=True)
            if change is not None:
                self.select_team(change.result.id)

    def rename_team(self) -> None:
        from seatdesk.services import teams

        team = self._team()
        name = self._ask_name(_("Rename team"), team[1]) if team else None
        if name is not None:
            self.context.flows.run(lambda: teams.rename_team(self.context.account_id, self.context.actor_id, team[0],
                                                             name), quiet=True)

    def delete_team(self) -> None:
        from seatdesk.services import teams
        from seatdesk.ui.messages import ask

        team = self._team()
        if team is None:
            return
        question = ngettext("Delete the team {team}? Its {n} user stays in the account, without this team.",
                            "Delete the team {team}? Its {n} users stay in the account, without this team.",
                            team[2]).format(team=team[1], n=format_number(team[2]))
        if ask(self, _("Delete team"), question, _("Delete the team"), _("Keep the team")):
            self.context.flows.run(lambda: teams.delete_team(self.context.account_id, self.context.actor_id, team[0]),
                                   quiet=True)

    def move_members(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        team = self._team()
        others = [row for row in self.teams_model.all_rows() if team is None or row[0] != team[0]]
        names = [row[1] for row in others]
        n = len(self._selected_members())
        choice, ok = QInputDialog.getItem(self, _("Move to another team"), ngettext(
            "Move {n} user to the team:", "Move {n} users to the team:", n).format(n=format_number(n)),
            names, 0, False)
        if ok and choice in names:
            self._move(others[names.index(choice)][0])

    def _move(self, target: int | None) -> None:
        from seatdesk.services import teams

        team, ids = self._team(), self._selected_members()
        if team is not None and ids:
            self.context.flows.run(lambda: teams.move_members(self.context.account_id, self.context.actor_id, ids,
                                                              team[0], target), quiet=True)

    def select_team(self, team_id: int) -> None:
        rows = self.teams_model.rows_of([team_id])
        if rows:
            self.ui.teams_table.selectRow(rows[0])
