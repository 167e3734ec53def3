"""Per-user folders of the platform (platformdirs): Windows, macOS and Linux conventions."""

from __future__ import annotations

from pathlib import Path

import platformdirs

from seatdesk import APP_NAME


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


def default_database_path() -> Path:
    return data_dir() / "seatdesk.sqlite3"


def user_catalog_path() -> Path:
    return data_dir() / "price_catalog.json"
