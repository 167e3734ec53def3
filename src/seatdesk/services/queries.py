"""Read-only views of an account for the window: rows of the tables, billing figures."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import NamedTuple

from peewee import JOIN, SQL, fn

from seatdesk.db.models import (
    Event,
    Invitation,
    Permission,
    Preset,
    SeatAssignment,
    SeatPurchase,
    SeatRemoval,
    Subscription,
    Team,
    User,
    UserPermission,
    UserTeam,
    db,
)
from seatdesk.domain import seats as st
from seatdesk.domain.billing import seats_cost_per_period
from seatdesk.domain.permissions import ADD_EDIT_USERS, MODIFY_BILLING
from seatdesk.services.catalog import current_catalog
from seatdesk.services.common import get_account
from seatdesk.services.seats import check_removal_count, seat_summary, sellers, unit_price_cents


class UserRow(NamedTuple):
    """One user as the Users and Seats tables show it (raw values; the window formats them).

    A named tuple: 100,000 of them are made on opening a big account, and a tuple is built
    several times faster than a frozen dataclass and is smaller.
    """

    id: int
    email: str
    first_name: str
    last_name: str
    status: str
    is_super_admin: bool
    teams: tuple[str, ...]
    seat_types: tuple[str, ...]
    key_permissions: tuple[str, ...]  # Modify billing, Add and edit users (R18)
    invitation: str  # pending | accepted | not_sent
    last_active: dt.date | None

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


def _raw(query) -> list[tuple]:
    """The rows of a peewee query as the database gives them: peewee's conversion of each value
    costs ~10 µs a row, too much for 100,000 users (dates stay ISO strings)."""
    return db.execute_sql(*query.sql()).fetchall()


#: Dropdowns list the users only up to this many; above, the user is chosen in the table.
USER_COMBO_LIMIT = 1000


def user_count(account_id: int) -> int:
    return User.select().where(User.account == account_id).count()


#: At most this many users are read back by id after a change; more and the table is read again.
PARTIAL_REFRESH_LIMIT = 500
_ORDER = st.SEAT_TYPE_ORDER.get


def user_rows(account_id: int, ids: Collection[int] | None = None) -> list[UserRow]:
    """Every user of the account (or those of ``ids``), in a fixed number of queries whatever the count."""
    account = get_account(account_id)
    wanted = list(ids) if ids is not None else None

    def only(field):
        return field.in_(wanted) if wanted is not None else SQL("1")

    teams: dict[int, list[str]] = defaultdict(list)
    for user_id, name in _raw(UserTeam.select(UserTeam.user, Team.name).join(Team)
                              .where(Team.account == account, only(UserTeam.user)).order_by(Team.name)):
        teams[user_id].append(name)
    seats: dict[int, list[str]] = defaultdict(list)
    for user_id, seat_type in _raw(SeatAssignment.select(SeatAssignment.user, SeatAssignment.seat_type)
                                   .where(SeatAssignment.account == account, only(SeatAssignment.user))):
        seats[user_id].append(seat_type)
    key_perms: dict[int, list[str]] = defaultdict(list)
    for user_id, key in _raw(UserPermission.select(UserPermission.user, Permission.key).join(Permission)
                             .switch(UserPermission).join(User)
                             .where(User.account == account, only(User.id),
                                    Permission.key.in_([MODIFY_BILLING, ADD_EDIT_USERS]))):
        key_perms[user_id].append(key)
    invitations: dict[int, str] = {}
    for user_id, accepted in _raw(Invitation.select(Invitation.user, fn.MAX(Invitation.accepted_at))
                                  .join(User).where(User.account == account, only(User.id))
                                  .group_by(Invitation.user)):
        invitations[user_id] = "accepted" if accepted else "pending"
    no_names: tuple[str, ...] = ()
    shared: dict[tuple, tuple] = {}  # one tuple object per distinct team or seat list
    dates: dict[str | None, dt.date | None] = {None: None}
    rows = []
    for (uid, email, first, last, status, sa, last_active) in _raw(
            User.select(User.id, User.email, User.first_name, User.last_name, User.status,
                        User.is_super_admin, User.last_active)
            .where(User.account == account, only(User.id)).order_by(User.id)):
        day = dates.get(last_active, False)
        if day is False:
            day = dates[last_active] = dt.date.fromisoformat(str(last_active)[:10])
        last_active = day
        invitation = invitations.get(uid, "accepted" if status == "active" else "not_sent")
        team = tuple(teams[uid]) if uid in teams else no_names
        seat = seats.get(uid)
        seat = tuple(sorted(seat, key=_ORDER)) if seat else no_names
        perm = tuple(sorted(key_perms[uid])) if uid in key_perms else no_names
        rows.append(UserRow(uid, email, first, last, status, bool(sa), shared.setdefault(team, team),
                            shared.setdefault(seat, seat), shared.setdefault(perm, perm), invitation, last_active))
    return rows


@dataclass(frozen=True)
class SubscriptionFigures:
    """A subscription as Account & Billing shows it."""

    id: int
    hub: str
    tier: str
    term_start: dt.date
    renewal_date: dt.date
    commitment_months: int
    billing_period_months: int
    auto_renew: bool
    included: dict[str, int]
    additional: dict[str, int]
    scheduled_removals: tuple[tuple[int, str, int, dt.date], ...]  # (id, seat type, count, date)
    cost_this_term_cents: int
    cost_per_period_from_renewal_cents: int
    currency: str
    cost_per_period_now_cents: int = 0
    unit_prices_cents: dict[str, int] = field(default_factory=dict)  # per seat per month

    def scheduled_for(self, seat_type: str) -> int:
        return sum(count for _id, t, count, _date in self.scheduled_removals if t == seat_type)


def _additional_held(sub: Subscription, seat_type: str, before: dt.date) -> int:
    bought = (SeatPurchase.select(fn.COALESCE(fn.SUM(SeatPurchase.quantity), 0))
              .where(SeatPurchase.subscription == sub, SeatPurchase.seat_type == seat_type,
                     SeatPurchase.kind == "additional", SeatPurchase.purchased_on < before).scalar())
    removed = (SeatRemoval.select(fn.COALESCE(fn.SUM(SeatRemoval.quantity), 0))
               .where(SeatRemoval.subscription == sub, SeatRemoval.seat_type == seat_type,
                      SeatRemoval.state == "applied", SeatRemoval.effective_date <= before).scalar())
    return int(bought) - int(removed)


def subscription_figures(account_id: int) -> list[SubscriptionFigures]:
    """Each subscription with its seats and costs: this term, and per billing period from the renewal on.

    This term = base price x months of the term + additional seats held at the term start for the
    whole term + the pro rata cost of the seats bought during the term.
    From the renewal = (base price + additional seats after the scheduled removals) x months per period.
    """
    account = get_account(account_id)
    catalog = current_catalog()
    result = []
    for sub in account.subscriptions.order_by(Subscription.id):
        included: dict[str, int] = defaultdict(int)
        additional: dict[str, int] = defaultdict(int)
        bought_this_term = 0
        for p in sub.purchases:
            if p.kind == "included":
                included[p.seat_type] += p.quantity
            else:
                additional[p.seat_type] += p.quantity
                if sub.term_start <= p.purchased_on:
                    bought_this_term += p.cost_now_cents
        scheduled = []
        for r in sub.removals.order_by(SeatRemoval.effective_date, SeatRemoval.id):
            if r.state == "applied":
                additional[r.seat_type] -= r.quantity
            elif r.state == "scheduled":
                scheduled.append((r.id, r.seat_type, r.quantity, r.effective_date))
        base = catalog.base_price(account.seat_model, sub.hub, sub.tier, account.currency)
        this_term = base * sub.commitment_months + bought_this_term
        next_month = now_month = base
        units = {t: unit_price_cents(account, sub, t) for t in set(included) | set(additional)}
        for seat_type, count in additional.items():
            unit = units[seat_type]
            this_term += _additional_held(sub, seat_type, sub.term_start) * unit * sub.commitment_months
            after = count - sum(q for _i, t, q, _d in scheduled if t == seat_type)
            next_month += seats_cost_per_period(after, unit, 1)
            now_month += seats_cost_per_period(count, unit, 1)
        result.append(SubscriptionFigures(
            sub.id, sub.hub, sub.tier, sub.term_start, sub.renewal_date, sub.commitment_months,
            sub.billing_period_months, sub.auto_renew, dict(included),
            {k: v for k, v in additional.items() if v}, tuple(scheduled), this_term,
            next_month * sub.billing_period_months, account.currency,
            now_month * sub.billing_period_months, units))
    return result


@dataclass(frozen=True)
class RemovalQuote:
    """What removing ``count`` unassigned seats changes from the renewal on (R8); the current term stays."""

    seat_type: str
    count: int
    removable: int
    seats_now: int
    seats_after: int  # at the renewal, after this and the removals already scheduled
    per_period_now_cents: int
    per_period_after_cents: int
    period_months: int
    renewal_date: dt.date
    currency: str


def quote_removal(account_id: int, seat_type: str, count: int) -> RemovalQuote:
    """The Current subscription and Auto-renewal figures of the Remove unassigned seats dialog.

    Raises:
        DomainError: ``count`` is not between 1 and the removable seats.
    """
    account = get_account(account_id)
    summary = seat_summary(account_id, seat_type)
    check_removal_count(summary, count)
    seller = sellers(account)[seat_type]
    figures = next(f for f in subscription_figures(account_id) if f.id == seller.id)
    saved = seats_cost_per_period(count, figures.unit_prices_cents.get(seat_type, 0), figures.billing_period_months)
    return RemovalQuote(
        seat_type=seat_type, count=count, removable=summary.removable, seats_now=summary.total,
        seats_after=summary.total - summary.scheduled_removal - count,
        per_period_now_cents=figures.cost_per_period_now_cents,
        per_period_after_cents=figures.cost_per_period_from_renewal_cents - saved,
        period_months=figures.billing_period_months, renewal_date=figures.renewal_date, currency=account.currency)


def events(account_id: int, limit: int = 2000) -> list[Event]:
    account = get_account(account_id)
    return list(Event.select(Event, User).join(User, JOIN.LEFT_OUTER, on=(Event.actor == User.id))
                .where(Event.account == account).order_by(Event.id.desc()).limit(limit))


#: Above this many active users, "Acting as" lists only the administrators (a combo of 50,000 is no help).
ACTING_LIST_LIMIT = 300


def acting_candidates(account_id: int, keep: int | None = None) -> list[tuple[int, str]]:
    """Active users the window can act as (R18): (id, label), super admins first.

    In a big account only the super admins and the users with Add and edit users or Modify
    billing are listed (at most ACTING_LIST_LIMIT), with ``keep`` (the current acting user).
    """
    account = get_account(account_id)
    active = (User.account == account) & (User.status == "active")
    query = User.select(User.id, User.email, User.first_name, User.last_name).where(active)
    if query.count() > ACTING_LIST_LIMIT:
        admins = (UserPermission.select(UserPermission.user).join(Permission)
                  .where(Permission.key.in_([MODIFY_BILLING, ADD_EDIT_USERS])))
        query = query.where(User.is_super_admin | User.id.in_(admins) | (User.id == (keep or 0)))
    rows = _raw(query.order_by(User.is_super_admin.desc(), User.email).limit(ACTING_LIST_LIMIT))
    if keep and all(uid != keep for uid, *_rest in rows):
        rows += _raw(User.select(User.id, User.email, User.first_name, User.last_name).where(active, User.id == keep))
    return [(uid, f"{first} {last}".strip() + f" <{email}>" if (first or last) else email)
            for uid, email, first, last in rows]


def teams(account_id: int) -> list[tuple[int, str]]:
    """(id, name) of the account's teams, by name."""
    return list(Team.select(Team.id, Team.name).where(Team.account == account_id).order_by(Team.name).tuples())


def presets(account_id: int) -> list[tuple[int, str]]:
    """(id, name) of the account's preset settings, by name."""
    return list(Preset.select(Preset.id, Preset.name).where(Preset.account == account_id)
                .order_by(Preset.name).tuples())
