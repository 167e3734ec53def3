"""A row of boxes that wraps onto more rows when the window is narrow (small screens, long German texts)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QWidget


class FlowGrid(QWidget):
    """Lays its boxes out in as many equal columns as fit its width (at least one)."""

    def __init__(self, parent: QWidget | None = None, most: int = 4):
        super().__init__(parent)
        self.most = most
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._boxes: list[QWidget] = []
        self._columns = 0

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

    def _box_width(self) -> int:
        return max((box.minimumSizeHint().width() for box in self._boxes), default=0) + self._grid.spacing()

    def _arrange(self, width: int) -> None:
        if not self._boxes:
            return
        columns = max(1, min(self.most, len(self._boxes), width // max(1, self._box_width())))
        if columns == self._columns:
            return
        self._columns = columns
        for box in self._boxes:
            self._grid.removeWidget(box)
        for position, box in enumerate(self._boxes):
            self._grid.addWidget(box, position // columns, position % columns, Qt.AlignmentFlag.AlignTop)
        for column in range(self.most):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event) -> None:
        self._arrange(event.size().width())
        super().resizeEvent(event)

    def minimumSizeHint(self):
        hint = super().minimumSizeHint()
        hint.setWidth(min(hint.width(), self._box_width()))
        return hint
