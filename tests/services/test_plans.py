"""Plans (R27): a copy of the account on its planning date, where everything works and nothing reaches it."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as s
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from seatdesk.db.models import (
    Account,
    Event,
    SeatAssignment,
    SeatPurchase,
    SeatRemoval,
    Subscription,
    Team,
    User,
    UserPermission,
    UserTeam,
)
from seatdesk.domain import seats as st
from seatdesk.domain.errors import DomainError
from seatdesk.services import plans, queries, teams
from seatdesk.services import seats as seats_service
from seatdesk.services import subscriptions as subs_service
from tests.conftest import fresh_database, make_account
from tests.services.test_rules import add_user, refused, summary


def snapshot(account_id: int) -> dict:
    """Every row of an account that a plan could touch, as plain tuples."""
    subs = Subscription.select(Subscription.id).where(Subscription.account == account_id)
    users = User.select(User.id).where(User.account == account_id)
    return {
        "account": list(Account.select().where(Account.id == account_id).tuples()),
        "subscriptions": list(Subscription.select().where(Subscription.account == account_id).tuples()),
        "purchases": list(SeatPurchase.select().where(SeatPurchase.subscription.in_(subs)).tuples()),
        "removals": list(SeatRemoval.select().where(SeatRemoval.subscription.in_(subs)).tuples()),
        "users": list(User.select().where(User.account == account_id).tuples()),
        "assignments": list(SeatAssignment.select().where(SeatAssignment.account == account_id).tuples()),
        "permissions": list(UserPermission.select().where(UserPermission.user.in_(users)).tuples()),
        "teams": list(Team.select().where(Team.account == account_id).tuples()),
        "team_links": list(UserTeam.select().where(UserTeam.user.in_(users)).tuples()),
    }


@pytest.fixture
def busy_account(db_path):
    account = make_account(st.SEAT_BASED)
    admin = account.acting_user_id
    seats_service.buy_seats(account.id, admin, st.CORE, 3)
    for i in range(4):
        add_user(account, f"u{i}@example.com", seat_types=(st.CORE,))
    team = teams.create_team(account.id, admin, "Support").result
    UserTeam.insert_many([{"user": u.id, "team": team.id} for u in User.select().where(User.account == account)][:2]).execute()
    seats_service.schedule_removal(account.id, admin, st.CORE, 1)
    return account


def test_a_plan_is_a_copy_of_the_account_on_its_planning_date(busy_account):
    admin = busy_account.acting_user_id
    plan = plans.create_plan(busy_account.id, admin, "Go Enterprise", "what if we grow").result
    assert (plan.plan_of, plan.plan_state, plan.plan_note) == (busy_account.id, "draft", "what if we grow")
    for seat_type in (st.CORE, st.SALES):
        a, p = summary(busy_account, seat_type), summary(plan, seat_type)
        assert (a.included, a.additional, a.assigned, a.scheduled_removal) == (
            p.included, p.additional, p.assigned, p.scheduled_removal)
    rows = {r.email: r for r in queries.user_rows(busy_account.id)}
    copied = {r.email: r for r in queries.user_rows(plan.id)}
    assert {e: (r.status, r.teams, r.seat_types, r.key_permissions, r.invitation) for e, r in rows.items()} == {
        e: (r.status, r.teams, r.seat_types, r.key_permissions, r.invitation) for e, r in copied.items()}
    admin_in_plan = User.get(User.account == plan.id, User.email == "admin@example.com")
    assert plan.acting_user_id == admin_in_plan.id
    assert not set(u.id for u in User.select().where(User.account == plan.id)) & set(rows[e].id for e in rows)
    assert Event.get(Event.account == plan.id, Event.kind == "plan_created").data["account_name"] == "Test account"


def test_nothing_done_in_a_plan_reaches_the_account(busy_account):
    before = snapshot(busy_account.id)
    plan = plans.create_plan(busy_account.id, busy_account.acting_user_id, "Trim").result
    actor = plan.acting_user_id
    seats_service.buy_seats(plan.id, actor, st.CORE, 5)
    subs_service.change_subscriptions(plan.id, actor, {"sales": "enterprise"})
    user = User.get(User.account == plan.id, User.email == "u0@example.com")
    seats_service.unassign_seat(plan.id, actor, user.id, st.CORE)
    teams.create_team(plan.id, actor, "Sales")
    after = snapshot(busy_account.id)
    assert after == before


def test_plans_are_renamed_marked_duplicated_and_deleted(busy_account):
    admin = busy_account.acting_user_id
    plan = plans.create_plan(busy_account.id, admin, "Trim").result
    refused("name_taken", plans.create_plan, busy_account.id, admin, " trim ")
    refused("no_name", plans.create_plan, busy_account.id, admin, "  ")
    plans.rename_plan(plan.id, admin, "Trim seats")
    plans.set_plan_state(plan.id, admin, plans.FOR_APPROVAL)
    assert Account.get_by_id(plan.id).plan_state == "for_approval"
    state = Event.get(Event.account == plan.id, Event.kind == "plan_state")
    assert state.data == {"state": "for_approval", "by": "admin@example.com"}
    copy = plans.create_plan(plan.id, plan.acting_user_id, "Trim seats 2").result
    assert copy.plan_of == busy_account.id  # a copy of a plan is a plan of the same account
    refused("not_a_plan", plans.delete_plan, busy_account.id, admin)
    plans.delete_plan(plan.id, admin)
    assert Account.get_or_none(Account.id == plan.id) is None
    assert not User.select().where(User.account == plan.id).exists()
    assert [p.name for p in plans.plans_of(busy_account.id)] == ["Trim seats 2"]
    assert User.select().where(User.account == busy_account.id).count() == 5


def test_a_plan_needs_modify_billing(busy_account):
    clerk = add_user(busy_account, "clerk@example.com", permissions=[])
    refused("permission", plans.create_plan, busy_account.id, clerk.id, "Mine")


class PlanMachine(RuleBasedStateMachine):
    """Random actions in a plan leave every row of its account unchanged (R27)."""

    @initialize()
    def make(self):
        import tempfile
        from pathlib import Path

        from seatdesk.db.database import open_database
        from seatdesk.services.accounts import sync_permission_catalog

        self.tmp = tempfile.TemporaryDirectory()
        open_database(fresh_database(Path(self.tmp.name), "plan.sqlite3"))
        sync_permission_catalog()
        self.account = make_account(st.SEAT_BASED)
        for i in range(3):
            add_user(self.account, f"m{i}@example.com", seat_types=(st.CORE,))
        self.before = snapshot(self.account.id)
        self.plan = plans.create_plan(self.account.id, self.account.acting_user_id, "Random").result
        self.actor = self.plan.acting_user_id
        self.count = 0

    def teardown(self):
        from seatdesk.db.database import close_database

        close_database()
        if hasattr(self, "tmp"):
            self.tmp.cleanup()

    def _try(self, action, *args, **kwargs):
        try:
            action(*args, **kwargs)
        except DomainError:
            pass

    def _users(self):
        return [u.id for u in User.select(User.id).where(User.account == self.plan.id, User.id != self.actor)]

    @rule(n=s.integers(0, 3), seat=s.sampled_from([st.CORE, st.SALES]))
    def buy(self, n, seat):
        self._try(seats_service.buy_seats, self.plan.id, self.actor, seat, n)

    @rule(pick=s.integers(0, 50), seat=s.sampled_from([st.CORE, st.SALES, st.VIEW_ONLY]))
    def assign(self, pick, seat):
        users = self._users()
        if users:
            self._try(seats_service.assign_seat, self.plan.id, self.actor, users[pick % len(users)], seat)

    @rule(n=s.integers(1, 2))
    def remove_seats(self, n):
        self._try(seats_service.schedule_removal, self.plan.id, self.actor, st.CORE, n)

    @rule(hub=s.sampled_from(st.HUBS), tier=s.sampled_from(st.TIERS))
    def tier(self, hub, tier):
        self._try(subs_service.change_subscriptions, self.plan.id, self.actor, {hub: tier})

    @rule()
    def add_user(self):
        self.count += 1
        from seatdesk.services import users as users_service

        self._try(users_service.create_user, self.plan.id, self.actor, f"new{self.count}@example.com", status="active")

    @invariant()
    def account_unchanged(self):
        if hasattr(self, "plan"):
            assert snapshot(self.account.id) == self.before


PlanMachine.TestCase.settings = settings(max_examples=15, stateful_step_count=15, deadline=None,
                                         suppress_health_check=[HealthCheck.too_slow])
TestPlansLeaveTheAccountAlone = PlanMachine.TestCase


def test_the_plan_events_read_in_words(busy_account):
    from seatdesk.services.events import describe

    admin = busy_account.acting_user_id
    plan = plans.create_plan(busy_account.id, admin, "Trim").result
    plans.set_plan_state(plan.id, admin, plans.APPROVED)
    texts = [describe(e.kind, e.data, "EUR") for e in Event.select().where(Event.kind.startswith("plan")).order_by(Event.id)]
    assert texts == ["Plan Trim made by admin@example.com from Test account, a copy as on the planning date",
                     "Plan Trim made from this account", "Plan approved by admin@example.com"]


def test_ids_grow_with_the_rows_not_with_the_copies(busy_account):
    """Twenty rounds of 'a user added, then a plan made': ids follow one another, they don't double."""
    from seatdesk.services import users as users_service

    admin = busy_account.acting_user_id
    for i in range(20):
        users_service.create_user(busy_account.id, admin, f"more{i}@example.com", status="active")
        plans.create_plan(busy_account.id, admin, f"Round {i}")
    rows = User.select().count()
    assert max(u.id for u in User.select(User.id)) < 2 * rows


def test_the_maker_acts_in_the_plan_and_only_account_users_manage_it(busy_account):
    from seatdesk.services import users as users_service

    admin = busy_account.acting_user_id
    other = add_user(busy_account, "boss@example.com", super_admin=True)
    Account.update(acting_user_id=other.id).where(Account.id == busy_account.id).execute()
    users_service.deactivate_user(busy_account.id, admin, other.id)
    plan = plans.create_plan(busy_account.id, admin, "Mine").result  # the stored acting user is inactive
    assert User.get_by_id(plan.acting_user_id).email == "admin@example.com"
    ghost = users_service.create_user(plan.id, plan.acting_user_id, "ghost@example.com", status="active",
                                      super_admin=True).result
    refused("not_account_user", plans.set_plan_state, plan.id, ghost.id, plans.APPROVED)
    plans.set_plan_state(plan.id, plan.acting_user_id, plans.APPROVED)  # the admin's copy: the admin
    assert Event.get(Event.account == plan.id, Event.kind == "plan_state").data["by"] == "admin@example.com"


@pytest.mark.parametrize("first, second", [("ÉTÉ", "été"), ("Straße", "STRASSE".lower().replace("ss", "ß")),
                                           ("Cafe\u0301", "Café"), ("Q", "Q\u200b")])
def test_plan_names_that_read_the_same_are_one_name(busy_account, first, second):
    admin = busy_account.acting_user_id
    plans.create_plan(busy_account.id, admin, first)
    refused("name_taken", plans.create_plan, busy_account.id, admin, second)


def test_a_plan_keeps_the_renewals_already_applied_and_the_history(busy_account):
    import datetime as dt

    from seatdesk.db.models import PermissionHistory
    from seatdesk.services import clock

    admin = busy_account.acting_user_id
    renewal = Subscription.get(Subscription.account == busy_account.id).renewal_date
    clock.set_planning_date(busy_account.id, renewal + dt.timedelta(days=3))
    plan = plans.create_plan(busy_account.id, admin, "After").result
    refused("date_too_early", clock.set_planning_date, plan.id, dt.date.today())
    user = User.get(User.account == plan.id, User.email == "u0@example.com")
    assert PermissionHistory.select().where(PermissionHistory.user == user).exists()


def test_the_chooser_lists_accounts_by_name_as_people_read_them(db_path):
    from seatdesk.services.accounts import list_accounts

    for name in ("beta", "Éclair", "apple", "Zebra"):
        make_account(st.SEAT_BASED).__class__.update(name=name).where(
            Account.id == Account.select(Account.id).order_by(Account.id.desc()).limit(1)).execute()
    assert [a.name for a in list_accounts()] == ["apple", "beta", "Éclair", "Zebra"]


def test_a_billing_period_longer_than_the_commitment_is_refused(db_path):
    account = make_account(st.SEAT_BASED, subscriptions=[("marketing", "free")])
    refused("period", lambda: subs_service.quote_change(account.id, {"marketing": "starter"}, commitment_months=1,
                                                        billing_period_months=12))
