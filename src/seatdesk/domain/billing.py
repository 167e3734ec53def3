"""Money and time of seat purchases and removals (R7, R8, R11): plain arithmetic, no storage.

Amounts are integers in minor units (cents). Prices are per seat per month.
Pro rata policy (R7): by day over the current term,
``cost now = seats x price per month x months in term x days left / days in term``.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal


def add_months(day: dt.date, months: int) -> dt.date:
    """Same day ``months`` later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def round_cents(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class PurchaseQuote:
    """What buying ``count`` seats costs now and per billing period from the renewal on."""

    count: int
    unit_price_cents: int  # per seat per month
    currency: str
    term_start: dt.date
    renewal_date: dt.date
    planning_date: dt.date
    term_months: int
    period_months: int

    @property
    def days_in_term(self) -> int:
        return (self.renewal_date - self.term_start).days

    @property
    def days_left(self) -> int:
        """Days from the planning date (included) to the renewal date (excluded)."""
        return max(0, min((self.renewal_date - self.planning_date).days, self.days_in_term))

    @property
    def full_term_cents(self) -> int:
        return self.count * self.unit_price_cents * self.term_months

    @property
    def cost_now_cents(self) -> int:
        if self.days_in_term <= 0:
            return 0
        return round_cents(Decimal(self.full_term_cents) * self.days_left / self.days_in_term)

    @property
    def cost_per_period_cents(self) -> int:
        return self.count * self.unit_price_cents * self.period_months


def seats_cost_per_period(count: int, unit_price_cents: int, period_months: int) -> int:
    return count * unit_price_cents * period_months
