"""Manage paid users as a person uses it: each tier's box in the middle of its column, clicked there."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from seatdesk.domain import seats as st
from seatdesk.services import seats as seats_service
from seatdesk.services import users as users_service
from seatdesk.ui.paid_users_dialog import FIRST_SEAT_COLUMN, ManagePaidUsersDialog
from tests.conftest import make_account
from tests.ui.dialog_helpers import dialogs, opened  # noqa: F401  (dialogs: fixture)


def test_the_boxes_sit_in_the_middle_of_their_column_and_a_click_there_ticks_them(dialogs, qtbot):
    account = make_account(st.LEGACY)
    seats_service.buy_seats(account.id, account.acting_user_id, "sales_professional", 2)
    users_service.create_user(account.id, account.acting_user_id, "rep@example.com", status="active")
    dialog = opened(ManagePaidUsersDialog(account.id, account.acting_user_id))
    dialog.resize(900, 500)
    qtbot.waitExposed(dialog)
    table = dialog.ui.paid_users_table
    row = next(r for r in range(table.rowCount()) if "rep@example.com" in table.item(r, 0).text())
    column = FIRST_SEAT_COLUMN
    cell = table.visualRect(table.model().index(row, column))
    delegate = table.itemDelegateForColumn(column)
    option = QStyleOptionViewItem()
    option.rect = cell
    option.widget = table
    box = delegate.check_rect(option, table.model().index(row, column))
    assert abs(box.center().x() - cell.center().x()) <= 1 and abs(box.center().y() - cell.center().y()) <= 1
    assert table.item(row, column).checkState() == Qt.CheckState.Unchecked
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
    assert table.item(row, column).checkState() == Qt.CheckState.Checked
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell.topLeft() + QPoint(2, 2))
    assert table.item(row, column).checkState() == Qt.CheckState.Checked  # the cell's edge is not the box
