"""Subscriptions that change (R24) and leaving the free tools (R15), on a real database."""

import datetime as dt
from decimal import Decimal

import pytest

from seatdesk.db.models import Event, SeatPurchase, Subscription, SubscriptionChange
from seatdesk.domain import seats as st
from seatdesk.domain.billing import add_months, round_cents
from seatdesk.domain.permissions import MODIFY_BILLING
from seatdesk.services import clock
from seatdesk.services import seats as seats_service
from seatdesk.services import subscriptions as subs_service
from seatdesk.services import users as users_service
from seatdesk.services.events import describe
from seatdesk.services.queries import subscription_figures
from tests.conftest import make_account
from tests.services.test_rules import add_user, refused, summary


def tier(account, hub):
    sub = Subscription.get_or_none(Subscription.account == account.id, Subscription.hub == hub)
    return sub.tier if sub else None


def change(account, **wanted):
    return subs_service.change_subscriptions(account.id, account.acting_user_id, wanted)


def test_pricing_lists_every_hub_and_tier_with_the_account_s_tier_marked(seat_account):
    rows = {h.hub: h for h in subs_service.pricing(seat_account.id)}
    assert list(rows) == list(st.HUBS)
    assert rows["marketing"].current == "professional" and rows["marketing"].subscribed
    assert rows["service"].current == "free" and not rows["service"].subscribed
    pro = rows["sales"].row("professional")
    assert pro.month_cents == 9000 and pro.period_cents == 9000 * 12
    assert pro.included == {"core": 3, "sales": 1} and pro.seat_prices["sales"] == 9000


def test_upgrade_takes_effect_at_once_paid_pro_rata(seat_account):
    sub = Subscription.get(Subscription.account == seat_account.id, Subscription.hub == "sales")
    quote = subs_service.quote_change(seat_account.id, {"sales": "enterprise"})
    (line,) = quote.changes
    assert line.kind == subs_service.UPGRADE and line.at_once and not quote.refusals
    days_in_term = (sub.renewal_date - sub.term_start).days
    days_left = (sub.renewal_date - dt.date.today()).days
    expected = round_cents(Decimal((15000 - 9000) * 12) * days_left / days_in_term)
    assert line.cost_now_cents == expected == quote.cost_now_cents
    change(seat_account, sales="enterprise")
    assert tier(seat_account, "sales") == "enterprise"
    assert summary(seat_account, st.SALES).included == 2  # Enterprise includes 2 Sales Seats, usable at once
    assert summary(seat_account, st.CORE).included == 3 + 5
    row = SubscriptionChange.get(SubscriptionChange.account == seat_account.id)
    assert (row.state, row.from_tier, row.to_tier, row.cost_now_cents) == ("applied", "professional", "enterprise", expected)
    figures = next(f for f in subscription_figures(seat_account.id) if f.hub == "sales")
    assert figures.cost_this_term_cents == 9000 * 12 + expected  # the tier it started with, plus the change
    event = Event.select().where(Event.kind == "subscription_upgraded").get()
    assert "Professional" in describe(event.kind, event.data, "EUR") and "Enterprise" in describe(event.kind, event.data, "EUR")


def test_a_hub_added_joins_the_paid_term_and_sells_its_seats_at_once(seat_account):
    assert st.SERVICE not in seats_service.usable_seat_types(seat_account)
    change(seat_account, service="professional")
    service = Subscription.get(Subscription.account == seat_account.id, Subscription.hub == "service")
    marketing = Subscription.get(Subscription.account == seat_account.id, Subscription.hub == "marketing")
    assert (service.term_start, service.renewal_date) == (marketing.term_start, marketing.renewal_date)
    assert st.SERVICE in seats_service.usable_seat_types(seat_account)
    user = add_user(seat_account, "agent@example.com")
    seats_service.assign_seat(seat_account.id, seat_account.acting_user_id, user.id, st.SERVICE)


def test_downgrade_is_scheduled_for_the_renewal_and_cancellable(seat_account):
    quote = subs_service.quote_change(seat_account.id, {"sales": "starter"})
    assert quote.changes[0].kind == subs_service.DOWNGRADE and quote.cost_now_cents == 0
    change(seat_account, sales="starter")
    assert tier(seat_account, "sales") == "professional"  # nothing changes before the renewal
    (scheduled,) = [h.scheduled for h in subs_service.pricing(seat_account.id) if h.scheduled]
    assert scheduled.to_tier == "starter"
    refused("change_scheduled", subs_service.quote_change, seat_account.id, {"sales": "free"})
    subs_service.cancel_subscription_change(seat_account.id, seat_account.acting_user_id, scheduled.id)
    assert SubscriptionChange.get_by_id(scheduled.id).state == "cancelled"
    refused("not_scheduled", subs_service.cancel_subscription_change, seat_account.id,
            seat_account.acting_user_id, scheduled.id)


def test_downgrade_refused_while_users_hold_the_seats_it_takes_away(seat_account):
    user = add_user(seat_account, "rep@example.com")
    seats_service.assign_seat(seat_account.id, seat_account.acting_user_id, user.id, st.SALES)
    quote = subs_service.quote_change(seat_account.id, {"sales": "starter"})
    assert [r.code for r in quote.refusals] == ["seats_held"]
    assert "Sales Seat" in quote.refusals[0].translated()
    refused("seats_held", subs_service.change_subscriptions, seat_account.id, seat_account.acting_user_id, {"sales": "starter"})
    assert not SubscriptionChange.select().exists()


def test_downgrade_applies_at_the_renewal_and_drops_seats_no_longer_sold(seat_account):
    seats_service.buy_seats(seat_account.id, seat_account.acting_user_id, st.SALES, 2)
    change(seat_account, sales="starter")
    renewal = Subscription.get(Subscription.account == seat_account.id, Subscription.hub == "sales").renewal_date
    clock.set_planning_date(seat_account.id, renewal)
    assert tier(seat_account, "sales") == "starter"
    assert summary(seat_account, st.SALES).total == 0
    assert SubscriptionChange.get(SubscriptionChange.account == seat_account.id).state == "applied"


def test_a_seat_assigned_after_scheduling_cancels_the_downgrade_at_the_renewal(seat_account):
    change(seat_account, sales="starter")
    user = add_user(seat_account, "late@example.com")
    seats_service.assign_seat(seat_account.id, seat_account.acting_user_id, user.id, st.SALES)
    renewal = Subscription.get(Subscription.account == seat_account.id, Subscription.hub == "sales").renewal_date
    result = clock.set_planning_date(seat_account.id, renewal)
    assert tier(seat_account, "sales") == "professional"
    assert SubscriptionChange.get(SubscriptionChange.account == seat_account.id).state == "cancelled"
    assert any("cancelled" in n.translated() for n in result.notices)


def test_refusals(seat_account):
    refused("no_change", subs_service.quote_change, seat_account.id, {"sales": "professional"})
    refused("unknown_tier", subs_service.quote_change, seat_account.id, {"sales": "platinum"})
    clerk = add_user(seat_account, "clerk@example.com", permissions=[])
    refused("permission", subs_service.change_subscriptions, seat_account.id, clerk.id, {"sales": "enterprise"})
    assert tier(seat_account, "sales") == "professional"


@pytest.fixture
def free_account(db_path):
    """Seat-based on the HubSpot free tools only (R15): the free seats of the catalog, 2 Core Seats."""
    return make_account(st.SEAT_BASED, subscriptions=[("marketing", "free"), ("sales", "free")])


def test_a_free_tools_account_can_be_set_up_with_its_free_seats(free_account):
    core = summary(free_account, st.CORE)
    assert (core.total, core.assigned, core.additional) == (2, 1, 0)
    add_user(free_account, "second@example.com", seat_types=(st.CORE,))
    with pytest.raises(users_service.DomainError) as info:
        users_service.create_user(free_account.id, free_account.acting_user_id, "third@example.com",
                                  seat_types=(st.CORE,), status="active")
    assert info.value.code == "no_seat_available" and "Pricing & Features" in info.value.translated()
    error = refused("free_tools", seats_service.buy_seats, free_account.id, free_account.acting_user_id, st.CORE, 1)
    assert "Pricing & Features" in error.translated()


def test_free_to_starter_removes_the_free_seats_and_buys_what_users_need(free_account):
    add_user(free_account, "second@example.com", seat_types=(st.CORE,))
    quote = subs_service.quote_change(free_account.id, {"marketing": "starter"})
    assert quote.leaves_free_tools and quote.free_seats_removed == {"core": 2}
    assert quote.new_term and quote.term_start == dt.date.today()
    (seats,) = quote.seats_to_buy
    assert (seats.seat_type, seats.quote.count, seats.hub) == (st.CORE, 1, "marketing")  # Starter includes 1
    assert seats.quote.cost_now_cents == 1500 * 12  # a new term: the whole term
    assert quote.cost_now_cents == 1500 * 12 * 2
    change(free_account, marketing="starter")
    marketing = Subscription.get(Subscription.account == free_account.id, Subscription.hub == "marketing")
    assert (marketing.term_start, marketing.renewal_date) == (dt.date.today(), add_months(dt.date.today(), 12))
    assert not SeatPurchase.select().where(SeatPurchase.kind == "free").exists()
    core = summary(free_account, st.CORE)
    assert (core.included, core.additional, core.assigned) == (1, 1, 2)
    kinds = [e.kind for e in Event.select().order_by(Event.id)]
    assert kinds[-3:] == ["subscription_upgraded", "free_seats_removed", "seats_bought"]


def test_a_refused_checkout_writes_nothing(free_account, monkeypatch):
    add_user(free_account, "second@example.com", seat_types=(st.CORE,))
    before = [tuple(r) for r in SeatPurchase.select().tuples()]

    def broken(*_a, **_k):
        raise RuntimeError("disk full")

    monkeypatch.setattr(subs_service, "record", broken)
    with pytest.raises(RuntimeError):
        change(free_account, marketing="starter")
    assert [tuple(r) for r in SeatPurchase.select().tuples()] == before
    assert tier(free_account, "marketing") == "free"


def test_modify_billing_is_what_a_checkout_needs(seat_account):
    buyer = add_user(seat_account, "buyer@example.com", permissions=[MODIFY_BILLING])
    subs_service.change_subscriptions(seat_account.id, buyer.id, {"cms": "starter"})
    assert tier(seat_account, "cms") == "starter"


def test_a_legacy_hub_changing_tier_converts_its_seats(legacy_account):
    """Legacy Sales Hub seats belong to a tier: Professional to Enterprise makes them Enterprise seats,
    bought and assigned ones alike, with the users' history; a lower tier at the renewal does the same."""
    from seatdesk.db.models import PermissionHistory, User

    seats_service.buy_seats(legacy_account.id, legacy_account.acting_user_id, "sales_professional", 2)
    rep = add_user(legacy_account, "rep@example.com", seat_types=("sales_professional",))
    before = summary(legacy_account, "sales_professional")
    assert not subs_service.quote_change(legacy_account.id, {"sales": "starter"}).refusals
    change(legacy_account, sales="enterprise")
    assert seats_service.seats_of(User.get_by_id(rep.id)) == ["sales_enterprise"]
    after = summary(legacy_account, "sales_enterprise")
    assert (after.additional, after.assigned) == (before.additional, before.assigned)
    history = PermissionHistory.select().where(PermissionHistory.user == rep.id).order_by(PermissionHistory.id.desc()).first()
    assert history.change["seat"] == {"from": ["sales_professional"], "to": ["sales_enterprise"]}
    change(legacy_account, sales="starter")
    renewal = Subscription.get(Subscription.account == legacy_account.id, Subscription.hub == "sales").renewal_date
    clock.set_planning_date(legacy_account.id, renewal)
    assert seats_service.seats_of(User.get_by_id(rep.id)) == ["sales_starter"]
    assert tier(legacy_account, "sales") == "starter"


def test_an_add_on_is_bought_with_its_hub_and_removed_at_the_renewal(seat_account):
    """Marketing Hub Professional sells Transactional email at once, pro rata; Dedicated IP needs Enterprise;
    a removal waits for the renewal and can be cancelled; a lower tier is refused while the add-on needs it."""
    from seatdesk.db.models import AddOn

    quote = subs_service.quote_change(seat_account.id, {}, add_ons=["transactional_email", "dedicated_ip"])
    assert [r.code for r in quote.refusals] == ["add_on_needs"]
    assert "Marketing Hub Enterprise" in quote.refusals[0].translated()
    both = subs_service.quote_change(seat_account.id, {"marketing": "enterprise"},
                                     add_ons=["transactional_email", "dedicated_ip"])
    assert not both.refusals and len(both.add_ons) == 2  # the tier bought in the same checkout
    subs_service.change_subscriptions(seat_account.id, seat_account.acting_user_id, {},
                                      add_ons=["transactional_email"])
    add_on = AddOn.get(AddOn.key == "transactional_email")
    sub = add_on.subscription
    days_in_term, days_left = (sub.renewal_date - sub.term_start).days, (sub.renewal_date - dt.date.today()).days
    assert add_on.cost_now_cents == round_cents(Decimal(40000 * 12) * days_left / days_in_term)
    figures = next(f for f in subscription_figures(seat_account.id) if f.hub == "marketing")
    assert [a[1] for a in figures.add_ons] == ["transactional_email"]
    refused("add_on_owned", lambda: subs_service.quote_change(seat_account.id, {}, add_ons=["transactional_email"]))
    assert [r.code for r in subs_service.quote_change(seat_account.id, {"marketing": "starter"}).refusals] == ["add_on_needs"]
    subs_service.remove_add_on(seat_account.id, seat_account.acting_user_id, add_on.id)
    refused("add_on_removing", subs_service.remove_add_on, seat_account.id, seat_account.acting_user_id, add_on.id)
    subs_service.cancel_add_on_removal(seat_account.id, seat_account.acting_user_id, add_on.id)
    assert AddOn.get_by_id(add_on.id).state == "active"
    subs_service.remove_add_on(seat_account.id, seat_account.acting_user_id, add_on.id)
    clock.set_planning_date(seat_account.id, sub.renewal_date)
    assert AddOn.get_by_id(add_on.id).state == "removed"
    texts = [describe(e.kind, e.data, "EUR") for e in Event.select().where(Event.kind.startswith("add_on"))]
    assert texts[0].startswith("Add-on Transactional email bought for Marketing Hub")
    assert texts[-1].startswith("Add-on Transactional email removed at the renewal")


def test_an_add_on_s_removal_cannot_be_cancelled_under_a_scheduled_lower_tier(seat_account):
    from seatdesk.db.models import AddOn

    change(seat_account, marketing="enterprise")
    subs_service.change_subscriptions(seat_account.id, seat_account.acting_user_id, {}, add_ons=["dedicated_ip"])
    add_on = AddOn.get()
    subs_service.remove_add_on(seat_account.id, seat_account.acting_user_id, add_on.id)
    change(seat_account, marketing="professional")  # allowed: the add-on leaves at the same renewal
    error = refused("add_on_needs", subs_service.cancel_add_on_removal, seat_account.id,
                    seat_account.acting_user_id, add_on.id)
    assert "Marketing Hub goes to Professional" in error.translated()


def test_the_bill_from_the_renewal_follows_a_scheduled_lower_tier(seat_account):
    change(seat_account, sales="starter")
    sales = next(f for f in subscription_figures(seat_account.id) if f.hub == "sales")
    assert sales.scheduled_tier[0] == "starter"
    assert sales.cost_per_period_from_renewal_cents == 1500 * sales.billing_period_months
    assert sales.cost_per_period_now_cents == 9000 * sales.billing_period_months


def test_a_removal_after_an_upgrade_comes_off_the_subscription_that_holds_the_seats(seat_account):
    """Core Seats bought with Marketing Hub, then Sales Hub Enterprise sells Core Seats: removing two at the
    renewal takes them off Marketing Hub's bill, not Sales Hub's."""
    seats_service.buy_seats(seat_account.id, seat_account.acting_user_id, st.CORE, 2)  # sold by Marketing Hub
    change(seat_account, sales="enterprise")
    seats_service.schedule_removal(seat_account.id, seat_account.acting_user_id, st.CORE, 2)
    renewal = Subscription.get(Subscription.account == seat_account.id, Subscription.hub == "marketing").renewal_date
    clock.set_planning_date(seat_account.id, renewal)
    figures = {f.hub: f for f in subscription_figures(seat_account.id)}
    assert figures["marketing"].additional == {} and figures["sales"].additional == {}
    assert summary(seat_account, st.CORE).additional == 0


def test_two_downgrades_are_checked_together(seat_account):
    """Marketing and Sales Hub Professional include 3 Core Seats each; 3 are assigned. Either hub at Starter
    leaves enough (4), both together leave 2: the second downgrade is refused while the first is scheduled."""
    for i in range(2):
        add_user(seat_account, f"core{i}@example.com", seat_types=(st.CORE,))
    assert not subs_service.quote_change(seat_account.id, {"sales": "starter"}).refusals
    change(seat_account, marketing="starter")
    quote = subs_service.quote_change(seat_account.id, {"sales": "starter"})
    assert [r.code for r in quote.refusals] == ["seats_held"]
    assert "only 2 would be left" in quote.refusals[0].translated()


def test_an_add_on_can_t_be_bought_for_a_hub_whose_lower_tier_is_scheduled(seat_account):
    seat_account_id, admin = seat_account.id, seat_account.acting_user_id
    change(seat_account, marketing="starter")  # at the renewal
    quote = subs_service.quote_change(seat_account_id, {}, add_ons=["transactional_email"])
    assert "Marketing Hub goes to Starter on" in quote.refusals[0].translated()
    same = subs_service.quote_change(seat_account_id, {"cms": "starter"}, add_ons=["brand_domain"])
    assert same.refusals[0].code == "add_on_needs"


def test_costs_follow_the_tiers_seats_are_priced_at(seat_account):
    """Seats keep the start tier's price for the term (the upgrade charged the base price difference);
    a scheduled lower tier prices them, or drops the ones it no longer sells, from the renewal."""
    admin = seat_account.acting_user_id
    seats_service.buy_seats(seat_account.id, admin, st.SALES, 2)
    sub = Subscription.get(Subscription.account == seat_account.id, Subscription.hub == "sales")
    before = next(f for f in subscription_figures(seat_account.id) if f.hub == "sales")
    change(seat_account, sales="enterprise")
    after = next(f for f in subscription_figures(seat_account.id) if f.hub == "sales")
    upgrade = SubscriptionChange.get(SubscriptionChange.account == seat_account.id).cost_now_cents
    assert after.cost_this_term_cents == before.cost_this_term_cents + upgrade
    assert after.cost_per_period_now_cents == (15000 + 2 * 9000) * sub.billing_period_months
    assert after.cost_per_period_from_renewal_cents == (15000 + 2 * 15000) * sub.billing_period_months
    subs_service.change_subscriptions(seat_account.id, admin, {"marketing": "starter"})
    marketing = next(f for f in subscription_figures(seat_account.id) if f.hub == "marketing")
    assert marketing.cost_per_period_from_renewal_cents == 1500 * marketing.billing_period_months
