"""Step 1 of the create-user wizard: addresses typed, a CSV file, a Salesforce export; problems by line."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QTableWidgetItem,
)

from seatdesk.domain.errors import DomainError
from seatdesk.domain.imports import (
    CSV_FILE,
    SALESFORCE,
    SOURCE_LABELS,
    Candidate,
    read_users_file,
    split_addresses,
)
from seatdesk.i18n import N_, _, format_number, ngettext, tr
from seatdesk.services import users as users_service
from seatdesk.ui.messages import show_refusal


def file_bytes(path: str) -> bytes:
    """The bytes of the file a user chose or typed.

    Raises:
        DomainError: it can't be read, with the reason.
    """
    try:
        return Path(path).read_bytes()
    except OSError as error:
        raise DomainError(N_("{path} can't be read: {reason}. Choose another file."), code="unreadable",
                          path=path, reason=error.strerror or str(error)) from None


def _read_file(path: str, source: str) -> list[Candidate]:
    return read_users_file(file_bytes(path), source)



class AddUsersStep:
    """The wizard's first page: where the new users come from and what is wrong with them."""

    def _choose_csv(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, _("Choose a CSV file"), "",
                                                    _("CSV files (*.csv *.txt);;All files (*)"))
        if path:
            self.ui.csv_path_edit.setText(path)
            self.load_csv(path)

    def load_csv(self, path: str) -> None:
        """Read the CSV file at ``path`` now and say what was found (or what is wrong with it)."""
        path = path.strip()
        self._csv_path = path
        self._csv_rows, self._csv_error = [], None
        if path:
            try:
                self._csv_rows = _read_file(path, CSV_FILE)
            except DomainError as error:
                self._csv_error = error
        self._show_csv_status()

    def _show_csv_status(self) -> None:
        label = self.ui.csv_status_label
        if self._csv_error is not None:
            label.setStyleSheet("color: #b91c1c")
            label.setText(self._csv_error.translated())
        elif self._csv_path:
            label.setStyleSheet("")
            label.setText(ngettext("{n} user read from {file}.", "{n} users read from {file}.",
                                   len(self._csv_rows)).format(n=format_number(len(self._csv_rows)),
                                                               file=Path(self._csv_path).name))
        else:
            label.setText("")

    def _choose_salesforce(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, _("Choose the Salesforce users export"), "",
                                                    _("CSV files (*.csv *.txt);;All files (*)"))
        if path:
            self.load_salesforce(path)

    def load_salesforce(self, path: str) -> None:
        """List the users of a Salesforce users export, every one checked (R20)."""
        try:
            rows = _read_file(path, SALESFORCE)
        except DomainError as error:
            show_refusal(self, error)
            return
        self._salesforce_rows = rows
        table = self.ui.salesforce_table
        table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            item = QTableWidgetItem(row.email)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            table.setItem(i, 0, item)
            table.setItem(i, 1, QTableWidgetItem(f"{row.first_name} {row.last_name}".strip()))
        table.setVisible(bool(rows))

    def candidates(self) -> list[Candidate]:
        """The batch as typed, read from the CSV file and checked in the Salesforce list."""
        sf_table = self.ui.salesforce_table
        chosen = [row for i, row in enumerate(self._salesforce_rows)
                  if sf_table.item(i, 0).checkState() == Qt.CheckState.Checked]
        return split_addresses(self.ui.emails_edit.toPlainText()) + self._csv_rows + chosen

    def _check_batch(self) -> bool:
        if self.ui.csv_path_edit.text().strip() != self._csv_path:
            self.load_csv(self.ui.csv_path_edit.text())
        if self._csv_error is not None:
            show_refusal(self, self._csv_error)
            return False
        candidates = self.candidates()
        if not candidates:
            show_refusal(self, DomainError(N_("Add at least one email address."), code="no_users"))
            return False
        check = users_service.check_new_users(self.account_id, candidates)
        self._check = check
        self._show_problems()
        signature = tuple(candidates)
        if check.problems and (signature != self._problems_seen or not check.valid):
            self._problems_seen = signature  # seen: the next click on Next goes on with the valid ones
            return False
        self._batch = check.valid
        return True

    def check_live(self) -> None:
        """Check the batch as it is now and show its problems, without refusing anything (typing goes on)."""
        if self._csv_error is not None:
            return
        candidates = self.candidates()
        try:
            self._check = users_service.check_new_users(self.account_id, candidates) if candidates else None
        except DomainError:
            self._check = None
        if self._check is not None and self._check.problems:
            self._problems_seen = tuple(candidates)  # shown: Next goes on with the valid ones, as the text says
        self._show_problems()

    def _show_problems(self) -> None:
        ui = self.ui
        problems = self._check.problems if self._check else []
        ui.problems_label.setVisible(bool(problems))
        ui.import_problems_table.setVisible(bool(problems))
        if not problems:
            return
        valid = len(self._check.valid)
        text = ngettext("{n} address can't be added (see the list).", "{n} addresses can't be added (see the list).",
                        len(problems)).format(n=format_number(len(problems)))
        if valid:
            text += " " + ngettext("Click Next to go on with the {n} valid address only, or correct the list first.",
                                   "Click Next to go on with the {n} valid addresses only, or correct the list first.",
                                   valid).format(n=format_number(valid))
        else:
            text += " " + _("Correct the list to go on.")
        ui.problems_label.setText(text)
        table = ui.import_problems_table
        table.setRowCount(len(problems))
        for i, problem in enumerate(problems):
            c = problem.candidate
            for col, value in enumerate((tr(SOURCE_LABELS[c.source]), format_number(c.line), c.email,
                                         problem.translated())):
                table.setItem(i, col, QTableWidgetItem(value))

    # -- page 2: access ----------------------------------------------------------------------
