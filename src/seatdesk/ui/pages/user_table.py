"""What the Users and Seats pages share: a table of the account's users with search, filters,
counts, export, selection and a partial refresh after a change."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTableView, QWidget

from seatdesk.i18n import _, format_number, ngettext
from seatdesk.services import Change, queries
from seatdesk.services.common import today
from seatdesk.ui.dialogs import tab_chain
from seatdesk.ui.icons import icon
from seatdesk.ui.messages import warn_unwritable
from seatdesk.ui.pages.base import Page
from seatdesk.ui.progress import Progress, busy
from seatdesk.ui.user_tables import (
    NAME_COLUMN,
    ExportCancelled,
    FilterBar,
    export_visible,
    search_text,
    user_model,
)
from seatdesk.ui.widgets import tables

SEARCH_DELAY_MS = 150


class UserTablePage(Page):
    """A page around one table of users. Subclasses set the form's widgets in ``build()`` and
    call ``build_table()``."""

    table: QTableView
    search_edit: QLineEdit
    count_label: QLabel
    #: The word of the exported file's name.
    export_name = ""

    def build_table(self, columns, filter_layout, prefix: str, kinds: tuple[str, ...]) -> None:
        self.model = user_model(columns, self)
        tables.setup_table(self.table, self.model, many=True)
        self._widths_remembered = tables.restore_header(self.table)
        if not self._widths_remembered:
            tables.first_sort(self.table)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filters)
        self.search_edit.textChanged.connect(self._timer.start)
        self.filters = FilterBar(self, filter_layout, prefix, kinds, with_label=True)
        filter_layout.addStretch(1)
        self.filters.changed.connect(self.apply_filters)
        self.export_button = QPushButton(self, objectName=f"{self.export_name}_export_button")
        self.export_button.setIcon(icon("file-export"))
        self.export_button.clicked.connect(lambda: self.export())

    def set_tab_order(self, *before: QWidget, after: tuple[QWidget, ...] = ()) -> None:
        """Tab walks the page top to bottom: ``before``, the search, the filters, Export, ``after``, the table."""
        chain = [*before, self.search_edit, *self.filters.combos.values(), self.export_button, *after, self.table]
        tab_chain(chain)

    # -- filling -----------------------------------------------------------------------------------
    def fill(self) -> None:
        account = self.context.account()
        self.filters.fill(account.seat_model, queries.teams(self.context.account_id))
        rows = self.context.user_rows()  # in name order: the Name column's order is known
        with queries.paused_gc():
            self.model.set_rows(rows, search_text, orders={NAME_COLUMN: list(range(len(rows)))})
            self.apply_filters()
        if not self._widths_remembered:
            tables.fit_columns(self.table)
        self.apply_permissions()

    def apply_change(self, change: Change) -> None:
        """Only the rows of the users the change names are read and moved to their place."""
        if change.users:
            rows, removed = self.context.change_rows(change)  # read once for both tables
            self.model.update_rows(rows, removed)
            self.show_count()
        if change.accounts:
            self.fill()
        self.apply_permissions()

    def apply_filters(self) -> None:
        self.model.set_filter(self.search_edit.text(), self.filters.predicate())
        self.show_count()

    def show_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
        self.count_label.setText(ngettext("{shown} of {n} user", "{shown} of {n} users", total).format(
            shown=format_number(shown), n=format_number(total)))

    def retranslate_table(self) -> None:
        self.export_button.setText(_("Export…"))
        self.export_button.setToolTip(_("Save the rows shown (after search and filters) as a CSV file for Excel."))
        if not self.stale and self.context.account_id is not None:
            self.model.retranslate()
            self.filters.fill(self.context.account().seat_model, queries.teams(self.context.account_id))
            self.show_count()

    # -- selection -----------------------------------------------------------------------------------
    def selected_user_ids(self) -> list[int]:
        """Ids of the users selected in the table, in the table's order."""
        ids = []
        for selected in sorted(self.table.selectionModel().selection(), key=lambda r: r.top()):
            ids += [self.model.row_at(row).id for row in range(selected.top(), selected.bottom() + 1)]
        return list(dict.fromkeys(ids))

    def selected_count(self) -> int:
        return sum(r.height() for r in self.table.selectionModel().selection())

    def select_users(self, ids) -> None:
        """Select the rows of these users (those shown)."""
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for row in self.model.rows_of(ids):
            selection.select(self.model.index(row, 0), self.model.index(row, last))
        self.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def first_selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).id if rows else None

    # -- keys and files ------------------------------------------------------------------------------
    def focus_search(self) -> bool:
        self.search_edit.setFocus()
        self.search_edit.selectAll()
        return True

    def export(self, path: Path | None = None) -> Path | None:
        """Export the rows the table shows to a CSV file (asks where when ``path`` is None)."""
        from PySide6.QtWidgets import QFileDialog

        if path is None:
            name = f"{self.title()} {today().isoformat()}.csv"
            chosen, _filter = QFileDialog.getSaveFileName(self, _("Export to CSV"), str(Path.home() / name),
                                                          _("CSV files (*.csv)"))
            if not chosen:
                return None
            path = Path(chosen)
        total = self.model.rowCount()
        progress = Progress(self.window(), ngettext("Exporting {n} row…", "Exporting {n} rows…", total).format(
            n=format_number(total)), total)
        try:
            with busy():
                count = export_visible(self.model, path, progress)
        except ExportCancelled:
            return None
        except OSError as error:
            warn_unwritable(self, path, error)
            return None
        finally:
            progress.close()
        self.window().statusBar().showMessage(ngettext(
            "{n} row exported to {path}", "{n} rows exported to {path}", count).format(
            n=format_number(count), path=path), 8000)
        return path

    def save_state(self, settings) -> None:
        if self.built:
            tables.save_header(self.table)
