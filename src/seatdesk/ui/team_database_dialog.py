"""Account › Team database: open a database shared on a PostgreSQL server (R34), or the file on this computer.

The dialog asks and shows; ``seatdesk.db.team`` checks the server without changing it, and the window opens
the database chosen (``MainWindow.switch_database``), which is remembered for the next start.
"""

from __future__ import annotations

from PySide6.QtWidgets import QSizePolicy, QWidget

from seatdesk.db.engines import POSTGRESQL, engine_of
from seatdesk.domain.errors import DomainError
from seatdesk.i18n import _
from seatdesk.ui.dialogs import ServiceDialog
from seatdesk.ui.forms.ui_team_database_dialog import Ui_TeamDatabaseDialog


class TeamDatabaseDialog(ServiceDialog):
    """Accepted with ``target`` set: a connection string, or "" for the file in the per-user data folder."""

    def __init__(self, current: str | None, parent: QWidget | None = None):
        super().__init__(Ui_TeamDatabaseDialog, "TeamDatabaseDialog", 0, None, parent)
        self.target: str | None = None
        from seatdesk.db.team import without_secrets
        from seatdesk.ui.settings import remembered_database

        team = bool(current) and engine_of(current) == POSTGRESQL
        # On the local file after the team's server was out of reach, the remembered string is offered again.
        offered = current if team else remembered_database()
        if offered and engine_of(offered) == POSTGRESQL:
            self.ui.connection_edit.setText(without_secrets(offered))  # a password given with --db stays out
        (self.ui.team_radio if team else self.ui.local_radio).setChecked(True)
        self.ui.team_radio.toggled.connect(self._show_fields)
        self.ui.connection_edit.textChanged.connect(lambda _text: self._show_result("", False))
        self.ui.test_connection_button.clicked.connect(self._test)
        self.ui.open_button.clicked.connect(self._open)
        self.ui.cancel_button.clicked.connect(self.reject)
        # A long word (a connection string) in the result wraps within the dialog instead of widening it.
        policy = self.ui.connection_result_label.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        self.ui.connection_result_label.setSizePolicy(policy)
        self.resize(620, 300)
        self._show_fields()
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(_("Team database"))

    def _show_fields(self) -> None:
        team = self.ui.team_radio.isChecked()
        for widget in (self.ui.connection_label, self.ui.connection_edit, self.ui.test_connection_button):
            widget.setEnabled(team)
        self._show_result("", False)
        if team:
            self.ui.connection_edit.setFocus()

    def _show_result(self, text: str, problem: bool) -> None:
        from seatdesk.ui.icons import BADGE_COLORS

        self.ui.connection_result_label.setText(text)
        self.ui.connection_result_label.setStyleSheet(
            f"QLabel {{ color: {BADGE_COLORS['removal']}; }}" if problem else "")

    def _typed(self) -> str | None:
        """The connection string typed, checked; None (with the reason shown) when it can't be used."""
        from seatdesk.db.team import team_target

        try:
            return team_target(self.ui.connection_edit.text())
        except DomainError as error:
            self._show_result(error.translated(), True)
            return None

    def _test(self) -> bool:
        """Connect without changing anything, and say what was found."""
        from seatdesk.db.team import EMPTY, check_server
        from seatdesk.ui.progress import busy

        dsn = self._typed()
        if dsn is None:
            return False
        try:
            with busy():
                found, version = check_server(dsn)
        except DomainError as error:
            self._show_result(error.translated(), True)
            return False
        self._show_result(_("Connected to PostgreSQL {version}. The database is empty: seatdesk makes its tables "
                            "when you open it.").format(version=version) if found == EMPTY else
                          _("Connected to PostgreSQL {version}. The database is seatdesk's: Open shows its "
                            "accounts.").format(version=version), False)
        return True

    def _open(self) -> None:
        if self.ui.local_radio.isChecked():
            self.target = ""
        else:
            dsn = self._typed()
            if dsn is None or not self._test():
                return
            self.target = dsn
        self.accept()
