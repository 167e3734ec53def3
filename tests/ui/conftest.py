"""Windows the UI tests share: the main window over a seat-based or a legacy account."""

from __future__ import annotations

import pytest

from seatdesk.domain import seats as st
from tests.conftest import make_account
from tests.ui.test_seat_dialogs import open_window


@pytest.fixture
def demo_window(qtbot, tmp_path):
    """The main window on the demo accounts (both seat models, every state)."""
    from seatdesk.app import create_main_window
    from seatdesk.db.database import close_database
    from seatdesk.services import demo
    from tests.conftest import dispose

    win = create_main_window(tmp_path / "demo.sqlite3", "en")
    demo.fill_demo()
    win.reload_accounts()
    win.show()
    yield win
    dispose(win)
    close_database()


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
