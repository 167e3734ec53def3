"""An account's cost month by month from its planning date (issue 15), read for ``domain.projection``."""

from __future__ import annotations

from seatdesk.db.models import AddOn, SeatPurchase, Subscription, SubscriptionChange
from seatdesk.domain.projection import HORIZONS, Month, OneOff, SubscriptionPlan, project
from seatdesk.services.common import get_account, planning_date
from seatdesk.services.queries import subscription_figures


def account_projection(account_id: int, months: int = HORIZONS[0]) -> list[Month]:
    """The charges of each month from the planning date: each subscription's billing periods at its cost now,
    then after its renewal; the seats bought, tiers raised and add-ons added on or after the planning date."""
    account = get_account(account_id)
    start = planning_date(account)
    figures = subscription_figures(account_id)
    subs = Subscription.select(Subscription.id).where(Subscription.account == account)
    # What this term bills by period: its cost less what was paid at once during it (seats bought, a tier
    # raised, an add-on added are paid pro rata for the rest of the term when made, not again each period).
    paid_at_once: dict[str, int] = {}
    for hub, cost in (
            SeatPurchase.select(Subscription.hub, SeatPurchase.cost_now_cents)
            .join(Subscription).where(SeatPurchase.subscription.in_(subs), SeatPurchase.kind == "additional",
                                      SeatPurchase.purchased_on >= Subscription.term_start).tuples()):
        paid_at_once[hub] = paid_at_once.get(hub, 0) + cost
    for hub, cost in (
            AddOn.select(Subscription.hub, AddOn.cost_now_cents).join(Subscription)
            .where(AddOn.subscription.in_(subs), AddOn.purchased_on >= Subscription.term_start).tuples()):
        paid_at_once[hub] = paid_at_once.get(hub, 0) + cost
    starts = {f.hub: f.term_start for f in figures}
    for change in SubscriptionChange.select().where(SubscriptionChange.account == account,
                                                     SubscriptionChange.state == "applied"):
        if change.hub in starts and change.effective_date >= starts[change.hub]:
            paid_at_once[change.hub] = paid_at_once.get(change.hub, 0) + change.cost_now_cents
    plans = [SubscriptionPlan(f.hub, f.term_start, f.renewal_date, f.commitment_months, f.billing_period_months,
                              (f.cost_this_term_cents - paid_at_once.get(f.hub, 0)) // f.commitment_months,
                              f.cost_per_period_from_renewal_cents // f.billing_period_months)
             for f in figures]
    one_offs = [OneOff(p.subscription.hub, p.purchased_on, p.cost_now_cents)
                for p in SeatPurchase.select(SeatPurchase, Subscription).join(Subscription)
                .where(SeatPurchase.subscription.in_(subs), SeatPurchase.kind == "additional",
                       SeatPurchase.purchased_on >= start, SeatPurchase.cost_now_cents > 0)]
    one_offs += [OneOff(c.hub, c.effective_date, c.cost_now_cents)
                 for c in SubscriptionChange.select().where(SubscriptionChange.account == account,
                                                            SubscriptionChange.state == "applied",
                                                            SubscriptionChange.effective_date >= start,
                                                            SubscriptionChange.cost_now_cents > 0)]
    one_offs += [OneOff(a.subscription.hub, a.purchased_on, a.cost_now_cents)
                 for a in AddOn.select(AddOn, Subscription).join(Subscription)
                 .where(AddOn.subscription.in_(subs), AddOn.purchased_on >= start, AddOn.cost_now_cents > 0)]
    return project(start, months, plans, one_offs)
