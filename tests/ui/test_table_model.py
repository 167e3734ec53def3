"""RowTableModel on its own: a partial update must leave every table order as a full sort would."""

from __future__ import annotations

from typing import NamedTuple

from hypothesis import given, settings
from hypothesis import strategies as s
from PySide6.QtCore import Qt

from seatdesk.ui.table_model import Column, RowTableModel


class Row(NamedTuple):
    id: int
    name: str
    status: str
    n: int


COLUMNS = (
    Column("Name", lambda r: r.name, sort_key=lambda r: r.name.casefold()),
    Column("Status", str, value=lambda r: r.status),
    Column("N", lambda r: str(r.n)),
)
names = s.sampled_from(["anna", "Anna", "bob", "Émile", "zoë", "Bob"])
statuses = s.sampled_from(["active", "invited", "deactivated", "new"])
rows = s.builds(Row, s.integers(0, 40), names, statuses, s.integers(0, 12))


def shown_ids(model: RowTableModel, column: int, order=Qt.SortOrder.AscendingOrder) -> list[int]:
    model.sort(column, order)
    return [model.row_at(r).id for r in range(model.rowCount())]


@settings(max_examples=150, deadline=None)
@given(initial=s.lists(rows, max_size=25, unique_by=lambda r: r.id), changed=s.lists(rows, max_size=8),
       removed=s.lists(s.integers(0, 40), max_size=5))
def test_update_rows_keeps_each_order_as_a_full_sort_would(qapp, initial, changed, removed):
    model = RowTableModel(COLUMNS, id_of=lambda r: r.id)
    model.set_rows(initial)
    for column in range(len(COLUMNS)):  # every order computed and kept before the update
        shown_ids(model, column)
    changed = list({r.id: r for r in changed}.values())
    gone = set(removed) - {r.id for r in changed}
    model.update_rows(changed, gone)
    fresh = RowTableModel(COLUMNS, id_of=lambda r: r.id)
    fresh.set_rows(model.all_rows())
    assert {r.id for r in model.all_rows()} == ({r.id for r in initial} | {r.id for r in changed}) - gone
    for column in range(len(COLUMNS)):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            assert shown_ids(model, column, order) == shown_ids(fresh, column, order)
