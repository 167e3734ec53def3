"""0005: ids SQLite never gives twice (AUTOINCREMENT) for the rows the event log names by id (SQLite only).

Without AUTOINCREMENT, SQLite gives a new row the highest id + 1: remove the newest user and the next one
gets its id, and the event log then tells of two users with one id. Each table is made again with
AUTOINCREMENT (SQLite can't add it in place), its rows copied with their ids, its indexes made again.
seatdesk runs the migrations with foreign key enforcement off, so that dropping the old table doesn't
cascade, and checks the keys before committing (``seatdesk.db.database._migrate``).
"""

TABLES = ("account", "preset", "user", "team", "seat_removal", "subscription_change")
_PRIMARY_KEY = '"id" INTEGER NOT NULL PRIMARY KEY'


def up(migrator, db):
    if db.engine != "sqlite":  # PostgreSQL's SERIAL ids are never given twice
        return
    for table in TABLES:
        create, = db.execute_sql("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone()
        if "AUTOINCREMENT" in create:
            continue
        indexes = [sql for (sql,) in db.execute_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL", (table,))]
        columns = ", ".join(f'"{row[1]}"' for row in db.execute_sql(f'PRAGMA table_info("{table}")'))
        assert _PRIMARY_KEY in create, table
        new = create.replace(_PRIMARY_KEY, _PRIMARY_KEY + " AUTOINCREMENT", 1).replace(
            f'CREATE TABLE "{table}"', f'CREATE TABLE "{table}__new"', 1)
        db.execute_sql(new)
        db.execute_sql(f'INSERT INTO "{table}__new" ({columns}) SELECT {columns} FROM "{table}"')
        db.execute_sql(f'DROP TABLE "{table}"')
        db.execute_sql(f'ALTER TABLE "{table}__new" RENAME TO "{table}"')
        for sql in indexes:
            db.execute_sql(sql)
