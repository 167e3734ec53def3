"""A plan beside its account, or another plan (R28): seats, subscriptions, cost, month by month."""

from __future__ import annotations

from dataclasses import dataclass

from seatdesk.db.models import Account
from seatdesk.domain import seats as st
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


#: The seat figures compared, in the order they are shown: bought, assigned, available, scheduled for removal.
SEAT_FIGURES = ("total", "assigned", "available", "scheduled_removal")


def seat_pairs(a: Side, b: Side) -> list[tuple[str, list[tuple[int, int]]]]:
    """Per paid seat type of either side: (seat type, [(a's figure, b's figure) for each of SEAT_FIGURES])."""
    rows = []
    for seat_type in sorted(set(a.seats) | set(b.seats), key=st.SEAT_TYPE_ORDER.get):
        sa, sb = a.seats.get(seat_type), b.seats.get(seat_type)
        rows.append((seat_type, [(getattr(sa, f) if sa else 0, getattr(sb, f) if sb else 0) for f in SEAT_FIGURES]))
    return rows


def subscription_pairs(a: Side, b: Side) -> list[tuple[str, SubscriptionFigures | None, SubscriptionFigures | None]]:
    """Per hub either side subscribes to, in the catalog's order: (hub, a's figures, b's figures)."""
    return [(hub, a.subscriptions.get(hub), b.subscriptions.get(hub))
            for hub in st.HUBS if hub in a.subscriptions or hub in b.subscriptions]
