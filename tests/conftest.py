"""Test setup: offscreen Qt when there is no display, a fresh database per test, English by default."""

from __future__ import annotations

import datetime as dt
import os

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["SEATDESK_NO_DIALOGS"] = "1"

import pytest  # noqa: E402

from seatdesk import i18n  # noqa: E402
from seatdesk.db.database import close_database, open_database  # noqa: E402
from seatdesk.domain import seats as st  # noqa: E402
from seatdesk.domain.billing import add_months  # noqa: E402
from seatdesk.services.accounts import (  # noqa: E402
    AccountSpec,
    SubscriptionSpec,
    create_account,
    sync_permission_catalog,
)


@pytest.fixture(autouse=True)
def own_settings(tmp_path_factory):
    """Each test remembers window settings in a folder of its own, never the user's."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture(autouse=True)
def own_data_folder(tmp_path_factory, monkeypatch):
    """Backups and a user's price catalog go to a folder of the test's, never the user's data folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("data")))


@pytest.fixture(autouse=True)
def own_excepthook(monkeypatch):
    """A test that starts the window (cli.run) puts back the excepthook pytest-qt reads when it ends."""
    import sys

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)


@pytest.fixture(autouse=True)
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("en")


#: A PostgreSQL database the tests may empty (README, "Tests"): when set, the tests that open a database
#: through ``fresh_database`` run on it (R34) instead of on a SQLite file.
TEST_POSTGRES = os.environ.get("SEATDESK_TEST_POSTGRES", "").strip()
sqlite_only = pytest.mark.skipif(bool(TEST_POSTGRES), reason="about SQLite files (SEATDESK_TEST_POSTGRES is set)")
postgres_only = pytest.mark.skipif(not TEST_POSTGRES, reason="needs SEATDESK_TEST_POSTGRES (a test database)")


def fresh_database(folder, name: str = "seatdesk.sqlite3"):
    """Where a test's new database is: a new file in ``folder``, or the PostgreSQL test database emptied
    (its schema kept, ids started again)."""
    if not TEST_POSTGRES:
        return os.path.join(folder, name) if isinstance(folder, str) else folder / name
    from seatdesk.db.models import db

    open_database(TEST_POSTGRES)  # made or brought up to date the first time
    tables = [f'"{table}"' for table in db.get_tables() if table != "schema_migration"]
    db.execute_sql(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE")
    close_database()
    return TEST_POSTGRES


@pytest.fixture
def db_path(tmp_path):
    path = fresh_database(tmp_path)
    open_database(path)
    sync_permission_catalog()
    yield path
    close_database()


def make_account(seat_model: str = st.SEAT_BASED, subscriptions=None, currency: str = "EUR", months_ago: int = 6):
    start = add_months(dt.date.today(), -months_ago)
    if subscriptions is None:
        subscriptions = ([("marketing", "professional"), ("sales", "professional")] if seat_model == st.SEAT_BASED
                         else [("sales", "professional"), ("service", "starter")])
    spec = AccountSpec(name="Test account", currency=currency, seat_model=seat_model,
                       subscriptions=[SubscriptionSpec(hub, tier, start) for hub, tier in subscriptions],
                       admin_email="admin@example.com", admin_first_name="Ada", admin_last_name="Admin")
    return create_account(spec).result


@pytest.fixture
def seat_account(db_path):
    """Seat-based: Marketing Hub Professional and Sales Hub Professional (core and sales seats)."""
    return make_account(st.SEAT_BASED)


@pytest.fixture
def legacy_account(db_path):
    """Legacy: Sales Hub Professional and Service Hub Starter."""
    return make_account(st.LEGACY)


def free_leftovers() -> None:
    """Delete what earlier tests scheduled for deletion and collect their cycles (pyqtgraph's charts leave
    menus and forms of their own), so reference counts measured next are about the code under test."""
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
        gc.collect()


def dispose(widget) -> None:
    """Delete a top-level window now, before its database is closed (it would answer LanguageChange)."""
    import shiboken6

    widget.close()
    shiboken6.delete(widget)


def answer_boxes(window, button=None, seen=None):
    """Answer every message box that opens: with ``button``, else its yes (accept) button, else OK.

    ``button`` may be a standard button or "no" for the button of a no/reject role. The texts of the
    boxes are appended to ``seen``. Returns the timer (kept alive by ``window``).
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    yes_roles = (QMessageBox.ButtonRole.YesRole, QMessageBox.ButtonRole.AcceptRole)
    no_roles = (QMessageBox.ButtonRole.NoRole, QMessageBox.ButtonRole.RejectRole)

    def click():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return
        if seen is not None:
            seen.append("\n".join(filter(None, (box.text(), box.informativeText()))))
        roles = no_roles if button == "no" else yes_roles
        chosen = box.button(button) if isinstance(button, QMessageBox.StandardButton) else None
        chosen = chosen or next((b for b in box.buttons() if box.buttonRole(b) in roles), None)
        (chosen or box.button(QMessageBox.StandardButton.Ok)).click()

    timer = QTimer(window, interval=20)
    timer.timeout.connect(click)
    timer.start()
    return timer
