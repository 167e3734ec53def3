"""Account & Billing › Subscriptions: the subscriptions table and Committed terms (seat-based accounts remove here)."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView

from seatdesk import i18n
from seatdesk.i18n import _, format_date, format_money, format_number, label_value, ngettext
from seatdesk.services import queries
from seatdesk.ui import labels
from seatdesk.ui.forms.ui_subscriptions_page import Ui_SubscriptionsPage
from seatdesk.ui.pages.base import AccountContext
from seatdesk.ui.pages.billing_overview import SubscriptionBoxes
from seatdesk.ui.table_model import Column, RowTableModel
from seatdesk.ui.widgets import tables
from seatdesk.ui.widgets.wrapping_header import WrappingHeader

N_ = i18n.N_


def _seat_counts(counts: dict[str, int]) -> str:
    return "\n".join(label_value(labels.seat_label(t), format_number(n)) for t, n in counts.items())


def _removals_text(f: queries.SubscriptionFigures) -> str:
    return "\n".join(
        ngettext("{n} × {seat} on {date}", "{n} × {seat} on {date}", n).format(
            n=format_number(n), seat=labels.seat_label(t), date=format_date(d))
        for _id, t, n, d in f.scheduled_removals)


def _term_text(f: queries.SubscriptionFigures) -> str:
    """The term, its billing period and auto-renewal, a line each (one column: all in view at 1280 px)."""
    return "\n".join((
        _("{months} from {date}").format(months=labels.months_label(f.commitment_months), date=format_date(f.term_start)),
        label_value(_("Billing period"), labels.period_label(f.billing_period_months)),
        label_value(_("Auto-renewal"), _("On") if f.auto_renew else _("Off"))))


SUBSCRIPTION_COLUMNS = (  # the figures first: a planner reads them without scrolling
    Column(N_("Subscription"), lambda f: labels.hub_label(f.hub)),
    Column(N_("Tier"), lambda f: labels.tier_label(f.tier)),
    Column(N_("Included seats"), lambda f: _seat_counts(f.included)),
    Column(N_("Additional seats"), lambda f: _seat_counts(f.additional)),
    Column(N_("Scheduled removals"), _removals_text),
    Column(N_("Cost this term"), lambda f: format_money(f.cost_this_term_cents, f.currency), align_right=True),
    Column(N_("Per billing period from the renewal"),
           lambda f: format_money(f.cost_per_period_from_renewal_cents, f.currency), align_right=True),
    Column(N_("Renewal date"), lambda f: format_date(f.renewal_date)),
    Column(N_("Term"), _term_text),
)


class SubscriptionsPage(SubscriptionBoxes):
    actions_when_legacy = False

    def __init__(self, context: AccountContext, parent=None):
        super().__init__(context, "subscriptions_tab", parent)

    def title(self) -> str:
        return _("Subscriptions")

    def build(self) -> None:
        self.ui = Ui_SubscriptionsPage()
        self.ui.setupUi(self)
        self.model = RowTableModel(SUBSCRIPTION_COLUMNS, self)
        table = self.ui.subscriptions_table
        # Every column in view at 1280 px in every language: the columns share the width, titles wrap.
        tables.setup_table(table, self.model)
        table.setHorizontalHeader(WrappingHeader(table))  # after: its titles wrap
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.horizontalHeader().setStretchLastSection(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def fill(self) -> None:
        figures = queries.subscription_figures(self.context.account_id)
        self.model.set_rows(figures)
        self.ui.subscriptions_table.horizontalHeader().fit()
        self.ui.subscriptions_table.resizeRowsToContents()
        self.show_boxes(self.ui.committed_layout, figures)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        if not self.stale and self.context.account_id is not None:
            self.model.retranslate()
            self.fill()
