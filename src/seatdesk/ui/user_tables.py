"""The Users and Seats tables: their columns, their filter combos, and the export of what they show."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from seatdesk import i18n
from seatdesk.domain import seats as st
from seatdesk.domain.export import csv_bytes
from seatdesk.domain.names import display_name, name_sort_key
from seatdesk.domain.permissions import ADD_EDIT_USERS, MODIFY_BILLING
from seatdesk.i18n import _, format_date, format_number, ngettext
from seatdesk.services import bulk
from seatdesk.services.queries import UserRow
from seatdesk.ui import labels
from seatdesk.ui.dialogs import refill_combo
from seatdesk.ui.qt_compat import emit
from seatdesk.ui.table_model import Column, RowTableModel
from seatdesk.ui.widgets.eliding_combo import ElidingComboBox

N_ = i18n.N_
KEY_PERMISSION_LABELS = {MODIFY_BILLING: N_("Modify billing"), ADD_EDIT_USERS: N_("Add and edit users")}
SUPER_ADMIN = "super_admin"


def _date_key(row: UserRow):
    return row.last_active or dt.date.min


def user_name(row: UserRow) -> str:
    return display_name(row.first_name, row.last_name, row.email)


def _seats_text(seat_types: tuple[str, ...]) -> str:
    return ", ".join(labels.seat_label(t) for t in seat_types) or _("No paid seat")


def _permissions_text(value: tuple[bool, tuple[str, ...]]) -> str:
    super_admin, keys = value
    parts = [_("Super Admin")] if super_admin else []
    return ", ".join(parts + [_(KEY_PERMISSION_LABELS[k]) for k in keys])


def _name_key(row: UserRow) -> str:
    """The same key as the database's ``user.sort_name``: ``user_rows`` gives the rows in this order."""
    return name_sort_key(row.first_name, row.last_name, row.email)


_NAME = Column(N_("Name"), user_name, sort_key=_name_key, fixed=True, link=True)
_EMAIL = Column(N_("Email"), lambda r: r.email, lambda r: r.email.casefold(), fixed=True)
_LAST_ACTIVE = Column(N_("Last active date"), lambda d: format_date(d) if d else "", _date_key,
                      value=lambda r: r.last_active)
USER_COLUMNS = (
    _NAME, _EMAIL,
    Column(N_("Teams"), ", ".join, value=lambda r: r.teams, fixed=True),
    Column(N_("Access level"), lambda sa: _("Super Admin") if sa else _("User"), value=lambda r: r.is_super_admin),
    Column(N_("Seat type"), _seats_text, value=lambda r: r.seat_types),
    Column(N_("Status"), labels.status_label, value=lambda r: r.status, badge=str),
    _LAST_ACTIVE,
)
SEAT_COLUMNS = (
    Column(N_("Name"), user_name, sort_key=_name_key, fixed=True), _EMAIL,
    Column(N_("Seat"), _seats_text, value=lambda r: r.seat_types),
    Column(N_("Permissions"), _permissions_text, value=lambda r: (r.is_super_admin, r.key_permissions)),
    Column(N_("Invitation status"), labels.invitation_label, value=lambda r: r.invitation, badge=str),
    _LAST_ACTIVE,
)

#: Name comes first in both tables, sorted by the key the database stores: ``user_rows`` is in its order.
NAME_COLUMN = 0
assert USER_COLUMNS[NAME_COLUMN].sort_key is SEAT_COLUMNS[NAME_COLUMN].sort_key is _name_key


def user_model(columns, parent) -> RowTableModel:
    return RowTableModel(columns, parent, id_of=lambda r: r.id)


def search_text(row: UserRow) -> str:
    """What the search field looks in: the name and the email."""
    return f"{row.first_name} {row.last_name} {row.email}"


FILTER_CHARS = 14


class FilterBar(QObject):
    """Filter combos above a table; each starts with "All …" and keeps its choice across refreshes."""

    changed = Signal()
    KINDS = ("seat", "status", "permission", "team")

    def __init__(self, parent: QWidget, layout, prefix: str, kinds: tuple[str, ...], with_label: bool):
        super().__init__(parent)
        self.kinds = kinds
        self.label = QLabel(parent, objectName=f"{prefix}filters_label") if with_label else None
        if self.label is not None:
            layout.addWidget(self.label)
        self.combos: dict[str, QComboBox] = {}
        for kind in kinds:
            combo = ElidingComboBox(parent, objectName=f"{prefix}{kind}_filter_combo")
            # As wide as a short choice: long ones (FR, DE) show whole in the list, not in a wider window.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(FILTER_CHARS)
            combo.currentIndexChanged.connect(lambda _i: emit(self.changed))
            layout.addWidget(combo)
            self.combos[kind] = combo

    def fill(self, seat_model: str, teams: list[tuple[int, str]]) -> None:
        """(Re)fill the choices in the current language, keeping what was chosen."""
        if self.label is not None:
            self.label.setText(_("Filters"))
        choices: dict[str, list[tuple[str, object]]] = {
            "seat": [(_("All seats"), None)] + [(labels.seat_label(t), t) for t in st.seat_types_for_model(seat_model)]
                    + ([(_("No paid seat"), "")] if seat_model == st.LEGACY else []),
            "status": [(_("All statuses"), None)] + [(labels.status_label(s), s) for s in labels.STATUS_LABELS],
            "permission": [(_("All permissions"), None), (_("Super Admin"), SUPER_ADMIN)]
                          + [(_(label), key) for key, label in KEY_PERMISSION_LABELS.items()],
            "team": [(_("All teams"), None)] + [(name, name) for _id, name in teams] + [(_("No team"), "")],
        }
        for kind, combo in self.combos.items():
            refill_combo(combo, choices[kind])

    def predicate(self) -> Callable[[UserRow], bool] | None:
        """A test of a row for the chosen filters, or None when every filter shows all."""
        def chosen(kind: str):
            return self.combos[kind].currentData() if kind in self.combos else None

        tests = []
        seat = chosen("seat")
        if seat is not None:
            tests.append((lambda r: seat in r.seat_types) if seat else (lambda r: not r.seat_types))
        status = chosen("status")
        if status is not None:
            tests.append(lambda r: r.status == status)
        permission = chosen("permission")
        if permission == SUPER_ADMIN:
            tests.append(lambda r: r.is_super_admin)
        elif permission is not None:  # super admins have every permission (R18)
            tests.append(lambda r: r.is_super_admin or permission in r.key_permissions)
        team = chosen("team")
        if team is not None:
            tests.append((lambda r: team in r.teams) if team else (lambda r: not r.teams))
        if not tests:
            return None
        if len(tests) == 1:
            return tests[0]
        return lambda r: all(test(r) for test in tests)


BULK_NONE_SELECTED = {
    bulk.CHANGE_SEAT: N_("Change seat of the selected users…"),
    bulk.ADD_TO_TEAM: N_("Add the selected users to a team…"),
    bulk.REMOVE_FROM_TEAM: N_("Remove the selected users from a team…"),
    bulk.DEACTIVATE: N_("Deactivate the selected users…"),
    bulk.REACTIVATE: N_("Reactivate the selected users…"),
    bulk.SET_PERMISSIONS: N_("Set the permissions of the selected users…"),
}


def bulk_action_text(kind: str, n: int) -> str:
    """The menu entry of a bulk action for ``n`` selected users (no count when none is selected)."""
    if n == 0:
        return _(BULK_NONE_SELECTED[kind])
    texts = {
        bulk.CHANGE_SEAT: ngettext("Change seat of {n} selected user…", "Change seat of {n} selected users…", n),
        bulk.ADD_TO_TEAM: ngettext("Add {n} selected user to a team…", "Add {n} selected users to a team…", n),
        bulk.REMOVE_FROM_TEAM: ngettext("Remove {n} selected user from a team…",
                                        "Remove {n} selected users from a team…", n),
        bulk.DEACTIVATE: ngettext("Deactivate {n} selected user…", "Deactivate {n} selected users…", n),
        bulk.REACTIVATE: ngettext("Reactivate {n} selected user…", "Reactivate {n} selected users…", n),
        bulk.SET_PERMISSIONS: ngettext("Set the permissions of {n} selected user…",
                                       "Set the permissions of {n} selected users…", n),
    }
    return texts[kind].format(n=format_number(n))


class ExportCancelled(Exception):
    """The user cancelled an export: no file was written."""


EXPORT_STEP = 2000  # rows between two progress reports


def export_visible(model: RowTableModel, path: Path, progress: Callable[[int], bool] | None = None) -> int:
    """Write the rows the table shows (after search and filters, in its order) to a CSV for Excel.

    ``progress(rows done)`` returning False cancels: nothing is written (the file is written whole
    at the end, through a temporary file). Returns the number of rows written.

    Raises:
        ExportCancelled: progress said stop.
    """
    count = 0

    def rows():
        nonlocal count
        for count, row in enumerate(model.visible_texts(), start=1):
            if progress is not None and count % EXPORT_STEP == 0 and not progress(count):
                raise ExportCancelled
            yield row

    data = csv_bytes(model.headers(), rows(), i18n.decimal_separator())
    partial = path.with_name(path.name + ".part")
    partial.write_bytes(data)
    partial.replace(path)
    return count
