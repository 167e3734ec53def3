"""Manage paid users (F4, legacy): a box per Sales/Service tier beside each user, saved all at once."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidgetItem,
    QWidget,
)

from seatdesk.domain import seats as st
from seatdesk.domain.names import name_and_email
from seatdesk.i18n import _, format_number
from seatdesk.services import queries
from seatdesk.services import seats as seat_service
from seatdesk.services.seats import UNASSIGN_ACTIVE_ONLY
from seatdesk.ui import labels
from seatdesk.ui.dialogs import ServiceDialog
from seatdesk.ui.forms.ui_manage_paid_users_dialog import Ui_ManagePaidUsersDialog

FIRST_SEAT_COLUMN = 2


class CenteredCheckDelegate(QStyledItemDelegate):
    """A check box alone in its cell, drawn and clicked in the middle of the cell (not at its left edge)."""

    def _style(self, option: QStyleOptionViewItem) -> QStyle:
        return option.widget.style() if option.widget is not None else QApplication.style()

    def check_rect(self, option: QStyleOptionViewItem, index) -> QRect:
        """Where the box of ``index`` is drawn: the style's indicator size, centred in the cell."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        size = self._style(opt).subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, opt,
                                               opt.widget).size()
        rect = QRect(0, 0, size.width(), size.height())
        rect.moveCenter(option.rect.center())
        return rect

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = self._style(opt)
        checked = opt.checkState == Qt.CheckState.Checked
        opt.features &= ~QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)  # background, focus
        box = QStyleOptionViewItem(opt)
        box.rect = self.check_rect(option, index)
        box.state = (box.state & ~QStyle.StateFlag.State_HasFocus) | (
            QStyle.StateFlag.State_On if checked else QStyle.StateFlag.State_Off)
        style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck, box, painter, opt.widget)

    def editorEvent(self, event, model, option, index) -> bool:
        flags = index.flags()
        if not (flags & Qt.ItemFlag.ItemIsUserCheckable and flags & Qt.ItemFlag.ItemIsEnabled):
            return False
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick):
            if event.button() != Qt.MouseButton.LeftButton or not self.check_rect(option, index).contains(
                    event.position().toPoint()):
                return False
            if kind != QEvent.Type.MouseButtonRelease:
                return True  # the click toggles once, on release (as Qt's own delegate)
        elif kind != QEvent.Type.KeyPress or event.key() not in (Qt.Key.Key_Space, Qt.Key.Key_Select):
            return False
        state = Qt.CheckState(index.data(Qt.ItemDataRole.CheckStateRole))
        new = Qt.CheckState.Unchecked if state == Qt.CheckState.Checked else Qt.CheckState.Checked
        return model.setData(index, new, Qt.ItemDataRole.CheckStateRole)


class ManagePaidUsersDialog(ServiceDialog):
    """Ticks give seats, cleared boxes take them back; Save asks the service for all rows at once."""

    def __init__(self, account_id: int, actor_id: int | None, parent: QWidget | None = None):
        super().__init__(Ui_ManagePaidUsersDialog, "ManagePaidUsersDialog", account_id, actor_id, parent)
        self._summaries = {s.seat_type: s for s in seat_service.seat_summaries(account_id) if s.paid}
        self.seat_types = [t for t in st.LEGACY_TYPES if t in self._summaries]
        self._rows = queries.user_rows(account_id)  # in name order
        self._held = {r.id: {t for t in r.seat_types if st.is_paid(t)} for r in self._rows}
        # The boxes as they stand, per row, and ticked boxes per tier: kept as boxes change, so a
        # click costs the same with 20 users or 20,000 (counting every box per change was quadratic).
        self._ticked = [set(self._held[r.id]) for r in self._rows]
        self._counts = Counter(t for ticked in self._ticked for t in ticked)
        table = self.ui.paid_users_table
        table.setColumnCount(FIRST_SEAT_COLUMN + len(self.seat_types))
        table.setRowCount(len(self._rows))
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(table.EditTrigger.NoEditTriggers)
        for row, user in enumerate(self._rows):
            table.setItem(row, 0, QTableWidgetItem(name_and_email(user.first_name, user.last_name, user.email)))
            table.setItem(row, 1, QTableWidgetItem())
            for column, seat_type in enumerate(self.seat_types, FIRST_SEAT_COLUMN):
                item = QTableWidgetItem()
                flags = Qt.ItemFlag.ItemIsUserCheckable
                if user.status != "deactivated":
                    flags |= Qt.ItemFlag.ItemIsEnabled
                item.setFlags(flags)
                item.setCheckState(Qt.CheckState.Checked if seat_type in self._held[user.id]
                                   else Qt.CheckState.Unchecked)
                table.setItem(row, column, item)
        self.check_delegate = CenteredCheckDelegate(table)
        for column in range(FIRST_SEAT_COLUMN, table.columnCount()):
            table.setItemDelegateForColumn(column, self.check_delegate)
        table.itemChanged.connect(self._box_changed)
        self.ui.paid_search_edit.textChanged.connect(self._filter)
        self.ui.save_button.clicked.connect(self._save)
        self.ui.cancel_button.clicked.connect(self.reject)
        self._retranslate()

    def wanted(self) -> dict[int, set[str]]:
        """{user id: the seats ticked} for the rows whose boxes differ from the saved seats."""
        return {user.id: set(ticked) for user, ticked in zip(self._rows, self._ticked, strict=True)
                if ticked != self._held[user.id]}

    def _box_changed(self, item: QTableWidgetItem) -> None:
        """One seat per hub and user: ticking a tier clears the other tiers of that hub in the row."""
        column = item.column()
        if column < FIRST_SEAT_COLUMN:
            return
        row, seat_type = item.row(), self.seat_types[column - FIRST_SEAT_COLUMN]
        ticked = self._ticked[row]
        if item.checkState() != Qt.CheckState.Checked:
            if seat_type in ticked:
                ticked.discard(seat_type)
                self._counts[seat_type] -= 1
                self._show_counter()
            return
        if seat_type in ticked:
            return
        table = self.ui.paid_users_table
        hub = st.legacy_hub(seat_type)
        table.blockSignals(True)
        for other, other_type in enumerate(self.seat_types, FIRST_SEAT_COLUMN):
            if other_type in ticked and st.legacy_hub(other_type) == hub:
                table.item(row, other).setCheckState(Qt.CheckState.Unchecked)
                ticked.discard(other_type)
                self._counts[other_type] -= 1
        table.blockSignals(False)
        ticked.add(seat_type)
        self._counts[seat_type] += 1
        self._show_counter()

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for row, user in enumerate(self._rows):
            self.ui.paid_users_table.setRowHidden(row, bool(needle) and needle not in
                                                  f"{user.name} {user.email}".lower())

    def _save(self) -> None:
        wanted = self.wanted()
        if not wanted:
            self.accept()
        elif self.run(lambda: seat_service.set_paid_seats(self.account_id, self.actor_id, wanted)):
            self.accept()

    def _retranslate(self) -> None:
        table = self.ui.paid_users_table
        table.setHorizontalHeaderLabels([_("User"), _("Status")] + [labels.seat_label(t) for t in self.seat_types])
        table.blockSignals(True)  # texts, not boxes, change here
        for row, user in enumerate(self._rows):
            table.item(row, 1).setText(labels.status_label(user.status))
            for column in range(FIRST_SEAT_COLUMN, table.columnCount()):
                table.item(row, column).setToolTip(_(UNASSIGN_ACTIVE_ONLY) if user.status == "deactivated" else "")
        table.blockSignals(False)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._show_counter()

    def _show_counter(self) -> None:
        """Purchased and assigned seats per tier as the boxes stand now; a tier short of seats in red."""
        lines = []
        for seat_type in self.seat_types:
            assigned = self._counts[seat_type]
            purchased = self._summaries[seat_type].total
            text = _("{seat}: {assigned} of {purchased} seats assigned").format(
                seat=labels.seat_label(seat_type), assigned=format_number(assigned),
                purchased=format_number(purchased))
            lines.append(f'<span style="color:#b91c1c"><b>{text}</b></span>' if assigned > purchased else text)
        self.ui.seats_counter_label.setText("<br>".join(lines))
