"""Opening a seatdesk database: checks, pragmas, migrations (deferred init of ``models.db``)."""

from __future__ import annotations

import os
import sqlite3
import urllib.parse
from pathlib import Path

import peewee

from seatdesk.db.engines import POSTGRESQL, SeatdeskSqlite, engine_of
from seatdesk.db.models import db
from seatdesk.domain.errors import DomainError
from seatdesk.i18n import N_

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
PRAGMAS = {"busy_timeout": 5000, "journal_mode": "wal", "foreign_keys": 1, "synchronous": "normal"}
APPLICATION_ID = 0x53454154  # "SEAT": marks the file as seatdesk's


class DatabaseOpenError(DomainError):
    """The database file cannot be used (not a database, newer version, unreadable folder)."""


def known_migrations() -> set[str]:
    return {path.stem for path in MIGRATIONS_DIR.glob("[0-9]*.py")}


def _applied_migrations(tables: set[str]) -> set[str]:
    """Names in playhouse's ``schema_migration`` table, read with plain SQL (no runner needed)."""
    if "schema_migration" not in tables:
        return set()
    return {row[0] for row in db.execute_sql("SELECT name FROM schema_migration")}


def _migrate(known: set[str]) -> None:
    """Run the pending migrations and mark the file as seatdesk's, in one write transaction.

    BEGIN IMMEDIATE first: a second seatdesk opening the same new file waits, then finds the schema
    made. A kill at any point leaves the file as it was before (empty, or the previous schema), never
    tables without the mark. playhouse's runner is imported only when there is something to run.
    """
    from playhouse.migrations import Runner

    if db.engine == POSTGRESQL:  # PostgreSQL changes its schema inside the transaction, keys checked as it goes
        with db.atomic():
            if _applied_migrations(set(db.get_tables())) != known:
                Runner(db.obj, str(MIGRATIONS_DIR)).up()
        return
    # Migrations that make a table again need foreign keys off (dropping the old table would cascade);
    # the pragma only takes effect outside a transaction. The keys are checked before the commit.
    db.execute_sql("PRAGMA foreign_keys = OFF")
    try:
        with db.atomic():
            if _applied_migrations(set(db.get_tables())) != known:
                Runner(db.obj, str(MIGRATIONS_DIR)).up()
            broken = db.execute_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise sqlite3.IntegrityError(f"foreign keys broken by the update: {broken[:3]}")
            db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    finally:
        db.execute_sql("PRAGMA foreign_keys = ON")


def _connect(path: Path, attempts: int = 50) -> tuple[int, set[str]]:
    """Connect with the pragmas; return the application id and the tables.

    Another seatdesk making the same new file may hold it while it switches to WAL or writes the schema:
    SQLite then answers "locked" at once on the journal mode pragma (no busy handler there), so the
    connection is tried again for a few seconds.
    """
    import time

    for attempt in range(attempts):
        try:
            if _read_only:  # opened read-only on purpose: the window shows the data and says no change is possible
                uri = f"file:{urllib.parse.quote(str(path.resolve()))}?mode=ro"
                db.initialize(SeatdeskSqlite(uri, uri=True, pragmas={"foreign_keys": 1,
                                                                     "busy_timeout": PRAGMAS["busy_timeout"]}))
            else:
                db.initialize(SeatdeskSqlite(str(path), pragmas=PRAGMAS))
            db.connect()
            # Tables first: another seatdesk committing a new file's schema in between gives (no tables, its
            # mark), never (tables, no mark), which would read as another program's file.
            tables = set(db.get_tables())
            return db.execute_sql("PRAGMA application_id").fetchone()[0], tables
        except (peewee.OperationalError, sqlite3.OperationalError) as exc:
            close_database()
            if "locked" not in str(exc) or attempt == attempts - 1:
                raise
            time.sleep(0.1)
    raise AssertionError("unreachable")


def _foreign_file(path: Path) -> bool:
    """Whether ``path`` is another program's SQLite file, read without changing it (no WAL switch, no
    write): an application id that isn't seatdesk's, or tables without seatdesk's id.

    Raises:
        sqlite3.DatabaseError: not a database at all.
    """
    uri = f"file:{urllib.parse.quote(str(path.resolve()))}?mode=ro"
    connection = sqlite3.connect(uri, uri=True)
    try:
        app_id = connection.execute("PRAGMA application_id").fetchone()[0]
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        connection.close()
    if app_id == APPLICATION_ID:
        return False
    return app_id != 0 or bool(tables - {"migratehistory", "schema_migration"})


def open_database(path: Path | str) -> None:
    """Open (or create) the database at ``path`` (a SQLite file, or a PostgreSQL connection string) and
    bring its schema up to date.

    Raises:
        DatabaseOpenError: the folder cannot be written, the file is not a
            seatdesk database, or a newer seatdesk made it; the server can't be
            reached, refuses the sign-in, or holds another application's tables.
    """
    global _read_only
    close_database()
    if engine_of(str(path)) == POSTGRESQL:
        from seatdesk.db.team import open_server

        _read_only = False
        open_server(str(path), known_migrations(), _applied_migrations, _migrate)
        return
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseOpenError(
            N_("Cannot create the folder {folder} ({detail}). Choose another place with --db."),
            code="db_folder", folder=str(folder), detail=exc.strerror or str(exc)) from None
    if path.is_dir():
        raise DatabaseOpenError(
            N_("{path} is a folder, not a database file. Give a file name with --db."),
            code="db_not_file", path=str(path))
    existed = path.exists() and path.stat().st_size > 0
    _read_only = existed and not _writable(path)
    try:
        if existed and _foreign_file(path):  # checked before anything is written to it
            raise DatabaseOpenError(
                N_("{path} is not a seatdesk database. Choose another file, or a new file name to start a new database."),
                code="db_not_database", path=str(path))
    except (sqlite3.DatabaseError, OSError) as exc:
        if "malformed" in str(exc):
            raise _damaged(path, str(exc)) from None
        if "not a database" in str(exc) or "encrypted" in str(exc):
            raise DatabaseOpenError(
                N_("{path} is not a seatdesk database. Choose another file, or a new file name to start a new database."),
                code="db_not_database", path=str(path)) from None
        # unreadable here (a locked or read-only file): the full open below says why
    try:
        app_id, tables = _connect(path)
    except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:
        close_database()
        if "malformed" in str(exc):
            raise _damaged(path, str(exc)) from None
        if "not a database" in str(exc):
            raise DatabaseOpenError(
                N_("{path} is not a seatdesk database. Choose another file, or a new file name to start a new database."),
                code="db_not_database", path=str(path)) from None
        raise DatabaseOpenError(
            N_("Cannot open {path} ({detail}). Check that the file and its folder can be read and written."),
            code="db_unreadable", path=str(path), detail=str(exc)) from None
    if existed and app_id != APPLICATION_ID and tables:
        close_database()
        raise DatabaseOpenError(
            N_("{path} is not a seatdesk database. Choose another file, or a new file name to start a new database."),
            code="db_not_database", path=str(path))
    if existed and path.stat().st_size <= QUICK_CHECK_MAX_BYTES:  # a damaged page is found now, not mid-action
        try:
            result = db.execute_sql("PRAGMA quick_check(1)").fetchone()[0]
        except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:
            result = str(exc)
        if result != "ok":
            close_database()
            raise _damaged(path, result)
    known, applied = known_migrations(), _applied_migrations(tables)
    refuse_if_newer(str(path), known, applied)
    if applied == known and app_id == APPLICATION_ID:
        return
    if _read_only:
        close_database()
        raise DatabaseOpenError(
            N_("{path} can only be read, and this seatdesk needs to update its schema. Open a copy you can write to."),
            code="db_read_only_old", path=str(path))
    try:
        if applied:  # an existing database about to be updated: a copy first
            from seatdesk.services.backups import make_backup

            make_backup("migration")
        _migrate(known)
    except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:
        close_database()
        raise DatabaseOpenError(
            N_("Cannot open {path} ({detail}). Check that the file and its folder can be read and written."),
            code="db_unreadable", path=str(path), detail=str(exc)) from None


def refuse_if_newer(shown: str, known: set[str], applied: set[str]) -> None:
    """Close and refuse a database whose schema has migrations this seatdesk doesn't know."""
    refusal = newer_refusal(shown, known, applied)
    if refusal is not None:
        close_database()
        raise refusal


def newer_refusal(shown: str, known: set[str], applied: set[str]) -> DatabaseOpenError | None:
    """The refusal of a schema with migrations this seatdesk doesn't know (None when it knows them all)."""
    unknown = sorted(applied - known)
    if not unknown:
        return None
    return DatabaseOpenError(
        N_("{path} was made by a newer version of seatdesk (schema {schema}). Update seatdesk to open it."),
        code="db_newer", path=shown, schema=unknown[-1])


def data_version() -> int:
    """A count that grows when another seatdesk commits a change to the database (ours don't change it): a
    window compares it to see that another desk changed the data it shows (SQLite's data_version, or the
    notifications PostgreSQL's triggers send)."""
    return db.change_count()


def current_target() -> str | None:
    """What the open database was opened with: its file's path, or the server's connection string."""
    if db.obj is None or db.is_closed():
        return None
    if db.engine == POSTGRESQL:
        return db.dsn
    from seatdesk.services.backups import open_database_path

    path = open_database_path()
    return str(path) if path is not None else None


def engine() -> str:
    """The open database's engine: ``seatdesk.db.engines.SQLITE`` or ``POSTGRESQL``."""
    return db.engine


_read_only = False
#: Files up to this size are checked for damage when opened (SQLite's quick_check reads every page).
QUICK_CHECK_MAX_BYTES = 64_000_000


def _damaged(path: Path, detail: str) -> DatabaseOpenError:
    return DatabaseOpenError(
        N_("{path} is damaged ({detail}). Put back its latest backup, or open another file."),
        code="db_damaged", path=str(path), detail=detail)


def _writable(path: Path) -> bool:
    """Whether seatdesk may write ``path`` (and the journal files beside it)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def read_only() -> bool:
    """The database was opened read-only (the file can't be written): every change is refused."""
    return _read_only


def schema_version() -> str:
    applied = _applied_migrations(set(db.get_tables()))
    return max(applied) if applied else ""


def close_database() -> None:
    if db.obj is not None and not db.is_closed():
        db.close()
