"""0002: what opening an account of 100,000 users needs from the database.

- ``user.sort_name``, the Name column's collation key, so SQLite gives users in name order:
  sorting 100,000 names in Python takes ~0.1 s, SQLite sorts the stored keys in ~35 ms. No
  index on it: ordering the account's rows found by ``user_account_id`` is faster than walking
  a name index and looking every row up.
- ``user_super_admins``, a partial index: "Acting as" lists the super admins of a big account
  without reading every user.
"""

from seatdesk.domain.names import name_sort_key


def up(migrator, db):
    db.execute_sql("""ALTER TABLE "user" ADD COLUMN "sort_name" VARCHAR(255) NOT NULL DEFAULT ''""")
    rows = db.execute_sql('SELECT id, first_name, last_name, email FROM "user"').fetchall()
    db.executemany('UPDATE "user" SET sort_name = ? WHERE id = ?',
                   [(name_sort_key(first, last, email), uid) for uid, first, last, email in rows])
    db.execute_sql("""CREATE INDEX "user_super_admins" ON "user" ("account_id") WHERE "is_super_admin\"""")
