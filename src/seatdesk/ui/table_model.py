"""A table model over rows of any object, with no proxy model: it sorts and filters itself.

Built for 100,000 rows (../shared/QT-NOTES.md: a QSortFilterProxyModel calls Python per
comparison and takes seconds):

- display strings are made when a row is first painted, and per distinct value for columns
  that declare one (a status, a seat type, a date), so loading costs nothing per column;
- each column's sort order is computed once (collation keys, or ranks of distinct values)
  and kept until the rows or the language change; filtering walks that order, so a filtered
  view is already sorted;
- search and filters re-lay out the rows (``layoutChanged`` with the persistent indexes moved),
  so the selection and the current row survive them; ``update_rows`` replaces a few rows in place.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from seatdesk.domain.names import collation_key
from seatdesk.i18n import _
from seatdesk.ui.qt_compat import emit, no_value

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_FONT = Qt.ItemDataRole.FontRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
_ASCENDING = Qt.SortOrder.AscendingOrder


@dataclass(frozen=True)
class Column:
    """One column of a ``RowTableModel``.

    Attributes:
        header: the header, marked with N_.
        text: the display text, from the row, or from ``value(row)`` when ``value`` is given.
        sort_key: a sort key from the row; default: the display text in collation order.
        align_right: for figures.
        value: the raw value the text depends on (a status, a date): the text and its sort
            rank are then computed once per distinct value.
        fixed: the text does not depend on the language (a name, an email), so its sort order
            survives a language change.
        link: shown as a link (the Users table's names open the user page).
        badge: the kind of coloured dot shown before the text (ui.icons.BADGE_COLORS), from the
            value (or the row); None for no dot.
    """

    header: str
    text: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None
    align_right: bool = False
    value: Callable[[Any], Hashable] | None = None
    fixed: bool = False
    link: bool = False
    badge: Callable[[Any], str | None] | None = None


_NO_PARENT = QModelIndex()
#: Above this many changed rows, update_rows sorts a column again instead of moving each row.
REPOSITION_LIMIT = 1000


class RowTableModel(QAbstractTableModel):
    """Rows of any object, shown through ``Column`` definitions; sorts and filters in place."""

    def __init__(self, columns: Sequence[Column], parent=None, id_of: Callable[[Any], Hashable] | None = None):
        super().__init__(parent)
        self._columns = list(columns)
        self._id_of = id_of
        self._rows: list[Any] = []
        self._texts: list[tuple[str, ...] | None] = []
        self._memo: list[dict] = [{} for _c in self._columns]  # per column: value -> text
        self._orders: dict[int, list[int]] = {}  # per column: every row index in ascending order
        self._keys: dict[int, Callable[[int], Any]] = {}  # per column: the sort key of a row index
        self._ranks: dict[int, dict] = {}  # per value column: value -> rank of its text
        self._haystacks: list[str] = []
        self._search: Callable[[Any], str] | None = None
        self._visible: list[int] = []
        self._matched: list[int] | None = None  # rows matching the needle, before the predicate
        self._needle = ""
        self._predicate: Callable[[Any], bool] | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._index_of: dict[Hashable, int] | None = None
        self._link_brush = QBrush(QColor("#1d4ed8"))
        self._link_font = QFont()
        self._link_font.setUnderline(True)

    # -- data in ---------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any], search_text: Callable[[Any], str] | None = None,
                 orders: dict[int, list[int]] | None = None) -> None:
        """Replace every row (a reset); texts are made when first shown, in the current language.

        ``orders`` gives, per column, the row indexes in that column's ascending order when the
        caller has them already (the database sorted the rows): they are not computed again.
        """
        self.beginResetModel()
        self._rows = list(rows)
        self._search = search_text
        self._texts = [None] * len(self._rows)
        self._memo = [{} for _c in self._columns]
        self._orders = dict(orders or {})
        self._keys.clear()
        self._ranks.clear()
        self._index_of = None
        self._haystacks = self._make_haystacks(self._rows)
        self._matched = None
        self._visible = self._compute_visible()
        self.endResetModel()

    def update_rows(self, rows: Iterable[Any], removed: Iterable[Hashable] = ()) -> None:
        """Replace the rows with the same ids as ``rows`` (others are added) and drop ``removed`` ids.

        Only these rows are re-rendered and moved to their place in each kept sort order (a
        binary search each: a change of one user in 100,000 does not sort them again); search,
        filters and selection stay.
        """
        assert self._id_of is not None, "update_rows needs id_of"
        index_of = self._ids()
        changed = []
        for row in rows:
            key = self._id_of(row)
            i = index_of.get(key)
            if i is None:
                i = index_of[key] = len(self._rows)
                self._rows.append(row)
                self._texts.append(None)
                self._haystacks.append("")
            else:
                self._rows[i] = row
                self._texts[i] = None
            self._haystacks[i] = self._make_haystacks([row])[0]
            changed.append(i)
        gone = {index_of.pop(key) for key in removed if key in index_of}
        renumber = None
        if gone:  # compact the lists and renumber the rows after the removed ones
            keep = [i for i in range(len(self._rows)) if i not in gone]
            renumber = {old: new for new, old in enumerate(keep)}
            self._rows = [self._rows[i] for i in keep]
            self._texts = [self._texts[i] for i in keep]
            self._haystacks = [self._haystacks[i] for i in keep]
            self._orders = {c: [renumber[i] for i in order if i not in gone] for c, order in self._orders.items()}
            changed = [renumber[i] for i in changed]
            self._index_of = None
            self._keys.clear()  # they read the former list of rows
        for column in list(self._orders):
            self._orders[column] = self._reposition(column, self._orders[column], changed)
        self._matched = None
        self._relayout(self._compute_visible, renumber)

    def _reposition(self, column: int, order: list[int], changed: list[int]) -> list[int]:
        """``order`` with the ``changed`` rows (replaced or new) at their place for their new values.

        Ties keep the rows' order, as a stable sort of every row would.
        """
        key = self._key_function(column, changed)
        if len(changed) > REPOSITION_LIMIT:
            return sorted(range(len(self._rows)), key=key)
        moving = set(changed)
        if len(moving) > 16:
            kept = [i for i in order if i not in moving]
        else:  # a C scan each; new rows are not in the order yet
            kept = order
            for i in moving:
                try:
                    kept.remove(i)
                except ValueError:
                    pass
        for i in sorted(moving):
            bisect.insort(kept, i, key=lambda j: (key(j), j))
        return kept

    def retranslate(self) -> None:
        """Re-render the display strings and headers after a language change."""
        self._texts = [None] * len(self._rows)
        self._memo = [{} for _c in self._columns]
        self._orders = {c: o for c, o in self._orders.items() if self._columns[c].fixed}
        self._keys = {c: k for c, k in self._keys.items() if self._columns[c].fixed}
        self._relayout(self._compute_visible)
        if self._columns:
            emit(self.headerDataChanged, Qt.Orientation.Horizontal, 0, len(self._columns) - 1)

    def set_filter(self, needle: str = "", predicate: Callable[[Any], bool] | None = None) -> None:
        """Show the rows whose search text contains ``needle`` (any case) and that pass ``predicate``."""
        needle = needle.strip().casefold()
        if needle != self._needle and not (self._needle and needle.startswith(self._needle)):
            self._matched = None  # a narrower needle searches the last matches only
        self._needle = needle
        self._predicate = predicate
        self._relayout(self._compute_visible)

    # -- computing ---------------------------------------------------------------------------
    def _make_haystacks(self, rows: Sequence[Any]) -> list[str]:
        search = self._search
        if search is None:
            return [" ".join(self._row_texts_of(row)).casefold() for row in rows]
        return [search(row).casefold() for row in rows]

    def _row_texts_of(self, row: Any) -> tuple[str, ...]:
        return tuple(self._cell_text(c, row) for c in range(len(self._columns)))

    def _cell_text(self, column: int, row: Any) -> str:
        col = self._columns[column]
        if col.value is None:
            return col.text(row)
        return self._cell_text_of_value(column, col.value(row))

    def _ids(self) -> dict[Hashable, int]:
        if self._index_of is None:
            id_of = self._id_of
            self._index_of = {id_of(row): i for i, row in enumerate(self._rows)}
        return self._index_of

    def _key_function(self, column: int, changed: Iterable[int] = ()) -> Callable[[int], Any]:
        """The sort key of a row index in ``column``, kept until the rows or the language change.

        A value column ranks its distinct values once; rows in ``changed`` with a value it has not
        ranked make it rank them again.
        """
        col, rows = self._columns[column], self._rows
        if column in self._keys and col.value is not None:
            rank, value = self._ranks[column], col.value
            if any(value(rows[i]) not in rank for i in changed):
                del self._keys[column]
        if column in self._keys:
            return self._keys[column]
        if col.sort_key is not None:
            sort_key = col.sort_key
            key = self._keys[column] = lambda i: sort_key(rows[i])
        elif col.value is not None:  # rank the distinct values once, then compare integers
            value = col.value
            distinct = {value(row) for row in rows}
            ranked = sorted(distinct, key=lambda v: collation_key(self._cell_text_of_value(column, v)))
            rank = self._ranks[column] = {v: n for n, v in enumerate(ranked)}
            key = self._keys[column] = lambda i: rank[value(rows[i])]
        else:
            text = col.text
            key = self._keys[column] = lambda i: collation_key(text(rows[i]))
        return key

    def _cell_text_of_value(self, column: int, value: Hashable) -> str:
        memo = self._memo[column]
        text = memo.get(value)
        if text is None:
            text = memo[value] = self._columns[column].text(value)
        return text

    def _order(self) -> Sequence[int]:
        if self._sort is None:
            return range(len(self._rows))
        column, order = self._sort
        ascending = self.ascending_order(column)
        return ascending if order == _ASCENDING else ascending[::-1]

    def ascending_order(self, column: int) -> list[int]:
        """Every row index in ``column``'s ascending order (computed once, then kept)."""
        ascending = self._orders.get(column)
        if ascending is None:
            ascending = self._orders[column] = sorted(range(len(self._rows)), key=self._key_function(column))
        return ascending

    def _compute_visible(self) -> list[int]:
        needle, predicate, rows = self._needle, self._predicate, self._rows
        if needle:
            if self._matched is None:
                hay = self._haystacks
                self._matched = [i for i, h in enumerate(hay) if needle in h]
            else:
                hay = self._haystacks
                self._matched = [i for i in self._matched if needle in hay[i]]
            matched = set(self._matched) if len(self._matched) < len(rows) else None
        else:
            self._matched = None
            matched = None
        order = self._order()
        if matched is None and predicate is None:
            return list(order)
        if matched is None:
            return [i for i in order if predicate(rows[i])]
        if predicate is None:
            return [i for i in order if i in matched]
        return [i for i in order if i in matched and predicate(rows[i])]

    def _relayout(self, compute: Callable[[], list[int]], renumber: dict[int, int] | None = None) -> None:
        """Swap in new visible rows, moving the persistent indexes (selection, current row) along."""
        emit(self.layoutAboutToBeChanged)
        persistent = self.persistentIndexList()
        old = [(self._visible[p.row()], p.column()) if 0 <= p.row() < len(self._visible) else None
               for p in persistent]
        self._visible = compute()
        if persistent:
            if renumber is not None:
                old = [(renumber[s[0]], s[1]) if s is not None and s[0] in renumber else None for s in old]
            position = self._positions({s[0] for s in old if s is not None})
            moved = []
            for source in old:
                row = position.get(source[0]) if source is not None else None
                moved.append(self.index(row, source[1]) if row is not None else QModelIndex())
            self.changePersistentIndexList(persistent, moved)
        emit(self.layoutChanged)

    def _positions(self, sources: set[int]) -> dict[int, int]:
        """Visible row of each of ``sources`` that is shown (a few: a C scan each; many: one map)."""
        visible = self._visible
        if len(sources) > 16:
            return {source: row for row, source in enumerate(visible) if source in sources}
        position = {}
        for source in sources:
            try:
                position[source] = visible.index(source)
            except ValueError:
                pass
        return position

    # -- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index, role=_DISPLAY):
        if not index.isValid() or not (0 <= index.row() < len(self._visible)):
            return no_value()
        if role == _DISPLAY or role == _TOOLTIP:
            return self.text(index.row(), index.column())
        column = self._columns[index.column()]
        if role == _ALIGN and column.align_right:
            return _RIGHT
        if column.link and role == _FOREGROUND:
            return self._link_brush
        if column.link and role == _FONT:
            return self._link_font
        if column.badge is not None and role == _DECORATION:
            row = self._rows[self._visible[index.row()]]
            kind = column.badge(column.value(row) if column.value is not None else row)
            if kind:
                from seatdesk.ui.icons import badge

                return badge(kind)
        return no_value()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole and role != _TOOLTIP:  # the tooltip: a title cut short
            return no_value()
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return _(self._columns[section].header)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return no_value()

    def sort(self, column: int, order: Qt.SortOrder = _ASCENDING) -> None:
        if not 0 <= column < len(self._columns):
            return
        self._sort = (column, order)
        self._relayout(self._compute_visible)

    # -- reading back --------------------------------------------------------------------------
    def row_at(self, row: int) -> Any:
        return self._rows[self._visible[row]]

    def all_rows(self) -> list[Any]:
        """Every row, shown or filtered out, in load order."""
        return list(self._rows)

    def visible_rows(self) -> list[Any]:
        rows = self._rows
        return [rows[i] for i in self._visible]

    def text(self, row: int, column: int) -> str:
        source = self._visible[row]
        texts = self._texts[source]
        if texts is None:
            texts = self._texts[source] = self._row_texts_of(self._rows[source])
        return texts[column]

    def visible_texts(self) -> Iterable[tuple[str, ...]]:
        """The display strings of the visible rows, in their order (for an export)."""
        for row in range(len(self._visible)):
            self.text(row, 0)
            yield self._texts[self._visible[row]]

    def headers(self) -> list[str]:
        return [_(c.header) for c in self._columns]

    def rows_of(self, ids: Iterable[Hashable]) -> list[int]:
        """Visible row numbers of the rows with these ids (those shown), in view order."""
        index_of = self._ids()
        wanted = {index_of[key] for key in ids if key in index_of}
        return [row for row, source in enumerate(self._visible) if source in wanted]

    def has_badge(self, column: int) -> bool:
        """Whether the column shows a coloured dot before its text."""
        return self._columns[column].badge is not None

    def total_count(self) -> int:
        return len(self._rows)
