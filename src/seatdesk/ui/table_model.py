"""A table model over rows held as tuples of precomputed display strings (no proxy model).

It sorts itself (a list sort over precomputed keys) and filters itself, which
stays fast with many rows where a QSortFilterProxyModel calls Python per comparison.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from seatdesk.i18n import _
from seatdesk.ui.qt_compat import emit, no_value

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)


@dataclass(frozen=True)
class Column:
    """One column: its header (marked with N_), its display text and its sort key from a row."""

    header: str
    text: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None
    align_right: bool = False


def collation_key(text: str) -> tuple:
    """A sort key that ignores case and accents, as a person expects a name list sorted."""
    import unicodedata

    folded = unicodedata.normalize("NFKD", text.casefold())
    return ("".join(c for c in folded if not unicodedata.combining(c)), text)

_NO_PARENT = QModelIndex()


class RowTableModel(QAbstractTableModel):
    """Rows of any object, shown through ``Column`` definitions; sorts and filters in place."""

    def __init__(self, columns: Sequence[Column], parent=None):
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []
        self._texts: list[tuple[str, ...]] = []
        self._haystacks: list[str] = []
        self._visible: list[int] = []
        self._predicate: Callable[[Any], bool] | None = None
        self._needle = ""
        self._search: Callable[[Any], str] | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- data in ---------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any], search_text: Callable[[Any], str] | None = None) -> None:
        """Replace every row; display strings are computed once here, in the current language."""
        self.beginResetModel()
        self._rows = list(rows)
        self._search = search_text
        self._recompute()
        self._apply()
        self.endResetModel()

    def retranslate(self) -> None:
        """Recompute display strings and headers after a language change."""
        self.beginResetModel()
        self._recompute()
        self._apply()
        self.endResetModel()  # views re-read the headers after a reset

    def _recompute(self) -> None:
        self._texts = [tuple(col.text(row) for col in self._columns) for row in self._rows]
        search = self._search
        self._haystacks = [(search(row) if search else " ".join(t)).casefold()
                           for row, t in zip(self._rows, self._texts, strict=True)]

    def set_filter(self, needle: str = "", predicate: Callable[[Any], bool] | None = None) -> None:
        """Show rows whose search text contains ``needle`` (any case) and that pass ``predicate``."""
        self.beginResetModel()
        self._needle = needle.strip().casefold()
        self._predicate = predicate
        self._apply()
        self.endResetModel()

    def _apply(self) -> None:
        needle, predicate = self._needle, self._predicate
        visible = [i for i, hay in enumerate(self._haystacks) if needle in hay] if needle else list(range(len(self._rows)))
        if predicate is not None:
            rows = self._rows
            visible = [i for i in visible if predicate(rows[i])]
        if self._sort is not None:
            column, order = self._sort
            visible.sort(key=self._key_function(column), reverse=order == Qt.SortOrder.DescendingOrder)
        self._visible = visible

    def _key_function(self, column: int):
        col = self._columns[column]
        if col.sort_key is not None:
            rows, key = self._rows, col.sort_key
            return lambda i: key(rows[i])
        texts = self._texts
        return lambda i: collation_key(texts[i][column])

    # -- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index, role=_DISPLAY):
        if not index.isValid() or not (0 <= index.row() < len(self._visible)):
            return no_value()
        if role == _DISPLAY or role == _TOOLTIP:
            return self._texts[self._visible[index.row()]][index.column()]
        if role == _ALIGN and self._columns[index.column()].align_right:
            return _RIGHT
        return no_value()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return no_value()
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return _(self._columns[section].header)
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return no_value()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        emit(self.layoutAboutToBeChanged)
        self._sort = (column, order)
        self._apply()
        emit(self.layoutChanged)

    # -- reading back --------------------------------------------------------------------------
    def row_at(self, row: int) -> Any:
        return self._rows[self._visible[row]]

    def visible_rows(self) -> list[Any]:
        return [self._rows[i] for i in self._visible]

    def text(self, row: int, column: int) -> str:
        return self._texts[self._visible[row]][column]

    def total_count(self) -> int:
        return len(self._rows)

