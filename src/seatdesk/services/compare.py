"""A plan beside its account, or another plan (R28): seats, subscriptions, cost, month by month."""

from __future__ import annotations

from dataclasses import dataclass

from seatdesk.db.models import Account
from seatdesk.domain.projection import Month
from seatdesk.services.common import get_account
from seatdesk.services.projection import account_projection
from seatdesk.services.queries import SubscriptionFigures, subscription_figures
from seatdesk.services.seats import SeatSummary, seat_summaries


@dataclass(frozen=True)
class Side:
    """One side of the comparison: an account or a plan, read once."""

    account_id: int
    name: str
    is_plan: bool
    seats: dict[str, SeatSummary]
    subscriptions: dict[str, SubscriptionFigures]
    projection: tuple[Month, ...]

    @property
    def month_now_cents(self) -> int:
        """What the subscriptions cost per month now (each period's amount spread over its months)."""
        return sum(f.cost_per_period_now_cents // f.billing_period_months for f in self.subscriptions.values())

    @property
    def month_after_renewal_cents(self) -> int:
        return sum(f.cost_per_period_from_renewal_cents // f.billing_period_months for f in self.subscriptions.values())


def side(account_id: int, months: int) -> Side:
    account = get_account(account_id)
    return Side(account.id, account.name, bool(account.plan_of),
                {s.seat_type: s for s in seat_summaries(account_id) if s.paid},
                {f.hub: f for f in subscription_figures(account_id)},
                tuple(account_projection(account_id, months)))


def candidates(account_id: int) -> list[Account]:
    """What the account or plan shown can be compared with: its account and the account's plans, itself left out;
    the account first when a plan is shown, else its plans."""
    account = get_account(account_id)
    root = get_account(account.plan_of) if account.plan_of else account
    plans = list(Account.select().where(Account.plan_of == root.id).order_by(Account.name, Account.id))
    return [a for a in [root, *plans] if a.id != account.id]
