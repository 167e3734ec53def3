"""Windows the UI tests share: the main window over a seat-based or a legacy account."""

from __future__ import annotations

import pytest

from seatdesk.domain import seats as st
from tests.conftest import make_account
from tests.ui.test_seat_dialogs import open_window


@pytest.fixture
def seat_window(qtbot, db_path):
    account = make_account(st.SEAT_BASED)
    with open_window(db_path) as win:
        yield win, account


@pytest.fixture
def legacy_window(qtbot, db_path):
    account = make_account(st.LEGACY)
    with open_window(db_path) as win:
        yield win, account
