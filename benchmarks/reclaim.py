"""Reclaim benchmark (issue 15, R30): the seats to reclaim of the demo account with 100,000 users, the page
showing them, and taking 1,000 of them back in a new plan.

    python benchmarks/reclaim.py [--users 100000] [--runs 5] [--db PATH]

With ``--db`` an existing database is used (made by ``seatdesk --db PATH --demo --demo-users 100000``);
without it a temporary one is filled. Goal: the list in at most 300 ms, the page filled in at most 1 s.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["SEATDESK_NO_DIALOGS"] = "1"
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_DATA_HOME"] = tmp
        run(args, Path(tmp))


def median_ms(action, runs: int) -> float:
    from timing import median_seconds  # benchmarks/timing.py, beside this script

    return median_seconds(action, runs) * 1000


def run(args, tmp: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from seatdesk.db.database import open_database
    from seatdesk.db.models import Account, User
    from seatdesk.services import reclaim
    from seatdesk.services.accounts import sync_permission_catalog
    from seatdesk.services.demo import fill_demo, fill_demo_users

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp))
    path = args.db or tmp / "big.sqlite3"
    open_database(path)
    sync_permission_catalog()
    if args.db is None:
        started = time.perf_counter()
        account_id = fill_demo()[0]
        fill_demo_users(account_id, args.users)
        print(f"demo with {args.users:,} more users made in {time.perf_counter() - started:.1f} s")
    else:
        account_id = Account.get(Account.name == "Northwind Traders", Account.plan_of.is_null()).id
    users = User.select().where(User.account == account_id).count()
    found = reclaim.reclaim_list(account_id, 30)
    listed = median_ms(lambda: reclaim.reclaim_list(account_id, 30), args.runs)
    print(f"{users:,} users, {len(found.rows):,} seats to reclaim at 30 days")
    print(f"reclaim_list (one query)     : {listed:8.1f} ms (median of {args.runs}, goal <= 300 ms)")
    every = median_ms(lambda: found.saving(found.rows), args.runs)
    print(f"saving of every row selected : {every:8.1f} ms")

    app = QApplication.instance() or QApplication([])
    from seatdesk.ui.pages.base import AccountContext
    from seatdesk.ui.pages.reclaim import ReclaimPage

    context = AccountContext()
    context.account_id = account_id
    page = ReclaimPage(context)
    page.resize(1100, 700)
    page.show()
    page.activate()
    app.processEvents()
    filled = median_ms(lambda: (page.fill(), app.processEvents()), args.runs)
    print(f"page filled and painted      : {filled:8.1f} ms (goal <= 1000 ms)")
    page.ui.reclaim_table.selectAll()
    app.processEvents()
    print(f"Select all: {page.ui.reclaim_saving_label.text()}")

    chosen = [row.key for row in found.rows[:1000]]
    admin = Account.get_by_id(account_id).acting_user_id
    started = time.perf_counter()
    change = reclaim.reclaim(account_id, admin, chosen, 30, reclaim.NEW_PLAN, "Benchmark reclaim")
    taken = (time.perf_counter() - started) * 1000
    print(f"1,000 seats taken back in a new plan (the plan copied too): {taken:8.1f} ms")
    if args.db is not None:  # leave the database given as it was
        from seatdesk.services.plans import delete_plan

        delete_plan(change.result.id, change.result.acting_user_id)
    page.close()


if __name__ == "__main__":
    main()
