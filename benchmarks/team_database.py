"""Team database benchmark (issue 17, R34): the same actions on a SQLite file and on a PostgreSQL database, in
one run, so the second engine's cost reads as a ratio against the first.

    SEATDESK_BENCH_POSTGRES=postgresql://me@localhost/seatdesk_bench python benchmarks/team_database.py [--users 20000]

The PostgreSQL database is emptied first (its tables dropped): give one made for this. Measured: filling the
demo with ``--users`` more users, the Users table's rows, the seat summary, a plan made of the big account,
one seat given back and assigned again (two whole actions: transactions and write locks), and the change counter a window asks
every second.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    target = os.environ.get("SEATDESK_BENCH_POSTGRES", "").strip()
    if not target:
        sys.exit("set SEATDESK_BENCH_POSTGRES to a PostgreSQL database this benchmark may empty")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_DATA_HOME"] = tmp
        sqlite = measure(Path(tmp) / "bench.sqlite3", args)
        postgres = measure(target, args, empty_first=True)
    print(f"\n{'action':<34}{'SQLite':>12}{'PostgreSQL':>14}{'ratio':>8}")
    for name, seconds in sqlite.items():
        print(f"{name:<34}{seconds * 1000:>10.2f} ms{postgres[name] * 1000:>11.2f} ms{postgres[name] / seconds:>7.2f}x")


def measure(target, args, empty_first: bool = False) -> dict[str, float]:
    from timing import median_seconds  # benchmarks/timing.py, beside this script

    from seatdesk.db.database import close_database, open_database
    from seatdesk.db.models import SeatAssignment, User, db
    from seatdesk.domain import seats as st
    from seatdesk.services import plans, queries, seats
    from seatdesk.services.accounts import sync_permission_catalog
    from seatdesk.services.demo import fill_demo, fill_demo_users

    if empty_first:
        open_database(target)
        db.execute_sql("DROP TABLE " + ", ".join(f'"{t}"' for t in db.get_tables()) + " CASCADE")
        close_database()
    open_database(target)
    sync_permission_catalog()
    figures = {}
    account = fill_demo()[0]
    started = time.perf_counter()
    fill_demo_users(account, args.users)
    figures[f"fill {args.users:,} users"] = time.perf_counter() - started
    actor = db.execute_sql("SELECT acting_user_id FROM account WHERE id = ?", (account,)).fetchone()[0]
    figures["Users table rows"] = median_seconds(lambda: queries.user_rows(account), args.runs)
    figures["seat summary"] = median_seconds(lambda: seats.seat_summary(account, st.CORE), args.runs)
    names = iter(range(1000))
    figures["new plan of the big account"] = median_seconds(
        lambda: plans.create_plan(account, actor, f"Bench {next(names)}"), max(1, args.runs // 2))
    holder = (SeatAssignment.select(SeatAssignment.user)
              .join(User).where(SeatAssignment.account == account, SeatAssignment.seat_type == st.CORE,
                                ~User.is_super_admin, User.status == "active").first().user_id)

    def give_back_and_take() -> None:
        seats.unassign_seat(account, actor, holder, st.CORE)
        seats.assign_seat(account, actor, holder, st.CORE)

    figures["unassign + assign (two actions)"] = median_seconds(give_back_and_take, args.runs * 4)
    figures["change counter (every second)"] = median_seconds(db.change_count, 200)
    close_database()
    return figures


if __name__ == "__main__":
    main()
