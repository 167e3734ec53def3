"""What the window remembers between runs (QSettings, an INI file in the per-user settings folder).

Keys: ``database`` (the database opened when no --db is given: a file's path or a team's connection
string, never with a password; "" for the file in the data folder), ``language``, ``second_language`` (R33; "" for none), ``last_account``, ``last_page``, ``window/geometry``,
``window/state``, ``tables/<table object name>`` (column widths and sort order, as QHeaderView.saveState).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANIZATION = APPLICATION = "seatdesk"


def settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


def remembered_language() -> str | None:
    value = settings().value("language")
    return value if isinstance(value, str) and value else None


def remember_language(code: str) -> None:
    settings().setValue("language", code)


def remembered_database() -> str | None:
    value = settings().value("database")
    return value if isinstance(value, str) and value.strip() else None


def remember_database(target: str) -> None:
    """Open ``target`` at the next start when no --db is given ("" for the file in the data folder)."""
    settings().setValue("database", target)
