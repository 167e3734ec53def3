"""The two database engines seatdesk runs on (R34): a local SQLite file, or a team's PostgreSQL server.

``seatdesk.db.models.db`` is a proxy initialised with one of these classes when a database is opened.
Everything the services and migrations need that the engines do differently is a method here, so the
rules are written once:

- ``execute_sql`` takes seatdesk's own SQL with ``?`` placeholders on both engines;
- ``executemany`` runs one statement over many rows (a bulk load), inside the caller's transaction;
- ``ddl`` turns a frozen SQLite ``CREATE`` statement of a migration into the engine's;
- ``reserve_ids`` gives a block of ids never given before, for rows copied or loaded with their ids;
- ``group_list`` is a correlated list of values as one comma-joined text (``group_concat`` / ``string_agg``);
- ``change_count`` grows when another seatdesk commits a change, so an open window reads its pages again;
- write transactions take the write lock when they start: BEGIN IMMEDIATE on SQLite, a transaction-level
  advisory lock on PostgreSQL, so that what an action counts (free seats, say) can't change before it
  writes, and two desks taking the last seats never over-assign: the second waits, then counts again
  and gets the usual refusal.
"""

from __future__ import annotations

import re
import sqlite3

import peewee
from peewee import SQL, PostgresqlDatabase, SqliteDatabase, fn

SQLITE, POSTGRESQL = "sqlite", "postgresql"
#: What a database can raise during an action, on either engine (a lost server connection among them): the
#: window turns each into the translated refusal of ``services.common.database_refusal``.
DATABASE_ERRORS = (peewee.DatabaseError, peewee.InterfaceError, sqlite3.DatabaseError)
#: The advisory lock every PostgreSQL write transaction holds until it ends ("SEAT" as a number).
WRITE_LOCK_KEY = 0x53454154
#: The channel PostgreSQL's triggers notify when a table changes (migration 0007).
CHANNEL = "seatdesk_changed"


class SeatdeskSqlite(SqliteDatabase):
    engine = SQLITE

    def __init__(self, database=None, **kwargs):
        # Write transactions take the write lock when they start (BEGIN IMMEDIATE): a second seatdesk on the
        # same file waits for it within the busy timeout, instead of failing at once on its first write.
        super().__init__(database, autoconnect=False, lock_type="IMMEDIATE", **kwargs)

    def executemany(self, sql: str, rows) -> None:
        self.connection().executemany(sql, rows)

    def ddl(self, statement: str, booleans=()) -> str:
        return statement

    def reserve_ids(self, table: str, count: int) -> int:
        """The id before a block of ``count`` new ids of ``table``: past the highest id ever given (AUTOINCREMENT
        remembers removed rows in sqlite_sequence). SQLite moves the sequence on when the rows are inserted."""
        high = self.execute_sql(f'SELECT max(id) FROM "{table}"').fetchone()[0] or 0
        seq = self.execute_sql("SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)).fetchone()
        return max(high, seq[0] if seq else 0)

    def column_names(self, table: str) -> list[str]:
        return [row[1] for row in self.execute_sql(f'PRAGMA table_info("{table}")')]

    def group_list(self, field):
        return fn.GROUP_CONCAT(field)

    def change_count(self) -> int:
        """SQLite's count of commits made by other connections to the file (ours don't change it)."""
        return self.execute_sql("PRAGMA data_version").fetchone()[0]


_INSERT_VALUES = re.compile(r'\s*(INSERT\s+INTO\s+(?:"[^"]+"|\w+)(?:\s*\([^()]*\))?)\s+VALUES\s*(\([^()]*\))\s*',
                            re.IGNORECASE)  # a table, its columns, one row of values: nothing else
_PLACEHOLDER = re.compile(r"""('(?:[^']|'')*'|"(?:[^"]|"")*")|(\?)|(%)""")


def _pyformat(sql: str) -> str:
    """``?`` placeholders as psycopg's ``%s`` (and ``%`` doubled), leaving quoted text and names alone."""
    def swap(match: re.Match) -> str:
        if match.group(1):
            return match.group(1).replace("%", "%%")
        return "%s" if match.group(2) else "%%"
    return _PLACEHOLDER.sub(swap, sql)


_SQLITE_TYPES = ((re.compile(r'"id" INTEGER NOT NULL PRIMARY KEY( AUTOINCREMENT)?'), '"id" SERIAL NOT NULL PRIMARY KEY'),
                 (re.compile(r"\bDATETIME\b"), "TIMESTAMP"))


class SeatdeskPostgres(PostgresqlDatabase):
    engine = POSTGRESQL

    def __init__(self, dsn: str = "", **kwargs):
        # libpq reads the connection string itself: host, port, user, dbname, sslmode, sslrootcert, service,
        # passfile... and finds the password in ~/.pgpass, the service file or PGPASSWORD (never stored here).
        dsn = connection_string(dsn)
        super().__init__(dsn, autoconnect=False, **kwargs)
        self.dsn = dsn
        self._changes = 0

    def _connect(self):
        import psycopg2
        from psycopg2.extensions import parse_dsn

        given = parse_dsn(self.dsn)  # what the string sets wins; these are only defaults
        # A network that goes silent (a cable, a VPN) is noticed within ~15 s, not after the system's TCP
        # timeout of minutes: keepalive probes while waiting, and a limit on unacknowledged data.
        defaults = {"application_name": "seatdesk", "connect_timeout": "10", "keepalives": "1",
                    "keepalives_idle": "5", "keepalives_interval": "2", "keepalives_count": "3",
                    "tcp_user_timeout": "10000"}
        conn = psycopg2.connect(self.dsn, **{key: value for key, value in defaults.items() if key not in given})
        conn.autocommit = True
        with conn.cursor() as cursor:
            cursor.execute("SET TIME ZONE 'UTC'")
            # A desk that waits longer than this for the write lock is told "try again" (never hangs).
            cursor.execute("SET lock_timeout = '20s'")
            cursor.execute(f"LISTEN {CHANNEL}")  # the others' commits, heard from now on (change_count)
        return conn

    def _initialize_connection(self, conn):
        self._changes = 0

    def begin(self, isolation_level=None):
        super().begin(isolation_level)
        # The write lock, held until the transaction ends: the rows an action counts can't change under it.
        with peewee.__exception_wrapper__:
            self.cursor().execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK_KEY,))

    def execute_sql(self, sql, params=None, *args, **kwargs):
        if params and "?" in sql:  # seatdesk's own SQL (peewee's own uses %s)
            sql = _pyformat(sql)
        return super().execute_sql(sql, params, *args, **kwargs)

    def executemany(self, sql: str, rows) -> None:
        """Many rows through one statement: an INSERT's VALUES go as one multi-row VALUES per page (one
        statement, one trigger call: ~4x fewer round trips and statements than one INSERT per row)."""
        from psycopg2.extras import execute_batch, execute_values

        rows = list(rows)
        if not rows:
            return
        insert = _INSERT_VALUES.fullmatch(sql)
        with peewee.__exception_wrapper__:
            with self.cursor() as cursor:
                if insert:
                    execute_values(cursor, _pyformat(insert[1]) + " VALUES %s", rows,
                                   template=_pyformat(insert[2]), page_size=1000)
                else:
                    execute_batch(cursor, _pyformat(sql), rows, page_size=1000)

    def ddl(self, statement: str, booleans=()) -> str:
        """A migration's SQLite statement for PostgreSQL: SERIAL ids (never given twice), TIMESTAMP, and
        BOOLEAN for the columns ``booleans`` names (SQLite keeps booleans as integers)."""
        for pattern, replacement in _SQLITE_TYPES:
            statement = pattern.sub(replacement, statement)
        for column in booleans:
            statement = statement.replace(f'"{column}" INTEGER', f'"{column}" BOOLEAN')
        return statement

    def reserve_ids(self, table: str, count: int) -> int:
        """The id before a block of ``count`` new ids of ``table``, taken from its sequence at once."""
        sequence = self.execute_sql("SELECT pg_get_serial_sequence(%s, 'id')", (f'"{table}"',)).fetchone()[0]
        high = self.execute_sql(f'SELECT max(id) FROM "{table}"').fetchone()[0] or 0
        last, called = self.execute_sql(f"SELECT last_value, is_called FROM {sequence}").fetchone()
        base = max(high, last if called else last - 1)
        if count:
            self.execute_sql("SELECT setval(%s, %s)", (sequence, base + count))
        return base

    def column_names(self, table: str) -> list[str]:
        return [column.name for column in self.get_columns(table)]

    def group_list(self, field):
        return fn.string_agg(peewee.Cast(field, "text"), SQL("','"))

    def change_count(self) -> int:
        """How many of the other desks' commits this connection has heard of (LISTEN/NOTIFY; each table's
        trigger notifies at commit). Our own commits are heard too and left out by process id. A lost connection
        is made again here (the window asks every second), so a server restart needs no restart of seatdesk.

        Raises:
            peewee.OperationalError: the server can't be reached (the window says so and asks again).
        """
        if not self.is_connection_usable():  # the server restarted, or the network dropped the connection
            self.close()
            self.connect()  # raises peewee.OperationalError while the server is out of reach
            self._changes += 1  # what was missed meanwhile: read everything again
        conn = self.connection()
        with peewee.__exception_wrapper__:
            conn.poll()
        own = conn.get_backend_pid()
        while conn.notifies:
            note = conn.notifies.pop(0)
            if note.pid != own:
                self._changes += 1
        return self._changes


#: libpq's connection keywords: a ``key=value`` string starting with one of them is a connection string.
LIBPQ_KEYWORDS = frozenset(
    "host hostaddr port dbname user password passfile require_auth channel_binding connect_timeout "
    "client_encoding options application_name fallback_application_name keepalives keepalives_idle "
    "keepalives_interval keepalives_count tcp_user_timeout replication gssencmode sslmode requiressl "
    "sslcompression sslcert sslkey sslpassword sslcertmode sslrootcert sslcrl sslcrldir sslsni requirepeer "
    "ssl_min_protocol_version ssl_max_protocol_version krbsrvname gsslib gssdelegation service "
    "target_session_attrs load_balance_hosts".split())
_URI = re.compile(r"^postgres(ql)?://", re.IGNORECASE)
#: The start of libpq's key=value form: a keyword, then "=".
LIBPQ_PAIR = re.compile(r"^([A-Za-z_]+)\s*=")
#: A string of one pair names a server only with one of these (``user=ada.sqlite3`` is a file's name).
_ALONE = frozenset({"host", "hostaddr", "dbname", "service"})


def engine_of(target: str) -> str:
    """POSTGRESQL for a connection string (postgresql://, postgres://, or libpq's key=value form: a libpq
    keyword first, then more pairs, or alone one of host, hostaddr, dbname or service), else SQLITE (a file
    path). A string libpq then can't read is refused in words, never made into a file of that name."""
    text = target.strip()
    if _URI.match(text):
        return POSTGRESQL
    keyword = LIBPQ_PAIR.match(text)
    if keyword and keyword[1].lower() in LIBPQ_KEYWORDS \
            and (keyword[1].lower() in _ALONE or any(ch.isspace() for ch in text)):
        return POSTGRESQL
    return SQLITE


def connection_string(target: str) -> str:
    """A connection string as libpq reads it: spaces around it out, the URI's scheme in small letters
    (libpq knows only postgresql:// and postgres://)."""
    text = target.strip()
    scheme = _URI.match(text)
    return scheme[0].lower() + text[scheme.end():] if scheme else text
