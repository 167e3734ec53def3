"""A combo box narrower than its longest entry that cuts its shown text with "…", not mid-letter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter


class ElidingComboBox(QComboBox):
    """Shows "Toutes les autorisa…" where a plain QComboBox cuts "Toutes les autorisation"; the whole
    entry is its tooltip and is shown in full in the list."""

    def __init__(self, parent=None, objectName: str = ""):
        super().__init__(parent)
        if objectName:
            self.setObjectName(objectName)
        self.currentTextChanged.connect(self.setToolTip)

    def paintEvent(self, _event) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        option.currentText = self.fontMetrics().elidedText(option.currentText, Qt.TextElideMode.ElideRight,
                                                           field.width())
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


SHORT_TEXT_ROLE = Qt.ItemDataRole.UserRole + 7


class ShortComboBox(QComboBox):
    """A narrow combo that shows its entry's short text (``SHORT_TEXT_ROLE``: "FR" for Français) and lists
    the whole entries when opened: for the toolbar, where every pixel counts at 1024 px."""

    def __init__(self, parent=None, objectName: str = "", characters: int = 3):
        super().__init__(parent)
        if objectName:
            self.setObjectName(objectName)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(characters)

    def showPopup(self) -> None:  # noqa: N802 - Qt's name
        self.view().setMinimumWidth(self.view().sizeHintForColumn(0) + 2 * self.view().frameWidth() + 8)
        super().showPopup()

    def paintEvent(self, _event) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        short = self.currentData(SHORT_TEXT_ROLE)
        if short is not None:
            option.currentText = short
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
