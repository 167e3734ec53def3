"""Where shipped data files are: inside the wheel, or in the checkout's resources/ folder."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The shipped resources folder (``seatdesk/resources`` in a wheel, ``resources/`` in a checkout)."""
    installed = _PACKAGE_DIR / "resources"
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent.parent / "resources"


def resource_path(name: str) -> Path:
    return resources_dir() / name
