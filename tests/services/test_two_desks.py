"""Two seatdesks on one file (issue 14): real processes race for the last seats; the loser waits for the
writer (BEGIN IMMEDIATE within the busy timeout) and gets the usual refusal, never a raw database error."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from seatdesk.db.database import close_database, open_database
from seatdesk.domain import seats as st
from seatdesk.services import seats as seats_service
from tests.conftest import make_account
from tests.services.test_rules import add_user

ROUNDS = 150

DESK = textwrap.dedent("""
    import random, sys
    from seatdesk.db.database import open_database
    from seatdesk.domain.errors import DomainError
    from seatdesk.services import seats as seats_service
    from seatdesk.db.models import User
    path, account_id, actor_id, seed, rounds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
    open_database(path)
    rng = random.Random(seed)
    users = [u.id for u in User.select(User.id).where(User.account == account_id, User.id != actor_id)]
    refused = done = 0
    for _ in range(rounds):
        user = rng.choice(users)
        try:
            if rng.random() < 0.6:
                seats_service.assign_seat(account_id, actor_id, user, "core")
            else:
                seats_service.unassign_seat(account_id, actor_id, user, "core")
            done += 1
        except DomainError:
            refused += 1
    print(done, refused)
""")


def test_two_processes_racing_for_the_last_seats_never_over_assign_nor_fail_raw(db_path, tmp_path):
    account = make_account(st.SEAT_BASED)  # 6 Core Seats, the admin holds one
    for i in range(12):
        add_user(account, f"desk{i}@example.com")
    close_database()  # the desks open the file themselves
    script = tmp_path / "desk.py"
    script.write_text(DESK, encoding="utf-8")
    desks = [subprocess.Popen([sys.executable, str(script), str(db_path), str(account.id),
                               str(account.acting_user_id), str(seed), str(ROUNDS)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for seed in (1, 2)]
    results = [desk.communicate(timeout=300) for desk in desks]
    for desk, (out, err) in zip(desks, results):
        assert desk.returncode == 0, err  # no OperationalError "database is locked", no traceback
        done, refused = map(int, out.split())
        assert done + refused == ROUNDS
    open_database(db_path)
    core = seats_service.seat_summary(account.id, st.CORE)
    assert core.assigned <= core.total == 6
