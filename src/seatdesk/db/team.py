"""Opening a team's database on a PostgreSQL server (R34).

The connection string goes to libpq as it is: it finds the password in ~/.pgpass, a service file or the
environment, and takes TLS options (sslmode, sslrootcert...) from the string; seatdesk stores no password.
Every refusal says what is wrong in the user's language and changes nothing on the server.
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Callable

import peewee

from seatdesk.db.engines import (
    LIBPQ_PAIR,
    POSTGRESQL,
    SeatdeskPostgres,
    connection_string,
    engine_of,
)
from seatdesk.db.models import db
from seatdesk.domain.errors import DomainError
from seatdesk.i18n import N_

#: The first migration: a database whose migration table has it is seatdesk's.
FIRST_MIGRATION = "0001_initial"


class ServerOpenError(DomainError):
    """The team database can't be used (server out of reach, sign-in refused, another application's tables)."""


def _options(dsn: str) -> dict[str, str] | None:
    """The connection string as libpq reads it (key: value), or None when libpq can't read it (or no driver)."""
    try:
        import psycopg2
        from psycopg2.extensions import parse_dsn
    except ImportError:
        return None
    try:
        return parse_dsn(connection_string(dsn))
    except psycopg2.ProgrammingError:
        return None


def _secret(key: str) -> bool:
    return "password" in key.lower()  # password, sslpassword


def _cut_at_secret(text: str) -> str | None:
    """Text libpq can't read: everything before the first thing that may be a password, then "…" (None when
    nothing may be one). Percent-encoding is read first (``%70assword``)."""
    text = urllib.parse.unquote(text)
    spots = [found.end() for found in (re.search(r"(?i)password\s*=\s*", text),
                                      re.search(r"://[^:/@?#]*:(?=.*@)", text)) if found]
    return text[:min(spots)] + "…" if spots else None


def carries_secret(dsn: str) -> bool:
    """Whether the connection string holds a password (in any of the places libpq reads one from)."""
    options = _options(dsn)
    if options is not None:
        return any(_secret(key) for key in options)
    return _cut_at_secret(dsn) is not None


def _quoted(value: str) -> str:
    if value and not re.search(r"[\s'\\]", value):
        return value
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _without(dsn: str, secret_as: str | None) -> str:
    text = connection_string(dsn)
    if not carries_secret(text):
        return text
    options = _options(text)
    if options is None:
        return _cut_at_secret(text) or text
    return " ".join(f"{key}={_quoted(value)}" if not _secret(key) else f"{key}={secret_as}"
                    for key, value in options.items() if secret_as is not None or not _secret(key))


def without_secrets(dsn: str) -> str:
    """The connection string without its passwords (libpq's key=value form when it had one), to keep or edit."""
    return _without(dsn, None)


def shown_target(dsn: str) -> str:
    """The connection string as messages show it: a password, wherever it was written, as "…"; a very long
    string shortened in the middle."""
    text = _without(dsn, "…")
    return text if len(text) <= SHOWN_MAX else text[:SHOWN_MAX - 41] + "…" + text[-40:]


SHOWN_MAX = 160


#: libpq's words for an encrypted connection that failed (a bare "ssl" is also in pg_hba's refusals and in host
#: names): told apart from a refused sign-in and an unreachable server, which are looked for first.
_TLS = re.compile(r"does not support ssl|ssl error|certificate (verify|is not|has expired|was revoked)|"
                  r"server certificate|root certificate file|could not load (private key|ssl)|sslmode value|gssapi")


def _refusal(dsn: str, error: Exception) -> ServerOpenError:
    detail = " ".join(str(error).split())
    target = shown_target(dsn)
    options = _options(dsn)
    if options is None and carries_secret(dsn):  # libpq quotes the text it can't read: it may be the password
        return ServerOpenError(
            N_("{target} is not a connection string seatdesk can use. Write it as "
               "postgresql://user@host:5432/database, and leave the password out: libpq finds it in your .pgpass "
               "file, a service file or PGPASSWORD."), code="db_bad_target", target=target)
    for key, value in (options or {}).items():
        if _secret(key) and len(value) >= 4:  # libpq doesn't quote a readable string's password; in case
            detail = detail.replace(value, "…")
    lowered = detail.lower()
    if "service" in lowered and "not found" in lowered:
        return ServerOpenError(
            N_("The service named in {target} is not in your libpq service file ({detail}). Add it to "
               "~/.pg_service.conf (or the file PGSERVICEFILE names), or write the connection string as "
               "postgresql://user@host:5432/database."),
            code="db_no_service", target=target, detail=detail)
    if "invalid dsn" in lowered or "invalid connection option" in lowered or "invalid uri" in lowered \
            or "missing \"=\"" in lowered or "invalid integer value" in lowered or "invalid port" in lowered \
            or "unterminated quoted string" in lowered:
        return ServerOpenError(
            N_("{target} is not a connection string seatdesk can use ({detail}). Write it as "
               "postgresql://user@host:5432/database."),
            code="db_bad_target", target=target, detail=detail)
    if re.search(r'database ".*" does not exist', lowered):
        return ServerOpenError(
            N_("The database named in {target} does not exist on its server. Ask the server's administrator to "
               "create it, or correct the connection string."),
            code="db_missing", target=target)
    if "password" in lowered or "authentication" in lowered or re.search(r'role ".*" does not exist', lowered) \
            or "no pg_hba.conf entry" in lowered or "permission denied for database" in lowered:
        return ServerOpenError(
            N_("The PostgreSQL server of {target} refused the sign-in ({detail}). Check the user name in the "
               "connection string, and the password in your .pgpass file, service file or PGPASSWORD."),
            code="db_sign_in", target=target, detail=detail)
    if _TLS.search(lowered):
        return ServerOpenError(
            N_("The PostgreSQL server of {target} and seatdesk could not agree on an encrypted connection "
               "({detail}). Check the sslmode and certificate options of the connection string with the "
               "server's administrator."),
            code="db_tls", target=target, detail=detail)
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
    try:
        if applied != known:
            migrate(known)
            tables = set(db.get_tables())
    except (peewee.DatabaseError, peewee.InterfaceError) as error:
        _close()
        raise _refusal(dsn, error) from None
    if _missing_tables(tables):
        _close()
        raise _tables_missing(dsn, _missing_tables(tables))


def _missing_tables(tables: set[str]) -> list[str]:
    """The tables of seatdesk's models that a database at the current schema lacks (someone dropped them)."""
    from seatdesk.db.models import MODELS

    return sorted({model._meta.table_name for model in MODELS} - tables)


def _tables_missing(dsn: str, missing: list[str]) -> ServerOpenError:
    from seatdesk.i18n import format_list

    return ServerOpenError(
        N_("{target} lacks some of seatdesk's tables ({tables}). Ask the server's administrator to restore the "
           "database from a backup, or give seatdesk an empty database."),
        code="db_tables_missing", target=shown_target(dsn), tables=format_list(missing))


EMPTY, SEATDESK = "empty", "seatdesk"


def team_target(typed: str) -> str:
    """The connection string typed for a team database, to test, open and keep in the settings: a URI typed
    without its scheme (``user@host/db``) gets it; no password in it (libpq finds it elsewhere).

    Raises:
        ServerOpenError: nothing typed, not a connection string, or a password in it.
    """
    dsn = typed.strip()
    if not dsn:
        raise ServerOpenError(N_("Write the connection string of the team database, for example "
                                 "postgresql://user@host:5432/seatdesk."), code="db_no_target")
    if engine_of(dsn) != POSTGRESQL and not LIBPQ_PAIR.match(dsn) and not any(ch.isspace() for ch in dsn):
        dsn = "postgresql://" + dsn
    if engine_of(dsn) != POSTGRESQL:
        raise ServerOpenError(N_("This is not a connection string. Write it as postgresql://user@host:5432/seatdesk, "
                                 "or as libpq's host=… dbname=… form."), code="db_bad_target")
    if carries_secret(dsn):
        raise ServerOpenError(
            N_("Leave the password out of the connection string: seatdesk would keep it in its settings. Put it in "
               "your .pgpass file, a service file or PGPASSWORD instead."),
            code="db_password_given")
    return dsn


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
    from seatdesk.db.database import known_migrations, newer_refusal

    known = known_migrations()
    newer = newer_refusal(shown_target(dsn), known, applied)
    if newer is not None:
        raise newer
    if tables and applied == known and _missing_tables(tables):
        raise _tables_missing(dsn, _missing_tables(tables))
    return (SEATDESK if tables else EMPTY), version
