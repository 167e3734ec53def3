"""A team database on PostgreSQL (R34, issue 17): the migrations make the models' schema, bad targets are
refused in words with nothing changed, and the others' commits are heard. The service tests, the state
machine and the two-desk race run on PostgreSQL too when SEATDESK_TEST_POSTGRES names a test database
(.ci/run); the tests here need it."""

from __future__ import annotations

import urllib.parse

import peewee
import pytest

from seatdesk.db.database import close_database, open_database
from seatdesk.db.engines import POSTGRESQL, SQLITE, _pyformat, engine_of
from seatdesk.db.models import MODELS, Account, db
from seatdesk.db.team import shown_target
from seatdesk.domain.errors import DomainError
from tests.conftest import TEST_POSTGRES, fresh_database, make_account, postgres_only


def with_options(dsn: str, **options: str) -> str:
    """``dsn`` with libpq options added to its query part."""
    parts = urllib.parse.urlsplit(dsn)
    query = urllib.parse.parse_qsl(parts.query) + list(options.items())
    return urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(query)))


def in_schema(name: str) -> str:
    """The test database, with ``name`` as its only schema (what seatdesk sees there is that schema's tables)."""
    return with_options(TEST_POSTGRES, options=f"-csearch_path={name}")


def admin(sql: str, params=()) -> None:
    """Run ``sql`` on the test database on a connection of its own (as the server's administrator would)."""
    import psycopg2

    conn = psycopg2.connect(TEST_POSTGRES)
    conn.autocommit = True
    try:
        with conn.cursor() as cursor:
            cursor.execute(sql, params)
    finally:
        conn.close()


def test_connection_strings_are_told_from_files():
    assert engine_of("postgresql://team@db.example.com:5432/seatdesk?sslmode=verify-full") == POSTGRESQL
    assert engine_of("postgres://team@db/seatdesk") == POSTGRESQL
    assert engine_of("POSTGRESQL://team@db/seatdesk") == POSTGRESQL
    assert engine_of("host=db.example.com dbname=seatdesk") == POSTGRESQL
    assert engine_of("service=seatdesk") == POSTGRESQL
    assert engine_of("port=5499 host=127.0.0.1 user=team dbname=seatdesk") == POSTGRESQL  # any libpq keyword first
    assert engine_of("user = team host=db") == POSTGRESQL
    assert engine_of("C:\\Users\\ada\\seatdesk.sqlite3") == SQLITE
    assert engine_of("/home/ada/postgresql/seatdesk.sqlite3") == SQLITE
    assert engine_of("plans=2026.sqlite3") == SQLITE  # not a libpq keyword: a file name
    assert engine_of("user=ada.sqlite3") == SQLITE and engine_of("sslmode=old.db") == SQLITE  # one pair: a file
    assert engine_of("host=db password=S3cret I dbname=x") == POSTGRESQL  # refused by libpq, never a file


SECRETS = ("s3cret", "p?ss", "S3cretD", "S3cretE", "S3cretG", "S3cretUP", "S3cret I", "a b'c")


@pytest.mark.parametrize("dsn", [
    "postgresql://team:s3cret@db:5432/seatdesk",
    "postgresql://team:p?ss@db:5432/seatdesk",
    "postgresql://team@db/seatdesk?password=s3cret&sslmode=require",
    "postgresql://team@db/seatdesk?%70assword=S3cretD&sslmode=require",
    "postgresql://team@db/seatdesk?sslpassword=S3cretE",
    "host=db sslpassword=S3cretG dbname=seatdesk",
    "host=db password=s3cret dbname=seatdesk",
    "host=db password='a b\\'c' dbname=seatdesk",
    "POSTGRESQL://team:S3cretUP@db/seatdesk",
    "host=db password=S3cret I dbname=seatdesk",  # libpq can't read this one: cut where the password starts
    "postgresql://team@db/seatdesk?password=s3cret&bogus=1",
])
def test_a_password_is_never_shown_nor_kept(dsn):
    from seatdesk.db.team import _refusal, carries_secret, team_target, without_secrets

    assert carries_secret(dsn)
    for text in (shown_target(dsn), without_secrets(dsn)):
        assert not any(secret in text for secret in SECRETS), text
    assert "db" in shown_target(dsn)
    with pytest.raises(DomainError) as refused:
        team_target(dsn)
    assert refused.value.code == "db_password_given"
    message = _refusal(dsn, peewee.OperationalError(f'invalid dsn: missing "=" after "{dsn[-9:]}"')).translated()
    assert not any(secret in message for secret in SECRETS), message


def test_a_string_without_password_is_shown_as_written_and_a_long_one_shortened():
    from seatdesk.db.team import carries_secret

    dsn = "postgresql://team@db.example.com:5432/seatdesk?sslmode=verify-full"
    assert not carries_secret(dsn) and shown_target(dsn) == dsn
    long = "postgresql://team@db/" + "x" * 400
    assert len(shown_target(long)) == 160 and shown_target(long).startswith("postgresql://team@db/")


def test_seatdesks_placeholders_become_psycopgs_outside_quoted_text():
    assert _pyformat("SELECT '?%', \"a?\" FROM t WHERE x = ? AND y LIKE 'a%'") == \
        "SELECT '?%%', \"a?\" FROM t WHERE x = %s AND y LIKE 'a%%'"


@postgres_only
def test_every_migration_on_postgresql_makes_the_models_schema(tmp_path):
    """From an empty schema, every migration in order; the result is what peewee makes of the models."""
    from playhouse.schema_diff import diff_models

    admin("DROP SCHEMA IF EXISTS migrated CASCADE; CREATE SCHEMA migrated; "
          "DROP SCHEMA IF EXISTS from_models CASCADE; CREATE SCHEMA from_models")
    try:
        open_database(in_schema("migrated"))
        assert db.engine == POSTGRESQL
        assert not diff_models(db.obj, MODELS), str(diff_models(db.obj, MODELS))
        migrated = _columns_and_indexes("migrated")
        close_database()
        open_database(in_schema("from_models"))  # made again, then emptied: the models' own tables
        db.execute_sql("DROP TABLE " + ", ".join(f'"{t}"' for t in db.get_tables()) + " CASCADE")
        db.create_tables(MODELS)
        made = _columns_and_indexes("from_models")
        close_database()
        assert migrated == made
    finally:
        close_database()
        admin("DROP SCHEMA IF EXISTS migrated CASCADE; DROP SCHEMA IF EXISTS from_models CASCADE")


def _columns_and_indexes(schema: str) -> tuple[set, set]:
    columns = set(db.execute_sql(
        "SELECT table_name, column_name, data_type, is_nullable, character_maximum_length, column_default "
        "FROM information_schema.columns WHERE table_schema = %s AND table_name <> 'schema_migration'",
        (schema,)).fetchall())
    indexes = {definition.replace(f"{schema}.", "") for (definition,) in db.execute_sql(
        "SELECT indexdef FROM pg_indexes WHERE schemaname = %s AND tablename <> 'schema_migration'", (schema,))}
    return {(t, c, d, n, m, (default or "").replace(f"{schema}.", "")) for t, c, d, n, m, default in columns}, indexes


@postgres_only
def test_a_database_of_an_older_seatdesk_is_brought_up_to_date_with_its_rows():
    """Made by the migrations up to 0004, with an account in it: opening adds the rest and loses nothing."""
    from playhouse.migrations import Runner

    from seatdesk.db.database import MIGRATIONS_DIR
    from seatdesk.db.engines import SeatdeskPostgres

    admin("DROP SCHEMA IF EXISTS older CASCADE; CREATE SCHEMA older")
    try:
        old = SeatdeskPostgres(in_schema("older"))
        old.connect()
        with old.atomic():
            Runner(old, str(MIGRATIONS_DIR)).up(target="0004_add_ons")
            old.execute_sql("INSERT INTO account (name, currency, seat_model, salesforce_integration, created_at) "
                            "VALUES ('Before', 'EUR', 'seat_based', false, now())")
        old.close()
        open_database(in_schema("older"))
        assert [a.name for a in Account.select()] == ["Before"]
        assert Account.get().plan_state == ""  # 0006's column, with its default
        triggers = {name for (name,) in db.execute_sql(
            "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgrelid::regclass::text = 'account'")}
        assert triggers == {"account_changed"}  # 0007
    finally:
        close_database()
        admin("DROP SCHEMA IF EXISTS older CASCADE")


def _refused(target: str) -> DomainError:
    with pytest.raises(DomainError) as caught:
        open_database(target)
    close_database()
    return caught.value


@postgres_only
def test_a_server_that_cannot_be_reached_is_said_in_the_users_language():
    from seatdesk import i18n

    error = _refused("postgresql://seatdesk@127.0.0.1:1/seatdesk?connect_timeout=3")
    assert error.code == "db_unreachable"
    i18n.set_language("fr")
    assert error.translated().startswith("seatdesk ne parvient pas à joindre le serveur PostgreSQL")


@postgres_only
def test_a_missing_database_and_a_refused_sign_in_are_said():
    parts = urllib.parse.urlsplit(TEST_POSTGRES)
    assert _refused(urllib.parse.urlunsplit(parts._replace(path="/no_such_seatdesk_db"))).code == "db_missing"
    nobody = urllib.parse.urlunsplit(parts._replace(netloc=f"nobody_seatdesk@{parts.hostname}:{parts.port or 5432}"))
    error = _refused(with_options(nobody, password="wrong"))
    assert error.code == "db_sign_in", error.translated()
    assert "wrong" not in error.translated()


@postgres_only
def test_another_applications_tables_are_refused_and_left_alone():
    admin("DROP SCHEMA IF EXISTS other_app CASCADE; CREATE SCHEMA other_app; "
          "CREATE TABLE other_app.invoices (id serial PRIMARY KEY, total integer); "
          "INSERT INTO other_app.invoices (total) VALUES (42)")
    try:
        assert _refused(in_schema("other_app")).code == "db_not_database"
        import psycopg2

        conn = psycopg2.connect(TEST_POSTGRES)
        with conn.cursor() as cursor:
            cursor.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = 'other_app'")
            assert cursor.fetchall() == [("invoices",)]  # nothing added
        conn.close()
    finally:
        admin("DROP SCHEMA IF EXISTS other_app CASCADE")


@postgres_only
def test_a_schema_from_a_newer_seatdesk_is_refused():
    admin("DROP SCHEMA IF EXISTS newer CASCADE; CREATE SCHEMA newer")
    try:
        open_database(in_schema("newer"))
        db.execute_sql("INSERT INTO schema_migration (name, applied) VALUES ('0099_from_the_future', now())")
        close_database()
        error = _refused(in_schema("newer"))
        assert error.code == "db_newer" and "0099_from_the_future" in error.translated()
        from seatdesk.db.team import check_server

        with pytest.raises(DomainError) as tested:  # the dialog's test says it too, before Open
            check_server(in_schema("newer"))
        assert tested.value.code == "db_newer"
    finally:
        close_database()
        admin("DROP SCHEMA IF EXISTS newer CASCADE")


@postgres_only
def test_a_database_missing_some_of_seatdesks_tables_is_refused_before_anything_is_shown():
    from seatdesk.db.team import check_server

    admin("DROP SCHEMA IF EXISTS half CASCADE; CREATE SCHEMA half")
    try:
        open_database(in_schema("half"))
        close_database()
        admin('DROP TABLE half.user_permission, half.preset_permission')
        error = _refused(in_schema("half"))
        assert error.code == "db_tables_missing"
        assert "(preset_permission and user_permission)" in error.translated()
        with pytest.raises(DomainError) as tested:
            check_server(in_schema("half"))
        assert tested.value.code == "db_tables_missing"
    finally:
        close_database()
        admin("DROP SCHEMA IF EXISTS half CASCADE")


@pytest.mark.parametrize(("detail", "code"), [
    ('connection to server at "db", port 5432 failed: FATAL: database "team_password" does not exist', "db_missing"),
    ('connection to server at "db", port 5432 failed: FATAL: role "planner" does not exist', "db_sign_in"),
    ('connection to server at "db", port 5432 failed: FATAL: password authentication failed for user "x"',
     "db_sign_in"),
    ('connection to server at "db", port 5432 failed: server does not support SSL, but SSL was required', "db_tls"),
    ('definition of service "nonexistent" not found', "db_no_service"),
    ('service file "/home/ada/.pg_service.conf" not found', "db_no_service"),
    ('invalid dsn: invalid URI query parameter: "bogus"', "db_bad_target"),
    ('connection to server at "db", port 1 failed: Connection refused', "db_unreachable"),
    ('connection to server at "ssl-db.example.com", port 5432 failed: Connection refused', "db_unreachable"),
    ('connection to server at "db", port 5432 failed: FATAL: no pg_hba.conf entry for host "10.0.0.7", user '
     '"planner", database "team", SSL encryption', "db_sign_in"),
    ('connection to server at "db", port 5432 failed: SSL error: certificate verify failed', "db_tls"),
])
def test_each_refusal_of_the_server_gets_its_own_words(detail, code):
    from seatdesk.db.team import _refusal

    assert _refusal("postgresql://planner@db/team_password", peewee.OperationalError(detail)).code == code


@postgres_only
def test_a_silent_network_is_noticed_within_seconds_not_minutes(tmp_path):
    """Keepalive probes and a limit on unacknowledged data (libpq's defaults wait for the system's TCP timeout)."""
    open_database(fresh_database(tmp_path))
    settings = db.connection().get_dsn_parameters()
    assert settings["keepalives_idle"] == "5" and settings["tcp_user_timeout"] == "10000"
    close_database()


@postgres_only
def test_the_others_commits_are_heard_and_ours_are_not(tmp_path):
    import time

    open_database(fresh_database(tmp_path))
    account = make_account()
    start = db.change_count()
    Account.update(name="Ours").where(Account.id == account.id).execute()
    assert db.change_count() == start  # our own commit
    admin("UPDATE account SET name = 'Theirs'")
    deadline = time.monotonic() + 2
    while db.change_count() == start and time.monotonic() < deadline:
        time.sleep(0.05)
    assert db.change_count() > start
    close_database()


@postgres_only
def test_a_lost_connection_gives_the_translated_refusal(tmp_path):
    from seatdesk.services import seats as seats_service
    from seatdesk.services.common import database_refusal

    open_database(fresh_database(tmp_path))
    account = make_account()
    pid = db.connection().get_backend_pid()
    admin("SELECT pg_terminate_backend(%s)", (pid,))
    with pytest.raises((peewee.DatabaseError, peewee.InterfaceError)) as caught:
        seats_service.buy_seats(account.id, account.acting_user_id, "core", 1)
    assert database_refusal(caught.value).code == "database_connection_lost"
    other = database_refusal(peewee.ProgrammingError('relation "team" does not exist')).translated()
    assert other.startswith("The team database refused the change") and "disk" not in other  # a server, no disk
    close_database()


@postgres_only
def test_many_rows_go_in_pages_of_one_statement_and_other_statements_row_by_row(tmp_path, monkeypatch):
    """An INSERT's rows go as multi-row VALUES (several pages here); a DELETE, one row at a time; text with a
    question mark or a percent sign is data, not a placeholder."""
    import psycopg2.extras

    pages = []
    real = psycopg2.extras.execute_values
    monkeypatch.setattr(psycopg2.extras, "execute_values", lambda cursor, sql, rows, **kw: (
        pages.append((sql, kw["template"], len(rows))), real(cursor, sql, rows, **kw))[1])
    open_database(fresh_database(tmp_path))
    account = make_account()
    rows = [(f"Team {n} ?%", account.id) for n in range(2500)]
    pages.clear()  # (making the account inserted rows too)
    with db.atomic():
        db.executemany('INSERT INTO "team" ("name", "account_id") VALUES (?, ?)', rows)
    assert pages == [('INSERT INTO "team" ("name", "account_id") VALUES %s', "(%s, %s)", 2500)]
    names = {name for (name,) in db.execute_sql('SELECT name FROM "team" WHERE account_id = ?', (account.id,))}
    assert len(names) == 2500 and "Team 2499 ?%" in names
    with db.atomic():
        db.executemany('DELETE FROM "team" WHERE name = ?', [(f"Team {n} ?%",) for n in range(0, 2500, 2)])
    assert db.execute_sql('SELECT count(*) FROM "team"').fetchone()[0] == 1250
    close_database()


def test_a_typed_connection_string_gets_its_scheme_or_is_refused_in_words():
    from seatdesk.db.team import team_target

    assert team_target("  planners@db.example.com/seatdesk ") == "postgresql://planners@db.example.com/seatdesk"
    assert team_target("host=db dbname=seatdesk") == "host=db dbname=seatdesk"
    for typed, code in (("", "db_no_target"), ("plans=2026.sqlite3", "db_bad_target"),
                        ("my team db", "db_bad_target")):
        with pytest.raises(DomainError) as refused:
            team_target(typed)
        assert refused.value.code == code, typed
