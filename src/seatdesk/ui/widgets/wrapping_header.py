"""A horizontal header that keeps every column in view: titles and cells wrap, each column gets at
least its longest word, and the rest of the width goes where the texts are longest."""

from __future__ import annotations

import re

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QHeaderView

_WRAP = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
_PADDING = 10


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
        """Give each column its longest word at least, then share the width by text length."""
        model, table = self.model(), self.parentWidget()
        if model is None or table is None or not self.count():
            return
        header_metrics, cell_metrics = self.fontMetrics(), table.fontMetrics()
        need, natural = [], []
        for column in range(self.count()):
            title, cells = self._texts(column)
            words = [header_metrics.horizontalAdvance(w) for w in _words(title)] + \
                [cell_metrics.horizontalAdvance(w) for text in cells for w in _words(text)]
            lines = [header_metrics.horizontalAdvance(title)] + \
                [cell_metrics.horizontalAdvance(line) for text in cells for line in text.splitlines()]
            need.append(max(words, default=0) + _PADDING)
            natural.append(max(max(lines, default=0) + _PADDING, need[-1]))
        room = self.viewport().width() or self.width()
        sizes = list(need)
        extra = room - sum(need)
        wanted = [n - m for n, m in zip(natural, need, strict=True)]
        if extra > 0 and sum(wanted) > 0:
            for column, want in enumerate(wanted):
                sizes[column] += min(want, extra * want // sum(wanted))
        spare = room - sum(sizes)
        if spare > 0:  # every text on one line and room left: the last column takes it
            sizes[-1] += spare
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
