"""Each rule of SPEC §2, its allowed and its refused case, on a real database."""

import datetime as dt

import pytest

from seatdesk.db.models import Event, PermissionHistory, SeatRemoval, User
from seatdesk.domain import seats as st
from seatdesk.domain.errors import DomainError
from seatdesk.domain.permissions import ADD_EDIT_USERS, MODIFY_BILLING
from seatdesk.services import clock, queries
from seatdesk.services import seats as seats_service
from seatdesk.services import users as users_service
from seatdesk.services.common import today
from seatdesk.services.queries import subscription_figures
from tests.conftest import make_account


def add_user(account, email, seat_types=(), **kw):
    return users_service.create_user(account.id, account.acting_user_id, email, seat_types=seat_types,
                                     status="active", **kw).result


def summary(account, seat_type):
    return seats_service.seat_summary(account.id, seat_type)


def refused(code, action, *args):
    with pytest.raises(DomainError) as info:
        action(*args)
    assert info.value.code == code, info.value
    assert info.value.translated()
    return info.value


# R4, R5, R6 -----------------------------------------------------------------------------------

def test_included_seats_come_from_the_catalog(seat_account):
    core = summary(seat_account, st.CORE)
    assert (core.included, core.additional, core.assigned) == (6, 0, 1)  # 3 + 3 included; the admin holds one
    assert summary(seat_account, st.SALES).included == 1


def test_sales_seat_needs_sales_hub_professional(db_path):
    account = make_account(st.SEAT_BASED, subscriptions=[("marketing", "starter"), ("sales", "starter")])
    user = add_user(account, "u@example.com")
    refused("tier", seats_service.assign_seat, account.id, account.acting_user_id, user.id, st.SALES)
    refused("tier", seats_service.buy_seats, account.id, account.acting_user_id, st.SALES, 1)


def test_partner_seat_only_for_partner_employees(seat_account):
    plain = add_user(seat_account, "plain@example.com")
    partner = add_user(seat_account, "partner@example.com", partner=True)
    refused("partner_only", seats_service.assign_seat, seat_account.id, seat_account.acting_user_id, plain.id, st.PARTNER)
    seats_service.assign_seat(seat_account.id, seat_account.acting_user_id, partner.id, st.PARTNER)
    assert seats_service.seats_of(User.get_by_id(partner.id)) == [st.PARTNER]


def test_assigning_never_over_assigns(seat_account):
    for i in range(5):  # 6 core seats, the admin holds one
        add_user(seat_account, f"u{i}@example.com", (st.CORE,))
    assert summary(seat_account, st.CORE).available == 0
    extra = add_user(seat_account, "extra@example.com")
    error = refused("no_seat_available", seats_service.assign_seat, seat_account.id, seat_account.acting_user_id,
                    extra.id, st.CORE)
    assert "Buy seats first" in error.translated()
    assert summary(seat_account, st.CORE).assigned == 6


# R7 ------------------------------------------------------------------------------------------

def test_buying_seats_makes_them_usable_at_once_and_records_the_cost(seat_account):
    quote = seats_service.quote_purchase(seat_account.id, st.CORE, 2)
    seats_service.buy_seats(seat_account.id, seat_account.acting_user_id, st.CORE, 2)
    core = summary(seat_account, st.CORE)
    assert (core.additional, core.available) == (2, 7)
    event = Event.select().where(Event.kind == "seats_bought").get()
    assert event.data["cost_now_cents"] == quote.cost_now_cents > 0
    assert quote.cost_now_cents < quote.full_term_cents
    marketing = next(f for f in subscription_figures(seat_account.id) if f.hub == "marketing")
    assert marketing.additional == {st.CORE: 2}


def test_buying_needs_modify_billing(seat_account):
    clerk = add_user(seat_account, "clerk@example.com", (st.CORE,), permissions=(ADD_EDIT_USERS,))
    error = refused("permission", seats_service.buy_seats, seat_account.id, clerk.id, st.CORE, 1)
    assert "Modify billing" in error.translated()
    refused("permission", seats_service.schedule_removal, seat_account.id, clerk.id, st.CORE, 1)
    biller = add_user(seat_account, "biller@example.com", (st.CORE,), permissions=(MODIFY_BILLING,))
    seats_service.buy_seats(seat_account.id, biller.id, st.CORE, 1)
    assert summary(seat_account, st.CORE).additional == 1


def test_bad_seat_counts_are_refused(seat_account):
    for count in (0, -1, 1001):
        refused("bad_count", seats_service.buy_seats, seat_account.id, seat_account.acting_user_id, st.CORE, count)


# R8, R9, R12 ---------------------------------------------------------------------------------

def test_only_unassigned_additional_seats_can_be_removed(seat_account):
    admin = seat_account.acting_user_id
    refused("nothing_removable", seats_service.schedule_removal, seat_account.id, admin, st.CORE, 1)
    seats_service.buy_seats(seat_account.id, admin, st.CORE, 3)
    refused("too_many", seats_service.schedule_removal, seat_account.id, admin, st.CORE, 4)
    seats_service.schedule_removal(seat_account.id, admin, st.CORE, 2)
    core = summary(seat_account, st.CORE)
    assert (core.total, core.scheduled_removal, core.removable) == (9, 2, 1)
    removal = SeatRemoval.get()
    assert removal.effective_date > today()


def test_assigned_seats_cannot_be_removed(seat_account):
    admin = seat_account.acting_user_id
    seats_service.buy_seats(seat_account.id, admin, st.CORE, 1)
    for i in range(6):
        add_user(seat_account, f"u{i}@example.com", (st.CORE,))
    refused("nothing_removable", seats_service.schedule_removal, seat_account.id, admin, st.CORE, 1)


def test_cancel_removal_and_cannot_cancel_twice(seat_account):
    admin = seat_account.acting_user_id
    seats_service.buy_seats(seat_account.id, admin, st.CORE, 2)
    removal = seats_service.schedule_removal(seat_account.id, admin, st.CORE, 2).result
    seats_service.cancel_removal(seat_account.id, admin, removal.id)
    assert summary(seat_account, st.CORE).scheduled_removal == 0
    refused("not_scheduled", seats_service.cancel_removal, seat_account.id, admin, removal.id)


def test_unassigning_keeps_the_seat_bought(seat_account):
    user = add_user(seat_account, "u@example.com", (st.CORE,))
    change = seats_service.unassign_seat(seat_account.id, seat_account.acting_user_id, user.id, st.CORE)
    assert seats_service.seats_of(User.get_by_id(user.id)) == [st.VIEW_ONLY]
    assert summary(seat_account, st.CORE).total == 6
    assert "keep paying" in change.notices[0].translated()
    assert PermissionHistory.select().where(PermissionHistory.user == user.id).count() == 2


# R10, R11 ------------------------------------------------------------------------------------

def test_assigning_a_seat_a_removal_needs_cancels_the_removal(seat_account):
    admin = seat_account.acting_user_id
    seats_service.buy_seats(seat_account.id, admin, st.CORE, 2)
    for i in range(5):
        add_user(seat_account, f"u{i}@example.com", (st.CORE,))
    seats_service.schedule_removal(seat_account.id, admin, st.CORE, 2)  # 8 seats, 6 assigned, 2 scheduled
    newcomer = add_user(seat_account, "new@example.com")
    change = seats_service.assign_seat(seat_account.id, admin, newcomer.id, st.CORE)
    assert SeatRemoval.get().state == "cancelled"
    assert "cancelled the removal of 2 seats" in change.notices[0].translated()
    core = summary(seat_account, st.CORE)
    assert core.scheduled_removal <= min(core.additional, core.available)


def test_renewal_applies_scheduled_removals_and_rolls_the_term(seat_account):
    admin = seat_account.acting_user_id
    seats_service.buy_seats(seat_account.id, admin, st.CORE, 3)
    seats_service.schedule_removal(seat_account.id, admin, st.CORE, 2)
    renewal = SeatRemoval.get().effective_date
    bill_before = next(f for f in subscription_figures(seat_account.id) if f.hub == "marketing").cost_this_term_cents
    clock.set_planning_date(seat_account.id, renewal - dt.timedelta(days=1))
    assert summary(seat_account, st.CORE).additional == 3  # still billed until the renewal
    assert next(f for f in subscription_figures(seat_account.id)
                if f.hub == "marketing").cost_this_term_cents == bill_before
    clock.set_planning_date(seat_account.id, renewal)
    core = summary(seat_account, st.CORE)
    assert (core.additional, core.scheduled_removal) == (1, 0)
    assert SeatRemoval.get().state == "applied"
    marketing = next(f for f in subscription_figures(seat_account.id) if f.hub == "marketing")
    assert marketing.term_start == renewal and marketing.renewal_date > renewal
    kinds = [e.kind for e in Event.select().order_by(Event.id)]
    assert kinds[-3:] == ["removal_applied", "term_renewed", "term_renewed"]  # both hubs renewed
    refused("date_too_early", clock.set_planning_date, seat_account.id, renewal - dt.timedelta(days=1))


def test_planning_date_cannot_be_in_the_past(seat_account):
    refused("date_too_early", clock.set_planning_date, seat_account.id, today() - dt.timedelta(days=1))


# R13, R14, R16 -------------------------------------------------------------------------------

def test_seat_of_a_deactivated_user_cannot_be_unassigned(seat_account):
    admin = seat_account.acting_user_id
    user = add_user(seat_account, "u@example.com", (st.CORE,))
    users_service.deactivate_user(seat_account.id, admin, user.id)
    error = refused("deactivated", seats_service.unassign_seat, seat_account.id, admin, user.id, st.CORE)
    assert "reactivate" in error.translated()
    users_service.reactivate_user(seat_account.id, admin, user.id)
    seats_service.unassign_seat(seat_account.id, admin, user.id, st.CORE)
    assert summary(seat_account, st.CORE).assigned == 1


def test_user_with_paid_seat_cannot_be_removed(legacy_account):
    admin = legacy_account.acting_user_id
    user = add_user(legacy_account, "rep@example.com", ("sales_professional",))
    error = refused("holds_paid_seat", users_service.remove_user, legacy_account.id, admin, user.id)
    assert "Sales Hub or Service Hub access" in error.translated()
    seats_service.unassign_seat(legacy_account.id, admin, user.id, "sales_professional")
    users_service.remove_user(legacy_account.id, admin, user.id)
    assert User.get_or_none(User.id == user.id) is None


def test_view_only_user_cannot_be_super_admin(seat_account):
    admin = seat_account.acting_user_id
    viewer = add_user(seat_account, "viewer@example.com", (st.VIEW_ONLY,))
    refused("view_only_super_admin", users_service.set_super_admin, seat_account.id, admin, viewer.id, True)
    refused("view_only_super_admin", seats_service.assign_seat, seat_account.id, admin, admin, st.VIEW_ONLY)
    seats_service.assign_seat(seat_account.id, admin, viewer.id, st.CORE)
    users_service.set_super_admin(seat_account.id, admin, viewer.id, True)
    assert User.get_by_id(viewer.id).is_super_admin


# R17, R18 ------------------------------------------------------------------------------------

def test_emails_are_unique_case_insensitively_and_validated(seat_account):
    add_user(seat_account, "Zoe@Example.com")
    refused("duplicate_email", add_user, seat_account, "zoe@example.com")
    refused("bad_email", add_user, seat_account, "not an email")


def test_giving_paid_access_needs_both_permissions(seat_account):
    clerk = add_user(seat_account, "clerk@example.com", (st.CORE,), permissions=(ADD_EDIT_USERS,))
    target = add_user(seat_account, "t@example.com")
    error = refused("permission", seats_service.assign_seat, seat_account.id, clerk.id, target.id, st.CORE)
    assert "both Add and edit users and Modify billing" in error.translated()
    nobody = add_user(seat_account, "nobody@example.com")
    refused("permission", users_service.deactivate_user, seat_account.id, nobody.id, target.id)
    both = add_user(seat_account, "both@example.com", (st.CORE,), permissions=(ADD_EDIT_USERS, MODIFY_BILLING))
    seats_service.assign_seat(seat_account.id, both.id, target.id, st.CORE)


def test_inactive_actor_is_refused(seat_account):
    invited = users_service.create_user(seat_account.id, seat_account.acting_user_id, "inv@example.com").result
    refused("actor_inactive", seats_service.buy_seats, seat_account.id, invited.id, st.CORE, 1)


# Legacy model (R3) ---------------------------------------------------------------------------

def test_legacy_user_may_hold_sales_and_service_seats(legacy_account):
    admin = legacy_account.acting_user_id
    user = add_user(legacy_account, "both@example.com")
    assert seats_service.seats_of(user) == []
    seats_service.assign_seat(legacy_account.id, admin, user.id, "sales_professional")
    seats_service.assign_seat(legacy_account.id, admin, user.id, "service_starter")
    assert seats_service.seats_of(User.get_by_id(user.id)) == ["sales_professional", "service_starter"]
    refused("seat_model", seats_service.assign_seat, legacy_account.id, admin, user.id, st.CORE)


def test_refusals_write_nothing(seat_account):
    events_before = Event.select().count()
    refused("nothing_removable", seats_service.schedule_removal, seat_account.id, seat_account.acting_user_id,
            st.CORE, 1)
    refused("bad_email", add_user, seat_account, "broken@")
    assert Event.select().count() == events_before


# Seat billing screens: removal quote, change seat, manage paid users --------------------------

def test_removal_quote_shows_the_next_term_and_leaves_this_term(seat_account):
    admin = seat_account.acting_user_id
    seats_service.buy_seats(seat_account.id, admin, st.CORE, 4)
    before = next(f for f in subscription_figures(seat_account.id) if f.hub == "marketing")
    quote = queries.quote_removal(seat_account.id, st.CORE, 3)
    unit = before.unit_prices_cents[st.CORE]
    assert (quote.seats_now, quote.seats_after, quote.removable) == (10, 7, 4)
    assert quote.per_period_now_cents == before.cost_per_period_now_cents
    assert quote.per_period_now_cents - quote.per_period_after_cents == 3 * unit * before.billing_period_months
    refused("too_many", queries.quote_removal, seat_account.id, st.CORE, 5)
    seats_service.schedule_removal(seat_account.id, admin, st.CORE, 3)
    after = next(f for f in subscription_figures(seat_account.id) if f.hub == "marketing")
    assert after.cost_this_term_cents == before.cost_this_term_cents
    assert after.cost_per_period_from_renewal_cents == quote.per_period_after_cents


def test_change_seat_gives_or_takes_the_seat_of_one_hub(legacy_account):
    admin = legacy_account.acting_user_id
    user = add_user(legacy_account, "rep@example.com", ("sales_professional", "service_starter"))
    seats_service.change_seat(legacy_account.id, admin, user.id, None, hub="sales")
    assert seats_service.seats_of(User.get_by_id(user.id)) == ["service_starter"]
    seats_service.change_seat(legacy_account.id, admin, user.id, "sales_professional")
    assert seats_service.seats_of(User.get_by_id(user.id)) == ["sales_professional", "service_starter"]
    users_service.deactivate_user(legacy_account.id, admin, user.id)
    refused("deactivated", seats_service.change_seat, legacy_account.id, admin, user.id, None, "service")


def test_manage_paid_users_saves_all_or_nothing(legacy_account):
    admin = legacy_account.acting_user_id
    pro = summary(legacy_account, "sales_professional")
    free = pro.available
    users = [add_user(legacy_account, f"u{i}@example.com") for i in range(free + 1)]
    wanted = {u.id: {"sales_professional"} for u in users}
    error = refused("not_enough_seats", seats_service.set_paid_seats, legacy_account.id, admin, wanted)
    assert f"{pro.total + 1} needed, but only {pro.total} seats" in error.translated()
    assert summary(legacy_account, "sales_professional").assigned == pro.assigned
    wanted = {u.id: {"sales_professional"} for u in users[:free]}
    wanted[users[-1].id] = {"service_starter"}
    change = seats_service.set_paid_seats(legacy_account.id, admin, wanted)
    assert summary(legacy_account, "sales_professional").assigned == pro.total
    assert change.users == set(wanted)
    # Moving a seat from one user to another in one save works even when none is free.
    moved = {users[0].id: set(), users[-1].id: {"sales_professional", "service_starter"}}
    seats_service.set_paid_seats(legacy_account.id, admin, moved)
    assert seats_service.seats_of(User.get_by_id(users[-1].id)) == ["sales_professional", "service_starter"]
    refused("two_seats_one_hub", seats_service.set_paid_seats, legacy_account.id, admin,
            {users[0].id: {"sales_professional", "sales_starter"}})


def test_manage_paid_users_needs_both_permissions_and_active_users(legacy_account):
    admin = legacy_account.acting_user_id
    user = add_user(legacy_account, "rep@example.com", ("sales_professional",))
    clerk = add_user(legacy_account, "clerk@example.com", permissions=[ADD_EDIT_USERS])
    refused("permission", seats_service.set_paid_seats, legacy_account.id, clerk.id, {user.id: set()})
    users_service.deactivate_user(legacy_account.id, admin, user.id)
    error = refused("deactivated", seats_service.set_paid_seats, legacy_account.id, admin, {user.id: set()})
    assert "reactivate" in error.translated()
