"""Reclaim (R30): paid seats held by users idle for N days, by invited users who never accepted after N days
and by deactivated users, with what taking each back saves; taking them back is one action, in a plan
(a new one or one of the account's) or, once the window has asked, in the account itself.

Taking a seat back is the rules' own way, nothing of its own: the seat is unassigned as a bulk seat change
unassigns it (seat-based: the user gets a View-Only Seat; legacy: the hub's seat goes), a deactivated user
is reactivated first and deactivated again after (R13), and the additional seats freed are scheduled for
removal at the renewal as Remove unassigned seats schedules them (R8). Seats included in a subscription
can't be removed (R8): taking one back saves nothing, and the saving says so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from seatdesk.db.models import Account, Event, User, db
from seatdesk.domain import seats as st
from seatdesk.domain.billing import seats_cost_per_period
from seatdesk.domain.errors import DomainError
from seatdesk.domain.permissions import ADD_EDIT_USERS, MODIFY_BILLING
from seatdesk.i18n import N_, Nn_
from seatdesk.services import Change
from seatdesk.services.common import get_account, get_actor, planning_date, record_many, require
from seatdesk.services.queries import as_date
from seatdesk.services.seats import (
    SeatSummary,
    chunks,
    move_seats,
    schedule_removal,
    seat_summaries,
    sellers,
    unit_price_cents,
)

IDLE, INVITED, DEACTIVATED = "idle", "invited", "deactivated"
REASONS = (IDLE, INVITED, DEACTIVATED)
IDLE_CHOICES = (30, 60, 90)  # the page offers these; any number of days from 1 to MAX_IDLE_DAYS can be typed
MAX_IDLE_DAYS = 3650
NEW_PLAN = "new"
NEED_RECLAIM = N_("You need both Add and edit users and Modify billing permissions to take seats back and remove them.")


class ReclaimRow(NamedTuple):
    """A paid seat that can be taken back: who holds it, why it is listed, what taking it back saves.

    ``days``: days without activity (idle) or since the invitation (invited); None for a deactivated user.
    ``saving_period_cents``: what the seat costs per billing period of the subscription that sells it, saved
    from the renewal on; 0 when the seat freed would be one of the seats included in a subscription.
    """

    user_id: int
    email: str
    first_name: str
    last_name: str
    seat_type: str
    reason: str
    days: int | None
    last_active: dt.date | None
    saving_period_cents: int
    saving_year_cents: int
    period_months: int

    @property
    def key(self) -> tuple[int, str]:
        return self.user_id, self.seat_type


@dataclass(frozen=True)
class SeatPrice:
    """What one seat of a paid type costs, and how many of its seats taking some back would free for removal."""

    seat_type: str
    unit_month_cents: int  # per seat per month, from the subscription that sells it (as Remove unassigned seats)
    period_months: int  # that subscription's billing period
    summary: SeatSummary

    @property
    def period_cents(self) -> int:
        return seats_cost_per_period(1, self.unit_month_cents, self.period_months)

    def removable_after(self, count: int) -> int:
        """How many of the ``count`` seats taken back become removable: only additional seats can be removed
        (R8), so the seats freed beyond the additional ones are included seats, kept and paid with the tier."""
        s = self.summary
        after = max(0, min(s.additional, s.available + count) - s.scheduled_removal)
        return max(0, after - s.removable)


@dataclass(frozen=True)
class Saving:
    """The saving of a selection of rows, from the renewal on."""

    seats: int  # seats taken back
    removed: int  # additional seats among them, scheduled for removal; the others are included seats
    month_cents: int
    year_cents: int
    currency: str

    @property
    def included(self) -> int:
        return self.seats - self.removed


@dataclass(frozen=True)
class ReclaimList:
    """The rows of an account for ``idle_days``, and the prices that make their saving."""

    account_id: int
    idle_days: int
    rows: list[ReclaimRow]
    prices: dict[str, SeatPrice]
    currency: str

    def saving(self, rows: Iterable[ReclaimRow]) -> Saving:
        """Taking ``rows`` back: per seat type, only the freed seats beyond the included ones are removed."""
        counts: dict[str, int] = {}
        for row in rows:
            counts[row.seat_type] = counts.get(row.seat_type, 0) + 1
        removed = month = 0
        for seat_type, count in counts.items():
            price = self.prices.get(seat_type)
            if price is not None:
                gone = price.removable_after(count)
                removed += gone
                month += gone * price.unit_month_cents
        return Saving(sum(counts.values()), removed, month, month * 12, self.currency)


def _check_days(idle_days: int) -> None:
    if not isinstance(idle_days, int) or not 1 <= idle_days <= MAX_IDLE_DAYS:
        raise DomainError(N_("Enter a number of days from 1 to {maximum}."), code="bad_days", maximum=MAX_IDLE_DAYS)


def _prices(account: Account) -> dict[str, SeatPrice]:
    """The price of each paid seat type the account's subscriptions sell, with its seat counts."""
    sold = sellers(account)
    return {s.seat_type: SeatPrice(s.seat_type, unit_price_cents(account, sold[s.seat_type], s.seat_type),
                                   sold[s.seat_type].billing_period_months, s)
            for s in seat_summaries(account.id) if s.paid and s.seat_type in sold}


#: One query: the paid seats of the account whose holder is deactivated, invited since the cutoff or
#: before, or active with no activity since the cutoff (never active: since they were added).
_ROWS_SQL = """
SELECT u.id, u.email, u.first_name, u.last_name, a.seat_type, u.status, u.last_active, u.created_on
FROM seat_assignment a JOIN "user" u ON u.id = a.user_id
WHERE a.account_id = ? AND a.seat_type IN ({types})
  AND (u.status = 'deactivated'
       OR (u.status = 'invited' AND u.created_on <= ?)
       OR (u.status = 'active' AND COALESCE(u.last_active, u.created_on) <= ?))
ORDER BY u.sort_name, u.id, a.seat_type
"""


def reclaim_list(account_id: int, idle_days: int) -> ReclaimList:
    """The seats to reclaim in an account or plan on its planning date, ``idle_days`` being N (R30).

    Idle: an active user whose last activity (or, never active, their addition) is ``idle_days`` or more
    days before the planning date; invited: an invited user added ``idle_days`` or more days before it;
    deactivated: every deactivated user. Only paid seats are listed. One query whatever the account's size.
    """
    _check_days(idle_days)
    account = get_account(account_id)
    day = planning_date(account)
    cutoff = (day - dt.timedelta(days=idle_days)).isoformat()
    prices = _prices(account)
    paid = [t for t in st.seat_types_for_model(account.seat_model) if st.is_paid(t)]
    sql = _ROWS_SQL.format(types=", ".join("?" * len(paid)))
    dates: dict[str | None, dt.date | None] = {None: None}
    one = {t: (p.period_cents if p.removable_after(1) else 0, p.unit_month_cents * 12 if p.removable_after(1) else 0,
               p.period_months) for t, p in prices.items()}
    rows = []
    for uid, email, first, last, seat_type, status, active, added in db.execute_sql(
            sql, (account.id, *paid, cutoff, cutoff)).fetchall():
        for text in (active, added):
            if text not in dates:
                dates[text] = as_date(text)
        last_active = dates[active]
        if status == DEACTIVATED:
            reason, days = DEACTIVATED, None
        elif status == INVITED:
            reason, days = INVITED, (day - dates[added]).days
        else:
            reason, days = IDLE, (day - (last_active or dates[added])).days
        period, year, months = one.get(seat_type, (0, 0, 1))
        rows.append(ReclaimRow(uid, email, first, last, seat_type, reason, days, last_active, period, year, months))
    return ReclaimList(account.id, idle_days, rows, prices, account.currency)


# -- taking the seats back ------------------------------------------------------------------------------

def _root(account: Account) -> Account:
    return get_account(account.plan_of) if account.plan_of else account


def targets(account_id: int) -> list[Account]:
    """Where the seats of an account or plan can be taken back: the account itself, then its plans by name."""
    from seatdesk.services.plans import plans_of

    root = _root(get_account(account_id))
    return [root, *plans_of(root.id)]


def _target_actor(source: Account, target: Account, actor_id: int) -> User:
    """The acting user in ``target``: the same person (same email) as in the account or plan shown."""
    if target.id == source.id:
        return get_actor(target, actor_id)
    me = get_actor(source, actor_id)
    there = User.get_or_none((User.account == target.id) & (User.email_key == me.email_key))
    if there is None:
        raise DomainError(N_("{email} is not a user of {target}, so can't act there. Choose another plan."),
                          code="actor_not_in_target", email=me.email, target=target.name)
    return get_actor(target, there.id)


def reclaim(account_id: int, actor_id: int, seats: Iterable[tuple[int, str]], idle_days: int,
            target: int | str = NEW_PLAN, plan_name: str = "", plan_note: str = "") -> Change:
    """Take back the paid ``seats`` ((user id, seat type) of rows of ``reclaim_list(account_id, idle_days)``)
    in ``target``: NEW_PLAN (a new plan named ``plan_name``, a copy of the account or plan shown), a plan of
    the account, or the account itself (the window asks first). One transaction: the plan made, each seat
    unassigned (deactivated users reactivated and deactivated again, R13), the additional seats freed
    scheduled for removal at the renewal (R8), and an event per seat taken back with its saving.

    The users are found in the target by email (a plan's users are copies with ids of their own).
    ``Change.result`` is the target's account row.

    Raises:
        DomainError: nothing selected, a seat no longer to reclaim or not held in the target, a permission
            missing (Add and edit users and Modify billing), or a rule refuses the seat change; nothing
            is written.
    """
    from seatdesk.services.backups import BULK_BACKUP_FROM, make_backup
    from seatdesk.services.bulk import DEACTIVATE, REACTIVATE, BulkAction, held_seats, set_status
    from seatdesk.services.plans import create_plan

    wanted = list(dict.fromkeys((int(uid), seat_type) for uid, seat_type in seats))
    if not wanted:
        raise DomainError(N_("Select at least one seat to take back first."), code="no_selection")
    _check_days(idle_days)
    if target != NEW_PLAN and len(wanted) >= BULK_BACKUP_FROM:
        chosen = Account.get_or_none(Account.id == int(target))
        if chosen is not None and not chosen.plan_of:  # many seats in the account itself: a copy to go back to
            make_backup("bulk")
    with db.atomic():
        source = get_account(account_id)
        listed = {row.key: row for row in reclaim_list(source.id, idle_days).rows}
        missing = [key for key in wanted if key not in listed]
        if missing:
            raise DomainError(
                Nn_("{n} of the selected seats is no longer one to reclaim (its user was active, accepted the "
                    "invitation or lost the seat meanwhile). Look at the list again.",
                    "{n} of the selected seats are no longer ones to reclaim (their users were active, accepted "
                    "the invitation or lost the seats meanwhile). Look at the list again."),
                code="not_listed", n=len(missing))
        rows = [listed[key] for key in wanted]
        if target == NEW_PLAN:
            plan = create_plan(source.id, actor_id, plan_name, plan_note).result
            destination = get_account(plan.id)
            actor = get_actor(destination, destination.acting_user_id)
        else:
            destination = get_account(int(target))
            if destination.id not in {a.id for a in targets(source.id)}:
                raise DomainError(N_("Choose the account itself or one of its plans."), code="bad_target")
            actor = _target_actor(source, destination, actor_id)
        require(actor, NEED_RECLAIM, ADD_EDIT_USERS, MODIFY_BILLING)
        emails = _email_keys(source, [row.user_id for row in rows])
        there = _users_by_email(destination, set(emails.values()))
        held = held_seats(list(there.values()))
        by_user: dict[int, tuple[User, set[str]]] = {}
        for row in rows:
            user = there.get(emails[row.user_id])
            if user is None or row.seat_type not in held.get(user.id, set()):
                raise DomainError(N_("{email} doesn't hold a {seat} in {target}: it was changed there. Choose another "
                                     "plan or a new one."), code="not_held", email=row.email,
                                  seat=_seat_label(row.seat_type), target=destination.name)
            by_user.setdefault(user.id, (user, set()))[1].add(row.seat_type)
        before = {s.seat_type: s for s in seat_summaries(destination.id)}
        asleep = [user for user, _types in by_user.values() if user.status == DEACTIVATED]
        if asleep:  # R13: a deactivated user's seat is unassigned after reactivating them, then deactivated again
            set_status(destination, actor, asleep, BulkAction(REACTIVATE))
            for user in asleep:
                user.status = "active"
        moves = []
        for user, types in by_user.values():
            old = held[user.id]
            new = {st.VIEW_ONLY} if destination.seat_model == st.SEAT_BASED else old - types
            moves.append((user, old, new))
        notices = move_seats(destination, actor, moves)
        if asleep:
            set_status(destination, actor, asleep, BulkAction(DEACTIVATE))
        prices = _prices_for(destination, before)
        removed: dict[str, int] = {}
        for seat_type in sorted({row.seat_type for row in rows}, key=st.SEAT_TYPE_ORDER.get):
            price = prices.get(seat_type)
            count = price.removable_after(sum(1 for row in rows if row.seat_type == seat_type)) if price else 0
            if count:
                schedule_removal(destination.id, actor.id, seat_type, count)
            removed[seat_type] = count
        entries = []
        for row in rows:
            price = prices.get(row.seat_type)
            saves = removed.get(row.seat_type, 0) > 0 and price is not None
            if saves:
                removed[row.seat_type] -= 1
            entries.append({"user_id": there[emails[row.user_id]].id, "email": row.email, "seat_type": row.seat_type,
                            "why": row.reason, "days": row.days,
                            "saving_period_cents": price.period_cents if saves else 0,
                            "saving_year_cents": price.unit_month_cents * 12 if saves else 0,
                            "period_months": price.period_months if price else 1,
                            "currency": destination.currency})
        record_many(destination, actor, "seat_reclaimed", entries)
        return Change(users={u.id for u, _t in by_user.values()} if destination.id == source.id else set(),
                      seats=True, billing=True, accounts=target == NEW_PLAN, result=destination,
                      notices=notices)


def _seat_label(seat_type: str):
    from seatdesk.i18n import Msg

    return Msg(st.SEAT_TYPE_LABELS.get(seat_type, seat_type))


def _prices_for(account: Account, summaries: dict[str, SeatSummary]) -> dict[str, SeatPrice]:
    """The prices of ``account`` with the seat counts it had before the seats were taken back."""
    return {t: SeatPrice(t, p.unit_month_cents, p.period_months, summaries[t])
            for t, p in _prices(account).items() if t in summaries}


def _email_keys(account: Account, user_ids: list[int]) -> dict[int, str]:
    keys = {}
    for part in chunks(sorted(set(user_ids))):
        keys.update(User.select(User.id, User.email_key).where(User.account == account, User.id.in_(part)).tuples())
    return keys


def _users_by_email(account: Account, keys: set[str]) -> dict[str, User]:
    found = {}
    for part in chunks(sorted(keys)):
        for user in User.select(User.id, User.email, User.email_key, User.status, User.is_super_admin,
                                User.is_partner_employee, User.account).where(User.account == account,
                                                                              User.email_key.in_(part)):
            found[user.email_key] = user
    return found


# -- reading the reclaims back (the approval pack) -----------------------------------------------------

class Reclaimed(NamedTuple):
    """A seat taken back, as its event recorded it."""

    email: str
    seat_type: str
    reason: str
    days: int | None
    saving_period_cents: int
    saving_year_cents: int
    period_months: int
    currency: str
    planning_date: dt.date


def reclaimed_in(account_id: int) -> list[Reclaimed]:
    """The seats taken back in an account or plan, oldest first, read from its event log."""
    account = get_account(account_id)
    rows = []
    for event in Event.select().where(Event.account == account, Event.kind == "seat_reclaimed").order_by(Event.id):
        data = event.data
        rows.append(Reclaimed(data.get("email", ""), data.get("seat_type", ""), data.get("why", ""), data.get("days"),
                              data.get("saving_period_cents", 0), data.get("saving_year_cents", 0),
                              data.get("period_months", 1), data.get("currency", account.currency),
                              event.planning_date))
    return rows
