"""The demo account set (SPEC §5): both seat models, a few dozen users in every state, a scheduled removal."""

from __future__ import annotations

import datetime as dt
import random
import unicodedata

from seatdesk.db.models import Account, Preset, Team, User, UserTeam, db
from seatdesk.domain import permissions as perms
from seatdesk.domain import seats as st
from seatdesk.domain.billing import add_months
from seatdesk.services import seats as seat_service
from seatdesk.services.accounts import AccountSpec, SubscriptionSpec, create_account
from seatdesk.services.common import today
from seatdesk.services.users import create_user

FIRST = ("Amélie", "Bram", "Chloé", "Daan", "Elif", "Felix", "Greta", "Hugo", "Ines", "Jan", "Katrin", "Lars",
         "Manon", "Niels", "Olga", "Pieter", "Quentin", "Romy", "Sven", "Tess", "Ulrike", "Victor", "Wout",
         "Xavier", "Yara", "Zoë")
LAST = ("Martin", "de Vries", "Müller", "Janssens", "Bernard", "Schmidt", "Peeters", "Dubois", "Fischer",
        "Bakker", "Lefèvre", "Weber", "Visser", "Moreau", "Wagner", "Smit")
TEMPLATE_KEYS = {key: keys for key, _label, keys in perms.TEMPLATES}


def _people(rng: random.Random, domain: str, count: int):
    seen = set()
    while len(seen) < count:
        first, last = rng.choice(FIRST), rng.choice(LAST)
        email = f"{first.lower()}.{last.lower().replace(' ', '')}@{domain}"
        email = unicodedata.normalize("NFKD", email).encode("ascii", "ignore").decode()
        if email in seen:
            continue
        seen.add(email)
        yield first, last, email


def _finish_user(account: Account, user: User, rng: random.Random, status: str, teams: list[Team],
                 presets: list[Preset]) -> None:
    user.last_active = None if status == "invited" else today() - dt.timedelta(days=rng.randint(0, 90))
    if presets and rng.random() < 0.5:
        user.preset = rng.choice(presets)
    user.save()
    for team in rng.sample(teams, k=rng.randint(0, min(2, len(teams)))):
        UserTeam.create(user=user, team=team)


def _fill(account: Account, rng: random.Random, domain: str, plan: list[tuple[tuple[str, ...], str, str]],
          team_names: tuple[str, ...], preset_names: tuple[str, ...]) -> None:
    teams = [Team.create(account=account, name=n) for n in team_names]
    presets = [Preset.create(account=account, name=n) for n in preset_names]
    admin = User.get_by_id(account.acting_user_id)
    admin.last_active = today()
    admin.save()
    UserTeam.create(user=admin, team=teams[0])
    people = _people(rng, domain, len(plan))
    for (seat_types, template, status), (first, last, email) in zip(plan, people, strict=False):
        partner = st.PARTNER in seat_types
        change = create_user(account.id, admin.id, email, first, last, seat_types=seat_types,
                             permissions=TEMPLATE_KEYS[template], partner=partner, status=status)
        _finish_user(account, change.result, rng, status, teams, presets)


def _statuses(rng: random.Random, n: int) -> list[str]:
    return [rng.choice(("active", "active", "active", "invited", "deactivated")) for _ in range(n)]


def fill_demo() -> list[int]:
    """Create the demo accounts in an empty database; return their ids."""
    rng = random.Random(20261123)
    start = add_months(today(), -8)
    ids = []
    with db.atomic():
        # Seat-based, EUR: Core, Sales, Service, View-Only and Partner seats.
        northwind = create_account(AccountSpec(
            name="Northwind Traders", currency="EUR", seat_model=st.SEAT_BASED,
            subscriptions=[SubscriptionSpec("marketing", "professional", start),
                           SubscriptionSpec("sales", "professional", start, 12, 1),
                           SubscriptionSpec("service", "professional", start, 12, 1),
                           SubscriptionSpec("cms", "starter", start)],
            admin_email="admin@northwind.example", admin_first_name="Anna", admin_last_name="Admin",
            salesforce_integration=True)).result
        admin = northwind.acting_user_id
        for seat_type, count in ((st.CORE, 14), (st.SALES, 5), (st.SERVICE, 3)):
            seat_service.buy_seats(northwind.id, admin, seat_type, count)
        plan = ([((st.CORE,), "marketer", s) for s in _statuses(rng, 18)]
                + [((st.SALES,), "sales_rep", s) for s in _statuses(rng, 5)]
                + [((st.SALES,), "sales_manager", "active")]
                + [((st.SERVICE,), "service_agent", s) for s in _statuses(rng, 3)]
                + [((st.VIEW_ONLY,), "reporting", s) for s in _statuses(rng, 8)]
                + [((st.PARTNER,), "marketer", "active"), ((st.PARTNER,), "account_admin", "active")])
        _fill(northwind, rng, "northwind.example", plan, ("Marketing", "Sales EMEA", "Support", "Finance"),
              ("Marketing defaults", "Sales defaults"))
        seat_service.schedule_removal(northwind.id, admin, st.CORE, 2)
        ids.append(northwind.id)

        # Legacy Sales Hub / Service Hub seats, USD.
        contoso = create_account(AccountSpec(
            name="Contoso Legacy", currency="USD", seat_model=st.LEGACY,
            subscriptions=[SubscriptionSpec("sales", "professional", add_months(start, 2)),
                           SubscriptionSpec("service", "starter", add_months(start, 2), 12, 1),
                           SubscriptionSpec("marketing", "starter", add_months(start, 2))],
            admin_email="admin@contoso.example", admin_first_name="Carl", admin_last_name="Admin")).result
        admin = contoso.acting_user_id
        seat_service.buy_seats(contoso.id, admin, "sales_professional", 4)
        plan = ([(("sales_professional",), "sales_rep", s) for s in _statuses(rng, 7)]
                + [(("sales_professional", "service_starter"), "sales_manager", "active")]
                + [(("service_starter",), "service_agent", "active")]
                + [((), "marketer", s) for s in _statuses(rng, 12)])
        _fill(contoso, rng, "contoso.example", plan, ("Sales", "Service", "Marketing"), ("Sales reps",))
        removable = seat_service.seat_summary(contoso.id, "sales_professional").removable
        if removable:
            seat_service.schedule_removal(contoso.id, admin, "sales_professional", 1)
        ids.append(contoso.id)

        # A small seat-based account in NZD (the pilot's currency).
        kiwi = create_account(AccountSpec(
            name="Kiwi Kayaks", currency="NZD", seat_model=st.SEAT_BASED,
            subscriptions=[SubscriptionSpec("marketing", "starter", add_months(start, 5), 12, 1)],
            admin_email="kia.ora@kiwikayaks.example", admin_first_name="Aroha", admin_last_name="Ngata")).result
        plan = [((st.CORE,), "marketer", "active")] + [((st.VIEW_ONLY,), "reporting", s) for s in _statuses(rng, 4)]
        seat_service.buy_seats(kiwi.id, kiwi.acting_user_id, st.CORE, 1)
        _fill(kiwi, rng, "kiwikayaks.example", plan, ("Crew",), ())
        ids.append(kiwi.id)
    return ids
