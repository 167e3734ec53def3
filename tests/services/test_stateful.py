"""Random sequences of seat actions on a real database, with the invariants checked after each step."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as s
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from seatdesk.db.database import close_database, open_database
from seatdesk.db.models import Event, Permission, SeatAssignment, User, UserPermission
from seatdesk.domain import permissions as perms
from seatdesk.domain import seats as st
from seatdesk.domain.errors import DomainError
from seatdesk.services import bulk, clock, subscriptions, user_page
from seatdesk.services import seats as seats_service
from seatdesk.services import users as users_service
from seatdesk.services.accounts import sync_permission_catalog
from seatdesk.services.common import get_account, planning_date
from tests.conftest import fresh_database, make_account


class SeatMachine(RuleBasedStateMachine):
    """Buy, assign, unassign, schedule and cancel removals, deactivate, remove, move the date."""

    @initialize(model=s.sampled_from([st.SEAT_BASED, st.LEGACY, "free_tools"]))
    def open_account(self, model):
        self.tmp = tempfile.TemporaryDirectory()
        open_database(fresh_database(Path(self.tmp.name), "state.sqlite3"))
        sync_permission_catalog()
        if model == "free_tools":  # the HubSpot free tools' seats, and leaving them (R15)
            self.account = make_account(st.SEAT_BASED, subscriptions=[("marketing", "free"), ("sales", "free")])
        else:
            self.account = make_account(model)
        self.admin = self.account.acting_user_id
        self.paid = [t for t in seats_service.usable_seat_types(self.account) if st.is_paid(t)]
        self.all_types = seats_service.usable_seat_types(self.account)
        self.counter = 0

    def teardown(self):
        close_database()
        if hasattr(self, "tmp"):
            self.tmp.cleanup()

    def _users(self):
        return [u.id for u in User.select(User.id).where(User.account == self.account.id, User.id != self.admin)]

    def _attempt(self, action, *args, **kwargs):
        try:
            action(*args, **kwargs)
        except DomainError:
            pass  # a refusal is a valid outcome; the invariants say it wrote nothing wrong

    @rule(pick=s.integers(0, 10), count=s.integers(0, 4))
    def buy(self, pick, count):
        self._attempt(seats_service.buy_seats, self.account.id, self.admin, self.paid[pick % len(self.paid)], count)

    @rule()
    def add_user(self):
        self.counter += 1
        self._attempt(users_service.create_user, self.account.id, self.admin, f"user{self.counter}@example.com",
                      status="active")

    @rule(pick=s.integers(0, 1000), seat=s.integers(0, 10))
    def assign(self, pick, seat):
        users = self._users()
        if users:
            self._attempt(seats_service.assign_seat, self.account.id, self.admin, users[pick % len(users)],
                          self.all_types[seat % len(self.all_types)])

    @rule(pick=s.integers(0, 1000), seat=s.integers(0, 10))
    def unassign(self, pick, seat):
        users = self._users()
        if users:
            self._attempt(seats_service.unassign_seat, self.account.id, self.admin, users[pick % len(users)],
                          self.paid[seat % len(self.paid)])

    @rule(pick=s.integers(0, 10), count=s.integers(0, 4))
    def schedule_removal(self, pick, count):
        self._attempt(seats_service.schedule_removal, self.account.id, self.admin,
                      self.paid[pick % len(self.paid)], count)

    @rule(pick=s.integers(0, 100))
    def cancel_removal(self, pick):
        pending = seats_service.scheduled_removals(self.account.id)
        if pending:
            self._attempt(seats_service.cancel_removal, self.account.id, self.admin, pending[pick % len(pending)].id)

    @rule(pick=s.integers(0, 1000), active=s.booleans())
    def toggle_active(self, pick, active):
        users = self._users()
        if users:
            action = users_service.reactivate_user if active else users_service.deactivate_user
            self._attempt(action, self.account.id, self.admin, users[pick % len(users)])

    @rule(pick=s.integers(0, 1000))
    def remove_user(self, pick):
        users = self._users()
        if users:
            self._attempt(users_service.remove_user, self.account.id, self.admin, users[pick % len(users)])

    @rule(days=s.integers(0, 400))
    def move_planning_date(self, days):
        day = planning_date(get_account(self.account.id)) + dt.timedelta(days=days)
        self._attempt(clock.set_planning_date, self.account.id, day)
        self._refresh_types()

    @rule(pick=s.integers(0, 1000), template=s.sampled_from([key for key, _l, _k in perms.TEMPLATES]),
          seat=s.integers(0, 10))
    def edit_permissions(self, pick, template, seat):
        """The user page: a seat and a template's permissions saved together (R25)."""
        users = self._users()
        if users:
            user_id = users[pick % len(users)]
            seat_types = frozenset({self.all_types[seat % len(self.all_types)]})
            edit = user_page.UserEdit(seat_types, frozenset(), None, perms.TEMPLATE_PERMISSIONS[template])
            self._attempt(user_page.save_user, self.account.id, self.admin, user_id, edit)

    @rule(template=s.sampled_from([key for key, _l, _k in perms.TEMPLATES]))
    def bulk_permissions(self, template):
        users = self._users()
        if users:
            self._attempt(bulk.run, self.account.id, self.admin, users,
                          bulk.BulkAction(bulk.SET_PERMISSIONS, template=template))

    @rule(hub=s.sampled_from(st.HUBS), tier=s.sampled_from(st.TIERS))
    def change_tier(self, hub, tier):
        """Pricing & Features: a tier raised at once or lowered at the renewal, a hub added or dropped (R24)."""
        self._attempt(subscriptions.change_subscriptions, self.account.id, self.admin, {hub: tier})
        self._refresh_types()

    @rule(pick=s.integers(0, 100))
    def cancel_tier_change(self, pick):
        scheduled = [h.scheduled for h in subscriptions.pricing(self.account.id) if h.scheduled]
        if scheduled:
            self._attempt(subscriptions.cancel_subscription_change, self.account.id, self.admin,
                          scheduled[pick % len(scheduled)].id)

    @rule(key=s.sampled_from(["transactional_email", "dedicated_ip", "calling_minutes", "brand_domain"]),
          remove=s.booleans())
    def add_on(self, key, remove):
        """An add-on bought with its hub, or its removal scheduled or cancelled."""
        owned = {a.key: a for h in subscriptions.pricing(self.account.id) for a in h.add_ons if a.owned_id}
        if key not in owned:
            self._attempt(subscriptions.change_subscriptions, self.account.id, self.admin, {}, add_ons=[key])
        elif remove:
            self._attempt(subscriptions.remove_add_on, self.account.id, self.admin, owned[key].owned_id)
        else:
            self._attempt(subscriptions.cancel_add_on_removal, self.account.id, self.admin, owned[key].owned_id)

    def _refresh_types(self):
        account = get_account(self.account.id)
        self.paid = [t for t in seats_service.usable_seat_types(account) if st.is_paid(t)] or self.paid
        self.all_types = seats_service.usable_seat_types(account)

    @invariant()
    def view_only_users_only_view(self):
        """R25: whatever happened, a user with a View-Only Seat holds no permission that edits."""
        if not hasattr(self, "account"):
            return
        viewers = SeatAssignment.select(SeatAssignment.user).where(SeatAssignment.account == self.account.id,
                                                                   SeatAssignment.seat_type == st.VIEW_ONLY)
        held = {k for (k,) in Permission.select(Permission.key).join(UserPermission)
                .where(UserPermission.user.in_(viewers)).tuples()}
        assert held <= perms.allowed_permissions(view_only=True), held

    @invariant()
    def add_ons_have_their_tier(self):
        """An add-on in the account (not removed) is sold with its hub at its tier or higher."""
        if not hasattr(self, "account"):
            return
        for hub in subscriptions.pricing(self.account.id):
            for add_on in hub.add_ons:
                if add_on.owned_id and add_on.removal_date is None:
                    assert st.tier_rank(hub.current) >= st.tier_rank(add_on.min_tier), (hub.hub, add_on.key)

    @invariant()
    def counts_hold(self):
        if not hasattr(self, "account"):
            return
        for summary in seats_service.seat_summaries(self.account.id):
            assert summary.included >= 0 and summary.additional >= 0 and summary.scheduled_removal >= 0
            if summary.paid:
                assert summary.assigned <= summary.total, summary
                assert summary.scheduled_removal <= min(summary.additional, summary.total - summary.assigned), summary

    @invariant()
    def event_log_explains_counts(self):
        if not hasattr(self, "account"):
            return
        totals: Counter = Counter()
        assigned: Counter = Counter()
        for kind, data in Event.select(Event.kind, Event.data).where(Event.account == self.account.id).tuples():
            if kind in ("seats_included", "seats_bought", "seats_free"):
                totals[data["seat_type"]] += data["quantity"]
            elif kind == "free_seats_removed":
                totals[data["seat_type"]] -= data["quantity"]
            elif kind == "seats_converted":
                totals[data["from_type"]] -= data["quantity"]
                totals[data["seat_type"]] += data["quantity"]
            elif kind in ("subscription_upgraded", "subscription_change_applied"):
                totals.update(data.get("included", {}))
            elif kind == "removal_applied":
                totals[data["seat_type"]] -= data["quantity"]
            elif kind == "seat_assigned":
                assigned[data["seat_type"]] += 1
            elif kind == "seat_unassigned":
                assigned[data["seat_type"]] -= 1
            elif kind == "user_removed":
                for seat_type in data["seat_types"]:
                    assigned[seat_type] -= 1
        for summary in seats_service.seat_summaries(self.account.id):
            assert totals[summary.seat_type] == summary.total, summary
            assert assigned[summary.seat_type] == summary.assigned, summary
        held = Counter(t for (t,) in SeatAssignment.select(SeatAssignment.seat_type)
                       .where(SeatAssignment.account == self.account.id).tuples())
        assert +held == +assigned


SeatMachine.TestCase.settings = settings(max_examples=40, stateful_step_count=30, deadline=None,
                                         suppress_health_check=[HealthCheck.too_slow])
TestSeatRules = SeatMachine.TestCase
