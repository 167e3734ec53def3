"""Table views as every page sets them up, and their column widths and sort order remembered."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QItemSelectionModel, QObject, Qt
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
    # Titles start where their cells start; a narrow column cuts the title's end, not both ends.
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setTextElideMode(Qt.TextElideMode.ElideRight)  # "Letztes aktives Da…", the whole title as tooltip
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


MIN_COLUMN_WIDTH = 70  # narrower than this a column says nothing; its cells show their text as a tooltip


def fit_columns(view: QTableView) -> None:
    """Widths from the contents (at most MAX_COLUMN_WIDTH), shrunk to the view's width when they
    would not fit (no horizontal scroll bar on a small screen), the last column stretched.

    Until the user drags a column, the widths follow the view's width as the window is resized.
    """
    natural = [min(width, MAX_COLUMN_WIDTH) for width in _content_widths(view)]
    fitter = view.findChild(_ColumnFitter)
    if fitter is None:
        fitter = _ColumnFitter(view)
    fitter.natural = natural
    fitter.apply()


CELL_PADDING = 14  # the cell's margins and grid line
BADGE_ROOM = 22  # a coloured dot before the text
HEADER_ROOM = 28  # the header's margins and sort arrow


def _content_widths(view: QTableView) -> list[int]:
    """Each column's width from its title and the texts of its first rows, measured with the font
    (Qt's resizeColumnToContents asks the model for every role of every cell: 14 ms at start-up)."""
    model = view.model()
    if not hasattr(model, "text"):
        widths = []
        for column in range(model.columnCount()):
            view.resizeColumnToContents(column)
            widths.append(view.horizontalHeader().sectionSize(column))
        return widths
    cells, titles = view.fontMetrics(), view.horizontalHeader().fontMetrics()
    rows = range(min(model.rowCount(), RESIZE_PRECISION))
    widths = []
    for column in range(model.columnCount()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        longest = max((cells.horizontalAdvance(model.text(row, column)) for row in rows), default=0)
        badge = BADGE_ROOM if model.has_badge(column) else 0
        widths.append(max(titles.horizontalAdvance(title) + HEADER_ROOM, longest + CELL_PADDING + badge))
    return widths


class _ColumnFitter(QObject):
    """Keeps a table's natural column widths within its viewport, until the user sizes a column."""

    def __init__(self, view: QTableView):
        super().__init__(view)
        self.view = view
        self.natural: list[int] = []
        self.user_sized = False
        self._applying = False
        view.viewport().installEventFilter(self)
        view.horizontalHeader().sectionResized.connect(self._resized)

    def _resized(self, *_args) -> None:
        if not self._applying and self.view.horizontalHeader().underMouse():
            self.user_sized = True

    def apply(self) -> None:
        if self.user_sized or not self.natural:
            return
        room = self.view.viewport().width()
        widths = list(self.natural)
        if room > 100 and sum(widths) > room:
            floor = [min(w, MIN_COLUMN_WIDTH) for w in widths]
            spare = room - sum(floor)
            extra = [w - f for w, f in zip(widths, floor, strict=True)]
            total = sum(extra) or 1
            widths = [f + max(0, spare) * e // total for f, e in zip(floor, extra, strict=True)]
        header = self.view.horizontalHeader()
        self._applying = True
        for column, width in enumerate(widths):
            header.resizeSection(column, width)
        self._applying = False

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.apply()
        return False


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
