"""The price catalog in use: the user's copy in the data folder, else the shipped sample."""

from __future__ import annotations

from pathlib import Path

from seatdesk import paths
from seatdesk.domain.catalog import Catalog, CatalogError, load_catalog
from seatdesk.resources import resource_path

_cache: dict[Path, tuple[float, Catalog]] = {}
_override: Path | None = None


def catalog_path() -> Path:
    if _override is not None:
        return _override
    user_copy = paths.user_catalog_path()
    return user_copy if user_copy.is_file() else resource_path("price_catalog.json")


def use_catalog_file(path: Path | None) -> None:
    """Read prices from ``path`` (None: the default lookup)."""
    global _override
    _override = path


def current_catalog() -> Catalog:
    """The catalog, re-read when its file changed.

    Raises:
        CatalogError: the file is missing or broken.
    """
    path = catalog_path()
    try:
        mtime = path.stat().st_mtime
    except OSError:
        mtime = -1.0
    cached = _cache.get(path)
    if cached and cached[0] == mtime:
        return cached[1]
    global _problem
    try:
        catalog = load_catalog(path)
    except CatalogError as error:
        if cached is None:
            raise
        # broken while seatdesk runs (being edited): keep the prices read before, and say why once
        _problem = error
        _cache[path] = (mtime, cached[1])
        return cached[1]
    _problem = None
    _cache[path] = (mtime, catalog)
    return catalog


_problem: CatalogError | None = None


def catalog_problem() -> CatalogError | None:
    """Why the catalog file could not be read again while seatdesk runs (the prices read before stay)."""
    return _problem
