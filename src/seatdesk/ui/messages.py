"""Showing refusals and notices: the one place dialogs turn a DomainError into a message box."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from seatdesk.domain.errors import DomainError
from seatdesk.i18n import _
from seatdesk.services import Change


def show_refusal(parent: QWidget | None, error: DomainError) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, _("Not possible"), error.translated(),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("refusal_box")
    box.exec()


def show_notices(parent: QWidget | None, change: Change) -> None:
    if change.notices:
        text = "\n\n".join(n.translated() for n in change.notices)
        box = QMessageBox(QMessageBox.Icon.Information, _("Done"), text, QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("notice_box")
        box.exec()
