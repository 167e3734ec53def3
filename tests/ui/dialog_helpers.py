"""Opening a dialog alone (without the main window) and disposing of it before its database closes."""

from __future__ import annotations

import re

import pytest

from tests.conftest import dispose

_open: list = []


def opened(dialog):
    """Show ``dialog`` and keep it for disposal by the ``dialogs`` fixture."""
    _open.append(dialog)
    dialog.show()
    return dialog


@pytest.fixture
def dialogs(db_path, qtbot):
    """A fresh database; every dialog opened with ``opened()`` is deleted before the database closes."""
    yield db_path
    while _open:
        dispose(_open.pop())


def shown(text: str) -> str:
    """A widget's text as read on screen, without its mnemonic marker ("&&" stays: a literal &)."""
    return re.sub(r"&(?!&)", "", text.replace("&&", "\0")).replace("\0", "&&")


def when_open(parent, dialog_class, fill) -> None:
    """Call ``fill(dialog)`` once a modal ``dialog_class`` opens (before the action that opens it is triggered)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def check():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, dialog_class):
            timer.stop()
            fill(dialog)

    timer = QTimer(parent, interval=20)
    timer.timeout.connect(check)
    timer.start()
