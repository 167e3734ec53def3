"""Benchmark: read, check and create 100 users from a CSV file, against the same inserts in raw sqlite3.

    python benchmarks/create_users.py [--runs 5]

Both run in this process, on fresh databases in a temporary folder. seatdesk's figure is the
whole user action: decode and parse the file, check every address (email-validator), check the
seat and permissions, then one transaction with users, seats, permissions, history, events,
invitation tokens and 100 queued invitation emails. The baseline inserts the same user,
seat and permission rows with ``executemany`` (no checks, no history, no emails).
Medians are printed with their ratio.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from seatdesk.db.database import close_database, open_database  # noqa: E402
from seatdesk.domain import permissions as perms  # noqa: E402
from seatdesk.domain import seats as st  # noqa: E402
from seatdesk.domain.imports import read_users_file  # noqa: E402
from seatdesk.services import seats as seat_service  # noqa: E402
from seatdesk.services import users as users_service  # noqa: E402
from seatdesk.services.accounts import AccountSpec, SubscriptionSpec, create_account  # noqa: E402
from seatdesk.services.common import today  # noqa: E402

COUNT = 100
CSV = ("Prénom;Nom;E-mail\r\n" + "".join(f"Zoé{i};Müller{i};user{i}@example.com\r\n" for i in range(COUNT))
       ).encode("cp1252")


def seatdesk_run(folder: Path) -> float:
    open_database(folder / "seatdesk.sqlite3")
    account = create_account(AccountSpec(
        name="Bench", currency="EUR", seat_model=st.SEAT_BASED,
        subscriptions=[SubscriptionSpec("marketing", "professional", today())],
        admin_email="admin@example.com")).result
    seat_service.buy_seats(account.id, account.acting_user_id, st.CORE, COUNT)
    start = time.perf_counter()
    candidates = read_users_file(CSV)
    check = users_service.check_new_users(account.id, candidates)
    users_service.create_users(account.id, account.acting_user_id, users_service.NewUsers(
        check.valid, (st.CORE,), perms.TEMPLATE_PERMISSIONS["marketer"]))
    elapsed = time.perf_counter() - start
    close_database()
    return elapsed


def sqlite_run(folder: Path) -> float:
    con = sqlite3.connect(folder / "raw.sqlite3")
    con.executescript("""
        PRAGMA journal_mode=wal;
        CREATE TABLE user (id INTEGER PRIMARY KEY, email TEXT UNIQUE, first_name TEXT, last_name TEXT);
        CREATE TABLE seat (id INTEGER PRIMARY KEY, user_id INTEGER, seat_type TEXT);
        CREATE TABLE user_permission (id INTEGER PRIMARY KEY, user_id INTEGER, permission TEXT);
    """)
    keys = sorted(perms.TEMPLATE_PERMISSIONS["marketer"])
    start = time.perf_counter()
    with con:
        con.executemany("INSERT INTO user (id, email, first_name, last_name) VALUES (?, ?, ?, ?)",
                        [(i + 1, f"user{i}@example.com", f"Zoé{i}", f"Müller{i}") for i in range(COUNT)])
        con.executemany("INSERT INTO seat (user_id, seat_type) VALUES (?, 'core')", [(i + 1,) for i in range(COUNT)])
        con.executemany("INSERT INTO user_permission (user_id, permission) VALUES (?, ?)",
                        [(i + 1, k) for i in range(COUNT) for k in keys])
    elapsed = time.perf_counter() - start
    con.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    ours, raw = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            ours.append(seatdesk_run(Path(tmp)))
            raw.append(sqlite_run(Path(tmp)))
    a, b = statistics.median(ours), statistics.median(raw)
    print(f"seatdesk: read + check + create {COUNT} users from CSV: {a * 1000:8.1f} ms (median of {runs})")
    print(f"sqlite3:  the same user, seat and permission inserts: {b * 1000:8.1f} ms")
    print(f"ratio:    {a / b:8.1f}x  ({a / COUNT * 1000:.2f} ms per user)")


if __name__ == "__main__":
    main()
