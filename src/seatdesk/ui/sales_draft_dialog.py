"""Talk to Sales, offline (F10): a draft of what to ask a HubSpot sales rep, to copy or save."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from seatdesk.domain import seats as st
from seatdesk.i18n import (
    _,
    format_date,
    format_list,
    format_money,
    format_number,
    label_value,
    ngettext,
)
from seatdesk.services import subscriptions as subs_service
from seatdesk.services.common import get_account, get_user
from seatdesk.services.seats import seat_summaries
from seatdesk.ui import labels
from seatdesk.ui.dialogs import assign_mnemonics, mnemonic_widgets, subscription_name
from seatdesk.ui.forms.ui_sales_draft_dialog import Ui_SalesDraftDialog
from seatdesk.ui.messages import warn_unwritable


def draft_text(account_id: int, actor_id: int | None, wanted: dict[str, str], add_ons=()) -> str:
    """The message in the current language: the account, what it has, what it considers, its seats and term."""
    account = get_account(account_id)
    pricing = {p.hub: p for p in subs_service.pricing(account_id)}
    have = [subscription_name(labels.hub_label(p.hub), labels.tier_label(p.current))
            for p in pricing.values() if p.current in st.PAID_TIERS]
    considered = [subscription_name(labels.hub_label(hub), labels.tier_label(tier)) for hub, tier in wanted.items()]
    considered += [_("Add-on: {name}").format(name=labels.add_on_label(key)) for key in add_ons]
    prices = {a.key: a.month_cents for p in pricing.values() for a in p.add_ons}
    month = (sum(pricing[hub].row(tier).month_cents for hub, tier in wanted.items())
             + sum(prices.get(key, 0) for key in add_ons))
    seats = [ngettext("{total} × {seat} ({n} assigned)", "{total} × {seat} ({n} assigned)", s.assigned).format(
        total=format_number(s.total), seat=labels.seat_label(s.seat_type), n=format_number(s.assigned))
        for s in seat_summaries(account_id) if s.paid and s.total]
    first = next(iter(pricing.values()))
    renewals = sorted({sub.renewal_date for sub in account.subscriptions if sub.tier in st.PAID_TIERS})
    signature = ""
    if actor_id is not None:
        actor = get_user(account, actor_id)
        signature = " ".join(part for part in (actor.first_name, actor.last_name) if part) or actor.email
    lines = [
        label_value(_("Subject"), _("Our HubSpot subscription: {products}").format(products=format_list(considered))),
        "",
        _("Hello,"),
        "",
        _("We are considering a change to our HubSpot subscription and would like to talk about it before we buy."),
        "",
        label_value(_("Account"), account.name),
        label_value(_("We have now"), format_list(have) if have else _("HubSpot free tools")),
        label_value(_("We are considering"), format_list(considered)),
        label_value(_("Seats today"), format_list(seats) if seats else "—"),
        label_value(_("Commitment term"), labels.months_label(first.term_months)),
        label_value(_("Billing period"), labels.period_label(first.period_months)),
    ]
    if renewals:
        lines.append(label_value(_("Next renewal date"), format_date(renewals[0])))
    lines += [
        label_value(_("List price we looked at"), _("{amount} per month").format(
            amount=format_money(month, account.currency))),
        "",
        _("Our questions:"),
        "- " + _("Which seats, and how many, do our users need?"),
        "- " + _("Can the change start before our renewal date, and how is it billed?"),
        "- " + _("Is there a better price for a longer commitment term?"),
        "",
        _("Kind regards,"),
        signature,
    ]
    return "\n".join(lines).rstrip() + "\n"


class SalesDraftDialog(QDialog):
    """The draft in an editable text box; Copy puts it on the clipboard, Save as writes a text file."""

    def __init__(self, account_id: int, actor_id: int | None, wanted: dict[str, str], parent: QWidget | None = None,
                 add_ons=()):
        super().__init__(parent)
        self.ui = Ui_SalesDraftDialog()
        self.ui.setupUi(self)
        self.setObjectName("SalesDraftDialog")
        self.account_id, self.actor_id, self.wanted = account_id, actor_id, dict(wanted)
        self.add_ons = list(add_ons)
        self.change = None  # nothing changes in the account
        self.resize(620, 520)
        self.ui.copy_draft_button.clicked.connect(self.copy)
        self.ui.save_draft_button.clicked.connect(self.save)
        self.ui.cancel_button.clicked.connect(self.reject)
        self.ui.sales_draft_edit.textChanged.connect(lambda: self.ui.copy_draft_button.setText(_("Copy")))
        self._retranslate()

    def copy(self) -> None:
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.clipboard().setText(self.ui.sales_draft_edit.toPlainText())
        self.ui.copy_draft_button.setText(_("Copied"))
        assign_mnemonics(mnemonic_widgets(self))

    def save(self, path: str | None = None) -> bool:
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(self, _("Save the draft"), _("talk-to-sales.txt"),
                                                        _("Text files (*.txt)"))
            if not path:
                return False
        try:
            with open(path, "w", encoding="utf-8", newline="") as file:
                file.write(self.ui.sales_draft_edit.toPlainText())
        except OSError as error:
            warn_unwritable(self, path, error)
            return False
        return True

    def _retranslate(self) -> None:
        self.setWindowTitle(_("Talk to Sales"))
        self.ui.sales_draft_edit.setPlainText(draft_text(self.account_id, self.actor_id, self.wanted, self.add_ons))
        assign_mnemonics(mnemonic_widgets(self))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
