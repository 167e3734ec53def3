"""Users & Teams › Seats: the seat counts per type with their billing buttons, and the seats table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QLabel, QMenu, QPushButton, QSizePolicy, QVBoxLayout

from seatdesk.domain.errors import DomainError
from seatdesk.domain.permissions import ADD_EDIT_USERS, MODIFY_BILLING
from seatdesk.i18n import _, format_date, format_number, ngettext
from seatdesk.services import Change
from seatdesk.services import seats as seat_service
from seatdesk.services.common import NEED_MODIFY_BILLING, NEED_USERS_AND_BILLING
from seatdesk.ui import labels
from seatdesk.ui.dialogs import button_text, tab_chain
from seatdesk.ui.icons import BADGE_COLORS
from seatdesk.ui.pages.base import set_allowed
from seatdesk.ui.pages.user_table import UserTablePage
from seatdesk.ui.pages.users import BulkActions
from seatdesk.ui.user_tables import SEAT_COLUMNS

BOXES_PER_ROW = 4  # paid seat boxes side by side at most; fewer when the window is narrow


class SeatsPage(UserTablePage):
    """Per seat type "assigned of total", available and scheduled removals, then every user's seat."""

    export_name = "seats"

    def title(self) -> str:
        return _("Seats")

    def build(self) -> None:
        from seatdesk.ui.forms.ui_seats_page import Ui_SeatsPage
        from seatdesk.ui.widgets.flow_grid import FlowGrid

        self.ui = Ui_SeatsPage()
        self.ui.setupUi(self)
        self.table, self.search_edit, self.count_label = (
            self.ui.seats_table, self.ui.seats_search_edit, self.ui.seats_count_label)
        self.build_table(SEAT_COLUMNS, self.ui.seats_filters_row, "", ("seat", "status", "permission"))
        self.ui.seats_filter_row.addWidget(self.export_button)
        self.ui.seats_layout.setStretchFactor(self.table, 1)
        self.boxes = FlowGrid(self, most=BOXES_PER_ROW)
        self.ui.seat_summaries_layout.addWidget(self.boxes)
        self._free_labels: list[QLabel] = []
        self._box_buttons: dict[QPushButton, tuple[str, bool]] = {}
        self._removals: dict[str, DomainError | None] = {}
        flows = self.context.flows
        self.change_seat_action = QAction(self, objectName="seats_change_seat_action")
        self.change_seat_action.triggered.connect(lambda: self._change_seat(self.first_selected_id()))
        self.ui.change_seat_button.clicked.connect(lambda: self._change_seat(self.first_selected_id()))
        self.ui.legacy_remove_button.clicked.connect(lambda: flows.show_billing(True))
        self.bulk = BulkActions(self)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(lambda index: self._change_seat(self.model.row_at(index.row()).id))
        self.set_tab_order(self.ui.legacy_remove_button, self.ui.change_seat_button)
        self.retranslate()

    def _change_seat(self, user_id: int | None) -> None:
        self.context.flows.open_change_seat(user_id, self.model.total_count())

    def fill(self) -> None:
        super().fill()
        self.show_summaries()

    def apply_change(self, change: Change) -> None:
        super().apply_change(change)
        if change.seats or change.billing or change.users:
            self.show_summaries()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.retranslate_table()
        self.change_seat_action.setText(_("Change seat"))
        if not self.stale and self.context.account_id is not None:
            self.show_summaries()
        self.bulk.show()

    def apply_permissions(self) -> None:
        context = self.context
        billing = context.may(MODIFY_BILLING)
        for button, (seat_type, removal) in self._box_buttons.items():
            refusal = self._removals.get(seat_type) if removal else None
            if not billing:
                set_allowed(button, False, NEED_MODIFY_BILLING)
            elif refusal is not None:  # a button that could only refuse says why instead
                button.setEnabled(False)
                button.setToolTip(refusal.translated())
            else:
                set_allowed(button, True, "")
        paid = context.may(MODIFY_BILLING, ADD_EDIT_USERS)
        for widget in (self.change_seat_action, self.ui.change_seat_button):
            set_allowed(widget, paid, NEED_USERS_AND_BILLING)
        self.ui.legacy_remove_button.setVisible(context.legacy())
        self.bulk.show()

    # -- seat boxes -----------------------------------------------------------------------------------
    def show_summaries(self) -> None:
        """A box per paid seat type (with its billing buttons), then the free types on one line."""
        self._removals.clear()
        self._box_buttons.clear()
        for label in self._free_labels:
            label.setParent(None)
            label.deleteLater()
        self._free_labels.clear()
        summaries = seat_service.seat_summaries(self.context.account_id)
        paid = sum(s.total for s in summaries if s.paid)
        self.ui.paid_seats_label.setText(
            ngettext("{n} paid seat", "{n} paid seats", paid).format(n=format_number(paid)))
        self.boxes.set_boxes([self._box(s) for s in summaries if s.paid])
        for summary in (s for s in summaries if not s.paid):
            label = QLabel(ngettext("{seat}: {n} assigned (free, unlimited)", "{seat}: {n} assigned (free, unlimited)",
                                    summary.assigned).format(seat=labels.seat_label(summary.seat_type),
                                                             n=format_number(summary.assigned)),
                           self, objectName=f"seat_summary_{summary.seat_type}")
            label.setWordWrap(True)  # two long lines side by side (FR, DE) wrap on a small screen
            self.ui.free_seats_row.insertWidget(self.ui.free_seats_row.count() - 1, label)
            self._free_labels.append(label)
        buttons = [b for box in self.boxes.boxes() for b in box.findChildren(QPushButton)]
        chain = [self.ui.change_seat_button, *buttons, self.search_edit]  # the boxes' buttons in reading order
        tab_chain(chain)
        self.apply_permissions()

    def _box(self, summary) -> QFrame:
        """A paid seat type: assigned of total, available, scheduled removal, Add / Remove buttons."""
        seat_type = summary.seat_type
        box = QFrame(self, objectName=f"seat_box_{seat_type}")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)  # a row's boxes align
        inner = QVBoxLayout(box)
        inner.setContentsMargins(8, 6, 8, 6)
        inner.setSpacing(3)
        title = QLabel(labels.seat_label(seat_type), box)
        title.setStyleSheet("QLabel { font-weight: 600; }")
        title.setWordWrap(True)  # long seat names (FR, DE) wrap instead of being cut
        counts = QLabel(ngettext("{assigned} of {purchased} seat assigned", "{assigned} of {purchased} seats assigned",
                                 summary.total).format(
            assigned=format_number(summary.assigned), purchased=format_number(summary.total)),
            box, objectName=f"seat_summary_{seat_type}")
        detail = QLabel(box, objectName=f"seat_detail_{seat_type}")
        detail.setWordWrap(True)
        lines = [ngettext("{n} available", "{n} available", summary.available).format(
            n=format_number(summary.available))]
        if summary.scheduled_removal:
            lines.append("<span style='color:{color}'>● {text}</span>".format(
                color=BADGE_COLORS["removal"], text=ngettext(
                    "{n} to be removed on {date}", "{n} to be removed on {date}", summary.scheduled_removal,
                ).format(n=format_number(summary.scheduled_removal), date=format_date(summary.next_removal_date))))
        detail.setText("<br>".join(lines))
        for widget in (title, counts, detail):
            inner.addWidget(widget)
        try:
            seat_service.check_removal_count(summary, 1)
            self._removals[seat_type] = None
        except DomainError as refusal:
            self._removals[seat_type] = refusal
        flows = self.context.flows
        for name, text, slot, removal in (
                ("add_seats_button", _("Add seats"), flows.open_purchase, False),
                ("remove_unassigned_button", _("Remove unassigned seats"), flows.open_remove, True)):
            button = QPushButton(button_text(text), box, objectName=f"{name}_{seat_type}")
            self._box_buttons[button] = (seat_type, removal)  # not Qt properties: PySide6 6.12 leaks True
            button.clicked.connect(lambda _c=False, s=slot, t=seat_type: s(t))
            inner.addWidget(button)
        inner.addStretch(1)
        return box

    def _context_menu(self, pos) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        menu = QMenu(self)
        action = menu.addAction(self.change_seat_action.text())
        action.setEnabled(self.change_seat_action.isEnabled())
        action.triggered.connect(lambda: self._change_seat(self.model.row_at(index.row()).id))
        menu.addSeparator()
        self.bulk.add_to(menu)
        menu.exec(self.table.viewport().mapToGlobal(pos))
