"""Copies of the database kept before risky moments, and restoring one (issue 14).

seatdesk copies the whole file with SQLite's online backup API (consistent even while it is open) before a
renewal roll-over, a migration and a bulk action on many users, and when the user asks. The copies go to
the per-user data folder, in a folder per database file; the newest ``KEEP`` are kept.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from seatdesk.domain.errors import DomainError
from seatdesk.i18n import N_, os_error_message

KEEP = 10
#: Why a copy was made (the file name carries the key; the window shows the label).
REASONS = {
    "manual": N_("Backed up by you"),
    "renewal": N_("Before a renewal"),
    "migration": N_("Before a database update"),
    "bulk": N_("Before a bulk action"),
    "restore": N_("Before a restore"),
}
BULK_BACKUP_FROM = 50  # a bulk action on this many users or more is worth a copy first
_NAME = re.compile(r"^(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[a-z]+)\.sqlite3$")


@dataclass(frozen=True)
class Backup:
    path: Path
    made: dt.datetime
    reason: str


def folder_for(db_path: Path) -> Path:
    """The backups of one database file: a folder of its own in the data folder (named after the file)."""
    from seatdesk.paths import data_dir

    resolved = str(Path(db_path).resolve())
    digest = hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:10]
    return data_dir() / "backups" / f"{Path(db_path).stem}-{digest}"


def open_database_path() -> Path | None:
    """The file of the open database (None when none is open, or the database is on a server)."""
    return _database_path()


def _database_path() -> Path | None:
    from seatdesk.db.models import db

    if db.obj is None or db.engine != "sqlite" or db.is_closed() or not db.database or db.database == ":memory:":
        return None  # a team database on a server is backed up there (README, "A team database")
    name = db.database
    if name.startswith("file:"):  # a read-only file opened by URI
        from urllib.parse import unquote

        name = unquote(name[5:].split("?", 1)[0])
    return Path(name)


def make_backup(reason: str) -> Backup | None:
    """Copy the open database now (None when no file is open). Keeps the newest ``KEEP`` copies.

    Raises:
        DomainError: the copy can't be written (disk full, no permission).
    """
    from seatdesk.db.models import db

    source = _database_path()
    if source is None:
        return None
    folder = folder_for(source)
    made = dt.datetime.now()
    target = folder / f"{made:%Y%m%d-%H%M%S-%f}-{reason}.sqlite3"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        copy = sqlite3.connect(str(target))
        try:
            db.connection().backup(copy)
        finally:
            copy.close()
    except (OSError, sqlite3.Error) as error:
        target.unlink(missing_ok=True)
        detail = os_error_message(error) if isinstance(error, OSError) else str(error)
        raise DomainError(N_("The backup copy can't be written in {folder} ({detail}). Free some disk space, then try again."),
                          code="backup_failed", folder=str(folder), detail=detail) from None
    for old in backups(source)[KEEP:]:
        old.path.unlink(missing_ok=True)
    return Backup(target, made, reason)


def backups(db_path: Path | None = None) -> list[Backup]:
    """The copies of ``db_path`` (default: the open database), newest first."""
    source = db_path or _database_path()
    if source is None:
        return []
    folder = folder_for(source)
    found = []
    for path in folder.glob("*.sqlite3") if folder.is_dir() else ():
        match = _NAME.match(path.name)
        if match:
            found.append(Backup(path, dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S-%f"), match["reason"]))
    return sorted(found, key=lambda b: b.made, reverse=True)


def restore(backup_path: Path) -> None:
    """Put a backup back as the open database, after copying the current state (reason "restore").

    The copy is written into the open database with the backup API, in place: the window reads the
    account again afterwards.

    Raises:
        DomainError: the backup is not a readable seatdesk database, or the database can't be written.
    """
    from seatdesk.db.database import APPLICATION_ID
    from seatdesk.db.models import db

    try:
        source = sqlite3.connect(f"file:{backup_path}?mode=ro", uri=True)
        try:
            if source.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                raise sqlite3.DatabaseError("not a seatdesk database")
            if source.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("damaged")
            current = _database_path()
            make_backup("restore")
            source.backup(db.connection())
        finally:
            source.close()
    except sqlite3.Error as error:
        raise DomainError(N_("This backup can't be restored ({detail}). Choose another one."),
                          code="restore_failed", detail=str(error)) from None
    from seatdesk.db.database import open_database

    open_database(current)  # a copy made before a database update is brought up to date again


def put_back_latest(db_path: Path) -> Backup | None:
    """Replace a damaged database file by its latest backup; the damaged file is kept beside it.

    Returns the backup put back, or None when there is none. The database must not be open.
    """
    import shutil

    found = backups(db_path)
    if not found:
        return None
    db_path = Path(db_path)
    kept = db_path.with_name(f"{db_path.stem}-damaged-{dt.datetime.now():%Y%m%d-%H%M%S}{db_path.suffix}")
    db_path.rename(kept)
    for suffix in ("-wal", "-shm"):  # the damaged file's journal must not be replayed onto the copy
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    shutil.copyfile(found[0].path, db_path)
    return found[0]
