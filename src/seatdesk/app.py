"""Composition root: language, database and main window (the automation contract of SPEC §5)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from seatdesk import i18n
from seatdesk.db.database import open_database
from seatdesk.i18n import qt as i18n_qt
from seatdesk.services.accounts import list_accounts, sync_permission_catalog
from seatdesk.services.catalog import current_catalog
from seatdesk.ui import qt_compat  # noqa: F401  (keeps None alive on Python 3.11, see there)


def prepare(db_path: Path | str, language: str = "en") -> None:
    """Set the language, check the price catalog, open the database.

    Raises:
        DomainError: a bad catalog or database (translated message).
    """
    app = QApplication.instance()
    if app is None:
        raise RuntimeError("create a QApplication first")
    i18n.set_language(language)
    i18n_qt.install(app)
    current_catalog()
    open_database(db_path)
    from seatdesk.db.database import read_only

    if not read_only():  # a read-only file keeps the catalog it has
        sync_permission_catalog()


def create_main_window(db_path: Path | str, language: str = "en"):
    """Return seatdesk's main window on ``db_path``, ready to show, for the running QApplication."""
    from seatdesk.ui.frame import MainWindow

    prepare(db_path, language)
    return MainWindow()


def database_is_empty() -> bool:
    return not list_accounts()
