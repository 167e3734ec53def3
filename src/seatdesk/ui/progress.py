"""Feedback on long work: a busy cursor, and a progress dialog that can cancel before anything is written."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from seatdesk.ui.dialogs import cancel_text

SHOW_AFTER_MS = 300  # work shorter than this shows no dialog


@contextmanager
def busy() -> Iterator[None]:
    """A busy cursor while the block runs (reading a big account, switching language)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class Progress:
    """A window-modal progress dialog, shown only when the work lasts; call it with the count done.

    Returns False from a call once the user pressed Cancel: the work then stops and writes nothing.
    """

    def __init__(self, parent: QWidget | None, label: str, total: int, cancellable: bool = True):
        self.dialog = QProgressDialog(label, cancel_text() if cancellable else None, 0, max(1, total), parent)
        self.dialog.setObjectName("progress_dialog")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(True)
        self.dialog.setValue(0)

    def __call__(self, done: int) -> bool:
        self.dialog.setValue(min(done, self.dialog.maximum()))
        QApplication.processEvents()
        return not self.dialog.wasCanceled()

    def close(self) -> None:
        self.dialog.reset()
        self.dialog.deleteLater()
