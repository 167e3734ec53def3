"""A horizontal header that keeps every column in view: titles and cells wrap, each column gets at
least its longest word, and the rest of the width goes where the texts are longest."""

from __future__ import annotations

import re

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QHeaderView

_WRAP = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
_PADDING = 10
_CELL_SLACK = 8  # a wrapped cell needs a little more than its text's width (margins, grid line)


def _words(text: str) -> list[str]:
    """Where a line may break: spaces and line breaks, not the no-break spaces of money and French."""
    return [w for w in re.split(r"[ \n]+", text) if w]


class WrappingHeader(QHeaderView):
    """Columns share the table's width (no horizontal scroll bar); long titles wrap."""

    def __init__(self, parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(_WRAP)
        self.setMinimumSectionSize(30)
        self.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

    def _texts(self, column: int) -> tuple[str, list[str]]:
        model = self.model()
        title = str(model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        cells = [str(model.index(row, column).data() or "") for row in range(model.rowCount())]
        return title, cells

    def fit(self) -> None:
        """Give each column its longest word at least, then the rest of the width, a step at a time,
        to the column whose wrapping makes the rows tallest (fewest lines in all)."""
        model, table = self.model(), self.parentWidget()
        if model is None or table is None or not self.count():
            return
        header_metrics, cell_metrics = self.fontMetrics(), table.fontMetrics()
        need, lines_of = [], []  # per column: the width of its longest word; per cell: its lines' widths
        for column in range(self.count()):
            title, cells = self._texts(column)
            words = [header_metrics.horizontalAdvance(w) for w in _words(title)] + \
                [cell_metrics.horizontalAdvance(w) for text in cells for w in _words(text)]
            need.append(max(words, default=0) + _PADDING)
            lines_of.append([[cell_metrics.horizontalAdvance(line) + _CELL_SLACK for line in text.splitlines()]
                             for text in cells])
        room = self.viewport().width() or self.width()
        sizes = list(need)
        rows = model.rowCount()

        def height(column_sizes: list[int]) -> int:
            """The rows' heights in lines (a line that does not fit wraps onto -(-width // room) lines)."""
            return sum(max((sum(-(-w // max(1, size - _PADDING)) or 1 for w in lines_of[c][r]) or 1)
                           for c, size in enumerate(column_sizes)) for r in range(rows))

        while rows:
            now, best = height(sizes), None
            for column, size in enumerate(sizes):  # the next width at which one of its lines fits on fewer
                inner = size - _PADDING
                widths = [-(-w // (k - 1)) for cell in lines_of[column] for w in cell
                          if (k := -(-w // max(1, inner))) > 1]
                if not widths:
                    continue
                grow = max(1, min(widths) - inner)
                if sum(sizes) + grow > room:
                    continue
                sizes[column] += grow
                gain = (now - height(sizes)) / grow
                sizes[column] -= grow
                if gain > 0 and (best is None or gain > best[0]):
                    best = (gain, column, grow)
            if best is None:
                break
            sizes[best[1]] += best[2]
        spare = room - sum(sizes)
        if spare > 0:  # the rows are as short as they get: the columns share what is left
            for column in range(len(sizes)):
                sizes[column] += spare // len(sizes)
        for column, size in enumerate(sizes):
            self.resizeSection(column, size)
        self.updateGeometry()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()

    def sectionSizeFromContents(self, logical_index: int) -> QSize:
        size = super().sectionSizeFromContents(logical_index)
        if self.model() is None:
            return size
        title = str(self.model().headerData(logical_index, self.orientation(), Qt.ItemDataRole.DisplayRole) or "")
        width = max(20, self.sectionSize(logical_index) - _PADDING)
        rect = self.fontMetrics().boundingRect(QRect(0, 0, width, 2000), int(_WRAP.value), title)
        return QSize(size.width(), max(size.height(), rect.height() + _PADDING))


def fit_table_height(table, most: int | None = None) -> None:
    """A short table (a few rows) with a ``WrappingHeader``: every column in view and the table as tall
    as its rows (at most ``most`` pixels), so no scroll bar and no blank space under it."""
    header = table.horizontalHeader()
    header.fit()
    table.resizeRowsToContents()
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    height = header.sizeHint().height() + rows + 2 * table.frameWidth()
    table.setFixedHeight(height if most is None else min(height, most))
