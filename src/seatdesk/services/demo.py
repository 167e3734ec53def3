"""The demo account set (SPEC §5): both seat models, a few dozen users in every state, a scheduled removal."""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

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
from seatdesk.services.practice_names import ACCOUNT_KEYS, PracticeNames, practice_names
from seatdesk.services.users import create_user

#: The English demo's first and last names (every language has as many: see practice_names).
FIRST = practice_names("en").first_names
LAST = practice_names("en").last_names
TEMPLATE_KEYS = {key: keys for key, _label, keys in perms.TEMPLATES}
#: The demo permission sets' permissions, by set key (the permission sets page shows them at work).
DEMO_SET_PERMISSIONS = {"marketing_defaults": TEMPLATE_KEYS["marketer"] + ("dashboards_edit",),
                        "sales_defaults": TEMPLATE_KEYS["sales_rep"] + ("reports_view",),
                        "sales_reps": TEMPLATE_KEYS["sales_rep"]}
DEMO_SEED = 20261123


def ascii_email_part(name: str) -> str:
    """A name as an email address writes it: lower case, no accents, no spaces ("de Vries": "devries")."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower().replace(" ", "") \
        .replace("'", "")


def _people(rng: random.Random, names: PracticeNames, domain: str, count: int):
    """``count`` different people drawn from the language's names (the same draws in every language)."""
    first_names, last_names = names.first_names, names.last_names
    seen = set()
    while len(seen) < count:
        i, j = rng.randrange(len(first_names)), rng.randrange(len(last_names))
        if (i, j) in seen:
            continue
        seen.add((i, j))
        first, last = first_names[i], last_names[j]
        yield first, last, f"{ascii_email_part(first)}.{ascii_email_part(last)}@{domain}"


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


def _fill(account: Account, rng: random.Random, names: PracticeNames, key: str,
          plan: list[tuple[tuple[str, ...], str, str]], set_keys: tuple[str, ...], language: str) -> None:
    spec = names.accounts[key]
    teams = [Team.create(account=account, name=n) for n in spec.teams]
    presets = [Preset.create(account=account, name=names.sets[k]) for k in set_keys]
    keys = dict(Permission.select(Permission.key, Permission.id).tuples())
    for preset, set_key in zip(presets, set_keys, strict=True):  # the sets hold their job's permissions (R26)
        insert_rows(PresetPermission, [{"preset": preset.id, "permission": keys[k]}
                                       for k in DEMO_SET_PERMISSIONS[set_key]])
    admin = User.get_by_id(account.acting_user_id)
    admin.last_active = today()
    admin.save()
    UserTeam.create(user=admin, team=teams[0])
    people = _people(rng, names, spec.domain, len(plan))
    invited = []
    for (seat_types, template, status), (first, last, email) in zip(plan, people, strict=False):
        partner = st.PARTNER in seat_types
        change = create_user(account.id, admin.id, email, first, last, seat_types=seat_types,
                             permissions=TEMPLATE_KEYS[template], partner=partner, status=status)
        _finish_user(account, change.result, rng, status, teams, presets)
        if status == "invited":
            invited.append(change.result)
    # The pending invitations wait in the outbox as the wizard leaves them, in the practice data's language.
    queue_invitations(account, admin, invited, language)


def _statuses(rng: random.Random, n: int) -> list[str]:
    return [rng.choice(("active", "active", "active", "invited", "deactivated")) for _ in range(n)]


def _account_spec(names: PracticeNames, key: str, name: str | None, **fields) -> AccountSpec:
    spec = names.accounts[key]
    return AccountSpec(name=name or spec.name, admin_email=spec.admin_email, admin_first_name=spec.admin_first_name,
                       admin_last_name=spec.admin_last_name, **fields)


def _northwind(rng: random.Random, names: PracticeNames, language: str, start: dt.date, name: str | None) -> int:
    """Seat-based, EUR: Core, Sales, Service, View-Only and Partner seats, a removal, a hub dropped, an add-on."""
    northwind = create_account(_account_spec(
        names, "northwind", name, currency="EUR", seat_model=st.SEAT_BASED,
        subscriptions=[SubscriptionSpec("marketing", "professional", start),
                       SubscriptionSpec("sales", "professional", start, 12, 1),
                       SubscriptionSpec("service", "professional", start, 12, 1),
                       SubscriptionSpec("cms", "starter", start)],
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
    _fill(northwind, rng, names, "northwind", plan, ("marketing_defaults", "sales_defaults"), language)
    seat_service.schedule_removal(northwind.id, admin, st.CORE, 2)
    subscriptions.change_subscriptions(northwind.id, admin, {"cms": "free"})  # a hub dropped at the renewal
    subscriptions.change_subscriptions(northwind.id, admin, {}, add_ons=["transactional_email"])
    return northwind.id


def _contoso(rng: random.Random, names: PracticeNames, language: str, start: dt.date, name: str | None) -> int:
    """Legacy Sales Hub / Service Hub seats, USD."""
    contoso = create_account(_account_spec(
        names, "contoso", name, currency="USD", seat_model=st.LEGACY,
        subscriptions=[SubscriptionSpec("sales", "professional", add_months(start, 2)),
                       SubscriptionSpec("service", "starter", add_months(start, 2), 12, 1),
                       SubscriptionSpec("marketing", "starter", add_months(start, 2))])).result
    admin = contoso.acting_user_id
    seat_service.buy_seats(contoso.id, admin, "sales_professional", 4)
    plan = ([(("sales_professional",), "sales_rep", s) for s in _statuses(rng, 7)]
            + [(("sales_professional", "service_starter"), "sales_manager", "active")]
            + [(("service_starter",), "service_agent", "active")]
            + [((), "marketer", s) for s in _statuses(rng, 12)])
    _fill(contoso, rng, names, "contoso", plan, ("sales_reps",), language)
    removable = seat_service.seat_summary(contoso.id, "sales_professional").removable
    if removable:
        seat_service.schedule_removal(contoso.id, admin, "sales_professional", 1)
    return contoso.id


def _kiwi(rng: random.Random, names: PracticeNames, language: str, start: dt.date, name: str | None) -> int:
    """A small seat-based account in NZD (the pilot's currency)."""
    kiwi = create_account(_account_spec(
        names, "kiwi", name, currency="NZD", seat_model=st.SEAT_BASED,
        subscriptions=[SubscriptionSpec("marketing", "starter", add_months(start, 5), 12, 1)])).result
    plan = [((st.CORE,), "marketer", "active")] + [((st.VIEW_ONLY,), "reporting", s) for s in _statuses(rng, 4)]
    seat_service.buy_seats(kiwi.id, kiwi.acting_user_id, st.CORE, 1)
    _fill(kiwi, rng, names, "kiwi", plan, (), language)
    return kiwi.id


def _fabrikam(rng: random.Random, names: PracticeNames, language: str, start: dt.date, name: str | None) -> int:
    """On the HubSpot free tools only, GBP: its free seats, and Pricing & Features to leave them (R15)."""
    fabrikam = create_account(_account_spec(
        names, "fabrikam", name, currency="GBP", seat_model=st.SEAT_BASED,
        subscriptions=[SubscriptionSpec("marketing", "free", start), SubscriptionSpec("sales", "free", start)])).result
    plan = [((st.CORE,), "marketer", "active")] + [((st.VIEW_ONLY,), "reporting", s) for s in _statuses(rng, 3)]
    _fill(fabrikam, rng, names, "fabrikam", plan, (), language)
    return fabrikam.id


_BUILDERS = {"northwind": _northwind, "contoso": _contoso, "kiwi": _kiwi, "fabrikam": _fabrikam}


def _language(language: str | None) -> str:
    language = language or i18n.current_language()
    if language not in i18n.LANGUAGES:
        raise ValueError(language)
    return language


def fill_demo(language: str | None = None) -> list[int]:
    """Create the demo accounts in an empty database; return their ids (R33: practice data).

    ``language`` (one of ``i18n.LANGUAGES``; default: the current language of ``seatdesk.i18n``) names
    the companies, people, emails, teams and permission sets (``services/practice_names.py``), and is
    the language of the pending invitations in the outbox. Everything else (users, seats, states, dates,
    invitations, the scheduled removal, subscriptions) is the same in every language, drawn from one
    fixed seed: a test written against the English demo holds for the others, names aside.
    The accounts, in ``practice_names.ACCOUNT_KEYS`` order: seat-based EUR (Northwind Traders), legacy
    USD (Contoso Legacy), a small NZD one (Kiwi Kayaks), free tools GBP (Fabrikam Free Tools).
    """
    language = _language(language)
    names = practice_names(language)
    rng = random.Random(DEMO_SEED)
    start = add_months(today(), -8)
    with db.atomic():
        return [_BUILDERS[key](rng, names, language, start, None) for key in ACCOUNT_KEYS]


def practice_account(key: str = "northwind", language: str | None = None, name: str | None = None) -> int:
    """Create one practice account (a training scenario's start state) and return its id.

    ``key``: one of ``practice_names.ACCOUNT_KEYS``; ``language`` as for ``fill_demo`` (default: the current
    language); ``name``: another name for the account (default: the language's name for it). Deterministic:
    the "northwind" account is the one ``fill_demo`` makes first, user for user; the others are made from
    the same seed as if they came first, so they differ from ``fill_demo``'s in their draws, not their shape.

    Raises:
        ValueError: an unknown key or language.
    """
    if key not in _BUILDERS:
        raise ValueError(key)
    language = _language(language)
    with db.atomic():
        return _BUILDERS[key](random.Random(DEMO_SEED), practice_names(language), language,
                              add_months(today(), -8), name)


# -- many users, for trials and benchmarks (--demo-users N) ------------------------------------

CORE_SHARE = 10  # one user in CORE_SHARE gets a Core Seat; the others a View-Only Seat
MAX_DEMO_USERS = 1_000_000
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
        "users": 'INSERT INTO "user" (id, account_id, email, email_key, first_name, last_name, status, is_super_admin, '
                 'is_partner_employee, preset_id, last_active, created_on, sort_name) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)',
        "seats": "INSERT INTO seat_assignment (account_id, user_id, seat_type, assigned_on) VALUES (?,?,?,?)",
        "teams": "INSERT INTO user_team (user_id, team_id) VALUES (?,?)",
        "permissions": "INSERT INTO user_permission (user_id, permission_id) VALUES (?,?)",
    }

    def insert(self) -> None:
        """Insert every row with one ``executemany`` a table (inside the caller's transaction)."""
        for table, sql in self.SQL.items():
            db.executemany(sql, getattr(self, table))


@cache
def _sort_names(language: str) -> dict[tuple[str, str], str]:
    """The Name column's key of every demo first and last name (made once, not per part of a load)."""
    names = practice_names(language)
    return {(f, la): name_sort_key(f, la, "") for f in names.first_names for la in names.last_names}


@cache
def _email_parts(language: str) -> dict[str, str]:
    names = practice_names(language)
    return {name: ascii_email_part(name) for name in names.first_names + names.last_names}


def demo_user_rows(account: Account, count: int, first_id: int, start: int = 0,
                   language: str | None = None) -> DemoUserRows:
    """``count`` users for ``account``, numbered from ``first_id``: names, statuses, teams, seats.

    ``start``: the rank of the first of them in a bigger load made in parts (names and seats cycle on it).
    ``language``: the language of their names (default: the current language).
    """
    language = _language(language)
    first_names, last_names = practice_names(language).first_names, practice_names(language).last_names
    ascii_part = _email_parts(language)
    day = today().isoformat()
    domain = account.users.first().email.split("@", 1)[1]
    teams = [t.id for t in account.teams.order_by(Team.id)] or [None]
    presets = [p.id for p in account.presets.order_by(Preset.id)] + [None]
    add_edit = Permission.get(Permission.key == perms.ADD_EDIT_USERS).id
    days = [(today() - dt.timedelta(days=d)).isoformat() for d in range(120)]
    users, seats, links, granted = [], [], [], []
    n_first, n_last, n_team, n_preset = len(first_names), len(last_names), len(teams), len(presets)
    sort_names = _sort_names(language)
    core = 0
    for k in range(start, start + count):
        uid = first_id + k - start
        first, last = first_names[k % n_first], last_names[(k // n_first + k) % n_last]
        email = f"{ascii_part[first]}.{ascii_part[last]}.{uid}@{domain}"
        status = _STATUS_CYCLE[k % 7]
        users.append((uid, account.id, email, email, first, last, status, False, False, presets[k % n_preset],
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


def fill_demo_users(account_id: int, count: int, progress: Callable[[int], bool] | None = None,
                    language: str | None = None) -> int:
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
        first_id = db.reserve_ids("user", count) + 1  # never an id given before
        core = 0
        for start in range(0, count, DEMO_USERS_STEP):
            rows = demo_user_rows(account, min(DEMO_USERS_STEP, count - start), first_id + start, start, language)
            rows.insert()
            core += rows.core_count
            if progress is not None and not progress(start + len(rows.users)):
                raise DemoCancelled
        seller = seat_service.sellers(account)[st.CORE]
        SeatPurchase.create(subscription=seller, seat_type=st.CORE, kind="additional", quantity=core,
                            unit_price_cents=seat_service.unit_price_cents(account, seller, st.CORE),
                            cost_now_cents=0, purchased_on=seller.term_start - dt.timedelta(days=1))
        record(account, None, "demo_users_added", n=count, seats=core)
    return count
