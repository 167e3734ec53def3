"""Long work shows a busy cursor, and never leaves it behind (refused or not)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from seatdesk.domain.errors import DomainError
from seatdesk.services import Change
from seatdesk.ui.messages import run_action
from tests.conftest import answer_boxes


def test_an_action_runs_under_a_busy_cursor_and_a_refusal_restores_it(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = []

    def action():
        seen.append(QApplication.overrideCursor().shape())
        return Change()

    assert run_action(parent, action) is not None
    assert seen == [Qt.CursorShape.WaitCursor] and QApplication.overrideCursor() is None

    def refused():
        raise DomainError("Not now.", code="test")

    answer_boxes(parent)
    assert run_action(parent, refused) is None
    assert QApplication.overrideCursor() is None
