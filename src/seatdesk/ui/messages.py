"""Showing refusals and notices: the one place dialogs turn a DomainError into a message box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from seatdesk.domain.errors import DomainError
from seatdesk.i18n import N_, _, os_error_message
from seatdesk.services import Change

#: Called with every refusal shown (training mode counts them as mistakes).
refusal_listeners: list = []


def show_refusal(parent: QWidget | None, error: DomainError, then: str = "") -> None:
    """The refusal in a box; ``then``: what seatdesk did about it, below."""
    for listener in list(refusal_listeners):
        listener(error)
    box = QMessageBox(QMessageBox.Icon.Warning, _("Not possible"), error.translated(),
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # names and emails typed by users are shown as typed
    box.setInformativeText(then)
    box.setObjectName("refusal_box")
    box.exec()


def fell_back_note() -> str:
    """What seatdesk did when a team database could not be opened (at the start, or opened again)."""
    return _("seatdesk opened the database file on this computer instead. Account › Team database… goes back to "
             "the team database when its server answers.")


def warn_unwritable(parent: QWidget | None, path, error: OSError) -> None:
    """A file that can't be written: which one, why, and what to do."""
    from seatdesk.i18n import os_error_reason

    QMessageBox.warning(parent, _("Not possible"), _(
        "The file {path} can't be written: {reason}. Choose another file or folder.").format(
        path=path, reason=os_error_reason(error)))


def show_notices(parent: QWidget | None, change: Change) -> None:
    if change.notices:
        text = "\n\n".join(n.translated() for n in change.notices)
        box = QMessageBox(QMessageBox.Icon.Information, _("Done"), text, QMessageBox.StandardButton.Ok, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setObjectName("notice_box")
        box.exec()


def run_action(parent: QWidget | None, action, quiet: bool = False) -> Change | None:
    """Call a service; show its refusal (and return None) or its notices (and return its Change)."""
    from seatdesk.db.engines import DATABASE_ERRORS
    from seatdesk.services.common import database_refusal
    from seatdesk.ui.progress import busy

    try:
        with busy():  # a bulk action on thousands of users takes a moment; no box opens meanwhile
            change = action()
    except DomainError as error:
        show_refusal(parent, error)
        return None
    except DATABASE_ERRORS as error:  # another desk writing, a damaged file...
        show_refusal(parent, database_refusal(error))
        return None
    except OSError as error:
        show_refusal(parent, DomainError(N_("The action could not be completed ({detail}): nothing was changed."),
                                         code="os_error", detail=os_error_message(error)))
        return None
    if not quiet:
        show_notices(parent, change)
    return change


def ask(parent: QWidget | None, title: str, text: str, yes_text: str, no_text: str) -> bool:
    """A question whose buttons say what they do; True when the user picks ``yes_text``."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setObjectName("question_box")
    yes = box.addButton(yes_text.replace("&", "&&"), QMessageBox.ButtonRole.YesRole)
    box.addButton(no_text.replace("&", "&&"), QMessageBox.ButtonRole.NoRole)
    box.exec()
    return box.clickedButton() is yes
