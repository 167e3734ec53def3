"""The cost of an account month by month (issue 15): a pure function of its subscriptions, no storage.

A subscription is billed at the start of each billing period of its term (term start, then every
``period_months``), the amount of that period: ``months per period x cost per month``. The cost per month
is the one of the current term until the next renewal, and the one after the renewal from then on (the
scheduled removals, a lower tier, add-ons being removed all take effect at the renewal). One-off
charges (seats bought, a tier raised, an add-on added, pro rata) fall on their date.

Month ``i`` of the projection covers ``[start + i months, start + i + 1 months)``. Amounts are cents.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from seatdesk.domain.billing import add_months

HORIZONS = (12, 24, 36)


@dataclass(frozen=True)
class SubscriptionPlan:
    """What a subscription costs per month now and after its next renewal, and when it bills."""

    name: str  # the hub, as the caller shows it
    term_start: dt.date
    renewal_date: dt.date
    commitment_months: int
    period_months: int
    month_now_cents: int
    month_after_renewal_cents: int


@dataclass(frozen=True)
class OneOff:
    """A charge on a day: seats bought, a tier raised, an add-on added (pro rata)."""

    name: str
    day: dt.date
    amount_cents: int


@dataclass(frozen=True)
class Charge:
    """One amount of one month, with what made it (for the tooltip: ``months x per month``)."""

    name: str
    day: dt.date
    amount_cents: int
    months: int = 0  # a period charge: months per period; 0 for a one-off
    month_cents: int = 0  # a period charge: the cost per month it was made of
    after_renewal: bool = False  # a period charge priced after the next renewal


@dataclass(frozen=True)
class Month:
    start: dt.date
    charges: tuple[Charge, ...]

    @property
    def total_cents(self) -> int:
        return sum(c.amount_cents for c in self.charges)


def _billing_days(sub: SubscriptionPlan, until: dt.date) -> list[dt.date]:
    """Every day a period of ``sub`` starts, from its term start, before ``until``."""
    days, step = [], 0
    while True:
        day = add_months(sub.term_start, step * sub.period_months)
        if day >= until:
            return days
        days.append(day)
        step += 1


def project(start: dt.date, months: int, subscriptions: list[SubscriptionPlan],
            one_offs: list[OneOff] = ()) -> list[Month]:
    """The charges of each month from ``start``, for ``months`` months.

    Raises:
        ValueError: ``months`` is not positive, or a subscription bills every 0 months.
    """
    if months < 1:
        raise ValueError("months must be positive")
    bounds = [add_months(start, i) for i in range(months + 1)]
    charges: list[list[Charge]] = [[] for _ in range(months)]

    def month_of(day: dt.date) -> int | None:
        if not bounds[0] <= day < bounds[-1]:
            return None
        return next(i for i in range(months) if day < bounds[i + 1])

    for sub in subscriptions:
        if sub.period_months < 1:
            raise ValueError("a billing period has at least one month")
        for day in _billing_days(sub, bounds[-1]):
            index = month_of(day)
            if index is None:
                continue
            after = day >= sub.renewal_date
            per_month = sub.month_after_renewal_cents if after else sub.month_now_cents
            charges[index].append(Charge(sub.name, day, per_month * sub.period_months, sub.period_months,
                                         per_month, after))
    for one_off in one_offs:
        index = month_of(one_off.day)
        if index is not None:
            charges[index].append(Charge(one_off.name, one_off.day, one_off.amount_cents))
    return [Month(bounds[i], tuple(sorted(charges[i], key=lambda c: (c.day, c.name)))) for i in range(months)]
