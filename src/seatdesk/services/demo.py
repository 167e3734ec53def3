"""The demo account set (SPEC §5): both seat models, a few dozen users in every state, a scheduled removal."""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from peewee import fn

from seatdesk import i18n
from seatdesk.db.models import (
    Account,
    Permission,
    Preset,
    PresetPermission,
    SeatPurchase,
    Team,
    User,
    UserTeam,
    db,
)
from seatdesk.domain import permissions as perms
from seatdesk.domain import seats as st
from seatdesk.domain.billing import add_months
from seatdesk.domain.names import name_sort_key
from seatdesk.services import seats as seat_service
from seatdesk.services import subscriptions
from seatdesk.services.accounts import AccountSpec, SubscriptionSpec, create_account
from seatdesk.services.common import insert_rows, record, today
from seatdesk.services.outbox import queue_invitations
from seatdesk.services.users import create_user

FIRST = ("Amélie", "Bram", "Chloé", "Daan", "Elif", "Felix", "Greta", "Hugo", "Ines", "Jan", "Katrin", "Lars",
         "Manon", "Niels", "Olga", "Pieter", "Quentin", "Romy", "Sven", "Tess", "Ulrike", "Victor", "Wout",
         "Xavier", "Yara", "Zoë")
LAST = ("Martin", "de Vries", "Müller", "Janssens", "Bernard", "Schmidt", "Peeters", "Dubois", "Fischer",
        "Bakker", "Lefèvre", "Weber", "Visser", "Moreau", "Wagner", "Smit")
TEMPLATE_KEYS = {key: keys for key, _label, keys in perms.TEMPLATES}
#: The demo presets' permissions (the permission sets page shows them at work).
DEMO_SET_PERMISSIONS = {"Marketing defaults": TEMPLATE_KEYS["marketer"] + ("dashboards_edit",),
                        "Sales defaults": TEMPLATE_KEYS["sales_rep"] + ("reports_view",),
                        "Sales reps": TEMPLATE_KEYS["sales_rep"]}


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
    if status == "invited":  # invited some time ago, never accepted: Reclaim lists them (from the id: no draw)
        user.created_on = today() - dt.timedelta(days=10 + user.id * 37 % 80)
    if presets and rng.random() < 0.5:
        user.preset = rng.choice(presets)
    user.save()
    for team in rng.sample(teams, k=rng.randint(0, min(2, len(teams)))):
        UserTeam.create(user=user, team=team)


def _fill(account: Account, rng: random.Random, domain: str, plan: list[tuple[tuple[str, ...], str, str]],
          team_names: tuple[str, ...], preset_names: tuple[str, ...]) -> None:
    teams = [Team.create(account=account, name=n) for n in team_names]
    presets = [Preset.create(account=account, name=n) for n in preset_names]
    keys = dict(Permission.select(Permission.key, Permission.id).tuples())
    for preset in presets:  # the permission sets hold their job's permissions (R26)
        insert_rows(PresetPermission, [{"preset": preset.id, "permission": keys[k]}
                                       for k in DEMO_SET_PERMISSIONS.get(preset.name, ())])
    admin = User.get_by_id(account.acting_user_id)
    admin.last_active = today()
    admin.save()
    UserTeam.create(user=admin, team=teams[0])
    people = _people(rng, domain, len(plan))
    invited = []
    for (seat_types, template, status), (first, last, email) in zip(plan, people, strict=False):
        partner = st.PARTNER in seat_types
        change = create_user(account.id, admin.id, email, first, last, seat_types=seat_types,
                             permissions=TEMPLATE_KEYS[template], partner=partner, status=status)
        _finish_user(account, change.result, rng, status, teams, presets)
        if status == "invited":
            invited.append(change.result)
    # The pending invitations wait in the outbox as the wizard leaves them, in the session's language.
    queue_invitations(account, admin, invited, i18n.current_language())


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
        subscriptions.change_subscriptions(northwind.id, admin, {"cms": "free"})  # a hub dropped at the renewal
        subscriptions.change_subscriptions(northwind.id, admin, {}, add_ons=["transactional_email"])
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

        # On the HubSpot free tools only, GBP: its free seats, and Pricing & Features to leave them (R15).
        fabrikam = create_account(AccountSpec(
            name="Fabrikam Free Tools", currency="GBP", seat_model=st.SEAT_BASED,
            subscriptions=[SubscriptionSpec("marketing", "free", start), SubscriptionSpec("sales", "free", start)],
            admin_email="owner@fabrikam.example", admin_first_name="Fiona", admin_last_name="Byrne")).result
        plan = [((st.CORE,), "marketer", "active")] + [((st.VIEW_ONLY,), "reporting", s) for s in _statuses(rng, 3)]
        _fill(fabrikam, rng, "fabrikam.example", plan, ("Office",), ())
        ids.append(fabrikam.id)
    return ids


# -- many users, for trials and benchmarks (--demo-users N) ------------------------------------

CORE_SHARE = 10  # one user in CORE_SHARE gets a Core Seat; the others a View-Only Seat
MAX_DEMO_USERS = 1_000_000
_ASCII = {name: unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower().replace(" ", "")
          for name in FIRST + LAST}
_STATUS_CYCLE = ("active", "active", "active", "invited", "active", "deactivated", "active")


@dataclass
class DemoUserRows:
    """The rows ``--demo-users`` inserts, per table, as tuples in the tables' column order."""

    users: list[tuple]
    seats: list[tuple]
    teams: list[tuple]
    permissions: list[tuple]
    core_count: int

    SQL = {
        "users": "INSERT INTO user (id, account_id, email, email_key, first_name, last_name, status, is_super_admin, "
                 "is_partner_employee, preset_id, last_active, created_on, sort_name) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        "seats": "INSERT INTO seat_assignment (account_id, user_id, seat_type, assigned_on) VALUES (?,?,?,?)",
        "teams": "INSERT INTO user_team (user_id, team_id) VALUES (?,?)",
        "permissions": "INSERT INTO user_permission (user_id, permission_id) VALUES (?,?)",
    }

    def insert(self, connection) -> None:
        """Insert every row with ``executemany`` on a DB-API connection (inside the caller's transaction)."""
        for table, sql in self.SQL.items():
            connection.executemany(sql, getattr(self, table))


@cache
def _sort_names() -> dict[tuple[str, str], str]:
    """The Name column's key of every demo first and last name (made once, not per part of a load)."""
    return {(f, la): name_sort_key(f, la, "") for f in FIRST for la in LAST}


def demo_user_rows(account: Account, count: int, first_id: int, start: int = 0) -> DemoUserRows:
    """``count`` users for ``account``, numbered from ``first_id``: names, statuses, teams, seats.

    ``start``: the rank of the first of them in a bigger load made in parts (names and seats cycle on it).
    """
    day = today().isoformat()
    domain = account.users.first().email.split("@", 1)[1]
    teams = [t.id for t in account.teams.order_by(Team.id)] or [None]
    presets = [p.id for p in account.presets.order_by(Preset.id)] + [None]
    add_edit = Permission.get(Permission.key == perms.ADD_EDIT_USERS).id
    days = [(today() - dt.timedelta(days=d)).isoformat() for d in range(120)]
    users, seats, links, granted = [], [], [], []
    n_first, n_last, n_team, n_preset = len(FIRST), len(LAST), len(teams), len(presets)
    sort_names = _sort_names()
    core = 0
    for k in range(start, start + count):
        uid = first_id + k - start
        first, last = FIRST[k % n_first], LAST[(k // n_first + k) % n_last]
        email = f"{_ASCII[first]}.{_ASCII[last]}.{uid}@{domain}"
        status = _STATUS_CYCLE[k % 7]
        users.append((uid, account.id, email, email, first, last, status, 0, 0, presets[k % n_preset],
                      None if status == "invited" else days[k % 120],
                      days[k * 13 % 120] if status == "invited" else day, sort_names[first, last]))
        if k % CORE_SHARE == 0:
            seats.append((account.id, uid, st.CORE, day))
            core += 1
            if k % (CORE_SHARE * 10) == 0:
                granted.append((uid, add_edit))
        else:
            seats.append((account.id, uid, st.VIEW_ONLY, day))
        if teams[0] is not None:
            links.append((uid, teams[k % n_team]))
            if k % 3 == 0:
                links.append((uid, teams[(k + 1) % n_team]))
    return DemoUserRows(users, seats, list(dict.fromkeys(links)), granted, core)


DEMO_USERS_STEP = 20_000  # users per part of a big demo load (between two progress reports)


class DemoCancelled(Exception):
    """The user cancelled a demo load: nothing was written."""


def fill_demo_users(account_id: int, count: int, progress: Callable[[int], bool] | None = None) -> int:
    """Add ``count`` users to a seat-based account, with the Core Seats they need bought at the term start.

    A bulk load (QT-NOTES: peewee's insert_many costs ~12x sqlite3's executemany): the rows go
    through the connection's ``executemany`` inside one transaction, in parts of DEMO_USERS_STEP
    users; ``progress(users done)`` returning False cancels and rolls everything back.
    Returns the users added.

    Raises:
        DemoCancelled: progress said stop (nothing written).
    """
    account = Account.get_by_id(account_id)
    if account.seat_model != st.SEAT_BASED:
        raise ValueError("demo users go to a seat-based account")
    with db.atomic():
        seq = db.execute_sql("SELECT seq FROM sqlite_sequence WHERE name = 'user'").fetchone()
        first_id = max(User.select(fn.MAX(User.id)).scalar() or 0, seq[0] if seq else 0) + 1  # never an id given before
        core = 0
        for start in range(0, count, DEMO_USERS_STEP):
            rows = demo_user_rows(account, min(DEMO_USERS_STEP, count - start), first_id + start, start)
            rows.insert(db.connection())
            core += rows.core_count
            if progress is not None and not progress(start + len(rows.users)):
                raise DemoCancelled
        seller = seat_service.sellers(account)[st.CORE]
        SeatPurchase.create(subscription=seller, seat_type=st.CORE, kind="additional", quantity=core,
                            unit_price_cents=seat_service.unit_price_cents(account, seller, st.CORE),
                            cost_now_cents=0, purchased_on=seller.term_start - dt.timedelta(days=1))
        record(account, None, "demo_users_added", n=count, seats=core)
    return count
