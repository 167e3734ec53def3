"""A subscription's box in Account & Billing: renewal, seats included and additional, scheduled removals.

The removal buttons sit where the account's seat model has them: Committed terms for seat-based
accounts (F7), Products & Add-ons for legacy ones (F9); the other place shows the counts only.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from seatdesk.domain import seats as st
from seatdesk.i18n import _, format_date, format_money, format_number, label_value, ngettext
from seatdesk.services import queries
from seatdesk.ui import labels
from seatdesk.ui.dialogs import button_text, subscription_name
from seatdesk.ui.icons import BADGE_COLORS


def _button(grid: QGridLayout, row: int, box: QWidget, name: str, text: str, slot) -> QPushButton:
    button = QPushButton(button_text(text), box, objectName=name)
    button.clicked.connect(slot)
    holder = QHBoxLayout()
    holder.addWidget(button)
    holder.addStretch(1)
    grid.addLayout(holder, row, 2)
    return button


def _wrapping(text: str) -> QLabel:
    """A label that wraps, so the box fits a 1,024 px window in German beside its buttons."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def subscription_box(f: queries.SubscriptionFigures, flows, with_actions: bool, legacy: bool,
                     buttons: list[QPushButton]) -> QGroupBox:
    """The box of subscription ``f``; its buttons (which need Modify billing) are added to ``buttons``."""
    box = QGroupBox(subscription_name(labels.hub_label(f.hub), labels.tier_label(f.tier)))
    grid = QGridLayout(box)
    row = 0
    grid.addWidget(_wrapping(" · ".join((label_value(_("Renewal date"), format_date(f.renewal_date)),
                                         label_value(_("Billing period"), labels.period_label(f.billing_period_months))))),
                   row, 0, 1, 3)
    for seat_type in sorted(set(f.included) | set(f.additional), key=st.SEAT_TYPE_ORDER.get):
        row += 1
        included, additional = f.included.get(seat_type, 0), f.additional.get(seat_type, 0)
        name = QLabel(labels.seat_label(seat_type))
        name.setStyleSheet("QLabel { font-weight: 600; }")
        grid.addWidget(name, row, 0)
        grid.addWidget(_wrapping(" · ".join((label_value(_("Included seats"), format_number(included)),
                                             label_value(_("Additional seats"), format_number(additional))))), row, 1)
        if with_actions and st.is_paid(seat_type) and additional > 0:
            buttons.append(_button(grid, row, box, f"committed_remove_button_{seat_type}",
                                   _("Remove") if legacy else _("Remove unassigned seats"),
                                   lambda _c=False, t=seat_type: flows.open_remove(t)))
    for removal_id, seat_type, count, date in f.scheduled_removals:
        row += 1
        note = QLabel(ngettext("Seat removal scheduled: {n} × {seat} on {date}",
                               "Seat removal scheduled: {n} × {seat} on {date}", count).format(
            n=format_number(count), seat=labels.seat_label(seat_type), date=format_date(date)))
        note.setStyleSheet(f"QLabel {{ color: {BADGE_COLORS['removal']}; }}")
        note.setWordWrap(True)
        grid.addWidget(note, row, 0, 1, 2)
        if with_actions:
            text = _("Cancel removal request") if legacy else _("Cancel this removal")
            buttons.append(_button(grid, row, box, "cancel_removal_button", text,
                                   lambda _c=False, r=removal_id, n=count, t=text: flows.cancel_removal(r, n, t)))
    if f.scheduled_tier is not None:
        row += 1
        tier, date = f.scheduled_tier
        note = QLabel(_("Scheduled: {tier} from {date} (downgrade at the renewal).").format(
            tier=labels.tier_label(tier), date=format_date(date)))
        note.setStyleSheet(f"QLabel {{ color: {BADGE_COLORS['removal']}; }}")
        note.setWordWrap(True)
        grid.addWidget(note, row, 0, 1, 3)
    for _add_on_id, key, month_cents, removal_date in f.add_ons:
        row += 1
        name = QLabel(labels.add_on_label(key))
        name.setStyleSheet("QLabel { font-weight: 600; }")
        grid.addWidget(name, row, 0)
        text = label_value(_("Add-on"), _("{amount} per month").format(amount=format_money(month_cents, f.currency)))
        if removal_date is not None:
            text = " · ".join((text, _("Removal scheduled for {date}").format(date=format_date(removal_date))))
        grid.addWidget(_wrapping(text), row, 1, 1, 2)
    if with_actions and legacy and f.scheduled_removals:
        row += 1
        hint = QLabel(_("To change how many seats a removal request removes, cancel the request and "
                        "schedule a new one."))
        hint.setWordWrap(True)
        grid.addWidget(hint, row, 0, 1, 3)
    grid.setColumnStretch(1, 1)
    box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    return box
