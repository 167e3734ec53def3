"""Copies kept before risky moments, and restoring one (issue 14)."""

from __future__ import annotations

import datetime as dt

import pytest

from seatdesk.db.models import SeatPurchase, Subscription
from seatdesk.domain import seats as st
from seatdesk.domain.errors import DomainError
from seatdesk.services import backups, bulk, clock
from tests.conftest import sqlite_only

pytestmark = sqlite_only  # a team database is backed up on its server
from seatdesk.services import seats as seats_service
from tests.services.test_rules import add_user


def test_a_backup_is_a_whole_copy_and_the_newest_are_kept(seat_account, monkeypatch):
    made = backups.make_backup("manual")
    assert made.path.exists() and backups.backups()[0].reason == "manual"
    monkeypatch.setattr(backups, "KEEP", 3)
    for _ in range(4):
        backups.make_backup("manual")
    assert len(backups.backups()) == 3


def test_restore_puts_the_copy_back_and_keeps_the_state_it_replaces(seat_account):
    copy = backups.make_backup("manual")
    seats_service.buy_seats(seat_account.id, seat_account.acting_user_id, st.CORE, 4)
    assert SeatPurchase.select().where(SeatPurchase.kind == "additional").count() == 1
    backups.restore(copy.path)
    assert SeatPurchase.select().where(SeatPurchase.kind == "additional").count() == 0
    assert [b.reason for b in backups.backups()][:2] == ["restore", "manual"]
    backups.restore(backups.backups()[0].path)  # and back again
    assert SeatPurchase.select().where(SeatPurchase.kind == "additional").count() == 1


def test_a_file_that_is_not_a_seatdesk_backup_is_refused(seat_account, tmp_path):
    other = tmp_path / "other.sqlite3"
    other.write_bytes(b"not a database at all")
    with pytest.raises(DomainError) as info:
        backups.restore(other)
    assert info.value.code == "restore_failed"


def test_renewals_and_big_bulk_actions_are_backed_up_first(seat_account):
    renewal = Subscription.get(Subscription.account == seat_account.id).renewal_date
    clock.set_planning_date(seat_account.id, renewal - dt.timedelta(days=1))
    assert backups.backups() == []  # no renewal passed: no copy
    clock.set_planning_date(seat_account.id, renewal)
    assert [b.reason for b in backups.backups()] == ["renewal"]
    ids = [add_user(seat_account, f"bulk{i}@example.com").id for i in range(backups.BULK_BACKUP_FROM)]
    bulk.run(seat_account.id, seat_account.acting_user_id, ids[:5], bulk.BulkAction(bulk.DEACTIVATE))
    assert len(backups.backups()) == 1
    bulk.preview(seat_account.id, seat_account.acting_user_id, ids, bulk.BulkAction(bulk.REACTIVATE))
    assert len(backups.backups()) == 1  # a preview writes nothing and copies nothing
    bulk.run(seat_account.id, seat_account.acting_user_id, ids, bulk.BulkAction(bulk.REACTIVATE))
    assert [b.reason for b in backups.backups()] == ["bulk", "renewal"]


def test_a_database_update_is_backed_up_first(tmp_path):
    """A database of an earlier schema is copied before its migrations run."""
    from playhouse.migrations import Runner

    from seatdesk.db.database import APPLICATION_ID, MIGRATIONS_DIR, close_database, open_database
    from seatdesk.db.models import db

    path = tmp_path / "old.sqlite3"
    db.init(str(path), pragmas={"foreign_keys": 1})
    db.connect()
    Runner(db, str(MIGRATIONS_DIR)).up(target="0004_add_ons")
    db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    close_database()
    open_database(path)
    assert [b.reason for b in backups.backups(path)] == ["migration"]
    close_database()


def test_a_damaged_file_is_found_when_opened_and_its_latest_backup_put_back(tmp_path):
    """A page of zeros in the middle of the file: refused at once as damaged (not mid-action), and the
    latest backup can take its place; the damaged file is kept."""
    from seatdesk.db.database import DatabaseOpenError, close_database, open_database
    from seatdesk.services.accounts import sync_permission_catalog
    from tests.conftest import make_account

    path = tmp_path / "precious.sqlite3"
    open_database(path)
    sync_permission_catalog()
    account = make_account(st.SEAT_BASED)
    for i in range(40):
        add_user(account, f"user{i}@example.com")
    backups.make_backup("manual")
    close_database()
    data = bytearray(path.read_bytes())
    page = 4096
    data[3 * page:4 * page] = bytes(page)  # a zeroed page
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseOpenError) as info:
        open_database(path)
    assert info.value.code == "db_damaged" and "damaged" in info.value.translated()
    assert backups.put_back_latest(path).reason == "manual"
    open_database(path)
    from seatdesk.db.models import User

    assert User.select().count() == 41
    assert list(tmp_path.glob("precious-damaged-*.sqlite3"))
    close_database()
