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
    plans = [SubscriptionPlan(f.hub, f.term_start, f.renewal_date, f.commitment_months, f.billing_period_months,
                              f.cost_per_period_now_cents // f.billing_period_months,
                              f.cost_per_period_from_renewal_cents // f.billing_period_months)
             for f in subscription_figures(account_id)]
    subs = Subscription.select(Subscription.id).where(Subscription.account == account)
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
