"""A horizontal header whose titles wrap onto several lines, and which grows tall enough for them."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QHeaderView

_WRAP = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
_PADDING = 12


class WrappingHeader(QHeaderView):
    """Columns share the table's width (no horizontal scroll bar); long titles wrap."""

    def __init__(self, parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(_WRAP)
        self.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.sectionResized.connect(lambda *_a: self.updateGeometry())

    def sectionSizeFromContents(self, logical_index: int) -> QSize:
        size = super().sectionSizeFromContents(logical_index)
        model = self.model()
        if model is None:
            return size
        text = str(model.headerData(logical_index, self.orientation(), Qt.ItemDataRole.DisplayRole) or "")
        width = max(20, self.sectionSize(logical_index) - _PADDING)
        rect = self.fontMetrics().boundingRect(QRect(0, 0, width, 2000), int(_WRAP.value), text)
        return QSize(size.width(), max(size.height(), rect.height() + _PADDING))
