"""Benchmark: import the live account, 20,000 users from the CRM's Export users file, against the same
inserts in raw sqlite3.

    python benchmarks/import_users.py [--users 20000] [--runs 3]

Both run in this process, on fresh databases in a temporary folder. seatdesk's figure is the whole
user action as the dialog runs it: decode and parse the file (French headers, semicolons,
Windows-1252), the preview (every address checked with email-validator, seats by role, teams,
problems by line), then the confirmed import, which checks everything again in its transaction (the
addresses validated by the preview are remembered) and writes teams, the Core and Sales Seats to buy, users, seats, permissions, permission history,
team links, invitation tokens and the event log. The baseline inserts the same user, seat,
permission and team link rows with ``executemany`` (no checks, no history, no events).
Goal: parse + check + write under 10 s. Medians are printed with their ratio.
"""

from __future__ import annotations

import argparse
import csv
import io
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from seatdesk.db.database import close_database, open_database  # noqa: E402
from seatdesk.domain import seats as st  # noqa: E402
from seatdesk.domain.crm_export import read_crm_export  # noqa: E402
from seatdesk.services import crm_import  # noqa: E402
from seatdesk.services.accounts import AccountSpec, SubscriptionSpec, create_account  # noqa: E402
from seatdesk.services.common import today  # noqa: E402

PERMISSIONS = ("Modifier les transactions; Séquences; Voir les contacts et les entreprises",
               "Voir les contacts et les entreprises; Voir les rapports",
               "Modifier les contacts et les entreprises; E-mail marketing")


def export_file(count: int) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(["ID utilisateur", "Prénom", "Nom", "Adresse e-mail", "Dernière connexion", "Équipes", "Rôle",
                     "Autorisations"])
    for i in range(count):
        writer.writerow([i + 1000, f"Zoé{i}", f"Müller{i}", f"user{i}@example{i % 40}.com",
                         f"{1 + i % 28:02d}/0{1 + i % 9}/2025", f"Équipe {i % 25}; Région {i % 4}", "",
                         PERMISSIONS[i % 3]])
    return out.getvalue().encode("cp1252")


def seatdesk_run(folder: Path, data: bytes) -> tuple[float, float, float]:
    open_database(folder / "seatdesk.sqlite3")
    account = create_account(AccountSpec(
        name="Bench", currency="EUR", seat_model=st.SEAT_BASED,
        subscriptions=[SubscriptionSpec("marketing", "professional", today()),
                       SubscriptionSpec("sales", "professional", today())],
        admin_email="admin@example.com")).result
    crm_import._normalized.cache_clear()  # every run checks every address once, as a first import does
    start = time.perf_counter()
    export = read_crm_export(data)
    parsed = time.perf_counter()
    preview = crm_import.preview_import(account.id, account.acting_user_id, export, crm_import.BY_ROLE)
    previewed = time.perf_counter()
    crm_import.import_users(account.id, account.acting_user_id, export, crm_import.BY_ROLE)
    done = time.perf_counter()
    assert preview.count(crm_import.NEW) == len(export.rows)
    close_database()
    return parsed - start, previewed - parsed, done - previewed


def sqlite_run(folder: Path, count: int) -> float:
    con = sqlite3.connect(folder / "raw.sqlite3")
    con.executescript("""
        PRAGMA journal_mode=wal;
        CREATE TABLE user (id INTEGER PRIMARY KEY, email TEXT UNIQUE, first_name TEXT, last_name TEXT,
                           last_active DATE);
        CREATE TABLE seat (id INTEGER PRIMARY KEY, user_id INTEGER, seat_type TEXT);
        CREATE TABLE user_permission (id INTEGER PRIMARY KEY, user_id INTEGER, permission TEXT);
        CREATE TABLE user_team (id INTEGER PRIMARY KEY, user_id INTEGER, team_id INTEGER);
    """)
    start = time.perf_counter()
    with con:
        con.executemany("INSERT INTO user (id, email, first_name, last_name, last_active) VALUES (?, ?, ?, ?, ?)",
                        [(i + 1, f"user{i}@example{i % 40}.com", f"Zoé{i}", f"Müller{i}", "2025-01-01")
                         for i in range(count)])
        con.executemany("INSERT INTO seat (user_id, seat_type) VALUES (?, ?)",
                        [(i + 1, ("sales", "view_only", "core")[i % 3]) for i in range(count)])
        con.executemany("INSERT INTO user_permission (user_id, permission) VALUES (?, ?)",
                        [(i + 1, k) for i in range(count) for k in ("a", "b", "c")[: 3 - (i % 3 == 1)]])
        con.executemany("INSERT INTO user_team (user_id, team_id) VALUES (?, ?)",
                        [(i + 1, t) for i in range(count) for t in (i % 25, 25 + i % 4)])
    elapsed = time.perf_counter() - start
    con.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    data = export_file(args.users)
    ours, raw = [], []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            ours.append(seatdesk_run(Path(tmp), data))
            raw.append(sqlite_run(Path(tmp), args.users))
    parse, check, write = (statistics.median(part) for part in zip(*ours, strict=True))
    total, base = parse + check + write, statistics.median(raw)
    print(f"file: {args.users:,} users, {len(data) / 1e6:.1f} MB (French headers, ';', Windows-1252)")
    print(f"seatdesk: parse {parse:6.2f} s + preview {check:6.2f} s + confirmed import {write:6.2f} s "
          f"= {total:6.2f} s (median of {args.runs}; goal < 10 s)")
    print(f"sqlite3:  the same user, seat, permission and team rows: {base:6.2f} s")
    print(f"ratio:    {total / base:6.1f}x whole action, {write / base:6.1f}x the confirmed import "
          f"({total / args.users * 1000:.3f} ms per user)")


if __name__ == "__main__":
    main()
