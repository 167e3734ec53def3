"""Planning › Compare and project (R28): the account or plan shown beside another, seats and subscriptions,
then month by month from the planning date; differences highlighted, every month's figure explained."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from seatdesk.i18n import _, format_date, format_money, format_number
from seatdesk.ui import labels
from seatdesk.ui.pages.base import AccountContext, Page

DIFFERENT = QColor("#fde68a")


def _name(account) -> str:
    return _("Plan: {plan}").format(plan=account.name) if account.is_plan else account.name


class ComparePage(Page):
    """Two sides read by ``services.compare``; the page only shows them."""

    def __init__(self, context: AccountContext, parent=None):
        super().__init__(context, "plans_compare_page", parent)
        self.sides = None

    def title(self) -> str:
        return _("Compare and project")

    def build(self) -> None:
        from seatdesk.domain.projection import HORIZONS
        from seatdesk.ui.forms.ui_plans_compare_page import Ui_PlansComparePage

        self.ui = Ui_PlansComparePage()
        self.ui.setupUi(self)
        for months in HORIZONS:
            self.ui.projection_months_combo.addItem("", months)
        self.ui.compare_with_combo.currentIndexChanged.connect(lambda _i: self._read())
        self.ui.projection_months_combo.currentIndexChanged.connect(lambda _i: self._read())
        from seatdesk.ui.widgets.wrapping_header import WrappingHeader

        for table in (self.ui.seats_compare_table, self.ui.subscriptions_compare_table, self.ui.projection_table):
            table.verticalHeader().hide()
            table.setHorizontalHeader(WrappingHeader(table))  # every column in view, titles wrap
            table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # pyqtgraph is imported once the page opens, not at start-up
        from seatdesk.ui.widgets.projection_chart import ProjectionChart

        self.chart = ProjectionChart(self.ui.projection_chart_frame)
        self.ui.projection_chart_layout.addWidget(self.chart)
        self.ui.projection_splitter.setStretchFactor(0, 3)
        self.ui.projection_splitter.setStretchFactor(1, 2)
        self.retranslate()

    # -- reading -------------------------------------------------------------------------------------
    def fill(self) -> None:
        from seatdesk.services import compare

        combo = self.ui.compare_with_combo
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for account in compare.candidates(self.context.account_id):
            combo.addItem(_("Plan: {plan}").format(plan=account.name) if account.plan_of else account.name,
                          account.id)
        combo.setCurrentIndex(max(0, combo.findData(keep)))
        combo.blockSignals(False)
        self._read()

    def _read(self) -> None:
        from seatdesk.services import compare

        other = self.ui.compare_with_combo.currentData()
        months = self.ui.projection_months_combo.currentData() or 12
        if other is None:
            self.sides = None
            self.ui.compare_totals_label.setText(
                _("This account has no plan yet: make one with Account › New plan, then compare it here."))
            for table in (self.ui.seats_compare_table, self.ui.subscriptions_compare_table, self.ui.projection_table):
                table.setRowCount(0)
            self.chart.show_sides((), self.context.currency())
            return
        self.sides = (compare.side(self.context.account_id, months), compare.side(other, months))
        self._show()

    # -- showing -------------------------------------------------------------------------------------
    @staticmethod
    def _fill(table: QTableWidget, headers: list[str], rows: list[list[tuple[str, bool, str]]]) -> None:
        """Rows of (text, different, tooltip) cells; differences bold on a highlight."""
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        bold = QFont(table.font())
        bold.setBold(True)
        for r, row in enumerate(rows):
            for c, (text, different, tip) in enumerate(row):
                item = QTableWidgetItem(text)
                if different:
                    item.setBackground(QBrush(DIFFERENT))
                    item.setFont(bold)
                item.setToolTip(tip)
                table.setItem(r, c, item)

    def _show(self) -> None:
        from seatdesk.services.compare import seat_pairs, subscription_pairs

        a, b = self.sides
        currency = self.context.currency()
        money = lambda cents: format_money(cents, currency)  # noqa: E731
        na, nb = _name(a), _name(b)

        seat_rows = []
        for seat_type, figures in seat_pairs(a, b):
            row = [(labels.seat_label(seat_type), False, "")]
            for va, vb in figures:
                row += [(format_number(va), va != vb, ""), (format_number(vb), va != vb, "")]
            seat_rows.append(row)
        pair = lambda title: [f"{title}\n{na}", f"{title}\n{nb}"]  # noqa: E731
        self._fill(self.ui.seats_compare_table,
                   [_("Seat")] + pair(_("Bought")) + pair(_("Assigned")) + pair(_("Available"))
                   + pair(_("Scheduled for removal")), seat_rows)
        sub_rows = []
        for hub, fa, fb in subscription_pairs(a, b):
            ta, tb = (labels.tier_label(f.tier) if f else "—" for f in (fa, fb))
            pa, pb = (f.cost_per_period_now_cents if f else 0 for f in (fa, fb))
            sub_rows.append([(labels.hub_label(hub), False, ""), (ta, ta != tb, ""), (tb, ta != tb, ""),
                             (money(pa), pa != pb, labels.period_label(fa.billing_period_months) if fa else ""),
                             (money(pb), pa != pb, labels.period_label(fb.billing_period_months) if fb else "")])
        self._fill(self.ui.subscriptions_compare_table,
                   [_("Product")] + pair(_("Tier")) + pair(_("Per billing period")), sub_rows)
        self.ui.compare_totals_label.setText("\n".join(
            _("{name}: {month} per month, {year} per year now; {after} per month from the renewals").format(
                name=side_name, month=money(s.month_now_cents), year=money(12 * s.month_now_cents),
                after=money(s.month_after_renewal_cents))
            for side_name, s in ((na, a), (nb, b))))
        month_rows = []
        for ma, mb in zip(a.projection, b.projection, strict=True):
            different = ma.total_cents != mb.total_cents
            month_rows.append([
                (format_date(ma.start, "MMMM y"), False, ""),
                (money(ma.total_cents), different, labels.month_explanation(ma, money)),
                (money(mb.total_cents), different, labels.month_explanation(mb, money)),
                (money(ma.total_cents - mb.total_cents), different, "")])
        # the side shown less the other, as the column says: what the plan adds when a plan is shown
        self._fill(self.ui.projection_table, [_("Month"), na, nb, _("Difference") + f"\n{na} − {nb}"], month_rows)
        self.chart.show_sides(((na, a.projection), (nb, b.projection)), currency)
        self._fit()

    def _fit(self) -> None:
        from seatdesk.ui.widgets.wrapping_header import fit_table_height

        for table in (self.ui.seats_compare_table, self.ui.subscriptions_compare_table):
            fit_table_height(table)  # short tables as tall as their rows
        self.ui.projection_table.horizontalHeader().fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.sides is not None and event.size().width() != event.oldSize().width():
            self._fit()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        combo = self.ui.projection_months_combo
        for row in range(combo.count()):
            combo.setItemText(row, labels.months_label(combo.itemData(row)))
        if self.sides is not None:
            self._show()
