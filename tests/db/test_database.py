import sqlite3

import pytest

from seatdesk.db.database import APPLICATION_ID, DatabaseOpenError, close_database, open_database
from seatdesk.db.models import MODELS, db


def _schema(connection) -> dict[str, str]:
    rows = connection.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                              "AND name NOT LIKE 'schema_migration%' AND name NOT LIKE 'sqlite_%'").fetchall()
    return {name: " ".join(sql.split()) for name, sql in rows}


def test_migrated_schema_equals_the_models(tmp_path):
    from playhouse.schema_diff import diff_models

    open_database(tmp_path / "migrated.sqlite3")
    assert not diff_models(db, MODELS), str(diff_models(db, MODELS))
    migrated = _schema(db.connection())
    close_database()
    fresh = sqlite3.connect(":memory:")
    db.init(":memory:")
    db.connect()
    db.create_tables(MODELS)
    from_models = _schema(db.connection())
    close_database()
    fresh.close()
    assert migrated == from_models


def test_pragmas_and_reopen_keep_data(tmp_path):
    path = tmp_path / "a.sqlite3"
    open_database(path)
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    db.execute_sql("INSERT INTO account (name, currency, seat_model, salesforce_integration, created_at) "
                   "VALUES ('x', 'EUR', 'legacy', 0, '2026-01-01 00:00:00')")
    close_database()
    open_database(path)
    assert db.execute_sql("SELECT name FROM account").fetchone()[0] == "x"
    close_database()


def test_not_a_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"this is a text file, not sqlite" * 100)
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError) as info:
        open_database(path)
    assert info.value.code == "db_not_database"
    assert "not a seatdesk database" in info.value.translated()
    assert path.read_bytes() == before


def test_another_programs_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE things (id INTEGER)")
    with pytest.raises(DatabaseOpenError) as info:
        open_database(path)
    assert info.value.code == "db_not_database"


def test_database_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "newer.sqlite3"
    open_database(path)
    db.execute_sql("INSERT INTO schema_migration (name, applied) VALUES ('9999_future', '2030-01-01')")
    close_database()
    with pytest.raises(DatabaseOpenError) as info:
        open_database(path)
    assert info.value.code == "db_newer"
    assert "newer version" in info.value.translated()


def test_folder_instead_of_file_is_refused(tmp_path):
    with pytest.raises(DatabaseOpenError) as info:
        open_database(tmp_path)
    assert info.value.code == "db_not_file"


def test_unwritable_folder_is_refused(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DatabaseOpenError) as info:
        open_database(blocker / "sub" / "db.sqlite3")
    assert info.value.code == "db_folder"


def test_a_first_version_database_gets_the_name_keys_of_its_users(tmp_path):
    """0002 fills user.sort_name for users made before it, with the key the Name column sorts by."""
    path = tmp_path / "v1.sqlite3"
    open_database(path)
    db.execute_sql('DROP INDEX "user_super_admins"')
    db.execute_sql('ALTER TABLE "user" DROP COLUMN "sort_name"')
    db.execute_sql("DELETE FROM schema_migration WHERE name = '0002_big_accounts'")
    db.execute_sql("INSERT INTO account (id, name, currency, seat_model, salesforce_integration, created_at) "
                   "VALUES (1, 'x', 'EUR', 'seat_based', 0, '2026-01-01 00:00:00')")
    db.connection().executemany(
        'INSERT INTO "user" (account_id, email, email_key, first_name, last_name, status, is_super_admin, '
        "is_partner_employee, created_on) VALUES (1, ?, ?, ?, ?, 'active', ?, 0, '2026-01-01')",
        [("zoe@example.com", "zoe@example.com", "Zoë", "Straße", 0), ("anon@example.com", "anon@example.com", "", "", 1)])
    close_database()
    open_database(path)
    assert db.execute_sql('SELECT email, sort_name FROM "user" ORDER BY id').fetchall() == [
        ("zoe@example.com", "zoe strasse"), ("anon@example.com", "anon@example.com")]
    plan = db.execute_sql('EXPLAIN QUERY PLAN SELECT id FROM "user" WHERE account_id = 1 AND is_super_admin').fetchall()
    assert "user_super_admins" in str(plan)
    close_database()


def test_another_programs_file_is_refused_without_being_changed(tmp_path):
    """Checked before anything is written: not switched to WAL, not one byte changed; an empty file
    of another program (its application id set, no tables yet) is not taken over either."""
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE things (id INTEGER)")
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError):
        open_database(path)
    assert path.read_bytes() == before
    with sqlite3.connect(path) as other:
        assert other.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    empty = tmp_path / "empty-of-another.sqlite3"
    with sqlite3.connect(empty) as other:
        other.execute("PRAGMA application_id = 1234")
    with pytest.raises(DatabaseOpenError) as info:
        open_database(empty)
    assert info.value.code == "db_not_database"


def test_a_first_start_killed_half_way_leaves_a_file_that_opens_next_time(tmp_path, monkeypatch):
    """The migrations and seatdesk's mark are one transaction: stopped after the first migration (as a
    kill would), the file holds nothing, and the next start makes it whole."""
    from playhouse.migrations import Runner

    path = tmp_path / "new.sqlite3"
    real_run = Runner._run

    def run_then_die(self, name, module, direction, fake=False):
        real_run(self, name, module, direction, fake)
        raise KeyboardInterrupt  # killed after 0001

    monkeypatch.setattr(Runner, "_run", run_then_die)
    with pytest.raises(KeyboardInterrupt):
        open_database(path)
    close_database()
    with sqlite3.connect(path) as left:
        assert left.execute("PRAGMA application_id").fetchone()[0] == 0
        assert left.execute("SELECT count(*) FROM sqlite_master WHERE name = 'account'").fetchone()[0] == 0
    monkeypatch.setattr(Runner, "_run", real_run)
    open_database(path)
    assert "account" in db.get_tables()
    close_database()


def test_two_seatdesks_creating_one_new_file_at_once_both_open_it(tmp_path):
    import subprocess
    import sys

    code = "import sys; from seatdesk.db.database import open_database; open_database(sys.argv[1]); print('ok')"
    for round_ in range(8):
        path = tmp_path / f"raced{round_}.sqlite3"
        desks = [subprocess.Popen([sys.executable, "-c", code, str(path)], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for _ in range(2)]
        for desk in desks:
            out, err = desk.communicate(timeout=60)
            assert desk.returncode == 0 and out.strip() == "ok", err


def test_ids_are_never_given_twice(tmp_path):
    """The newest user removed, the next one gets a new id: the event log never tells of two users with one id."""
    from seatdesk.domain import seats as st
    from seatdesk.services import users as users_service
    from seatdesk.services.accounts import sync_permission_catalog
    from tests.conftest import make_account

    open_database(tmp_path / "ids.sqlite3")
    sync_permission_catalog()
    account = make_account(st.SEAT_BASED)
    newest = users_service.create_user(account.id, account.acting_user_id, "newest@example.com", status="active").result
    users_service.remove_user(account.id, account.acting_user_id, newest.id)
    again = users_service.create_user(account.id, account.acting_user_id, "again@example.com", status="active").result
    assert again.id > newest.id
    close_database()


def test_a_database_before_0005_keeps_its_rows_ids_and_links(tmp_path):
    """Made at schema 0004 with a user in a team, then opened: the tables are made again with AUTOINCREMENT,
    every row and id kept, the team link intact, and the next id above the highest one ever used."""
    from playhouse.migrations import Runner

    from seatdesk.db.database import MIGRATIONS_DIR

    path = tmp_path / "before.sqlite3"
    db.init(str(path), pragmas={"foreign_keys": 1})
    db.connect()
    Runner(db, str(MIGRATIONS_DIR)).up(target="0004_add_ons")
    db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute_sql("INSERT INTO account (id, name, currency, seat_model, salesforce_integration, created_at) "
                   "VALUES (7, 'Acme', 'EUR', 'seat_based', 0, '2026-01-01 00:00:00')")
    for uid in (3, 9):
        db.execute_sql('INSERT INTO "user" (id, account_id, email, email_key, first_name, last_name, status, '
                       'is_super_admin, is_partner_employee, created_on, sort_name) VALUES '
                       f"({uid}, 7, 'u{uid}@x.com', 'u{uid}@x.com', '', '', 'active', 0, 0, '2026-01-01', '')")
    db.execute_sql("INSERT INTO team (id, account_id, name) VALUES (4, 7, 'Support')")
    db.execute_sql("INSERT INTO user_team (user_id, team_id) VALUES (9, 4)")
    close_database()
    open_database(path)
    create = db.execute_sql("SELECT sql FROM sqlite_master WHERE name = 'user'").fetchone()[0]
    assert "AUTOINCREMENT" in create
    assert [r[0] for r in db.execute_sql('SELECT id FROM "user" ORDER BY id')] == [3, 9]
    assert db.execute_sql("SELECT user_id, team_id FROM user_team").fetchall() == [(9, 4)]
    db.execute_sql('DELETE FROM user_team')
    db.execute_sql('DELETE FROM "user" WHERE id = 9')
    db.execute_sql('INSERT INTO "user" (account_id, email, email_key, first_name, last_name, status, is_super_admin, '
                   "is_partner_employee, created_on, sort_name) VALUES (7, 'n@x.com', 'n@x.com', '', '', 'active', 0, "
                   "0, '2026-01-01', '')")
    assert db.execute_sql("SELECT max(id) FROM \"user\"").fetchone()[0] == 10
    assert "user_super_admins" in {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type='index'")}
    close_database()
