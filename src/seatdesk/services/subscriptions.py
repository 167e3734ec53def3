"""Subscriptions that change through Pricing & Features (R24) and leaving the free tools (R15).

A hub's tier is raised (or a hub added) at once, paid pro rata by day for the rest of the term with
the formula of R7 (``domain.billing.PurchaseQuote``, one "seat" at the difference of the base prices).
A lower tier (down to Free: the hub removed) is scheduled for the hub's renewal, cancellable, and
refused while it would leave users holding paid seats the account would no longer have.

Leaving the free tools (no paid subscription before, one after) removes the free seats of the
free tools and buys, in the same transaction, the paid seats the users now need.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from peewee import fn

from seatdesk.db.models import (
    Account,
    AddOn,
    SeatAssignment,
    SeatPurchase,
    SeatRemoval,
    Subscription,
    SubscriptionChange,
    User,
    db,
)
from seatdesk.domain import seats as st
from seatdesk.domain.billing import PurchaseQuote, add_months
from seatdesk.domain.errors import DomainError
from seatdesk.domain.permissions import MODIFY_BILLING
from seatdesk.i18n import N_, Msg, Nn_
from seatdesk.services import Change, Notice
from seatdesk.services.catalog import current_catalog
from seatdesk.services.common import (
    NEED_BILLING_FOR_SUBSCRIPTIONS,
    get_account,
    get_actor,
    planning_date,
    record,
    require,
)

FREE = "free"
FREE_KIND = "free"  # SeatPurchase.kind of the free tools' seats (R15)
DEFAULT_TERM_MONTHS = 12

ADD, UPGRADE, DOWNGRADE, DROP = "add", "upgrade", "downgrade", "drop"


@dataclass(frozen=True)
class TierRow:
    """One tier of one hub on the pricing page, in the account's currency (cents)."""

    tier: str
    month_cents: int
    period_cents: int
    included: dict[str, int]
    seat_prices: dict[str, int]  # per seat per month


@dataclass(frozen=True)
class ScheduledTierChange:
    id: int
    hub: str
    from_tier: str
    to_tier: str
    effective_date: dt.date


@dataclass(frozen=True)
class AddOnRow:
    """An add-on of the catalog as Pricing & Features shows it, and whether the account has it."""

    key: str
    name: str
    hub: str
    min_tier: str
    month_cents: int
    period_cents: int
    owned_id: int | None
    removal_date: dt.date | None  # a removal scheduled for the renewal
    tier_too_low: bool = False  # the hub's tier is below the one the add-on is sold from


@dataclass(frozen=True)
class HubPricing:
    """A hub as Pricing & Features shows it: every tier, what the account has, what is scheduled."""

    hub: str
    current: str  # FREE when not subscribed
    subscribed: bool
    period_months: int
    term_months: int
    scheduled: ScheduledTierChange | None
    tiers: tuple[TierRow, ...]
    add_ons: tuple[AddOnRow, ...] = ()

    def row(self, tier: str) -> TierRow:
        return next(r for r in self.tiers if r.tier == tier)


@dataclass(frozen=True)
class HubChange:
    """One hub's line at checkout."""

    hub: str
    from_tier: str
    to_tier: str
    kind: str  # add | upgrade | downgrade | drop
    effective_date: dt.date
    month_before_cents: int
    month_after_cents: int
    period_months: int
    included_before: dict[str, int]
    included_after: dict[str, int]
    quote: PurchaseQuote | None  # the pro rata charge of an add or upgrade

    @property
    def at_once(self) -> bool:
        return self.kind in (ADD, UPGRADE)

    @property
    def cost_now_cents(self) -> int:
        return self.quote.cost_now_cents if self.quote else 0

    @property
    def period_after_cents(self) -> int:
        return self.month_after_cents * self.period_months


@dataclass(frozen=True)
class SeatsToBuy:
    seat_type: str
    hub: str  # the subscription that sells them after the change
    quote: PurchaseQuote


@dataclass(frozen=True)
class AddOnLine:
    """An add-on bought at checkout: at once, pro rata for the rest of its hub's term."""

    key: str
    name: str
    hub: str
    quote: PurchaseQuote

    @property
    def cost_now_cents(self) -> int:
        return self.quote.cost_now_cents

    @property
    def period_after_cents(self) -> int:
        return self.quote.cost_per_period_cents


@dataclass(frozen=True)
class ChangeQuote:
    """What a set of tier changes does, costs now, and costs per billing period from the renewal."""

    currency: str
    changes: tuple[HubChange, ...]
    leaves_free_tools: bool
    free_seats_removed: dict[str, int]
    seats_to_buy: tuple[SeatsToBuy, ...]
    refusals: tuple[DomainError, ...]
    new_term: bool  # new subscriptions start a term of their own (the account had no paid one)
    term_start: dt.date
    renewal_date: dt.date
    commitment_months: int
    billing_period_months: int
    conversions: tuple[tuple[str, str], ...] = ()  # legacy: (old seat type, new seat type) the change makes
    add_ons: tuple[AddOnLine, ...] = ()

    @property
    def cost_now_cents(self) -> int:
        return (sum(c.cost_now_cents for c in self.changes) + sum(s.quote.cost_now_cents for s in self.seats_to_buy)
                + sum(a.cost_now_cents for a in self.add_ons))

    @property
    def scheduled(self) -> tuple[HubChange, ...]:
        return tuple(c for c in self.changes if not c.at_once)

    @property
    def purchases(self) -> bool:
        return any(c.at_once for c in self.changes) or bool(self.add_ons)


# -- reading ------------------------------------------------------------------------------

def _tier_of(subs: dict[str, Subscription], hub: str) -> str:
    sub = subs.get(hub)
    return sub.tier if sub else FREE


def _subscriptions(account: Account) -> dict[str, Subscription]:
    return {sub.hub: sub for sub in Subscription.select().where(Subscription.account == account)}


def _scheduled(account: Account) -> dict[str, ScheduledTierChange]:
    rows = (SubscriptionChange.select()
            .where(SubscriptionChange.account == account, SubscriptionChange.state == "scheduled")
            .order_by(SubscriptionChange.effective_date, SubscriptionChange.id))
    return {r.hub: ScheduledTierChange(r.id, r.hub, r.from_tier or FREE, r.to_tier or FREE, r.effective_date)
            for r in rows}


def _paid(tiers: dict[str, str]) -> bool:
    return any(tier in st.PAID_TIERS for tier in tiers.values())


def _term(account: Account, subs: dict[str, Subscription], commitment: int | None,
          period: int | None) -> tuple[bool, dt.date, dt.date, int, int]:
    """The term a hub added now joins: that of the first paid subscription, else a new one from the planning date."""
    paid = [subs[h] for h in st.HUBS if h in subs and subs[h].tier in st.PAID_TIERS]
    if paid:
        sub = paid[0]
        return False, sub.term_start, sub.renewal_date, sub.commitment_months, sub.billing_period_months
    catalog = current_catalog()
    commitment = commitment or (DEFAULT_TERM_MONTHS if DEFAULT_TERM_MONTHS in catalog.commitment_months
                                else catalog.commitment_months[0])
    period = period or (DEFAULT_TERM_MONTHS if DEFAULT_TERM_MONTHS in catalog.billing_period_months
                        else catalog.billing_period_months[0])
    if commitment not in catalog.commitment_months:
        raise DomainError(N_("Choose a commitment term of the price catalog."), code="term")
    if period not in catalog.billing_period_months:
        raise DomainError(N_("Choose a billing period of the price catalog."), code="period")
    if period > commitment:
        from seatdesk.services.accounts import PERIOD_LONGER_THAN_TERM

        raise DomainError(PERIOD_LONGER_THAN_TERM, code="period")
    start = planning_date(account)
    return True, start, add_months(start, commitment), commitment, period


def pricing(account_id: int) -> list[HubPricing]:
    """Every hub with every tier's price per month and per billing period, its included seats and seat prices."""
    account = get_account(account_id)
    catalog = current_catalog()
    subs = _subscriptions(account)
    scheduled = _scheduled(account)
    _new, _start, _renewal, default_term, default_period = _term(account, subs, None, None)
    owned = _owned_add_ons(account)
    result = []
    for hub in st.HUBS:
        sub = subs.get(hub)
        period = sub.billing_period_months if sub and sub.tier in st.PAID_TIERS else default_period
        term = sub.commitment_months if sub and sub.tier in st.PAID_TIERS else default_term
        rows = []
        for tier in st.TIERS:
            month = catalog.base_price(account.seat_model, hub, tier, account.currency)
            offer = catalog.offer(account.seat_model, hub, tier)
            rows.append(TierRow(tier, month, month * period, dict(offer.included),
                                {t: prices[account.currency] for t, prices in offer.seat_price.items()
                                 if account.currency in prices}))
        add_ons = tuple(
            AddOnRow(offer.key, offer.name, hub, offer.min_tier, offer.price.get(account.currency, 0),
                     offer.price.get(account.currency, 0) * period,
                     owned[offer.key].id if offer.key in owned else None,
                     owned[offer.key].removal_date if offer.key in owned else None,
                     st.tier_rank(_tier_of(subs, hub)) < st.tier_rank(offer.min_tier))
            for offer in catalog.add_ons.values() if offer.hub == hub)
        result.append(HubPricing(hub, _tier_of(subs, hub), sub is not None, period, term,
                                 scheduled.get(hub), tuple(rows), add_ons))
    return result


def _owned_add_ons(account: Account) -> dict[str, AddOn]:
    """The account's add-ons not removed yet (active, or scheduled for removal), by key."""
    return {a.key: a for a in AddOn.select().join(Subscription)
            .where(Subscription.account == account, AddOn.state != "removed")}


def add_on_name(key: str) -> Msg | str:
    offer = current_catalog().add_ons.get(key)
    return Msg(st.ADD_ON_LABELS[key]) if key in st.ADD_ON_LABELS else (offer.name if offer else key)


def _held(account: Account) -> tuple[dict[int, dict[str, int]], dict[int, dict[str, int]], dict[str, int]]:
    """({subscription id: {seat type: additional seats held}}, {id: {type: scheduled removals}}, {type: free seats})."""
    additional: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    scheduled: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    free: dict[str, int] = defaultdict(int)
    purchases = (SeatPurchase.select(SeatPurchase.subscription, SeatPurchase.seat_type, SeatPurchase.kind,
                                     fn.SUM(SeatPurchase.quantity))
                 .join(Subscription).where(Subscription.account == account)
                 .group_by(SeatPurchase.subscription, SeatPurchase.seat_type, SeatPurchase.kind).tuples())
    for sub_id, seat_type, kind, quantity in purchases:
        if kind == "additional":
            additional[sub_id][seat_type] += quantity
        elif kind == FREE_KIND:
            free[seat_type] += quantity
    removals = (SeatRemoval.select(SeatRemoval.subscription, SeatRemoval.seat_type, SeatRemoval.state,
                                   fn.SUM(SeatRemoval.quantity))
                .join(Subscription).where(Subscription.account == account, SeatRemoval.state != "cancelled")
                .group_by(SeatRemoval.subscription, SeatRemoval.seat_type, SeatRemoval.state).tuples())
    for sub_id, seat_type, state, quantity in removals:
        if state == "applied":
            additional[sub_id][seat_type] -= quantity
        else:
            scheduled[sub_id][seat_type] += quantity
    return additional, scheduled, free


def _assigned(account: Account) -> dict[str, int]:
    query = (SeatAssignment.select(SeatAssignment.seat_type, fn.COUNT(SeatAssignment.id))
             .where(SeatAssignment.account == account).group_by(SeatAssignment.seat_type).tuples())
    return {seat_type: n for seat_type, n in query if st.is_paid(seat_type)}


def _conversions(account: Account, before: dict[str, str], after: dict[str, str]) -> dict[str, str]:
    """{old seat type: new seat type} of a legacy account whose Sales/Service Hub moves between paid
    tiers: its seats become the new tier's seats (a Sales Professional seat becomes Sales Enterprise)."""
    if account.seat_model != st.LEGACY:
        return {}
    result = {}
    for hub in st.LEGACY_HUBS:
        old, new = st.legacy_seat_type(hub, before[hub]), st.legacy_seat_type(hub, after[hub])
        if old and new and old != new:
            result[old] = new
    return result


def _converted(counts: dict[str, int], convert: dict[str, str]) -> dict[str, int]:
    result: dict[str, int] = defaultdict(int)
    for seat_type, n in counts.items():
        result[convert.get(seat_type, seat_type)] += n
    return result


def _totals(account: Account, subs: dict[str, Subscription], tiers: dict[str, str], *, at_renewal: bool,
            keep_free: bool, convert: dict[str, str]) -> dict[str, int]:
    """Paid seats per type the account would have with ``tiers``: included by each tier, additional seats
    kept where the new tier still sells them (converted in a legacy account; less the removals due at
    the renewal), and the free seats."""
    catalog = current_catalog()
    additional, scheduled, free = _held(account)
    totals: dict[str, int] = defaultdict(int)
    for hub, tier in tiers.items():
        for seat_type, n in catalog.included(account.seat_model, hub, tier).items():
            totals[seat_type] += n
        sub = subs.get(hub)
        if sub is None:
            continue
        for seat_type, n in additional.get(sub.id, {}).items():
            target = convert.get(seat_type, seat_type)
            if catalog.seat_price(account.seat_model, hub, tier, target, account.currency) is not None:
                totals[target] += n - (scheduled.get(sub.id, {}).get(seat_type, 0) if at_renewal else 0)
    if keep_free:
        for seat_type, n in free.items():
            totals[seat_type] += n
    return totals


def _seller_after(account: Account, tiers: dict[str, str], seat_type: str) -> str | None:
    """The hub that sells ``seat_type`` with ``tiers`` (R5: the highest tier, then hub order)."""
    catalog = current_catalog()
    candidates = [(-st.tier_rank(tier), st.HUBS.index(hub), hub) for hub, tier in tiers.items()
                  if catalog.seat_price(account.seat_model, hub, tier, seat_type, account.currency) is not None]
    return min(candidates)[2] if candidates else None


def _subscription_msg(hub: str, tier: str) -> Msg:
    """"Marketing Hub Professional" as a parameter of a refusal, translated when shown."""
    return Msg(N_("{hub} {tier}"), hub=Msg(st.HUB_LABELS[hub]), tier=Msg(st.TIER_LABELS[tier]))


def _shortfall_refusal(seat_type: str, held: int, total: int) -> DomainError:
    return DomainError(
        Nn_("{seat}: {n} user holds one, and only {total} would be left after this change. Take seats away "
            "from users first (Users › Change seat), or choose another tier.",
            "{seat}: {n} users hold one, and only {total} would be left after this change. Take seats away "
            "from users first (Users › Change seat), or choose another tier."),
        code="seats_held", seat=Msg(st.SEAT_TYPE_LABELS.get(seat_type, seat_type)), n=held, total=total)


def quote_change(account_id: int, wanted: dict[str, str], *, add_ons=(), commitment_months: int | None = None,
                 billing_period_months: int | None = None) -> ChangeQuote:
    """What setting the hubs of ``wanted`` ({hub: tier}, "free" to drop a hub) would do and cost.

    Raises:
        DomainError: nothing would change, a hub or tier is unknown, or a hub already has a change scheduled.
    """
    account = get_account(account_id)
    catalog = current_catalog()
    subs = _subscriptions(account)
    scheduled = _scheduled(account)
    before = {hub: _tier_of(subs, hub) for hub in st.HUBS}
    if not isinstance(wanted, dict) or isinstance(add_ons, str) or not all(isinstance(k, str) for k in add_ons or ()):
        raise DomainError(N_("Choose a hub and a tier from the price catalog."), code="unknown_tier")
    add_ons = add_ons or ()
    for hub, tier in wanted.items():
        if hub not in st.HUBS or tier not in st.TIERS:
            raise DomainError(N_("Choose a hub and a tier from the price catalog."), code="unknown_tier")
    asked = {hub: tier for hub, tier in wanted.items() if tier != before[hub]}
    owned = _owned_add_ons(account)
    add_ons = list(dict.fromkeys(add_ons))
    for key in add_ons:
        if key not in catalog.add_ons:
            raise DomainError(N_("Choose an add-on from the price catalog."), code="unknown_add_on")
        if key in owned:
            raise DomainError(N_("You already have the {add_on} add-on."), code="add_on_owned",
                              add_on=add_on_name(key))
    if not asked and not add_ons:
        raise DomainError(N_("Choose a tier other than the one you have."), code="no_change")
    for hub in asked:
        if hub in scheduled:
            raise DomainError(N_("A change of {hub} is already scheduled for {date}. Cancel it first, then choose the new tier."),
                              code="change_scheduled", hub=Msg(st.HUB_LABELS[hub]), date=scheduled[hub].effective_date)
    new_term, start, renewal, term_months, period_months = _term(account, subs, commitment_months,
                                                                billing_period_months)
    day = planning_date(account)

    def charge(hub: str, count: int, unit_price_cents: int) -> PurchaseQuote:
        """Paid now for the rest of the hub's term: its own paid term, else the term it joins (R7 formula)."""
        sub = subs.get(hub)
        if sub is not None and before[hub] in st.PAID_TIERS:
            return PurchaseQuote(count, unit_price_cents, account.currency, sub.term_start, sub.renewal_date, day,
                                 sub.commitment_months, sub.billing_period_months)
        return PurchaseQuote(count, unit_price_cents, account.currency, start, renewal, day, term_months,
                             period_months)

    now_tiers = dict(before)
    changes = []
    for hub in st.HUBS:
        if hub not in asked:
            continue
        old, new = before[hub], asked[hub]
        sub = subs.get(hub)
        up = st.tier_rank(new) > st.tier_rank(old)
        kind = (ADD if old == FREE else UPGRADE) if up else (DROP if new == FREE else DOWNGRADE)
        month_before = catalog.base_price(account.seat_model, hub, old, account.currency)
        month_after = catalog.base_price(account.seat_model, hub, new, account.currency)
        quote = None
        if up:
            now_tiers[hub] = new
            quote = charge(hub, 1, month_after - month_before)
        changes.append(HubChange(
            hub, old, new, kind, day if up else sub.renewal_date, month_before, month_after,
            charge(hub, 0, 0).period_months,
            dict(catalog.included(account.seat_model, hub, old)),
            dict(catalog.included(account.seat_model, hub, new)), quote))
    leaves_free = not _paid(before) and _paid(now_tiers)
    assigned = _assigned(account)
    free_removed: dict[str, int] = {}
    if leaves_free:
        _add, _sched, free = _held(account)
        free_removed = {t: n for t, n in free.items() if n}
    # seats the users need at once (R15, or a catalog where a higher tier includes fewer seats)
    to_buy = []
    if any(c.at_once for c in changes):
        convert = _conversions(account, before, now_tiers)
        totals = _totals(account, subs, now_tiers, at_renewal=False, keep_free=not leaves_free, convert=convert)
        held = _converted(assigned, convert)
        for seat_type in sorted(held, key=st.SEAT_TYPE_ORDER.get):
            need = held[seat_type] - totals.get(seat_type, 0)
            hub = _seller_after(account, now_tiers, seat_type) if need > 0 else None
            if hub is None:
                continue
            to_buy.append(SeatsToBuy(seat_type, hub, charge(
                hub, need, catalog.seat_price(account.seat_model, hub, now_tiers[hub], seat_type, account.currency))))
    refusals = []
    # the tiers once every change takes effect: those scheduled on other hubs count together with this one
    later = {**now_tiers, **{hub: c.to_tier for hub, c in scheduled.items()}, **asked}
    if any(not c.at_once for c in changes):
        convert = _conversions(account, before, later)
        totals = _totals(account, subs, later, at_renewal=True, keep_free=not _paid(before), convert=convert)
        held = _converted(assigned, convert)
        bought = {s.seat_type: s.quote.count for s in to_buy}
        for key, add_on in owned.items():
            offer = catalog.add_ons.get(key)
            if (add_on.state == "active" and offer is not None
                    and st.tier_rank(later[offer.hub]) < st.tier_rank(offer.min_tier)):
                refusals.append(DomainError(
                    N_("The {add_on} add-on needs {subscription} or higher. Remove the add-on first (Pricing & Features), then lower the tier."),
                    code="add_on_needs", add_on=add_on_name(key),
                    subscription=_subscription_msg(offer.hub, offer.min_tier)))
        for seat_type in sorted(held, key=st.SEAT_TYPE_ORDER.get):
            total = totals.get(seat_type, 0) + bought.get(seat_type, 0)
            if held[seat_type] > total:
                refusals.append(_shortfall_refusal(seat_type, held[seat_type], total))
    lines = []
    for key in add_ons:
        offer = catalog.add_ons[key]
        lower = scheduled.get(offer.hub)
        if st.tier_rank(min(now_tiers[offer.hub], later[offer.hub], key=st.tier_rank)) < st.tier_rank(offer.min_tier):
            if lower is not None and offer.hub not in asked and st.tier_rank(now_tiers[offer.hub]) >= st.tier_rank(offer.min_tier):
                refusals.append(DomainError(  # the hub's tier is lowered at its renewal: the add-on would outlive it
                    N_("{hub} goes to {tier} on {date}, and the {add_on} add-on needs {subscription} or higher. Cancel that change first."),
                    code="add_on_needs", hub=Msg(st.HUB_LABELS[offer.hub]), tier=Msg(st.TIER_LABELS[lower.to_tier]),
                    date=lower.effective_date, add_on=add_on_name(key),
                    subscription=_subscription_msg(offer.hub, offer.min_tier)))
            else:
                refusals.append(DomainError(
                    N_("The {add_on} add-on needs {subscription} or higher. Choose that tier in the same checkout."),
                    code="add_on_needs", add_on=add_on_name(key),
                    subscription=_subscription_msg(offer.hub, offer.min_tier)))
            continue
        lines.append(AddOnLine(key, offer.name, offer.hub, charge(offer.hub, 1, offer.price.get(account.currency, 0))))
    return ChangeQuote(account.currency, tuple(changes), leaves_free, free_removed, tuple(to_buy),
                       tuple(refusals), new_term and any(c.at_once and c.from_tier == FREE for c in changes),
                       start, renewal, term_months, period_months,
                       tuple(_conversions(account, before, {**before, **asked}).items()), tuple(lines))


# -- changing -----------------------------------------------------------------------------

def _set_included(sub: Subscription, day: dt.date) -> dict[str, int]:
    """Give ``sub`` the included seats of its (new) tier; return {seat type: change in included seats}."""
    account = sub.account
    delta: dict[str, int] = defaultdict(int)
    for p in SeatPurchase.select().where(SeatPurchase.subscription == sub, SeatPurchase.kind == "included"):
        delta[p.seat_type] -= p.quantity
    SeatPurchase.delete().where(SeatPurchase.subscription == sub, SeatPurchase.kind == "included").execute()
    for seat_type, quantity in current_catalog().included(account.seat_model, sub.hub, sub.tier).items():
        if quantity > 0:
            SeatPurchase.create(subscription=sub, seat_type=seat_type, kind="included", quantity=quantity,
                                purchased_on=day)
            delta[seat_type] += quantity
    return {t: n for t, n in delta.items() if n}


def _convert_seats(account: Account, actor: User | None, sub: Subscription, old: str, new: str) -> None:
    """A legacy Sales/Service Hub changed tier: its seats of ``old`` become ``new`` (bought, scheduled for
    removal and assigned ones), with the event log and each user's permission history."""
    from seatdesk.db.models import PermissionHistory
    from seatdesk.services.common import insert_rows, record_many

    bought = (SeatPurchase.select(fn.COALESCE(fn.SUM(SeatPurchase.quantity), 0))
              .where(SeatPurchase.subscription == sub, SeatPurchase.seat_type == old,
                     SeatPurchase.kind == "additional").scalar())
    removed = (SeatRemoval.select(fn.COALESCE(fn.SUM(SeatRemoval.quantity), 0))
               .where(SeatRemoval.subscription == sub, SeatRemoval.seat_type == old,
                      SeatRemoval.state == "applied").scalar())
    SeatPurchase.update(seat_type=new).where(SeatPurchase.subscription == sub, SeatPurchase.seat_type == old,
                                             SeatPurchase.kind == "additional").execute()
    SeatRemoval.update(seat_type=new).where(SeatRemoval.subscription == sub, SeatRemoval.seat_type == old).execute()
    if bought - removed:
        record(account, actor, "seats_converted", from_type=old, seat_type=new, quantity=int(bought - removed))
    holders = list(User.select(User.id, User.email).join(SeatAssignment, on=(SeatAssignment.user == User.id))
                   .where(SeatAssignment.account == account, SeatAssignment.seat_type == old))
    if not holders:
        return
    seats_of: dict[int, list[str]] = defaultdict(list)
    for user_id, seat_type in (SeatAssignment.select(SeatAssignment.user, SeatAssignment.seat_type)
                               .where(SeatAssignment.user.in_([u.id for u in holders])).tuples()):
        seats_of[user_id].append(seat_type)
    SeatAssignment.update(seat_type=new).where(SeatAssignment.account == account,
                                               SeatAssignment.seat_type == old).execute()
    record_many(account, actor, "seat_unassigned", [{"user_id": u.id, "email": u.email, "seat_type": old}
                                                    for u in holders])
    record_many(account, actor, "seat_assigned", [{"user_id": u.id, "email": u.email, "seat_type": new}
                                                  for u in holders])
    day = planning_date(account)
    order = st.SEAT_TYPE_ORDER.get
    insert_rows(PermissionHistory, [
        {"user": u.id, "actor": actor, "planning_date": day,
         "change": {"seat": {"from": sorted(seats_of[u.id], key=order),
                             "to": sorted((new if t == old else t for t in seats_of[u.id]), key=order)},
                    "reason": "tier_change"}}
        for u in holders])


def change_subscriptions(account_id: int, actor_id: int, wanted: dict[str, str], *, add_ons=(),
                         commitment_months: int | None = None, billing_period_months: int | None = None) -> Change:
    """Complete the checkout of ``wanted`` (R24, R15) in one transaction. Needs Modify billing.

    Raises:
        DomainError: refused (see ``quote_change``); nothing is written.
    """
    with db.atomic():
        account = get_account(account_id)
        actor = get_actor(account, actor_id)
        require(actor, NEED_BILLING_FOR_SUBSCRIPTIONS, MODIFY_BILLING)
        quote = quote_change(account_id, wanted, add_ons=add_ons, commitment_months=commitment_months,
                             billing_period_months=billing_period_months)
        if quote.refusals:
            raise quote.refusals[0]
        day = planning_date(account)
        subs = _subscriptions(account)
        before = {hub: _tier_of(subs, hub) for hub in st.HUBS}
        for change in quote.changes:
            sub = subs.get(change.hub)
            if change.at_once:
                if sub is None:
                    sub = Subscription.create(
                        account=account, hub=change.hub, tier=change.to_tier, term_start=change.quote.term_start,
                        commitment_months=quote.commitment_months if quote.new_term else change.quote.term_months,
                        billing_period_months=change.period_months, renewal_date=change.quote.renewal_date)
                else:
                    if change.from_tier == FREE:  # a free hub joins the paid term
                        sub.term_start, sub.renewal_date = change.quote.term_start, change.quote.renewal_date
                        sub.commitment_months = change.quote.term_months
                        sub.billing_period_months = change.period_months
                    sub.tier = change.to_tier
                    sub.save()
                for old_type, new_type in _conversions(account, before, {**before, change.hub: change.to_tier}).items():
                    _convert_seats(account, actor, sub, old_type, new_type)
                included = _set_included(sub, day)
                SubscriptionChange.create(account=account, hub=change.hub, from_tier=change.from_tier,
                                          to_tier=change.to_tier, effective_date=day, state="applied",
                                          cost_now_cents=change.cost_now_cents, scheduled_on=day, closed_on=day,
                                          actor=actor)
                record(account, actor, "subscription_upgraded", subscription=change.hub, from_tier=change.from_tier,
                       tier=change.to_tier, cost_now_cents=change.cost_now_cents, currency=account.currency,
                       days_left=change.quote.days_left, days_in_term=change.quote.days_in_term, included=included)
            else:
                row = SubscriptionChange.create(account=account, hub=change.hub, from_tier=change.from_tier,
                                                to_tier=change.to_tier, effective_date=change.effective_date,
                                                scheduled_on=day, actor=actor)
                record(account, actor, "subscription_change_scheduled", change_id=row.id, subscription=change.hub,
                       from_tier=change.from_tier, tier=change.to_tier,
                       effective_date=change.effective_date.isoformat())
        if quote.leaves_free_tools:
            free = (SeatPurchase.select(SeatPurchase.id).join(Subscription)
                    .where(Subscription.account == account, SeatPurchase.kind == FREE_KIND))
            SeatPurchase.delete().where(SeatPurchase.id.in_(free)).execute()
            for seat_type, n in quote.free_seats_removed.items():
                record(account, actor, "free_seats_removed", seat_type=seat_type, quantity=n)
        subs = _subscriptions(account)
        for seats in quote.seats_to_buy:
            SeatPurchase.create(subscription=subs[seats.hub], seat_type=seats.seat_type, kind="additional",
                                quantity=seats.quote.count, unit_price_cents=seats.quote.unit_price_cents,
                                cost_now_cents=seats.quote.cost_now_cents, purchased_on=day, actor=actor)
            record(account, actor, "seats_bought", seat_type=seats.seat_type, quantity=seats.quote.count,
                   subscription=seats.hub, unit_price_cents=seats.quote.unit_price_cents,
                   cost_now_cents=seats.quote.cost_now_cents, currency=account.currency,
                   days_left=seats.quote.days_left, days_in_term=seats.quote.days_in_term)
        for line in quote.add_ons:
            AddOn.create(subscription=subs[line.hub], key=line.key, unit_price_cents=line.quote.unit_price_cents,
                         cost_now_cents=line.cost_now_cents, purchased_on=day, actor=actor)
            record(account, actor, "add_on_bought", add_on=line.key, subscription=line.hub,
                   cost_now_cents=line.cost_now_cents, currency=account.currency,
                   days_left=line.quote.days_left, days_in_term=line.quote.days_in_term)
        return Change(seats=True, billing=True, all_users=True, result=quote)


def _add_on_of(account: Account, add_on_id: int) -> AddOn:
    add_on = (AddOn.select(AddOn, Subscription).join(Subscription)
              .where(AddOn.id == add_on_id, Subscription.account == account).first())
    if add_on is None or add_on.state == "removed":
        raise DomainError(N_("This add-on is no longer in your subscription."), code="no_add_on")
    return add_on


def remove_add_on(account_id: int, actor_id: int, add_on_id: int) -> Change:
    """Schedule the removal of an add-on for its subscription's renewal (cancellable). Needs Modify billing."""
    with db.atomic():
        account = get_account(account_id)
        actor = get_actor(account, actor_id)
        require(actor, NEED_BILLING_FOR_SUBSCRIPTIONS, MODIFY_BILLING)
        add_on = _add_on_of(account, add_on_id)
        if add_on.state == "removing":
            raise DomainError(N_("The removal of this add-on is already scheduled for {date}."), code="add_on_removing",
                              date=add_on.removal_date)
        add_on.state, add_on.removal_date = "removing", add_on.subscription.renewal_date
        add_on.save()
        record(account, actor, "add_on_removal_scheduled", add_on=add_on.key, effective_date=add_on.removal_date.isoformat())
        return Change(billing=True)


def cancel_add_on_removal(account_id: int, actor_id: int, add_on_id: int) -> Change:
    with db.atomic():
        account = get_account(account_id)
        actor = get_actor(account, actor_id)
        require(actor, NEED_BILLING_FOR_SUBSCRIPTIONS, MODIFY_BILLING)
        add_on = _add_on_of(account, add_on_id)
        if add_on.state != "removing":
            raise DomainError(N_("This change is no longer scheduled: it was cancelled or has taken effect."),
                              code="not_scheduled")
        offer = current_catalog().add_ons.get(add_on.key)
        lower = _scheduled(account).get(add_on.subscription.hub)
        if offer is not None and lower is not None and st.tier_rank(lower.to_tier) < st.tier_rank(offer.min_tier):
            raise DomainError(
                N_("{hub} goes to {tier} on {date}, and the {add_on} add-on needs {subscription} or higher. Cancel that change first."),
                code="add_on_needs", hub=Msg(st.HUB_LABELS[lower.hub]), tier=Msg(st.TIER_LABELS[lower.to_tier]),
                date=lower.effective_date, add_on=add_on_name(add_on.key),
                subscription=_subscription_msg(offer.hub, offer.min_tier))
        record(account, actor, "add_on_removal_cancelled", add_on=add_on.key,
               effective_date=add_on.removal_date.isoformat())
        add_on.state, add_on.removal_date = "active", None
        add_on.save()
        return Change(billing=True)


def apply_add_on_removals_due(account: Account, sub: Subscription, renewal: dt.date) -> None:
    for add_on in AddOn.select().where(AddOn.subscription == sub, AddOn.state == "removing",
                                       AddOn.removal_date <= renewal):
        add_on.state = "removed"
        add_on.save()
        record(account, None, "add_on_removed", add_on=add_on.key, effective_date=renewal.isoformat())


def cancel_subscription_change(account_id: int, actor_id: int, change_id: int) -> Change:
    """Cancel a scheduled downgrade or hub removal. Needs Modify billing."""
    with db.atomic():
        account = get_account(account_id)
        actor = get_actor(account, actor_id)
        require(actor, NEED_BILLING_FOR_SUBSCRIPTIONS, MODIFY_BILLING)
        row = SubscriptionChange.get_or_none((SubscriptionChange.id == change_id)
                                             & (SubscriptionChange.account == account))
        if row is None or row.state != "scheduled":
            raise DomainError(N_("This change is no longer scheduled: it was cancelled or has taken effect."),
                              code="not_scheduled")
        _close(account, actor, row, "cancelled", reason="user")
        return Change(seats=True, billing=True)


def _close(account: Account, actor: User | None, row: SubscriptionChange, state: str, **extra) -> None:
    row.state = state
    row.closed_on = planning_date(account)
    row.save()
    kind = "subscription_change_applied" if state == "applied" else "subscription_change_cancelled"
    record(account, actor, kind, change_id=row.id, subscription=row.hub, from_tier=row.from_tier,
           tier=row.to_tier, effective_date=row.effective_date.isoformat(), **extra)


def apply_tier_changes_due(account: Account, sub: Subscription, renewal: dt.date) -> list[Notice]:
    """At ``sub``'s renewal: lower its tier as scheduled, or cancel the change when users hold the seats
    it would take away (they were assigned after it was scheduled, as R10 does for removals)."""
    notices = []
    due = SubscriptionChange.select().where(SubscriptionChange.account == account, SubscriptionChange.hub == sub.hub,
                                            SubscriptionChange.state == "scheduled",
                                            SubscriptionChange.effective_date <= renewal)
    for row in due:
        subs = _subscriptions(account)
        before = {hub: _tier_of(subs, hub) for hub in st.HUBS}
        tiers = {**before, sub.hub: row.to_tier}
        convert = _conversions(account, before, tiers)
        totals = _totals(account, subs, tiers, at_renewal=False, keep_free=False, convert=convert)
        assigned = _converted(_assigned(account), convert)
        short = [t for t in assigned if assigned[t] > totals.get(t, 0)]
        catalog = current_catalog()
        short += [key for key, add_on in _owned_add_ons(account).items()
                  if add_on.state == "active" and key in catalog.add_ons and catalog.add_ons[key].hub == sub.hub
                  and st.tier_rank(row.to_tier) < st.tier_rank(catalog.add_ons[key].min_tier)]
        if short:
            _close(account, None, row, "cancelled", reason="seats_held")
            notices.append(Notice(N_("The change of {hub} to {tier} on {date} was cancelled: users hold seats it would take away."),
                                  {"hub": Msg(st.HUB_LABELS[sub.hub]), "tier": Msg(st.TIER_LABELS[row.to_tier]),
                                   "date": renewal}))
            continue
        for old_type, new_type in convert.items():
            _convert_seats(account, None, sub, old_type, new_type)
        catalog = current_catalog()
        additional, _scheduled_removals, _free = _held(account)
        for seat_type, n in additional.get(sub.id, {}).items():
            if n > 0 and catalog.seat_price(account.seat_model, sub.hub, row.to_tier, seat_type,
                                            account.currency) is None:  # seats the lower tier no longer sells
                removal = SeatRemoval.create(subscription=sub, seat_type=seat_type, quantity=n, effective_date=renewal,
                                             state="applied", scheduled_on=renewal, closed_on=renewal)
                record(account, None, "removal_applied", removal_id=removal.id, seat_type=seat_type, quantity=n,
                       effective_date=renewal.isoformat())
        sub.tier = row.to_tier
        sub.save()
        _close(account, None, row, "applied", included=_set_included(sub, renewal))
    return notices
