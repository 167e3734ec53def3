"""Opening a team's database on a PostgreSQL server (R34).

The connection string goes to libpq as it is: it finds the password in ~/.pgpass, a service file or the
environment, and takes TLS options (sslmode, sslrootcert...) from the string; seatdesk stores no password.
Every refusal says what is wrong in the user's language and changes nothing on the server.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import peewee

from seatdesk.db.engines import SeatdeskPostgres
from seatdesk.db.models import db
from seatdesk.domain.errors import DomainError
from seatdesk.i18n import N_

#: The first migration: a database whose migration table has it is seatdesk's.
FIRST_MIGRATION = "0001_initial"


class ServerOpenError(DomainError):
    """The team database can't be used (server out of reach, sign-in refused, another application's tables)."""


def shown_target(dsn: str) -> str:
    """The connection string as messages show it: without a password, wherever it was written."""
    text = re.sub(r"(://[^:/@?#]*):[^@/?#]*@", r"\1@", dsn.strip())
    text = re.sub(r"(?i)([?&]password=)[^&#]*", r"\1…", text)
    return re.sub(r"(?i)(\bpassword\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)", r"\1…", text)


def _refusal(dsn: str, error: Exception) -> ServerOpenError:
    detail = " ".join(str(error).split())
    target = shown_target(dsn)
    lowered = detail.lower()
    if "password" in lowered or "authentication" in lowered or "role" in lowered and "does not exist" in lowered \
            or "no pg_hba.conf entry" in lowered or "permission denied for database" in lowered:
        return ServerOpenError(
            N_("The PostgreSQL server of {target} refused the sign-in ({detail}). Check the user name in the "
               "connection string, and the password in your .pgpass file, service file or PGPASSWORD."),
            code="db_sign_in", target=target, detail=detail)
    if "database" in lowered and "does not exist" in lowered:
        return ServerOpenError(
            N_("The database named in {target} does not exist on its server. Ask the server's administrator to "
               "create it, or correct the connection string."),
            code="db_missing", target=target)
    if "invalid dsn" in lowered or "invalid connection option" in lowered or "invalid uri" in lowered \
            or "missing \"=\"" in lowered or "invalid integer value" in lowered or "invalid port" in lowered:
        return ServerOpenError(
            N_("{target} is not a connection string seatdesk can use ({detail}). Write it as "
               "postgresql://user@host:5432/database."),
            code="db_bad_target", target=target, detail=detail)
    if ("could not connect" in lowered or "connection refused" in lowered or "could not translate" in lowered
            or "timeout" in lowered or "timed out" in lowered or "no route" in lowered
            or "server closed the connection" in lowered or "network" in lowered):
        return ServerOpenError(
            N_("seatdesk cannot reach the PostgreSQL server of {target} ({detail}). Check the host and port, and "
               "that the server is running, then try again."),
            code="db_unreachable", target=target, detail=detail)
    return ServerOpenError(
        N_("The team database {target} can't be used ({detail}). Check the connection string, and ask the "
           "server's administrator for the rights seatdesk needs on that database."),
        code="db_server_error", target=target, detail=detail)


def _require_driver() -> None:
    try:
        import psycopg2  # noqa: F401
    except ImportError:
        raise ServerOpenError(
            N_("A team database on PostgreSQL needs the psycopg2 package, which this installation of seatdesk "
               "lacks. Install it with: pip install psycopg2-binary"), code="db_no_driver") from None


def _foreign(dsn: str) -> ServerOpenError:
    return ServerOpenError(
        N_("{target} holds the tables of another application. Give seatdesk a database of its own."),
        code="db_not_database", target=shown_target(dsn))


def _close() -> None:
    if db.obj is not None and not db.is_closed():
        try:
            db.close()
        except peewee.DatabaseError:
            pass


def open_server(dsn: str, known: set[str], applied_in: Callable[[set[str]], set[str]],
                migrate: Callable[[set[str]], None]) -> None:
    """Connect to the server, check that the database is empty or seatdesk's, and bring its schema up to date
    (in one transaction: a failure changes nothing).

    Raises:
        ServerOpenError: what the user is told.
    """
    _require_driver()
    db.initialize(SeatdeskPostgres(dsn))
    try:
        db.connect()
        tables = set(db.get_tables())
        applied = applied_in(tables)
    except (peewee.DatabaseError, peewee.InterfaceError) as error:
        _close()
        raise _refusal(dsn, error) from None
    if tables and FIRST_MIGRATION not in applied:
        _close()
        raise _foreign(dsn)
    from seatdesk.db.database import refuse_if_newer

    refuse_if_newer(shown_target(dsn), known, applied)
    if applied == known:
        return
    try:
        migrate(known)
    except (peewee.DatabaseError, peewee.InterfaceError) as error:
        _close()
        raise _refusal(dsn, error) from None


EMPTY, SEATDESK = "empty", "seatdesk"


def refuse_a_password(dsn: str) -> None:
    """A connection string to keep in the settings carries no password (libpq finds it elsewhere)."""
    if shown_target(dsn) != dsn.strip():
        raise ServerOpenError(
            N_("Leave the password out of the connection string: seatdesk would keep it in its settings. Put it in "
               "your .pgpass file, a service file or PGPASSWORD instead."),
            code="db_password_given")


def check_server(dsn: str) -> tuple[str, str]:
    """Connect to ``dsn`` without changing anything: (EMPTY or SEATDESK, the server's version).

    Raises:
        ServerOpenError: unreachable, sign-in refused, no such database, another application's tables, newer.
    """
    _require_driver()
    server = SeatdeskPostgres(dsn)
    try:
        server.connect()
        tables = set(server.get_tables())
        applied = ({name for (name,) in server.execute_sql("SELECT name FROM schema_migration")}
                   if "schema_migration" in tables else set())
        version = server.execute_sql("SHOW server_version").fetchone()[0].split()[0]
    except (peewee.DatabaseError, peewee.InterfaceError) as error:
        raise _refusal(dsn, error) from None
    finally:
        if not server.is_closed():
            server.close()
    if tables and FIRST_MIGRATION not in applied:
        raise _foreign(dsn)
    return (SEATDESK if tables else EMPTY), version
