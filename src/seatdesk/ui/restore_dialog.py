"""Account › Restore from a backup: the copies of this database by date and reason; Restore puts one back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from seatdesk.i18n import _, format_datetime
from seatdesk.services import Change, backups
from seatdesk.ui.dialogs import ServiceDialog
from seatdesk.ui.forms.ui_restore_dialog import Ui_RestoreDialog
from seatdesk.ui.messages import ask

_PATH = Qt.ItemDataRole.UserRole


class RestoreDialog(ServiceDialog):
    """Lists the backups, newest first; accepted once one is restored (the window reads everything again)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Ui_RestoreDialog, "RestoreDialog", 0, None, parent)
        self.resize(560, 420)
        self.ui.backups_list.currentRowChanged.connect(lambda _row: self._show_buttons())
        self.ui.backups_list.itemDoubleClicked.connect(lambda _item: self._restore())
        self.ui.restore_button.clicked.connect(self._restore)
        self.ui.cancel_button.clicked.connect(self.reject)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(_("Restore from a backup"))
        keep = self.ui.backups_list.currentItem().data(_PATH) if self.ui.backups_list.currentItem() else None
        self.ui.backups_list.clear()
        for backup in backups.backups():
            item = QListWidgetItem(_("{date} · {reason}").format(
                date=format_datetime(backup.made), reason=_(backups.REASONS.get(backup.reason, backup.reason))))
            item.setData(_PATH, str(backup.path))
            self.ui.backups_list.addItem(item)
            if str(backup.path) == keep:
                self.ui.backups_list.setCurrentItem(item)
        if self.ui.backups_list.count() and self.ui.backups_list.currentRow() < 0:
            self.ui.backups_list.setCurrentRow(0)
        self._show_buttons()

    def _show_buttons(self) -> None:
        chosen = self.ui.backups_list.currentItem() is not None
        self.ui.restore_button.setEnabled(chosen)
        self.ui.restore_button.setToolTip("" if chosen else _("No backup of this database yet."))

    def _restore(self) -> None:
        item = self.ui.backups_list.currentItem()
        if item is None:
            return
        if not ask(self, _("Restore from a backup"), _(
                "Put back the copy of {date}? What was changed since then is replaced; the current state is "
                "copied first, so you can come back to it.").format(date=item.text()),
                _("Restore"), _("Keep the current data")):
            return
        from pathlib import Path

        def action() -> Change:
            backups.restore(Path(item.data(_PATH)))
            return Change(accounts=True, all_users=True, seats=True, billing=True)

        if self.run(action):
            self.accept()
