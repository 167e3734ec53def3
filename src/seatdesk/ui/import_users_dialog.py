"""Account › Import the live account: the CRM's Export users file into the account or plan shown (R31).

The dialog only asks and shows: ``services.crm_import`` reads the account, says what each line would
become and why confirming would be refused, and writes everything in one transaction when confirmed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QWidget

from seatdesk.domain.crm_export import CrmExport, read_crm_export
from seatdesk.domain.errors import DomainError
from seatdesk.i18n import N_, _, format_date, format_money, format_number, label_value, ngettext, tr
from seatdesk.services import accounts, crm_import
from seatdesk.services.crm_import import LEFT_OUT, STATUS_LABELS, UPDATED, describe_seats
from seatdesk.ui.dialogs import ServiceDialog, button_text, refill_combo
from seatdesk.ui.forms.ui_import_users_dialog import Ui_ImportUsersDialog
from seatdesk.ui.progress import Progress
from seatdesk.ui.table_model import Column, RowTableModel
from seatdesk.ui.widgets import tables
from seatdesk.ui.wizard.add_users import file_bytes


def _seat_text(value) -> str:
    before, after, status = value
    if status == LEFT_OUT:
        return ""
    if status == UPDATED and set(before) != set(after):
        # Translators: a seat change in the import preview, e.g. "Core Seat → View-Only Seat".
        return _("{before} → {after}").format(before=describe_seats(before), after=describe_seats(after))
    return describe_seats(after)


PREVIEW_COLUMNS = [
    Column(N_("Line"), lambda u: format_number(u.row.line), sort_key=lambda u: u.row.line, align_right=True),
    Column(N_("Email"), lambda u: u.email or u.row.email, fixed=True),
    Column(N_("Name"), lambda u: " ".join(p for p in (u.first_name or u.row.first_name,
                                                       u.last_name or u.row.last_name) if p)),
    Column(N_("Status"), lambda status: _(STATUS_LABELS[status]), value=lambda u: u.status),
    Column(N_("Seat"), _seat_text, value=lambda u: (u.seats_before, u.seats, u.status)),
    Column(N_("Permission set"), lambda u: u.row.role if u.status == crm_import.LEFT_OUT else u.role,
           fixed=True),  # what the user gets: a role the account lacks is not given
    Column(N_("Teams"), lambda u: ", ".join(u.row.teams), fixed=True),
    Column(N_("Last active date"), lambda day: format_date(day) if day else "",
           sort_key=lambda u: u.last_active.toordinal() if u.last_active else 0,
           value=lambda u: u.last_active if u.status != LEFT_OUT else u.row.last_login),
]
PROBLEM_COLUMNS = [
    Column(N_("Line"), lambda p: format_number(p.line), sort_key=lambda p: p.line, align_right=True),
    Column(N_("Email"), lambda p: p.email, fixed=True),
    Column(N_("Line imported"), lambda left_out: _("No, left out") if left_out else _("Yes"),
           value=lambda p: p.left_out),
    Column(N_("Problem"), lambda p: tr(p.message, **p.params)),
]


class ImportUsersDialog(ServiceDialog):
    """Accepted once the users are imported; ``change.result`` is the preview carried out."""

    def __init__(self, account_id: int, actor_id: int | None, parent: QWidget | None = None):
        super().__init__(Ui_ImportUsersDialog, "ImportUsersDialog", account_id, actor_id, parent)
        self.resize(980, 640)
        self.export: CrmExport | None = None
        self.preview: crm_import.ImportPreview | None = None
        self._error: DomainError | None = None  # why there is no preview (the file, or the preview refused)
        self._read_error: DomainError | None = None  # why the file can't be read
        self._path = ""
        self.preview_model = RowTableModel(PREVIEW_COLUMNS, self)
        self.problems_model = RowTableModel(PROBLEM_COLUMNS, self)
        tables.setup_table(self.ui.import_preview_table, self.preview_model)
        tables.setup_table(self.ui.import_problems_table, self.problems_model)
        self.ui.import_path_edit.returnPressed.connect(lambda: self.load(again=True))  # the file may be edited
        self.ui.import_path_edit.editingFinished.connect(self.load)
        self.ui.import_choose_button.clicked.connect(self._choose)
        self.ui.import_rule_combo.currentIndexChanged.connect(self._rule_changed)
        self.ui.import_confirm_button.clicked.connect(self._confirm)
        self.ui.cancel_button.clicked.connect(self.reject)
        self._retranslate()

    # -- reading ---------------------------------------------------------------------------------
    def _choose(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, _("Choose the CRM's users export"), "",
                                                    _("CSV files (*.csv *.txt);;All files (*)"))
        if path:
            self.ui.import_path_edit.setText(path)
            self.load(again=True)

    def load(self, again: bool = False) -> None:
        """Read the file named in the path field and show its preview: when the path changed, or ``again``
        (Enter, Choose: the file may have been corrected since)."""
        path = self.ui.import_path_edit.text().strip()
        if path == self._path and not again:
            return
        self._path, self.export, self._read_error = path, None, None
        if path:
            from seatdesk.ui.progress import busy

            try:
                with busy():  # a file of thousands of users takes a moment to read
                    self.export = read_crm_export(file_bytes(path))
            except DomainError as error:
                self._read_error = error
        self._show_preview()

    def _rule_changed(self) -> None:
        self.ui.import_rule_help_label.setText(_(crm_import.SEAT_RULE_HELP[self._rule()]))
        if self.export is not None:
            self._show_preview()

    def _rule(self) -> str:
        return self.ui.import_rule_combo.currentData() or crm_import.KEEP

    def _progress(self, label: str) -> Progress:
        total = len(self.export.rows) if self.export is not None else 1
        return Progress(self, label, total)

    def _show_preview(self) -> None:
        """What each line would become, checked against the account as it is now; writes nothing."""
        from seatdesk.db.engines import DATABASE_ERRORS
        from seatdesk.services.common import database_refusal

        self.preview, self._error = None, self._read_error  # an earlier preview's refusal is over
        if self.export is not None:
            progress = self._progress(_("Checking the users of the file…"))
            try:
                self.preview = crm_import.preview_import(self.account_id, self.actor_id, self.export, self._rule(),
                                                         lambda done, _total: progress(done))
            except DomainError as error:
                self._error = error
            except DATABASE_ERRORS as error:  # shown in place, as a refusal
                self._error = database_refusal(error)
            finally:
                progress.close()
        self.preview_model.set_rows(self.preview.users if self.preview else [])
        self.problems_model.set_rows(self.preview.problems if self.preview else [])
        for view in (self.ui.import_preview_table, self.ui.import_problems_table):
            tables.fit_columns(view)
        self._retranslate()

    # -- writing ---------------------------------------------------------------------------------
    def _confirm(self) -> None:
        if self.preview is None or self.preview.refusal is not None:
            return
        export, rule, seen = self.export, self._rule(), self.preview.digest()
        progress = self._progress(_("Importing the users…"))
        try:
            done = self.run(lambda: crm_import.import_users(self.account_id, self.actor_id, export, rule,
                                                            lambda n, _total: progress(n), confirmed=seen))
        finally:
            progress.close()
        if done is not None:
            self.accept()
        elif self.export is not None:
            self._show_preview()  # the account may have changed: show what confirming would do now

    # -- texts -----------------------------------------------------------------------------------
    def _summary(self) -> tuple[str, bool]:
        """The summary under the tables, and whether it is a refusal."""
        if self._error is not None:
            return self._error.translated(), True
        preview = self.preview
        if preview is None:
            return _("Type the path of the file, or choose it."), False
        counts = " · ".join(label_value(_(STATUS_LABELS[status]), format_number(preview.count(status)))
                            for status in STATUS_LABELS)
        lines = [counts]
        if preview.new_teams:
            lines.append(ngettext("{n} team will be created: {teams}.", "{n} teams will be created: {teams}.",
                                  len(preview.new_teams)).format(n=format_number(len(preview.new_teams)),
                                                                 teams=", ".join(preview.new_teams[:10])
                                                                 + (" …" if len(preview.new_teams) > 10 else "")))
        for seat_type, n in preview.freed.items():
            lines.append(ngettext(
                "{seat}: {n} user gives up a paid seat. The seat stays bought and billed until you remove it.",
                "{seat}: {n} users give up a paid seat. The seats stay bought and billed until you remove them.", n)
                .format(seat=describe_seats([seat_type]), n=format_number(n)))
        if preview.to_buy:
            for seat_type, n in preview.to_buy.items():
                lines.append(ngettext("{seat}: {n} more seat is needed than you bought.",
                                      "{seat}: {n} more seats are needed than you bought.", n)
                             .format(seat=describe_seats([seat_type]), n=format_number(n)))
            if preview.refusal is None:
                lines.append(_("Importing buys them in the same step: {cost} now, pro rata to the renewal date "
                               "as with Add seats.").format(cost=format_money(preview.cost_now_cents,
                                                                              preview.currency)))
        if preview.refusal is not None:
            lines.append(preview.refusal.translated())
        return "\n".join(lines), preview.refusal is not None

    def _retranslate(self) -> None:
        self.setWindowTitle(_("Import the live account"))
        account = accounts.get_account(self.account_id)
        if account.plan_of:
            root = accounts.get_account(account.plan_of)
            target = _("Into the plan {plan} of {account}. The account itself stays as it is.").format(
                plan=account.name, account=root.name)
        else:
            target = _("Into the account {account}. To try the import first, make a plan and import into it."
                       ).format(account=account.name)
        self.ui.import_target_label.setText(target)
        refill_combo(self.ui.import_rule_combo, [(_(crm_import.SEAT_RULE_LABELS[rule]), rule)
                                                 for rule in crm_import.SEAT_RULES], crm_import.KEEP)
        self.ui.import_rule_help_label.setText(_(crm_import.SEAT_RULE_HELP[self._rule()]))
        preview = self.preview
        tabs = self.ui.import_tabs
        users = len(preview.users) if preview else 0
        problems = len(preview.problems) if preview else 0
        tabs.setTabText(0, ngettext("Preview ({n} line)", "Preview ({n} lines)", users).format(
            n=format_number(users)))
        tabs.setTabText(1, ngettext("Problems ({n})", "Problems ({n})", problems).format(n=format_number(problems)))
        for model in (self.preview_model, self.problems_model):
            model.retranslate()
        text, refused = self._summary()
        self.ui.import_summary_label.setText(text)
        self.ui.import_summary_label.setStyleSheet("color: #b91c1c" if refused else "")
        n = (preview.count(crm_import.NEW) + preview.count(UPDATED)) if preview else 0
        self.ui.import_confirm_button.setText(button_text(ngettext("Import {n} user", "Import {n} users", n)
                                                          .format(n=format_number(n))))
        self.ui.import_confirm_button.setEnabled(preview is not None and preview.refusal is None and n > 0)
        self.ui.import_path_edit.setPlaceholderText(_("Path of the users export (CSV)"))
        tables.fit_columns(self.ui.import_preview_table)
