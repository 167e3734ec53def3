"""Seat counts, purchases, assignments and scheduled removals (R5-R13), for both seat models."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import fn

from seatdesk.db.models import (
    Account,
    Permission,
    PermissionHistory,
    SeatAssignment,
    SeatPurchase,
    SeatRemoval,
    Subscription,
    User,
    UserPermission,
    db,
)
from seatdesk.domain import permissions as perms
from seatdesk.domain import seats as st
from seatdesk.domain.billing import PurchaseQuote
from seatdesk.domain.errors import DomainError
from seatdesk.i18n import N_, Msg, Nn_
from seatdesk.services import Change, Notice
from seatdesk.services.catalog import current_catalog
from seatdesk.services.common import (
    get_account,
    get_actor,
    get_user,
    insert_rows,
    planning_date,
    record,
    record_many,
    require_billing,
    require_paid_access,
    require_users,
)

MAX_SEATS_PER_PURCHASE = 1000

SALES_SERVICE_TIER_ONLY = N_("Sales and Service seats are only available with Sales Hub or Service Hub Professional or Enterprise.")
PARTNER_ONLY = N_("The Partner Seat is only available when adding Solutions Partner employees.")
VIEW_ONLY_NO_SUPER_ADMIN = N_("A user with a View-Only Seat can't be a super admin.")
UNASSIGN_ACTIVE_ONLY = N_("You can only unassign a seat from an active user. For a deactivated user: reactivate, unassign the seat, then deactivate again.")
UNASSIGN_KEEPS_PAYING = N_("Taking a paid seat away from a user doesn't delete the seat: it stays unassigned and you keep paying for it until your next renewal date.")
FREE_TOOLS_MORE_SEATS = N_("Your HubSpot free tools include a set number of free seats. To get more seats, upgrade to a Starter subscription in Account & Billing › Pricing & Features.")
REASSIGN_CANCELS = N_("If you reassign cancelled paid seats before the downgrade takes effect, the downgrade is cancelled.")


@dataclass(frozen=True)
class SeatSummary:
    """The counts of one seat type in an account (R6, R8)."""

    seat_type: str
    paid: bool
    included: int
    additional: int
    assigned: int
    scheduled_removal: int
    next_removal_date: dt.date | None

    @property
    def total(self) -> int:
        return self.included + self.additional

    @property
    def available(self) -> int:
        return self.total - self.assigned

    @property
    def removable(self) -> int:
        """Unassigned additional seats not yet scheduled for removal."""
        return max(0, min(self.additional, self.available) - self.scheduled_removal)


# -- reading ------------------------------------------------------------------------------

def sellers(account: Account) -> dict[str, Subscription]:
    """{paid seat type: the subscription that sells it} (R5): the highest tier, then hub order. One query."""
    catalog = current_catalog()
    subscriptions = list(account.subscriptions)
    result = {}
    for seat_type in st.seat_types_for_model(account.seat_model):
        if not st.is_paid(seat_type):
            continue
        candidates = [(-st.tier_rank(sub.tier), st.HUBS.index(sub.hub), sub) for sub in subscriptions
                      if catalog.seat_price(account.seat_model, sub.hub, sub.tier, seat_type, account.currency)
                      is not None]
        if candidates:
            result[seat_type] = min(candidates, key=lambda c: c[:2])[2]
    return result


def billing_subscription(account: Account, seat_type: str) -> Subscription | None:
    """The subscription that sells ``seat_type`` (R5); None for free seat types or when none sells it."""
    return sellers(account).get(seat_type)


def unit_price_cents(account: Account, subscription: Subscription, seat_type: str) -> int:
    return current_catalog().seat_price(account.seat_model, subscription.hub, subscription.tier,
                                        seat_type, account.currency) or 0


def free_seats(account: Account) -> dict[str, int]:
    """{seat type: count} of the seats the HubSpot free tools give an account without a paid subscription (R15)."""
    query = (SeatPurchase.select(SeatPurchase.seat_type, fn.SUM(SeatPurchase.quantity)).join(Subscription)
             .where(Subscription.account == account, SeatPurchase.kind == "free")
             .group_by(SeatPurchase.seat_type).tuples())
    return {seat_type: n for seat_type, n in query if n}


def usable_seat_types(account: Account) -> list[str]:
    """Seat types the account can hold: free types always (seat-based), paid ones when sold or given free."""
    sold = set(sellers(account)) | set(free_seats(account))
    return [t for t in st.seat_types_for_model(account.seat_model) if not st.is_paid(t) or t in sold]


def _per_type(model, value, *where) -> dict:
    """{seat type: aggregate} of ``model`` rows matching ``where``."""
    query = model.select(model.seat_type, value).where(*where).group_by(model.seat_type)
    return {seat_type: total for seat_type, total in query.tuples()}


def seat_summaries(account_id: int) -> list[SeatSummary]:
    """Counts per seat type the account can hold or holds (one query per kind of count)."""
    account = get_account(account_id)
    subs = Subscription.select(Subscription.id).where(Subscription.account == account)
    purchased = SeatPurchase.subscription.in_(subs)
    removal = SeatRemoval.subscription.in_(subs)
    total = fn.SUM(SeatPurchase.quantity)
    removed_total = fn.SUM(SeatRemoval.quantity)
    included = _per_type(SeatPurchase, total, purchased, SeatPurchase.kind.in_(("included", "free")))
    bought = _per_type(SeatPurchase, total, purchased, SeatPurchase.kind == "additional")
    removed = _per_type(SeatRemoval, removed_total, removal, SeatRemoval.state == "applied")
    scheduled = _per_type(SeatRemoval, removed_total, removal, SeatRemoval.state == "scheduled")
    next_dates = _per_type(SeatRemoval, fn.MIN(SeatRemoval.effective_date), removal, SeatRemoval.state == "scheduled")
    assigned = _per_type(SeatAssignment, fn.COUNT(SeatAssignment.id), SeatAssignment.account == account)
    usable = usable_seat_types(account)
    types = [t for t in st.seat_types_for_model(account.seat_model)
             if t in usable or included.get(t) or bought.get(t) or assigned.get(t)]
    result = []
    for seat_type in types:
        next_date = next_dates.get(seat_type)
        if isinstance(next_date, str):
            next_date = dt.date.fromisoformat(next_date)
        result.append(SeatSummary(
            seat_type=seat_type,
            paid=st.is_paid(seat_type),
            included=included.get(seat_type, 0),
            additional=bought.get(seat_type, 0) - removed.get(seat_type, 0),
            assigned=assigned.get(seat_type, 0),
            scheduled_removal=scheduled.get(seat_type, 0),
            next_removal_date=next_date,
        ))
    return result


def seat_summary(account_id: int, seat_type: str) -> SeatSummary:
    for summary in seat_summaries(account_id):
        if summary.seat_type == seat_type:
            return summary
    return SeatSummary(seat_type, st.is_paid(seat_type), 0, 0, 0, 0, None)


def seats_of(user: User) -> list[str]:
    return [t for (t,) in SeatAssignment.select(SeatAssignment.seat_type)
            .where(SeatAssignment.user == user).order_by(SeatAssignment.seat_type).tuples()]


# -- buying (R7) --------------------------------------------------------------------------

def _check_count(count: int, maximum: int) -> None:
    if not isinstance(count, int) or count < 1 or count > maximum:
        raise DomainError(N_("Enter a number of seats from 1 to {maximum}."), code="bad_count", maximum=maximum)


def _seller(account: Account, seat_type: str) -> Subscription:
    sub = billing_subscription(account, seat_type)
    if sub is None:
        if seat_type in free_seats(account):
            raise DomainError(FREE_TOOLS_MORE_SEATS, code="free_tools")
        if seat_type in (st.SALES, st.SERVICE):
            raise DomainError(SALES_SERVICE_TIER_ONLY, code="tier")
        raise DomainError(N_("No subscription of this account sells {seat}. Choose another seat type."),
                          code="not_sold", seat=_seat_label(seat_type))
    return sub


def quote_purchase(account_id: int, seat_type: str, count: int,
                   maximum: int = MAX_SEATS_PER_PURCHASE) -> PurchaseQuote:
    """What buying ``count`` seats of ``seat_type`` costs now and per period from the renewal on.

    ``maximum``: the most one purchase may buy (an import of the live account may need thousands).
    """
    account = get_account(account_id)
    _check_count(count, maximum)
    sub = _seller(account, seat_type)
    return PurchaseQuote(
        count=count, unit_price_cents=unit_price_cents(account, sub, seat_type),
        currency=account.currency, term_start=sub.term_start, renewal_date=sub.renewal_date,
        planning_date=planning_date(account), term_months=sub.commitment_months,
        period_months=sub.billing_period_months)


def buy_seats(account_id: int, actor_id: int, seat_type: str, count: int) -> Change:
    """Buy ``count`` additional seats, usable at once (R7). Needs Modify billing."""
    with db.atomic():
        account = get_account(account_id)
        actor = get_actor(account, actor_id)
        require_billing(actor)
        purchase = add_purchase(account, actor, seat_type, count)
        return Change(seats=True, billing=True, result=purchase)


def add_purchase(account: Account, actor: User, seat_type: str, count: int,
                 maximum: int = MAX_SEATS_PER_PURCHASE) -> SeatPurchase:
    """Record the purchase of ``count`` seats at the tier's price and its event, in the caller's
    transaction, after its permission checks (R7)."""
    quote = quote_purchase(account.id, seat_type, count, maximum)
    sub = _seller(account, seat_type)
    purchase = SeatPurchase.create(
        subscription=sub, seat_type=seat_type, kind="additional", quantity=count,
        unit_price_cents=quote.unit_price_cents, cost_now_cents=quote.cost_now_cents,
        purchased_on=planning_date(account), actor=actor)
    record(account, actor, "seats_bought", seat_type=seat_type, quantity=count,
           subscription=sub.hub, unit_price_cents=quote.unit_price_cents,
           cost_now_cents=quote.cost_now_cents, currency=account.currency,
           days_left=quote.days_left, days_in_term=quote.days_in_term)
    return purchase


# -- assigning (R5, R6, R10, R12, R13, R16) -----------------------------------------------

def _seat_label(seat_type: str) -> Msg:
    return Msg(st.SEAT_TYPE_LABELS.get(seat_type, seat_type))


def _check_can_hold(account: Account, user: User, seat_type: str) -> None:
    if seat_type not in st.seat_types_for_model(account.seat_model):
        raise DomainError(N_("{seat} does not exist in this account's seat model."), code="seat_model",
                          seat=_seat_label(seat_type))
    if seat_type == st.PARTNER and not user.is_partner_employee:
        raise DomainError(PARTNER_ONLY, code="partner_only")
    if seat_type == st.VIEW_ONLY and user.is_super_admin:
        raise DomainError(VIEW_ONLY_NO_SUPER_ADMIN, code="view_only_super_admin")
    if st.is_paid(seat_type) and seat_type not in free_seats(account):
        _seller(account, seat_type)


def hold_refusal(account_id: int, seat_type: str, *, partner: bool = False,
                 super_admin: bool = False) -> DomainError | None:
    """Why a new user (partner employee, super admin or not) can't get ``seat_type``, or None (R5, R16)."""
    try:
        _check_can_hold(get_account(account_id), User(is_partner_employee=partner, is_super_admin=super_admin),
                        seat_type)
    except DomainError as refusal:
        return refusal
    return None


def _take_seat(account: Account, actor: User | None, user: User, seat_type: str) -> list[Notice]:
    """Give ``user`` a seat of ``seat_type`` (R6), cancelling removals it needs (R10)."""
    return take_seats(account, actor, [user], seat_type)


def take_seats(account: Account, actor: User | None, users: list[User], seat_type: str) -> list[Notice]:
    """Give each of ``users`` a seat of ``seat_type`` (R6), cancelling the removals they need (R10)."""
    notices = []
    count = len(users)
    if st.is_paid(seat_type) and count:
        summary = seat_summary(account.id, seat_type)
        if summary.available < count:
            if seat_type in free_seats(account):
                raise DomainError(
                    Nn_("{seat}: {n} more seat is needed than the free seats of the HubSpot free tools ({total}). To get more seats, upgrade to a Starter subscription in Account & Billing › Pricing & Features.",
                        "{seat}: {n} more seats are needed than the free seats of the HubSpot free tools ({total}). To get more seats, upgrade to a Starter subscription in Account & Billing › Pricing & Features."),
                    code="no_seat_available", seat=_seat_label(seat_type), total=summary.total,
                    n=count - max(0, summary.available), seat_type=seat_type)
            if count == 1 and summary.total < 1:
                raise DomainError(N_("No {seat} has been bought yet. Buy seats first."),
                                  code="no_seat_available", seat=_seat_label(seat_type), seat_type=seat_type)
            if count == 1:
                raise DomainError(
                    Nn_("No {seat} is available: you bought {n} and it is assigned. Buy seats first.",
                        "No {seat} is available: you bought {n} and all are assigned. Buy seats first."),
                    code="no_seat_available", seat=_seat_label(seat_type), n=summary.total, seat_type=seat_type)
            raise DomainError(
                Nn_("{seat}: {n} more seat is needed for these users. Buy seats first.",
                    "{seat}: {n} more seats are needed for these users. Buy seats first."),
                code="no_seat_available", seat=_seat_label(seat_type), n=count - max(0, summary.available),
                seat_type=seat_type)
        # R10: a removal may only take unassigned seats; cancel the newest ones that no longer fit.
        free_after = min(summary.additional, summary.available - count)
        excess = summary.scheduled_removal - free_after
        if excess > 0:
            pending = (SeatRemoval.select().join(Subscription)
                       .where(Subscription.account == account, SeatRemoval.seat_type == seat_type,
                              SeatRemoval.state == "scheduled")
                       .order_by(SeatRemoval.id.desc()))
            for removal in pending:
                if excess <= 0:
                    break
                _close_removal(account, actor, removal, "cancelled", reason="reassigned")
                excess -= removal.quantity
                notices.append(Notice(
                    Nn_("Assigning this seat cancelled the removal of {n} seat scheduled for {date}.",
                        "Assigning this seat cancelled the removal of {n} seats scheduled for {date}."),
                    {"n": removal.quantity, "date": removal.effective_date, "seat_type": seat_type}))
                notices.append(Notice(REASSIGN_CANCELS))
    day = planning_date(account)
    insert_rows(SeatAssignment, [{"account": account.id, "user": user.id, "seat_type": seat_type, "assigned_on": day}
                                 for user in users])
    record_many(account, actor, "seat_assigned",
                [{"user_id": user.id, "email": user.email, "seat_type": seat_type} for user in users])
    if seat_type == st.VIEW_ONLY:
        strip_to_view_only(account, actor, users)
    return notices


def strip_to_view_only(account: Account, actor: User | None, users: list[User]) -> None:
    """R25: a user moved to a View-Only Seat loses every permission that creates, edits, publishes or
    deletes (it keeps viewing and administration); each loss goes to the permission history."""
    allowed = perms.allowed_permissions(view_only=True)
    lost: dict[int, list[str]] = {}
    links: list[int] = []
    for part in chunks([user.id for user in users]):
        query = (UserPermission.select(UserPermission.id, UserPermission.user, Permission.key)
                 .join(Permission).where(UserPermission.user.in_(part), Permission.key.not_in(allowed)))
        for link_id, user_id, key in query.tuples():
            links.append(link_id)
            lost.setdefault(user_id, []).append(key)
    if not links:
        return
    for part in chunks(links):
        UserPermission.delete().where(UserPermission.id.in_(part)).execute()
    day = planning_date(account)
    insert_rows(PermissionHistory, [
        {"user": user_id, "actor": actor, "planning_date": day,
         "change": {"permissions": {"removed": sorted(keys)}, "reason": "view_only"}}
        for user_id, keys in lost.items()])


def missing_seats(account_id: int, seat_types, count: int) -> dict[str, int]:
    """{paid seat type: seats to buy first} for giving ``count`` new users each of ``seat_types`` (R6)."""
    summaries = {s.seat_type: s for s in seat_summaries(account_id)}
    missing = {}
    for seat_type in seat_types:
        summary = summaries.get(seat_type)
        if st.is_paid(seat_type) and summary is not None and summary.available < count:
            missing[seat_type] = count - max(0, summary.available)
    return missing


def _give_back_seat(account: Account, actor: User | None, user: User, seat_type: str) -> None:
    SeatAssignment.delete().where(SeatAssignment.user == user, SeatAssignment.seat_type == seat_type).execute()
    record(account, actor, "seat_unassigned", user_id=user.id, email=user.email, seat_type=seat_type)


def _check_editable_seat(user: User, current: list[str]) -> None:
    if user.status == "deactivated":
        if any(st.is_paid(t) for t in current):
            raise DomainError(UNASSIGN_ACTIVE_ONLY, code="deactivated")
        raise DomainError(N_("{email} is deactivated. Reactivate the user before changing their seat."),
                          code="deactivated", email=user.email)


def assign_seat(account_id: int, actor_id: int, user_id: int, seat_type: str) -> Change:
    """Give a user a seat of ``seat_type``.

    Seat-based: the user's seat is replaced (choosing View-Only unassigns, R12).
    Legacy: the Sales or Service seat is added beside the other hub's seat.
    """
    from seatdesk.services.history import record_history

    with db.atomic():
        account = get_account(account_id)
        actor = get_actor(account, actor_id)
        user = get_user(account, user_id)
        current = seats_of(user)
        if seat_type in current:
            return Change()
        _check_editable_seat(user, current)
        if st.is_paid(seat_type):
            require_paid_access(actor)
        else:
            require_users(actor)
        _check_can_hold(account, user, seat_type)
        if account.seat_model == st.LEGACY:
            same_hub = [t for t in current if st.legacy_hub(t) == st.legacy_hub(seat_type)]
            released = same_hub
        else:
            released = current
        for old in released:
            _give_back_seat(account, actor, user, old)
        notices = _take_seat(account, actor, user, seat_type)
        record_history(account, actor, user, {"seat": {"from": released, "to": [seat_type]}})
        return Change(users={user.id}, seats=True, billing=bool(notices), notices=notices)


def unassign_seat(account_id: int, actor_id: int, user_id: int, seat_type: str) -> Change:
    """Take a paid seat from a user; the seat stays bought and unassigned (R12, R13).

    Seat-based: the user gets a View-Only Seat instead.
    """
    from seatdesk.services.history import record_history

    with db.atomic():
        account = get_account(account_id)
        actor = get_actor(account, actor_id)
        user = get_user(account, user_id)
        current = seats_of(user)
        if seat_type not in current:
            return Change()
        _check_editable_seat(user, current)
        require_users(actor)
        if account.seat_model == st.SEAT_BASED:
            if user.is_super_admin:
                raise DomainError(VIEW_ONLY_NO_SUPER_ADMIN, code="view_only_super_admin")
            _give_back_seat(account, actor, user, seat_type)
            _take_seat(account, actor, user, st.VIEW_ONLY)
            to = [st.VIEW_ONLY]
        else:
            _give_back_seat(account, actor, user, seat_type)
            to = []
        record_history(account, actor, user, {"seat": {"from": [seat_type], "to": to}})
        notices = [Notice(UNASSIGN_KEEPS_PAYING)] if st.is_paid(seat_type) else []
        return Change(users={user.id}, seats=True, notices=notices)


def change_seat(account_id: int, actor_id: int, user_id: int, seat_type: str | None,
                hub: str | None = None) -> Change:
    """The Change seat dialog: give ``seat_type``, or with None take away the paid seat (of ``hub``, legacy)."""
    if seat_type:
        return assign_seat(account_id, actor_id, user_id, seat_type)
    user = get_user(get_account(account_id), user_id)
    held = [t for t in seats_of(user) if st.is_paid(t) and (hub is None or st.legacy_hub(t) == hub)]
    return unassign_seat(account_id, actor_id, user_id, held[0]) if held else Change()


#: SQLite takes at most 32,766 parameters in a statement; bulk statements go in chunks of this many ids.
CHUNK = 10_000


def chunks(items: list, size: int = CHUNK):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def check_one_seat_per_hub(user: User, seat_types) -> None:
    """Legacy: a user holds at most one Sales Hub seat and one Service Hub seat."""
    hubs = [st.legacy_hub(t) for t in seat_types]
    if len(hubs) != len(set(hubs)):
        raise DomainError(N_("{email} can have only one Sales Hub seat and one Service Hub seat."),
                          code="two_seats_one_hub", email=user.email)


def _refuse_deactivated(moves: list[tuple[User, set[str], set[str]]]) -> None:
    """R13: no seat of a deactivated user changes; one user is named, a selection is counted."""
    stuck = [(user, old) for user, old, _new in moves if user.status == "deactivated"]
    if not stuck:
        return
    if len(moves) == 1:
        _check_editable_seat(*stuck[0])
    raise DomainError(
        # Said for any change (a seat given or taken away): the selection may assign as well as unassign.
        Nn_("{n} of the selected users is deactivated, and the seat of a deactivated user can't change. "
            "Reactivate the user first, or leave them out of the selection.",
            "{n} of the selected users are deactivated, and the seat of a deactivated user can't change. "
            "Reactivate these users first, or leave them out of the selection."),
        code="deactivated", n=len(stuck))


def move_seats(account: Account, actor: User | None, moves: list[tuple[User, set[str], set[str]]]) -> list[Notice]:
    """Give each user of ``moves`` (user, seats held, seats wanted) the seats wanted, all or nothing.

    Inside the caller's transaction, after its permission checks. Refused when a deactivated
    user's seats would change (R13), a user can't hold a seat (R5, R16), or a paid seat type would
    need more seats than bought (R6). Seats given back are freed before any is taken, so seats
    move between users in one save; each user's change goes to the permission history (R19).
    """
    moves = [(user, set(old), set(new)) for user, old, new in moves if set(old) != set(new)]
    if not moves:
        return []
    _refuse_deactivated(moves)
    checked: set[tuple] = set()
    for user, _old, new in moves:
        for seat_type in new:
            case = (seat_type, user.is_partner_employee, user.is_super_admin)
            if case not in checked:
                _check_can_hold(account, user, seat_type)
                checked.add(case)
    delta: dict[str, int] = {}
    for _user, old, new in moves:
        for seat_type in new - old:
            delta[seat_type] = delta.get(seat_type, 0) + 1
        for seat_type in old - new:
            delta[seat_type] = delta.get(seat_type, 0) - 1
    summaries = {s.seat_type: s for s in seat_summaries(account.id)}
    for seat_type, more in sorted(delta.items()):
        summary = summaries.get(seat_type)
        if st.is_paid(seat_type) and more > 0 and summary is not None and summary.assigned + more > summary.total:
            raise DomainError(
                Nn_("{seat}: {needed} needed, but only {n} seat is bought. Buy seats first or choose fewer users.",
                    "{seat}: {needed} needed, but only {n} seats are bought. Buy seats first or choose fewer users."),
                code="not_enough_seats", seat_type=seat_type, seat=_seat_label(seat_type),
                needed=summary.assigned + more, n=summary.total)
    released: dict[str, list[User]] = {}
    taken: dict[str, list[User]] = {}
    for user, old, new in moves:
        for seat_type in old - new:
            released.setdefault(seat_type, []).append(user)
        for seat_type in new - old:
            taken.setdefault(seat_type, []).append(user)
    for seat_type, users in sorted(released.items()):  # give back first: seats move between users
        for part in chunks([u.id for u in users]):
            SeatAssignment.delete().where(SeatAssignment.user.in_(part),
                                          SeatAssignment.seat_type == seat_type).execute()
        record_many(account, actor, "seat_unassigned",
                    [{"user_id": u.id, "email": u.email, "seat_type": seat_type} for u in users])
    notices = []
    for seat_type, users in sorted(taken.items(), key=lambda item: st.SEAT_TYPE_ORDER[item[0]]):
        notices += take_seats(account, actor, users, seat_type)
    day = planning_date(account)
    insert_rows(PermissionHistory, [
        {"user": user, "actor": actor, "planning_date": day,
         "change": {"seat": {"from": sorted(old, key=st.SEAT_TYPE_ORDER.get),
                             "to": sorted(new, key=st.SEAT_TYPE_ORDER.get)}}}
        for user, old, new in moves])
    return notices


def set_paid_seats(account_id: int, actor_id: int, wanted: dict[int, set[str]]) -> Change:
    """Manage paid users (legacy): give each listed user exactly the paid seats in ``wanted[user id]``.

    All or nothing: refused when a seat type would need more seats than bought, when a deactivated
    user's seats would change (R13), or when a user would hold two seats of one hub.
    """
    with db.atomic():
        account = get_account(account_id)
        actor = get_actor(account, actor_id)
        require_paid_access(actor)
        moves = []
        for user_id, seat_types in wanted.items():
            user = get_user(account, user_id)
            current = {t for t in seats_of(user) if st.is_paid(t)}
            check_one_seat_per_hub(user, seat_types)
            moves.append((user, current, set(seat_types)))
        notices = move_seats(account, actor, moves)
        return Change(users={u.id for u, old, new in moves if old != new}, seats=True, billing=bool(notices),
                      notices=notices)


# -- removing (R8, R9, R11) ---------------------------------------------------------------

def check_removal_count(summary: SeatSummary, count: int) -> None:
    """Refuse a removal of ``count`` seats when they are not unassigned additional seats (R8)."""
    if summary.removable < 1:
        raise DomainError(
            N_("There is no {seat} to remove: only additional seats that are unassigned and not already "
               "scheduled for removal can be removed. Seats assigned to users can't be removed: unassign them "
               "first."),
            code="nothing_removable", seat=_seat_label(summary.seat_type))
    if not isinstance(count, int) or count < 1 or count > summary.removable:
        raise DomainError(
            Nn_("You can remove from 1 to {n} unassigned seat.",
                "You can remove from 1 to {n} unassigned seats."),
            code="too_many", n=summary.removable)


def schedule_removal(account_id: int, actor_id: int, seat_type: str, count: int) -> Change:
    """Schedule the removal of ``count`` unassigned additional seats at the renewal date (R8)."""
    with db.atomic():
        account = get_account(account_id)
        actor = get_actor(account, actor_id)
        require_billing(actor)
        check_removal_count(seat_summary(account.id, seat_type), count)
        removals = []
        for sub, quantity in _removal_shares(account, seat_type, count):
            removal = SeatRemoval.create(subscription=sub, seat_type=seat_type, quantity=quantity,
                                         effective_date=sub.renewal_date, scheduled_on=planning_date(account),
                                         actor=actor)
            record(account, actor, "removal_scheduled", removal_id=removal.id, seat_type=seat_type,
                   quantity=quantity, effective_date=sub.renewal_date.isoformat(), subscription=sub.hub)
            removals.append(removal)
        return Change(seats=True, billing=True, result=removals[0])


def _removal_shares(account: Account, seat_type: str, count: int) -> list[tuple[Subscription, int]]:
    """Where ``count`` seats of ``seat_type`` are removed: the subscriptions that hold additional ones
    (bought before a tier change moved the sale to another hub, they stay where they were bought),
    the seller first, each up to what it holds beyond its scheduled removals."""
    seller = billing_subscription(account, seat_type)
    shares, left = [], count
    subs = sorted(account.subscriptions, key=lambda sub: (sub != seller, st.HUBS.index(sub.hub)))
    for sub in subs:
        bought = (SeatPurchase.select(fn.COALESCE(fn.SUM(SeatPurchase.quantity), 0))
                  .where(SeatPurchase.subscription == sub, SeatPurchase.seat_type == seat_type,
                         SeatPurchase.kind == "additional").scalar())
        gone = (SeatRemoval.select(fn.COALESCE(fn.SUM(SeatRemoval.quantity), 0))
                .where(SeatRemoval.subscription == sub, SeatRemoval.seat_type == seat_type,
                       SeatRemoval.state.in_(("applied", "scheduled"))).scalar())
        quantity = min(left, int(bought) - int(gone))
        if quantity > 0:
            shares.append((sub, quantity))
            left -= quantity
        if left == 0:
            break
    if left:  # counts checked above: only a database changed meanwhile gets here
        raise DomainError(N_("No subscription of this account sells {seat}. Choose another seat type."),
                          code="not_sold", seat=_seat_label(seat_type))
    return shares


def _close_removal(account: Account, actor: User | None, removal: SeatRemoval, state: str, **extra) -> None:
    removal.state = state
    removal.closed_on = planning_date(account)
    removal.save()
    kind = "removal_applied" if state == "applied" else "removal_cancelled"
    record(account, actor, kind, removal_id=removal.id, seat_type=removal.seat_type,
           quantity=removal.quantity, effective_date=removal.effective_date.isoformat(), **extra)


def cancel_removal(account_id: int, actor_id: int, removal_id: int) -> Change:
    """Cancel a scheduled removal (R9). Needs Modify billing."""
    with db.atomic():
        account = get_account(account_id)
        actor = get_actor(account, actor_id)
        require_billing(actor)
        removal = (SeatRemoval.select().join(Subscription)
                   .where(SeatRemoval.id == removal_id, Subscription.account == account).first())
        if removal is None or removal.state != "scheduled":
            raise DomainError(N_("This removal is no longer scheduled: it was cancelled or has taken effect."),
                              code="not_scheduled")
        _close_removal(account, actor, removal, "cancelled", reason="user")
        return Change(seats=True, billing=True)


def scheduled_removals(account_id: int) -> list[SeatRemoval]:
    account = get_account(account_id)
    return list(SeatRemoval.select(SeatRemoval, Subscription).join(Subscription)
                .where(Subscription.account == account, SeatRemoval.state == "scheduled")
                .order_by(SeatRemoval.effective_date, SeatRemoval.id))


def apply_removals_due(account: Account, sub: Subscription, renewal: dt.date) -> int:
    """Apply the removals of ``sub`` that take effect at ``renewal`` (R11); return the seats removed."""
    removed = 0
    due = SeatRemoval.select().where(SeatRemoval.subscription == sub, SeatRemoval.state == "scheduled",
                                     SeatRemoval.effective_date <= renewal)
    for removal in due:
        _close_removal(account, None, removal, "applied")
        removed += removal.quantity
    return removed
