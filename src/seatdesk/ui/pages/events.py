"""Event log: every change of the account, with the planning date it was made on and who made it."""

from __future__ import annotations

from seatdesk import i18n
from seatdesk.i18n import _, format_date
from seatdesk.services import Change, queries
from seatdesk.ui.pages.base import AccountContext, Page
from seatdesk.ui.table_model import Column, RowTableModel
from seatdesk.ui.widgets import tables

N_ = i18n.N_


class EventsPage(Page):
    """The account's event log, newest first; read when shown (it can be long)."""

    def __init__(self, context: AccountContext, parent=None):
        super().__init__(context, "events_page", parent)

    def title(self) -> str:
        return _("Event log")

    def build(self) -> None:
        from seatdesk.services.events import describe
        from seatdesk.ui.forms.ui_events_page import Ui_EventsPage

        self.ui = Ui_EventsPage()
        self.ui.setupUi(self)
        self.model = RowTableModel((
            Column(N_("Planning date"), lambda e: format_date(e.planning_date), lambda e: e.id),
            Column(N_("By"), lambda e: e.actor.email if e.actor_id and e.actor else ""),
            Column(N_("What happened"), lambda e: describe(e.kind, e.data, self.context.currency())),
        ), self)
        tables.setup_table(self.ui.events_table, self.model)

    def fill(self) -> None:
        self.model.set_rows(queries.events(self.context.account_id))
        tables.fit_columns(self.ui.events_table)

    def apply_change(self, change: Change) -> None:
        self.fill()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        if not self.stale and self.context.account_id is not None:
            self.model.retranslate()
