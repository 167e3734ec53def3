"""The outbox (R21): queued invitation and password-reset emails, their export as .eml, accepting invitations."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QWidget,
)

from seatdesk import i18n
from seatdesk.i18n import N_, Nn_, _, format_datetime
from seatdesk.services import Change, Notice, outbox
from seatdesk.ui.dialogs import assign_mnemonics, mnemonic_widgets
from seatdesk.ui.forms.ui_outbox_dialog import Ui_OutboxDialog
from seatdesk.ui.messages import run_action
from seatdesk.ui.table_model import Column, RowTableModel


def _state(row: outbox.OutboxRow) -> str:
    if row.kind != outbox.INVITATION:
        return ""
    return _("Accepted") if row.accepted else _("Pending") if row.token else _("Closed")


SAVED = Nn_("{n} email saved in {folder}.", "{n} emails saved in {folder}.")
COLUMNS = (
    Column(N_("Queued"), lambda r: format_datetime(r.queued_at, "short"), lambda r: r.id),
    # Translators: column header of the Outbox: the kind of email (Invitation, Password reset).
    Column(N_("Type"), lambda r: _(outbox.KIND_LABELS.get(r.kind, r.kind))),
    Column(N_("Recipient"), lambda r: r.recipient),
    Column(N_("Language"), lambda r: i18n.LANGUAGE_NAMES.get(r.language, r.language)),
    Column(N_("Subject"), lambda r: r.subject),
    Column(N_("Invitation status"), _state),
    Column(N_("Link"), lambda r: r.link),
)
WIDE_COLUMNS = (2, 4, 6)  # Recipient, Subject, Link


class OutboxDialog(QDialog):
    """Reads the account's outbox; its only changes are accepting an invitation (one action each)."""

    def __init__(self, account_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_OutboxDialog()
        self.ui.setupUi(self)
        self.setObjectName("OutboxDialog")
        self.account_id = account_id
        self.change = None
        self.resize(900, 560)
        self.model = RowTableModel(COLUMNS, self)
        table = self.ui.outbox_table
        table.setModel(self.model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        table.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        self.ui.export_eml_button.clicked.connect(lambda: self.export([r.id for r in self.selected()]))
        self.ui.export_all_button.clicked.connect(lambda: self.export([r.id for r in self.model.visible_rows()]))
        self.ui.accept_invitation_button.clicked.connect(self.accept_invitation)
        self.ui.close_button.clicked.connect(self.accept)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(outbox.outbox_rows(self.account_id))
        table = self.ui.outbox_table
        table.resizeColumnsToContents()
        # Recipient, subject and link share the width left (shortened in the middle; the preview shows
        # them whole): no column is cut at the right edge.
        for column in WIDE_COLUMNS:
            table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self._selection_changed()

    def selected(self) -> list[outbox.OutboxRow]:
        rows = self.ui.outbox_table.selectionModel().selectedRows()
        return [self.model.row_at(index.row()) for index in rows]

    def _selection_changed(self) -> None:
        selected = self.selected()
        self.ui.export_eml_button.setEnabled(bool(selected))
        self.ui.export_all_button.setEnabled(self.model.rowCount() > 0)
        self.ui.accept_invitation_button.setEnabled(len(selected) == 1 and selected[0].token is not None)
        if len(selected) == 1:
            message = selected[0]
            self.ui.message_view.setHtml("<p><b>{}</b> {}<br><b>{}</b> {}</p><p style='white-space: pre-wrap'>{}</p>".format(
                html.escape(_("To:")), html.escape(message.recipient), html.escape(_("Subject:")),
                html.escape(message.subject), html.escape(message.body)))
        else:
            self.ui.message_view.setPlainText(
                "" if selected or self.model.rowCount() else _("The outbox is empty: no email was queued."))

    def export(self, message_ids: list[int], folder: str | None = None) -> list[Path]:
        """Save the messages as .eml files in a folder the user chooses (or ``folder``)."""
        if not message_ids:
            return []
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, _("Save the emails in"))
            if not folder:
                return []
        written: list[Path] = []

        def save():
            written.extend(outbox.export_eml(self.account_id, message_ids, Path(folder)))
            return Change(notices=[Notice(SAVED, {"n": len(written), "folder": folder})])

        run_action(self, save)
        return written

    def accept_invitation(self, signup_email: str | None = None) -> None:
        """The invited person signs up: ask which address they used; it must be the invited one (R21)."""
        selected = self.selected()
        if len(selected) != 1 or selected[0].token is None:
            return
        row = selected[0]
        if signup_email is None:
            signup_email, ok = QInputDialog.getText(
                self, _("Mark invitation accepted"),
                _("Email address used at sign-up. When they create their account, the user must use the email "
                  "address you added."), text=row.recipient)
            if not ok:
                return
        change = run_action(self, lambda: outbox.accept_invitation(self.account_id, row.token, signup_email),
                            quiet=True)
        if change is not None:
            self.change = change
            self.refresh()

    def showEvent(self, event) -> None:
        assign_mnemonics(mnemonic_widgets(self))
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.model.retranslate()
            self._selection_changed()
            assign_mnemonics(mnemonic_widgets(self))
        super().changeEvent(event)

