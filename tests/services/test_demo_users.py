"""--demo-users in parts: progress reported between parts, a cancel rolls the whole load back."""

from __future__ import annotations

import pytest

from seatdesk.db.models import SeatPurchase, User
from seatdesk.services import demo


def test_a_big_demo_load_reports_progress_and_a_cancel_writes_nothing(db_path, monkeypatch):
    account = demo.fill_demo()[0]
    before = (User.select().count(), SeatPurchase.select().count())
    monkeypatch.setattr(demo, "DEMO_USERS_STEP", 40)
    seen = []
    with pytest.raises(demo.DemoCancelled):
        demo.fill_demo_users(account, 100, lambda done: seen.append(done) or done < 80)
    assert seen == [40, 80]
    assert (User.select().count(), SeatPurchase.select().count()) == before
    assert demo.fill_demo_users(account, 100, lambda done: seen.append(done) or True) == 100
    assert seen[2:] == [40, 80, 100]
    assert User.select().count() == before[0] + 100
    emails = [u.email for u in User.select().where(User.account == account).order_by(User.id.desc()).limit(100)]
    assert len(set(emails)) == 100  # the parts continue each other's numbering
