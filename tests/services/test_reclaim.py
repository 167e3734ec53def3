"""Reclaim (R30): which paid seats are listed for N days, what taking them back saves, and taking them back
in a plan or in the account itself as one action."""

from __future__ import annotations

import datetime as dt

import pytest

from seatdesk.db.models import Account, Event, SeatAssignment, SeatRemoval, Subscription, User
from seatdesk.domain import seats as st
from seatdesk.domain.billing import add_months
from seatdesk.domain.permissions import MODIFY_BILLING
from seatdesk.services import plans, reclaim
from seatdesk.services import seats as seats_service
from seatdesk.services import users as users_service
from seatdesk.services.accounts import AccountSpec, SubscriptionSpec, create_account
from seatdesk.services.common import planning_date
from seatdesk.services.events import describe
from tests.services.test_plans import snapshot
from tests.services.test_rules import refused

DAY = dt.timedelta(days=1)


def _user(account, email, status="active", seat=st.CORE, last_active=None, added=None, **kw):
    user = users_service.create_user(account.id, account.acting_user_id, email, seat_types=(seat,), status=status,
                                     **kw).result
    User.update(last_active=last_active, created_on=added or planning_date(account)).where(User.id == user.id).execute()
    return user


@pytest.fixture
def office(db_path):
    """Marketing Hub Professional billed monthly (EUR): 3 Core Seats included at €45.00 a month, 4 bought.

    Six users hold the seven Core Seats with the admin, at the edges of 30 days; a View-Only user idle
    long ago is never listed (no paid seat).
    """
    start = add_months(dt.date.today(), -6)
    account = create_account(AccountSpec(
        name="Office", currency="EUR", seat_model=st.SEAT_BASED,
        subscriptions=[SubscriptionSpec("marketing", "professional", start, 12, 1)],
        admin_email="admin@example.com", admin_first_name="Ada", admin_last_name="Admin")).result
    seats_service.buy_seats(account.id, account.acting_user_id, st.CORE, 4)
    today = planning_date(account)
    _user(account, "idle30@example.com", last_active=today - 30 * DAY)
    _user(account, "idle29@example.com", last_active=today - 29 * DAY)
    _user(account, "never@example.com", added=today - 40 * DAY)  # active, never seen: idle since added
    _user(account, "inv30@example.com", "invited", added=today - 30 * DAY)
    _user(account, "inv29@example.com", "invited", added=today - 29 * DAY)
    _user(account, "gone@example.com", "deactivated", last_active=today - DAY)
    _user(account, "viewer@example.com", seat=st.VIEW_ONLY, last_active=today - 400 * DAY)
    return account


def listed(account, days):
    return {(r.email.split("@")[0], r.reason, r.days) for r in reclaim.reclaim_list(account.id, days).rows}


def keys(account, days, *names):
    rows = reclaim.reclaim_list(account.id, days).rows
    return [r.key for r in rows if r.email.split("@")[0] in names]


def test_each_reason_at_the_edge_of_n_days(office):
    assert listed(office, 30) == {("idle30", "idle", 30), ("never", "idle", 40), ("inv30", "invited", 30),
                                  ("gone", "deactivated", None)}
    assert listed(office, 31) == {("never", "idle", 40), ("gone", "deactivated", None)}
    assert listed(office, 29) == listed(office, 30) | {("idle29", "idle", 29), ("inv29", "invited", 29)}
    assert listed(office, 41) == {("gone", "deactivated", None)}  # deactivated users whatever N
    refused("bad_days", reclaim.reclaim_list, office.id, 0)


def test_saving_only_for_seats_beyond_the_included_ones(office):
    found = reclaim.reclaim_list(office.id, 29)
    row = found.rows[0]
    # €45.00 a seat a month, billed monthly: 4,500 cents per period, 12 × 4,500 = 54,000 per year
    assert (row.saving_period_cents, row.saving_year_cents, row.period_months) == (4500, 54000, 1)
    two = found.saving(found.rows[:2])
    assert (two.seats, two.removed, two.month_cents, two.year_cents) == (2, 2, 9000, 108000)
    # six seats freed, but only the 4 bought can be removed: the 2 others are included seats
    every = found.saving(found.rows)
    assert (every.seats, every.removed, every.included, every.month_cents, every.year_cents) == (6, 4, 2, 18000,
                                                                                                 216000)


def test_a_removable_seat_already_there_is_not_counted_again(office):
    seats_service.buy_seats(office.id, office.acting_user_id, st.CORE, 1)  # one unassigned additional seat
    found = reclaim.reclaim_list(office.id, 29)
    assert found.saving(found.rows[:1]).removed == 1  # the seat freed, not the one unassigned before
    assert found.saving(found.rows).removed == 4  # 5 bought and 8 seats in all: at most 5 - 1 more


def test_reclaim_in_a_new_plan_leaves_the_account_unchanged(office):
    before = snapshot(office.id)
    chosen = keys(office, 30, "idle30", "inv30", "gone")
    change = reclaim.reclaim(office.id, office.acting_user_id, chosen, 30, reclaim.NEW_PLAN, "Reclaim December")
    assert snapshot(office.id) == before
    plan = change.result
    assert (plan.plan_of, plan.name) == (office.id, "Reclaim December")
    copies = {u.email.split("@")[0]: u for u in User.select().where(User.account == plan.id)}
    held = dict(SeatAssignment.select(SeatAssignment.user, SeatAssignment.seat_type)
                .where(SeatAssignment.account == plan.id).tuples())
    for name in ("idle30", "inv30", "gone"):
        assert held[copies[name].id] == st.VIEW_ONLY
    assert held[copies["never"].id] == st.CORE
    assert copies["gone"].status == "deactivated"  # reactivated, unassigned, deactivated again (R13)
    removal = (SeatRemoval.select().join(Subscription).where(Subscription.account == plan.id,
                                                             SeatRemoval.state == "scheduled").get())
    assert (removal.seat_type, removal.quantity, removal.effective_date) == (st.CORE, 3, removal.subscription.renewal_date)
    assert [r.email for r in reclaim.reclaim_list(plan.id, 30).rows] == ["never@example.com"]
    done = reclaim.reclaimed_in(plan.id)
    assert {(r.email, r.reason, r.saving_period_cents, r.saving_year_cents) for r in done} == {
        ("idle30@example.com", "idle", 4500, 54000), ("inv30@example.com", "invited", 4500, 54000),
        ("gone@example.com", "deactivated", 4500, 54000)}
    kinds = [e.kind for e in Event.select().where(Event.account == plan.id).order_by(Event.id)]
    assert kinds.index("user_reactivated") < kinds.index("seat_unassigned") < kinds.index("user_deactivated")
    texts = {describe(e.kind, e.data, "EUR") for e in Event.select().where(Event.account == plan.id,
                                                                         Event.kind == "seat_reclaimed")}
    assert "Core Seat taken back from gone@example.com (deactivated user); saving €540.00 per year" in texts
    assert "Core Seat taken back from idle30@example.com (no activity for 30 days); saving €540.00 per year" in texts


def test_reclaim_in_the_account_itself(office):
    chosen = keys(office, 29, "idle30", "idle29", "never", "inv30", "inv29", "gone")
    change = reclaim.reclaim(office.id, office.acting_user_id, chosen, 29, office.id)
    assert change.result.id == office.id
    assert reclaim.reclaim_list(office.id, 29).rows == []
    assert seats_service.seat_summary(office.id, st.CORE).scheduled_removal == 4  # not the 2 included ones
    done = reclaim.reclaimed_in(office.id)
    assert len(done) == 6
    assert sum(r.saving_year_cents for r in done) == 216000
    assert sorted(r.saving_period_cents for r in done) == [0, 0, 4500, 4500, 4500, 4500]
    assert User.get(User.email == "gone@example.com").status == "deactivated"


def test_reclaim_in_an_existing_plan_finds_the_users_by_email(office):
    plan = plans.create_plan(office.id, office.acting_user_id, "Later").result
    before = snapshot(office.id)
    reclaim.reclaim(office.id, office.acting_user_id, keys(office, 30, "never"), 30, plan.id)
    assert snapshot(office.id) == before
    copy = User.get((User.account == plan.id) & (User.email == "never@example.com"))
    assert seats_service.seats_of(copy) == [st.VIEW_ONLY]
    # changed in the plan meanwhile: the seat is no longer there to take back, and nothing is written
    seats_service.assign_seat(plan.id, plan.acting_user_id, User.get((User.account == plan.id)
                                                                     & (User.email == "idle30@example.com")).id,
                              st.VIEW_ONLY)
    events = Event.select().count()
    refused("not_held", reclaim.reclaim, office.id, office.acting_user_id, keys(office, 30, "idle30"), 30, plan.id)
    assert Event.select().count() == events


def test_a_refusal_writes_nothing(office):
    accounts, events = Account.select().count(), Event.select().count()
    # a seat that is no longer one to reclaim at 30 days
    refused("not_listed", reclaim.reclaim, office.id, office.acting_user_id, keys(office, 29, "idle29"), 30,
            reclaim.NEW_PLAN, "Reclaim")
    # Modify billing makes the plan, but taking seats back needs Add and edit users too: the plan goes as well
    billing = _user(office, "billing@example.com", seat=st.VIEW_ONLY, permissions=(MODIFY_BILLING,),
                    last_active=planning_date(office))
    accounts, events = Account.select().count(), Event.select().count()
    refused("permission", reclaim.reclaim, office.id, billing.id, keys(office, 30, "idle30"), 30,
            reclaim.NEW_PLAN, "Reclaim")
    refused("no_selection", reclaim.reclaim, office.id, office.acting_user_id, [], 30)
    assert (Account.select().count(), Event.select().count()) == (accounts, events)
    assert seats_service.seat_summary(office.id, st.CORE).scheduled_removal == 0


def test_legacy_one_of_two_seats_and_an_included_seat_saves_nothing(legacy_account):
    admin = legacy_account.acting_user_id
    old = planning_date(legacy_account) - 60 * DAY
    user = users_service.create_user(legacy_account.id, admin, "both@example.com",
                                     seat_types=("sales_professional", "service_starter"), status="active").result
    User.update(last_active=old).where(User.id == user.id).execute()
    found = reclaim.reclaim_list(legacy_account.id, 30)
    assert {r.seat_type for r in found.rows} == {"sales_professional", "service_starter"}
    assert all(r.saving_period_cents == 0 for r in found.rows)  # every seat of the account is included
    sales = [r.key for r in found.rows if r.seat_type == "sales_professional"]
    reclaim.reclaim(legacy_account.id, admin, sales, 30, legacy_account.id)
    assert seats_service.seats_of(User.get_by_id(user.id)) == ["service_starter"]
    assert seats_service.seat_summary(legacy_account.id, "sales_professional").scheduled_removal == 0
    assert reclaim.reclaimed_in(legacy_account.id)[0].saving_year_cents == 0
    event = Event.select().where(Event.kind == "seat_reclaimed").get()
    assert describe(event.kind, event.data, "EUR") == (
        "Sales Professional taken back from both@example.com (no activity for 60 days); an included seat, "
        "so no saving")


def test_a_removal_already_scheduled_is_not_counted_again(office):
    seats_service.buy_seats(office.id, office.acting_user_id, st.CORE, 1)
    seats_service.schedule_removal(office.id, office.acting_user_id, st.CORE, 1)  # the unassigned one goes already
    found = reclaim.reclaim_list(office.id, 29)
    assert found.saving(found.rows[:1]).removed == 1
    assert found.saving(found.rows).removed == 4  # 5 additional seats, 1 of them already scheduled


def test_from_a_plan_into_itself_and_into_its_account(office):
    plan = plans.create_plan(office.id, office.acting_user_id, "Shown").result
    rows = reclaim.reclaim_list(plan.id, 30).rows
    assert {r.email for r in rows} == {"idle30@example.com", "never@example.com", "inv30@example.com",
                                       "gone@example.com"}
    mine = [r.key for r in rows if r.email == "idle30@example.com"]
    change = reclaim.reclaim(plan.id, plan.acting_user_id, mine, 30, plan.id)
    assert change.result.id == plan.id
    assert "idle30@example.com" not in {r.email for r in reclaim.reclaim_list(plan.id, 30).rows}
    assert "idle30@example.com" in {r.email for r in reclaim.reclaim_list(office.id, 30).rows}
    theirs = [r.key for r in reclaim.reclaim_list(plan.id, 30).rows if r.email == "gone@example.com"]
    reclaim.reclaim(plan.id, plan.acting_user_id, theirs, 30, office.id)  # the same person acts in the account
    assert seats_service.seats_of(User.get(User.email == "gone@example.com", User.account == office.id)) == [
        st.VIEW_ONLY]
    never = [r.key for r in reclaim.reclaim_list(plan.id, 30).rows if r.email == "never@example.com"]
    refused("no_account", reclaim.reclaim, plan.id, plan.acting_user_id, never, 30, 999_999)
    other = create_account(AccountSpec(
        name="Other", currency="EUR", seat_model=st.SEAT_BASED,
        subscriptions=[SubscriptionSpec("marketing", "professional", add_months(dt.date.today(), -1))],
        admin_email="boss@example.com")).result
    refused("bad_target", reclaim.reclaim, plan.id, plan.acting_user_id, never, 30, other.id)
