"""What the window remembers between runs (QSettings, an INI file in the per-user settings folder).

Keys: ``language``, ``second_language`` (R33; "" for none), ``last_account``, ``last_page``, ``window/geometry``,
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
