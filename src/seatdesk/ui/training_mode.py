"""The window's side of training mode (R32): the panel, the practice database opened in place of the
trainee's own and the account chooser locked to the scenario's account, the navigation named as the CRM's
path (Settings › Users & Teams, account name › Account & Billing), and everything put back at the end."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from seatdesk.i18n import _
from seatdesk.ui.settings import settings


class TrainingMode:
    """Mixed into the main window."""

    training_panel = None
    _own_database: Path | None = None

    def _build_training_action(self, action) -> None:
        self.training_action = action("training_action", self.show_training_panel, None, "school")
        self.training_action.setCheckable(True)

    def _retranslate_training(self) -> None:
        self.training_action.setText(_("&Training mode…"))

    def in_training(self) -> bool:
        return self._own_database is not None

    def show_training_panel(self, shown: bool = True) -> None:
        """Open (or close) the training panel; a scenario runs only once started from it."""
        from seatdesk.ui.training_panel import TrainingPanel

        if self.training_panel is None:
            self._let_pages_scroll()
            self.training_panel = TrainingPanel(self, self)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.training_panel)
            self.training_panel.visibilityChanged.connect(self.training_action.setChecked)
        self.training_panel.setVisible(shown)
        if shown:
            self.training_panel.raise_()
            self.training_panel.ui.trainee_name_edit.setFocus()

    def _let_pages_scroll(self) -> None:
        """With the panel beside them, the pages may be narrower than they need on a small screen: they
        scroll then, instead of the window growing past the screen."""
        from PySide6.QtWidgets import QFrame, QScrollArea

        stack = self.ui.page_stack
        scroll = QScrollArea(objectName="page_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        stack.parentWidget().layout().replaceWidget(stack, scroll)
        scroll.setWidget(stack)

    def enter_training(self, start):
        """Open the practice database ``start()`` makes and show its scenario's account, locked; returns the
        session. The trainee's own database is opened again if making the practice one fails."""
        from seatdesk.db.database import current_target, open_database

        if self._own_database is None:
            self._own_database = current_target()
            self._own_account = self.context.account_id
            self._own_last_account = settings().value("last_account")
        try:
            session = start()
        except Exception:
            if self._own_database is not None:
                open_database(self._own_database)
                self._own_database = None
                self.reload_accounts(select=self._own_account)
            raise
        self.reload_accounts(select=session.account_id)
        self.refresh_all()
        self._show_team_database()
        self._show_training()
        return session

    def reset_training(self, reset) -> None:
        reset()
        self.reload_accounts()
        self.refresh_all()

    def leave_training(self) -> None:
        """The trainee's own database and account again, the chooser unlocked."""
        from seatdesk.db.database import open_database

        if self._own_database is None:
            return
        own, self._own_database = self._own_database, None
        open_database(own)
        settings().setValue("last_account", self._own_last_account)
        self.reload_accounts(select=self._own_account)
        self.refresh_all()
        self._show_team_database()
        self._show_training()

    def _show_training(self) -> None:
        """Lock (or unlock) what would leave the practice account, and name the navigation as the CRM does."""
        training = self.in_training()
        self.account_combo.setEnabled(not training)
        self.team_database_action.setEnabled(not training)
        for made in (self.new_account_action, self.restore_action, self.new_plan_action,
                     self.duplicate_plan_action, self.delete_plan_action):
            if training:
                made.setEnabled(False)
        if not training:
            self.new_account_action.setEnabled(True)
            self._show_plan()
            self._apply_permissions()
        self._retranslate_navigation()
