"""Plans at scale (issue 15): a plan of a 100,000-user account, its Compare page and its approval pack.

    QT_QPA_PLATFORM=offscreen python benchmarks/plans.py [--users 100000] [--runs 3]

Everything runs in this process, on one database. Figures, their baselines and goals:
- new plan: ``create_plan`` (every row of the account copied through id-mapping tables, in one
  transaction) vs raw sqlite3 copying the same rows with ``INSERT ... SELECT`` and a fixed id offset,
  rolled back (goal <= 3 s and <= 2x);
- compare: the Compare page reading and showing the plan beside its account (seats, subscriptions,
  12 months, chart) vs reading the account's seat summaries once (goal <= 300 ms);
- projection: 36 months of the plan (goal <= 50 ms);
- approval pack: reading it and writing the PDF with its chart (goal <= 3 s).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from PySide6.QtWidgets import QApplication  # noqa: E402

#: Tables copied with an account (children after their parents), and how each reaches the account.
_OF_ACCOUNT = '"account_id" = ?'
_RAW_TABLES = (
    ("subscription", _OF_ACCOUNT), ("preset", _OF_ACCOUNT), ("team", _OF_ACCOUNT), ("user", _OF_ACCOUNT),
    ("seat_purchase", '"subscription_id" IN (SELECT id FROM "subscription" WHERE "account_id" = ?)'),
    ("seat_removal", '"subscription_id" IN (SELECT id FROM "subscription" WHERE "account_id" = ?)'),
    ("add_on", '"subscription_id" IN (SELECT id FROM "subscription" WHERE "account_id" = ?)'),
    ("subscription_change", _OF_ACCOUNT),
    ("preset_permission", '"preset_id" IN (SELECT id FROM "preset" WHERE "account_id" = ?)'),
    ("user_team", '"user_id" IN (SELECT id FROM "user" WHERE "account_id" = ?)'),
    ("seat_assignment", _OF_ACCOUNT),
    ("user_permission", '"user_id" IN (SELECT id FROM "user" WHERE "account_id" = ?)'),
    ("permission_history", '"user_id" IN (SELECT id FROM "user" WHERE "account_id" = ?)'),
    ("invitation", '"user_id" IN (SELECT id FROM "user" WHERE "account_id" = ?)'),
)


def raw_copy(path: Path, account_id: int) -> tuple[float, int]:
    """The same rows copied by sqlite3 alone: every id and link moved by one offset, then rolled back."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA foreign_keys = OFF")
    offset = 10_000_000
    links = {"account_id": None, "subscription_id": offset, "preset_id": offset, "team_id": offset,
             "user_id": offset, "actor_id": offset}
    started = time.perf_counter()
    connection.execute("BEGIN IMMEDIATE")
    kept = ", ".join(f'"{row[1]}"' for row in connection.execute('PRAGMA table_info("account")') if row[1] != "id")
    new_account = connection.execute(f"INSERT INTO account ({kept}) SELECT {kept} FROM account WHERE id = ?",
                                     (account_id,)).lastrowid
    rows = 0
    for table, where in _RAW_TABLES:
        columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
        values = []
        for column in columns:
            if column == "id":
                values.append(f'"id" + {offset}')
            elif column == "account_id":
                values.append(str(new_account))
            elif column in links:
                values.append(f'"{column}" + {links[column]}')
            elif column == "token":
                values.append("\"token\" || '.raw'")
            else:
                values.append(f'"{column}"')
        quoted = ", ".join(f'"{c}"' for c in columns)
        rows += connection.execute(f'INSERT INTO "{table}" ({quoted}) SELECT {", ".join(values)} FROM "{table}" '
                                   f"WHERE {where}", (account_id,)).rowcount
    elapsed = time.perf_counter() - started
    connection.execute("ROLLBACK")
    connection.close()
    return elapsed, rows


def median(action, runs: int) -> float:
    from timing import median_seconds  # benchmarks/timing.py, beside this script

    return median_seconds(action, runs)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    from PySide6.QtCore import QSettings

    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        os.environ["XDG_DATA_HOME"] = tmp
        from seatdesk.app import create_main_window
        from seatdesk.db.models import Account
        from seatdesk.services import approval, demo, plans
        from seatdesk.services.projection import account_projection
        from seatdesk.services.seats import seat_summaries
        from seatdesk.ui.approval_pack import write_pdf

        path = Path(tmp) / "big.sqlite3"
        window = create_main_window(path, "en")
        account_id = demo.fill_demo()[0]
        started = time.perf_counter()
        demo.fill_demo_users(account_id, args.users)
        print(f"{args.users:,} users added in {time.perf_counter() - started:.1f} s")
        account = Account.get_by_id(account_id)
        actor = account.acting_user_id

        raw_times, copied = [], 0
        plan_times = []
        for run in range(args.runs):
            elapsed, copied = raw_copy(path, account_id)
            raw_times.append(elapsed)
            started = time.perf_counter()
            plan = plans.create_plan(account_id, actor, f"Bench {run}").result
            plan_times.append(time.perf_counter() - started)
            if run < args.runs - 1:
                plans.delete_plan(plan.id, actor)
        raw, made = statistics.median(raw_times), statistics.median(plan_times)
        print(f"rows copied per plan          : {copied:,}")
        print(f"raw sqlite3 copy (baseline)   : {raw * 1000:8.1f} ms")
        print(f"new plan                      : {made * 1000:8.1f} ms   ratio {made / raw:5.2f}   goal <= 3000 ms, <= 2x")

        window.reload_accounts(select=plan.id)
        page = window.show_page("plans_compare_page")
        app.processEvents()
        base = median(lambda: seat_summaries(account_id), args.runs)
        shown = median(page.fill, args.runs)
        print(f"seat summaries (baseline)     : {base * 1000:8.1f} ms")
        print(f"compare page read and shown   : {shown * 1000:8.1f} ms   ratio {shown / base:5.2f}   goal <= 300 ms")
        projection = median(lambda: account_projection(plan.id, 36), args.runs)
        print(f"projection over 36 months     : {projection * 1000:8.1f} ms   goal <= 50 ms")
        out = Path(tmp) / "pack.pdf"
        pack_time = median(lambda: write_pdf(approval.pack(plan.id, actor, 36), out), args.runs)
        print(f"approval pack (36 months)     : {pack_time * 1000:8.1f} ms   goal <= 3000 ms "
              f"({out.stat().st_size // 1024} KB)")
        window.close()


if __name__ == "__main__":
    main()
