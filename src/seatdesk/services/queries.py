"""Read-only views of an account for the window: rows of the tables, billing figures."""

from __future__ import annotations

import datetime as dt
import gc
from collections import defaultdict
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import NamedTuple

from peewee import JOIN, SQL, fn

from seatdesk.db.models import (
    AddOn,
    Event,
    Invitation,
    Permission,
    Preset,
    SeatAssignment,
    SeatPurchase,
    SeatRemoval,
    Subscription,
    SubscriptionChange,
    Team,
    User,
    UserPermission,
    UserTeam,
    db,
)
from seatdesk.domain import seats as st
from seatdesk.domain.billing import seats_cost_per_period
from seatdesk.domain.names import name_and_email
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


def as_date(value) -> dt.date | None:
    """A date column's value as a raw query gives it: ISO text from SQLite, a date from PostgreSQL."""
    if not value:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value[:10])


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


@contextmanager
def paused_gc() -> Iterator[None]:
    """Hold Python's cycle collector while a big table is loaded.

    Making 100,000 rows triggers a collection every 700 new objects, each walking the objects
    already made (a third of the load time with a table loaded); rows hold no cycles, so the
    collector only runs again afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class _Memo(dict):
    """A dict that computes a missing value once: ``memo[key]`` costs a C lookup after the first time."""

    def __init__(self, compute):
        super().__init__()
        self._compute = compute

    def __missing__(self, key):
        value = self[key] = self._compute(key)
        return value


def user_rows(account_id: int, ids: Collection[int] | None = None) -> list[UserRow]:
    """Every user of the account (or those of ``ids``) in name order, in four queries whatever the count.

    The order is the Name column's (``user.sort_name``, then id), so the tables start sorted.
    Teams and seats come as lists in the users query (correlated ``group_concat``); each distinct
    list and date is converted once. 100,000 users take ~0.3 s, most of it sqlite3 making
    Python strings.
    """
    account = get_account(account_id)
    wanted = User.id.in_(list(ids)) if ids is not None else SQL("1 = 1")
    team_names = dict(Team.select(Team.id, Team.name).where(Team.account == account).tuples())
    key_perms: dict[int, list[str]] = defaultdict(list)
    for user_id, key in _raw(UserPermission.select(UserPermission.user, Permission.key).join(Permission)
                             .where(Permission.key.in_([MODIFY_BILLING, ADD_EDIT_USERS]))):
        key_perms[user_id].append(key)  # every account's: the few users with these are looked up by id
    invitations = dict(_raw(Invitation.select(Invitation.user, fn.MAX(Invitation.accepted_at).is_null(False))
                            .join(User).where(User.account == account, wanted).group_by(Invitation.user)))
    team_list = (UserTeam.select(db.group_list(UserTeam.team)).where(UserTeam.user == User.id))
    seat_list = (SeatAssignment.select(db.group_list(SeatAssignment.seat_type))
                 .where(SeatAssignment.user == User.id))
    query = (User.select(User.id, User.email, User.first_name, User.last_name, User.status, User.is_super_admin,
                         User.last_active, team_list, seat_list)
             .where(User.account == account, wanted).order_by(User.sort_name, User.id))
    teams = _Memo(lambda joined: tuple(sorted(team_names[int(t)] for t in joined.split(","))) if joined else ())
    seats = _Memo(lambda joined: tuple(sorted(joined.split(","), key=_ORDER)) if joined else ())
    days = _Memo(as_date)
    no_names: tuple[str, ...] = ()
    never = {"active": "accepted"}  # users never invited: accepted when active (added before invitations)
    new = tuple.__new__
    return [new(UserRow, (uid, email, first, last, status, sa == 1, teams[team], seats[seat],
                          tuple(sorted(key_perms[uid])) if uid in key_perms else no_names,
                          ("accepted" if invitations[uid] else "pending") if uid in invitations
                          else never.get(status, "not_sent"), days[day]))
            for uid, email, first, last, status, sa, day, team, seat in _raw(query)]


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
    add_ons: tuple[tuple[int, str, int, dt.date | None], ...] = ()  # (id, key, price per month, removal date)
    scheduled_tier: tuple[str, dt.date] | None = None  # a lower tier (or Free) from the renewal on

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
    From the renewal = (base price, of the lower tier when one is scheduled, + additional seats after the
    scheduled removals + add-ons not being removed) x months per period.
    """
    account = get_account(account_id)
    catalog = current_catalog()
    changes: dict[str, list[SubscriptionChange]] = defaultdict(list)
    for c in (SubscriptionChange.select().where(SubscriptionChange.account == account,
                                                SubscriptionChange.state == "applied",
                                                SubscriptionChange.cost_now_cents > 0)
              .order_by(SubscriptionChange.effective_date, SubscriptionChange.id)):
        changes[c.hub].append(c)
    lower = {c.hub: (c.to_tier or "free", c.effective_date) for c in SubscriptionChange.select().where(
        SubscriptionChange.account == account, SubscriptionChange.state == "scheduled")}
    result = []
    for sub in account.subscriptions.order_by(Subscription.id):
        included: dict[str, int] = defaultdict(int)
        additional: dict[str, int] = defaultdict(int)
        bought_this_term = 0
        for p in sub.purchases:
            if p.kind in ("included", "free"):
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
        # a tier raised during the term: the tier it started with for the term, plus what the change cost
        changed = [c for c in changes.get(sub.hub, ()) if c.effective_date >= sub.term_start]
        start_tier = (changed[0].from_tier or "free") if changed else sub.tier
        this_term = (catalog.base_price(account.seat_model, sub.hub, start_tier, account.currency)
                     * sub.commitment_months + bought_this_term + sum(c.cost_now_cents for c in changed))
        now_month = base
        next_month = (catalog.base_price(account.seat_model, sub.hub, lower[sub.hub][0], account.currency)
                      if sub.hub in lower else base)  # a lower tier from the renewal on
        add_ons = []
        for a in sub.add_ons.where(AddOn.state != "removed").order_by(AddOn.id):
            add_ons.append((a.id, a.key, a.unit_price_cents, a.removal_date))
            this_term += a.cost_now_cents if a.purchased_on >= sub.term_start else a.unit_price_cents * sub.commitment_months
            now_month += a.unit_price_cents
            if a.state == "active":
                next_month += a.unit_price_cents
        units = {t: unit_price_cents(account, sub, t) for t in set(included) | set(additional)}
        for seat_type, count in additional.items():
            unit = units[seat_type]
            # seats keep the price of the tier the term started with until the renewal (a raised tier
            # charges its base price difference only); from the renewal, the price of the tier then
            start_unit = catalog.seat_price(account.seat_model, sub.hub, start_tier, seat_type, account.currency)
            start_unit = unit if start_unit is None else start_unit
            this_term += _additional_held(sub, seat_type, sub.term_start) * start_unit * sub.commitment_months
            after = count - sum(q for _i, t, q, _d in scheduled if t == seat_type)
            next_unit = unit
            if sub.hub in lower:  # a lower tier: its price, or the seats go when it no longer sells them
                lower_tier = lower[sub.hub][0]
                converted = (st.legacy_seat_type(sub.hub, lower_tier) or seat_type
                             if account.seat_model == st.LEGACY and seat_type.startswith(sub.hub + "_") else seat_type)
                next_unit = catalog.seat_price(account.seat_model, sub.hub, lower_tier, converted,
                                               account.currency) or 0
            next_month += seats_cost_per_period(after, next_unit, 1)
            now_month += seats_cost_per_period(count, start_unit, 1)
        result.append(SubscriptionFigures(
            sub.id, sub.hub, sub.tier, sub.term_start, sub.renewal_date, sub.commitment_months,
            sub.billing_period_months, sub.auto_renew, dict(included),
            {k: v for k, v in additional.items() if v}, tuple(scheduled), this_term,
            next_month * sub.billing_period_months, account.currency,
            now_month * sub.billing_period_months, units, tuple(add_ons), lower.get(sub.hub)))
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
    saved_per_period_cents: int = 0  # what the ``count`` seats cost per billing period, saved from the renewal on
    scheduled: int = 0  # seats of this type already scheduled for removal
    hub: str = ""  # the subscription that sells the seats and changes
    tier: str = ""


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
        period_months=figures.billing_period_months, renewal_date=figures.renewal_date, currency=account.currency,
        saved_per_period_cents=saved, scheduled=summary.scheduled_removal, hub=seller.hub, tier=seller.tier)


def events(account_id: int, limit: int = 2000) -> list[Event]:
    account = get_account(account_id)
    return list(Event.select(Event, User).join(User, JOIN.LEFT_OUTER, on=(Event.actor == User.id))
                .where(Event.account == account).order_by(Event.id.desc()).limit(limit))


#: Above this many active users, "Acting as" lists only the administrators (a combo of 50,000 is no help).
ACTING_LIST_LIMIT = 300


def acting_candidates(account_id: int, keep: int | None = None) -> list[tuple[int, str]]:
    """Active users the window can act as (R18): (id, label), super admins first, then by email.

    In a big account only the super admins and the users with Add and edit users or Modify
    billing are listed (at most ACTING_LIST_LIMIT), with ``keep`` (the current acting user);
    they are found through indexes, not by reading every user.
    """
    account = get_account(account_id)
    active = (User.account == account) & (User.status == "active")

    def users(*conditions) -> list[tuple]:
        return _raw(User.select(User.id, User.email, User.first_name, User.last_name, User.is_super_admin)
                    .where(active, *conditions))

    if User.select(User.id).where(active).limit(ACTING_LIST_LIMIT + 1).count() <= ACTING_LIST_LIMIT:
        rows = users()
    else:
        holders = (UserPermission.select(UserPermission.user).join(Permission)
                   .where(Permission.key.in_([MODIFY_BILLING, ADD_EDIT_USERS])))
        rows = users(User.is_super_admin) + users(User.id.in_(holders))
    rows = sorted(set(rows), key=lambda r: (not r[4], r[1]))[:ACTING_LIST_LIMIT]
    if keep and all(r[0] != keep for r in rows):
        rows += users(User.id == keep)
    return [(uid, name_and_email(first, last, email)) for uid, email, first, last, _super_admin in rows]


def teams(account_id: int) -> list[tuple[int, str]]:
    """(id, name) of the account's teams, by name."""
    return list(Team.select(Team.id, Team.name).where(Team.account == account_id).order_by(Team.name).tuples())


def presets(account_id: int) -> list[tuple[int, str]]:
    """(id, name) of the account's preset settings, by name."""
    return list(Preset.select(Preset.id, Preset.name).where(Preset.account == account_id)
                .order_by(Preset.name).tuples())
