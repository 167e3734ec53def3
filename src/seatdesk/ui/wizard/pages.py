"""The wizard's page numbers and the texts its steps share."""

from __future__ import annotations

from PySide6.QtCore import Qt

from seatdesk.i18n import N_

ADD, ACCESS, INVITE, DONE = range(4)
KEY_ROLE = Qt.ItemDataRole.UserRole
LIVE_CHECK_MS = 400  # the problem list follows the typed addresses this long after the last key
CSV_LIMIT_HINT = N_("You can add up to 100 users per CSV import. For more, run several imports.")
ALL_ASSIGNED = {
    "sales": N_("All the Sales Hub seats you bought are assigned. Buy another seat once you have set up this user's other permissions."),
    "service": N_("All the Service Hub seats you bought are assigned. Buy another seat once you have set up this user's other permissions."),
}
NO_PAID_HUB = {
    "sales": N_("This account has no paid Sales Hub subscription: Sales seats can't be assigned."),
    "service": N_("This account has no paid Service Hub subscription: Service seats can't be assigned."),
}


