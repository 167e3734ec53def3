"""A row of boxes that wraps onto more rows when the window is narrow (small screens, long German texts)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QWidget


class FlowGrid(QWidget):
    """Lays its boxes out in as many equal columns as fit its width (at least one), and takes the
    height of the rows that needs, so a narrow window gives it more rows instead of squashing them."""

    def __init__(self, parent: QWidget | None = None, most: int = 4):
        super().__init__(parent)
        self.most = most
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._boxes: list[QWidget] = []
        self._columns = 0
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_boxes(self, boxes: list[QWidget]) -> None:
        """Replace the boxes (the old ones are deleted)."""
        for box in self._boxes:
            self._grid.removeWidget(box)
            box.setParent(None)  # out of findChild's reach at once, not at the next event loop
            box.deleteLater()
        self._boxes = list(boxes)
        for box in self._boxes:
            box.setParent(self)
        self._columns = 0
        self._arrange(self.width())

    def boxes(self) -> list[QWidget]:
        return list(self._boxes)

    def _box_size(self) -> QSize:
        width = max((box.minimumSizeHint().width() for box in self._boxes), default=0)
        height = max((box.sizeHint().height() for box in self._boxes), default=0)
        return QSize(width, height)

    def columns_for(self, width: int) -> int:
        box = self._box_size().width() + self._grid.horizontalSpacing()
        return max(1, min(self.most, len(self._boxes), (width + self._grid.horizontalSpacing()) // max(1, box)))

    def _arrange(self, width: int) -> None:
        if not self._boxes:
            return
        columns = self.columns_for(width)
        if columns == self._columns:
            return
        self._columns = columns
        for box in self._boxes:
            self._grid.removeWidget(box)
        for position, box in enumerate(self._boxes):
            self._grid.addWidget(box, position // columns, position % columns)
        for column in range(self.most):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        rows = -(-len(self._boxes) // columns)
        # The rows a width needs, as a fixed height: the page gives it that room instead of squashing it
        # (Qt's height-for-width does not reach a window's minimum size).
        self.setFixedHeight(rows * self._box_size().height() + (rows - 1) * self._grid.verticalSpacing())
        self._grid.activate()

    def resizeEvent(self, event) -> None:
        self._arrange(event.size().width())
        super().resizeEvent(event)

    def minimumSizeHint(self) -> QSize:
        """One box wide (the height is set for the width the grid has)."""
        return QSize(self._box_size().width(), self.minimumHeight())
