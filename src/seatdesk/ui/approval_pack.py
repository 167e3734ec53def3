"""Account › Approval pack (R29): the plan shown, as a PDF in the window's language, and its changes as CSV.

The pack is laid out as a rich-text document and printed by Qt's own PDF writer (no browser); the chart is
the Compare page's, drawn at twice the page's resolution. Both files are written beside their final names
and moved into place once complete, so a failure leaves no half-written pack.
"""

from __future__ import annotations

import os
from html import escape
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from seatdesk.domain.projection import HORIZONS
from seatdesk.i18n import (
    _,
    format_date,
    format_datetime,
    format_money,
    format_number,
    ngettext,
)
from seatdesk.services import approval
from seatdesk.services.common import today
from seatdesk.ui import labels
from seatdesk.ui.dialogs import ServiceDialog
from seatdesk.ui.forms.ui_approval_pack_dialog import Ui_ApprovalPackDialog
from seatdesk.ui.messages import warn_unwritable
from seatdesk.ui.progress import busy

CHART_WIDTH, CHART_HEIGHT = 640, 300  # the chart's own size, in pixels; drawn at twice that
_STYLE = """
body { font-family: 'DejaVu Sans', 'Segoe UI', 'Helvetica Neue', sans-serif; font-size: 9pt; color: #111827; }
h1 { font-size: 18pt; margin-bottom: 2pt; }
h2 { font-size: 12pt; margin-top: 14pt; margin-bottom: 4pt; color: #1e3a8a; }
table.grid { border-collapse: collapse; }
table.grid th { background: #e5e7eb; text-align: left; padding: 3px; }
table.grid td { padding: 3px; }
td.num, th.num { text-align: right; }
td.diff { background: #fde68a; font-weight: bold; }
p.small, td.small { font-size: 7.5pt; color: #374151; }
"""


def _heading(text: str, level: str = "h2") -> str:
    return f"<{level}>{escape(text)}</{level}>"


def _cell(text: str, cls: str = "") -> str:
    return f'<td class="{cls}">{escape(text)}</td>' if cls else f"<td>{escape(text)}</td>"


def _table(headers: list[tuple[str, bool]], rows: list[str]) -> str:
    """A grid with its headers ((text, numeric)) and rows of ready cells."""
    head = "".join(f'<th class="{"num" if numeric else ""}">{escape(text)}</th>' for text, numeric in headers)
    body = "".join(f"<tr>{row}</tr>" for row in rows)
    return f'<table class="grid" width="100%" border="1" cellspacing="0" cellpadding="3"><tr>{head}</tr>{body}</table>'


def _pair(before: str, after: str, different: bool, kind: str = "num") -> str:
    """One compared figure: the account's → the plan's, highlighted when they differ."""
    return _cell(f"{before} → {after}" if different else before, f"{kind} diff" if different else kind)


def pack_html(pack: approval.Pack, chart_width: int = CHART_WIDTH) -> str:
    """The pack as one rich-text document (the chart is the resource ``chart.png``, ``chart_width`` wide)."""
    money = lambda cents: format_money(cents, pack.currency)  # noqa: E731
    plan, account = pack.plan, pack.account
    parts = [_heading(_("Approval pack"), "h1"),
             "<p><b>{}</b></p>".format(escape(_("Plan: {plan} of {account}").format(
                 plan=pack.plan_name, account=pack.account_name)))]
    facts = [(_("State"), pack.state if not pack.state_by else _("{state}, by {by} on {date}").format(
                 state=pack.state, by=pack.state_by, date=format_datetime(pack.state_at))),
             (_("Prepared by"), _("{by} on {date}").format(by=pack.prepared_by or "—",
                                                            date=format_datetime(pack.prepared_at))),
             (_("Planning date"), format_date(pack.planning_date)),
             (_("Note"), pack.note or "—")]
    parts.append('<table cellpadding="2">' + "".join(
        f"<tr><td><b>{escape(name)}</b></td><td>{escape(value)}</td></tr>" for name, value in facts) + "</table>")

    total = lambda side: sum(m.total_cents for m in side.projection)  # noqa: E731
    summary = [(_("Per month now"), account.month_now_cents, plan.month_now_cents),
               (_("Per month from the renewals"), account.month_after_renewal_cents, plan.month_after_renewal_cents),
               (ngettext("Over the next {n} month", "Over the next {n} months", pack.months).format(n=pack.months),
                total(account), total(plan))]
    parts.append(_heading(_("Summary")))
    parts.append(_table([(_("Cost"), False), (pack.account_name, True), (pack.plan_name, True), (_("Difference"), True)],
                        [_cell(label) + _cell(money(a), "num") + _cell(money(b), "num")
                         + _cell(money(b - a), "num diff" if a != b else "num") for label, a, b in summary]))

    from seatdesk.services.compare import seat_pairs, subscription_pairs

    parts.append(_heading(_("Seats")))
    parts.append('<p class="small">{}</p>'.format(escape(_("Each figure: the account's, then the plan's (→) where "
                                                            "they differ."))))
    parts.append(_table([(_("Seat"), False), (_("Bought"), True), (_("Assigned"), True), (_("Available"), True),
                         (_("Scheduled for removal"), True)],
                        [_cell(labels.seat_label(seat_type)) + "".join(
                            _pair(format_number(a), format_number(b), a != b) for a, b in figures)
                         for seat_type, figures in seat_pairs(account, plan)]))
    parts.append(_heading(_("Subscriptions")))
    rows = []
    for hub, fa, fb in subscription_pairs(account, plan):
        ta, tb = (labels.tier_label(f.tier) if f else "—" for f in (fa, fb))
        pa, pb = (f.cost_per_period_now_cents if f else 0 for f in (fa, fb))
        period = labels.period_label((fb or fa).billing_period_months)
        rows.append(_cell(labels.hub_label(hub)) + _pair(ta, tb, ta != tb, "text") + _cell(period)
                    + _pair(money(pa), money(pb), pa != pb))
    parts.append(_table([(_("Product"), False), (_("Tier"), False), (_("Billing period"), False),
                         (_("Per billing period"), True)], rows))

    parts.append('<h2 style="page-break-before: always">{}</h2>'.format(escape(
        ngettext("Projection over {n} month", "Projection over {n} months", pack.months).format(n=pack.months))))
    height = chart_width * CHART_HEIGHT // CHART_WIDTH
    parts.append(f'<p><img src="chart.png" width="{chart_width}" height="{height}"></p>')
    parts.append('<p class="small">{}</p>'.format(escape(_(
        "The chart adds up what each side is billed from the planning date. Each month is what its subscriptions "
        "bill that month (the price per month times the months of the billing period) and the seats and tiers "
        "bought pro rata; seat removals and tier changes count from their renewal."))))
    rows = []
    for ma, mb in zip(account.projection, plan.projection, strict=True):
        different = ma.total_cents != mb.total_cents
        rows.append(_cell(format_date(ma.start, "MMMM y")) + _cell(money(ma.total_cents), "num")
                    + _cell(money(mb.total_cents), "num diff" if different else "num")
                    + _cell(money(mb.total_cents - ma.total_cents), "num diff" if different else "num"))
    parts.append(_table([(_("Month"), False), (pack.account_name, True), (pack.plan_name, True),
                         (_("Difference"), True)], rows))

    parts.append('<h2 style="page-break-before: always">{}</h2>'.format(escape(_("Changes made in the plan"))))
    if pack.changes:
        parts.append(_table([(_("Done on"), False), (_("Planning date"), False), (_("By"), False),
                             (_("What happened"), False)],
                            [_cell(format_datetime(c.at)) + _cell(format_date(c.planning_date)) + _cell(c.by)
                             + _cell(c.text) for c in pack.changes]))
    else:
        parts.append("<p>{}</p>".format(escape(_("Nothing has been changed in this plan yet: it is still a copy of "
                                                  "the account."))))
    if pack.reclaimed:
        from seatdesk.ui.pages.reclaim import per_period_text, reason_text

        parts.append(_heading(_("Seats taken back")))
        rows = [_cell(r.email) + _cell(labels.seat_label(r.seat_type)) + _cell(reason_text(r.reason, r.days))
                + _cell(per_period_text(r.saving_period_cents, r.period_months, r.currency), "num")
                + _cell(money(r.saving_year_cents), "num")
                for r in pack.reclaimed]
        rows.append(_cell(_("Total")) + _cell("") + _cell("") + _cell("")
                    + _cell(money(sum(r.saving_year_cents for r in pack.reclaimed)), "num diff"))
        parts.append(_table([(_("User"), False), (_("Seat"), False), (_("Reason"), False),
                             (_("Saving per billing period"), True), (_("Saving per year"), True)], rows))
    return f"<html><head><style>{_STYLE}</style></head><body>{''.join(parts)}</body></html>"


def write_pdf(pack: approval.Pack, path: Path) -> None:
    """Lay the pack out on A4 pages and write it to ``path`` (complete, or not at all)."""
    from seatdesk.ui import pdf
    from seatdesk.ui.widgets.projection_chart import ProjectionChart

    chart = ProjectionChart()
    # the plan first, as the Compare page shows a plan: the same colour and line for it in both
    chart.show_sides(((pack.plan_name, pack.plan.projection), (pack.account_name, pack.account.projection)),
                     pack.currency)
    image = chart.image(CHART_WIDTH, CHART_HEIGHT)
    chart.deleteLater()
    pdf.write_pdf(path, _("Approval pack: {plan}").format(plan=pack.plan_name), lambda width: pack_html(pack, width),
                  _("Approval pack: {plan} of {account}").format(plan=pack.plan_name, account=pack.account_name),
                  {"chart.png": image})


def csv_path_for(pdf_path: Path) -> Path:
    return pdf_path.with_name(_("{name} - changes.csv").format(name=pdf_path.stem))


class ApprovalPackDialog(ServiceDialog):
    """Where to save the pack and over how many months; Save pack writes the PDF (and the CSV)."""

    def __init__(self, account_id: int, actor_id: int | None, plan_name: str, parent: QWidget | None = None):
        super().__init__(Ui_ApprovalPackDialog, "ApprovalPackDialog", account_id, actor_id, parent)
        self.setMinimumWidth(640)
        self.written: list[Path] = []
        for months in HORIZONS:
            self.ui.approval_months_combo.addItem("", months)
        name = _("Approval pack {plan} {date}.pdf").format(plan=plan_name, date=today().isoformat())
        self.ui.approval_pdf_path_edit.setText(str(Path.home() / name.replace("/", "-")))
        self.ui.approval_choose_button.clicked.connect(self._choose)
        self.ui.approval_save_button.clicked.connect(self.save)
        self.ui.cancel_button.clicked.connect(self.reject)
        self.ui.approval_pdf_path_edit.textChanged.connect(lambda _t: self._retranslate())
        self.ui.approval_csv_check.toggled.connect(lambda _on: self._retranslate())
        self._retranslate()

    def _pdf_path(self) -> Path | None:
        text = self.ui.approval_pdf_path_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if not path.name or path.is_dir():  # a folder, not yet a file's name
            return None
        return path if path.suffix.casefold() == ".pdf" else path.with_name(path.name + ".pdf")

    def _choose(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(self, _("Save the approval pack"),
                                                      self.ui.approval_pdf_path_edit.text(), _("PDF files (*.pdf)"))
        if chosen:
            self.ui.approval_pdf_path_edit.setText(chosen)

    def save(self) -> bool:
        """Write the pack; on a failure say why in one message and keep the dialog open."""
        from seatdesk.domain.errors import DomainError
        from seatdesk.ui.messages import show_refusal

        path = self._pdf_path()
        if path is None:
            QMessageBox.warning(self, _("Not possible"), _("Type the name of the PDF file, or choose one."))
            return False
        months = self.ui.approval_months_combo.currentData()
        csv_path = csv_path_for(path) if self.ui.approval_csv_check.isChecked() else None
        try:
            with busy():
                pack = approval.pack(self.account_id, self.actor_id, months)
                if csv_path is not None:
                    part = csv_path.with_name(csv_path.name + ".part")
                    part.write_bytes(approval.changes_csv(pack))
                write_pdf(pack, path)
                if csv_path is not None:
                    os.replace(part, csv_path)
        except DomainError as error:
            show_refusal(self, error)
            return False
        except OSError as error:
            failed = getattr(error, "filename", None) or path
            warn_unwritable(self, failed, error)
            return False
        finally:
            if csv_path is not None:
                leftover = csv_path.with_name(csv_path.name + ".part")
                if leftover.exists():
                    leftover.unlink()
        self.written = [path] + ([csv_path] if csv_path else [])
        self.accept()
        return True

    def _retranslate(self) -> None:
        self.setWindowTitle(_("Approval pack"))
        combo = self.ui.approval_months_combo
        for row in range(combo.count()):
            combo.setItemText(row, labels.months_label(combo.itemData(row)))
        path = self._pdf_path()
        self.ui.approval_csv_path_label.setText(
            _("The changes go to {path}").format(path=csv_path_for(path))
            if path is not None and self.ui.approval_csv_check.isChecked() else "")
