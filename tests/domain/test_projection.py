"""The month-by-month projection (issue 15), on cases computed by hand."""

import datetime as dt

import pytest

from seatdesk.domain.projection import OneOff, SubscriptionPlan, project

START = dt.date(2026, 12, 1)


def plan(**kw):
    base = dict(name="Sales Hub", term_start=dt.date(2026, 4, 1), renewal_date=dt.date(2027, 4, 1),
                commitment_months=12, period_months=1, month_now_cents=10_000, month_after_renewal_cents=10_000)
    return SubscriptionPlan(**{**base, **kw})


def totals(months):
    return [m.total_cents for m in months]


def test_monthly_billing_charges_every_month():
    months = project(START, 3, [plan()])
    assert totals(months) == [10_000, 10_000, 10_000]
    assert [m.start for m in months] == [dt.date(2026, 12, 1), dt.date(2027, 1, 1), dt.date(2027, 2, 1)]
    charge = months[0].charges[0]
    assert (charge.day, charge.months, charge.month_cents, charge.after_renewal) == (dt.date(2026, 12, 1), 1, 10_000, False)


def test_annual_billing_charges_once_at_the_renewal_inside_the_range():
    """Billed yearly from 1 June 2026: the next period starts at the renewal, 1 June 2027 (month 6 of 12)."""
    months = project(START, 12, [plan(term_start=dt.date(2026, 6, 1), renewal_date=dt.date(2027, 6, 1),
                                      period_months=12, month_now_cents=80_000, month_after_renewal_cents=70_000)])
    assert totals(months) == [0] * 6 + [12 * 70_000] + [0] * 5
    assert months[6].charges[0].after_renewal


def test_a_removal_at_the_renewal_lowers_the_months_after_it():
    """Monthly billing; 2 seats of 45.00 removed at the renewal on 1 February 2027 (month 2)."""
    months = project(START, 4, [plan(renewal_date=dt.date(2027, 2, 1), month_now_cents=9_000 + 2 * 4_500,
                                     month_after_renewal_cents=9_000)])
    assert totals(months) == [18_000, 18_000, 9_000, 9_000]


def test_quarterly_billing_and_a_pro_rata_purchase_on_its_day():
    """Quarterly from 1 April 2026: periods start 1 Jan and 1 Apr 2027 (months 1 and 4); 3 seats bought on
    15 December 2026 for 120.00 pro rata fall in month 0."""
    months = project(START, 6, [plan(period_months=3, month_now_cents=5_000, month_after_renewal_cents=6_000)],
                     [OneOff("3 × Core Seat", dt.date(2026, 12, 15), 12_000), OneOff("before", dt.date(2026, 11, 30), 1)])
    assert totals(months) == [12_000, 15_000, 0, 0, 18_000, 0]
    assert months[4].charges[0].after_renewal and months[4].charges[0].months == 3


def test_two_subscriptions_add_up_and_the_horizon_is_checked():
    months = project(START, 24, [plan(), plan(name="Marketing Hub", period_months=12, month_now_cents=80_000,
                                              month_after_renewal_cents=80_000)])
    assert len(months) == 24
    assert months[4].total_cents == 10_000 + 12 * 80_000  # 1 April 2027: both bill
    assert sum(totals(months)) == 24 * 10_000 + 2 * 12 * 80_000  # Marketing Hub bills 1 April 2027 and 2028
    with pytest.raises(ValueError):
        project(START, 0, [plan()])


def test_an_account_s_projection_follows_its_bill(seat_account):
    """Seat-based sample account: Marketing Hub Professional billed yearly, Sales Hub Professional yearly;
    2 Core Seats bought today fall in month 0; a lower Sales tier shows from the renewal."""
    from seatdesk.domain import seats as st
    from seatdesk.services import seats as seats_service
    from seatdesk.services import subscriptions as subs_service
    from seatdesk.services.projection import account_projection
    from seatdesk.services.queries import subscription_figures

    admin = seat_account.acting_user_id
    purchase = seats_service.buy_seats(seat_account.id, admin, st.CORE, 2).result
    subs_service.change_subscriptions(seat_account.id, admin, {"sales": "starter"})
    figures = {f.hub: f for f in subscription_figures(seat_account.id)}
    months = account_projection(seat_account.id, 12)
    assert months[0].total_cents >= purchase.cost_now_cents
    renewal = figures["sales"].renewal_date
    at_renewal = next(m for m in months if any(c.day == renewal and c.name == "sales" for c in m.charges))
    sales = next(c for c in at_renewal.charges if c.name == "sales")
    assert sales.after_renewal and sales.amount_cents == figures["sales"].cost_per_period_from_renewal_cents
    assert sum(m.total_cents for m in months) == purchase.cost_now_cents + sum(
        f.cost_per_period_from_renewal_cents for f in figures.values())  # yearly billing: one period each


def test_over_a_term_the_projection_adds_up_to_the_term_s_cost(db_path):
    """Billed monthly from today: seats bought today are paid once, pro rata, not again each month."""
    from seatdesk.db.models import Subscription
    from seatdesk.domain import seats as st
    from seatdesk.services import seats as seats_service
    from seatdesk.services.projection import account_projection
    from seatdesk.services.queries import subscription_figures
    from tests.conftest import make_account

    account = make_account(st.SEAT_BASED, subscriptions=[("marketing", "professional")], months_ago=0)
    Subscription.update(billing_period_months=1).execute()
    seats_service.buy_seats(account.id, account.acting_user_id, st.CORE, 5)
    (figures,) = subscription_figures(account.id)
    months = account_projection(account.id, 12)
    assert sum(m.total_cents for m in months) == figures.cost_this_term_cents
