"""Table views as every page sets them up, and their column widths and sort order remembered."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from seatdesk.ui.settings import settings

RESIZE_PRECISION = 60  # rows a column width is measured on: Qt's default 1,000 costs 0.4 s at 100,000 rows
MAX_COLUMN_WIDTH = 320


def setup_table(view: QTableView, model, many: bool = False) -> None:
    """Read-only rows, no row numbers, Tab leaves the table; ``many``: selectable by the thousand."""
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab moves to the next control, arrows move between cells
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setResizeContentsPrecision(RESIZE_PRECISION)
    if many:
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # The header paints each section asking QItemSelectionModel::isColumnSelected, which
        # walks every row of the selection through model.index() (two Python calls a row):
        # Select all on 100,000 users took 0.9 s. The headers get their own, always empty,
        # selection model: they never show column selection here.
        for part in (view.horizontalHeader(), view.verticalHeader()):
            part.setSelectionModel(QItemSelectionModel(model, view))


def fit_columns(view: QTableView) -> None:
    """Widths from the contents (at most MAX_COLUMN_WIDTH), the last column stretched."""
    header = view.horizontalHeader()
    for column in range(view.model().columnCount() - 1):
        view.resizeColumnToContents(column)
        header.resizeSection(column, min(header.sectionSize(column), MAX_COLUMN_WIDTH))


def restore_header(view: QTableView) -> bool:
    """Column widths and sort order as the user left them; False when nothing was remembered."""
    state = settings().value(f"tables/{view.objectName()}")
    if not isinstance(state, QByteArray) or state.isEmpty():
        return False
    header = view.horizontalHeader()
    if not header.restoreState(state) or header.count() != view.model().columnCount():
        return False
    if view.isSortingEnabled():
        view.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
    return True


def save_header(view: QTableView) -> None:
    settings().setValue(f"tables/{view.objectName()}", view.horizontalHeader().saveState())


def first_sort(view: QTableView) -> None:
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
