"""Importing the live account (R31): the users of the CRM's "Export users" file into the account or
plan shown, after a preview; nothing is written until the import is confirmed, then all in one transaction.

- A user already in the account (same email, whatever the case) is **updated** from the columns the file
  has: names (when the file has one), last active date, role (permission set), permissions; the file's
  teams are joined (no team is left); the seat follows the seat rule. The preview says New, Updated,
  Unchanged or Left out for each line.
- A line without a valid email, or with an email already on an earlier line, is left out; other
  problems (a date, an unknown role, permission or seat) are said and the line is imported without it.
- Teams the file names and the account lacks are created. A role is one of the account's permission
  sets (the CRM's roles); an unknown one is reported, the user keeps the file's permissions.
- Paid seats the users need beyond those bought are bought in the same transaction, at the tier's
  price, pro rata as Add seats does (R6, R7): the preview says how many and the cost now. Without
  Modify billing (or when no subscription sells them) the import is refused, writing nothing.
- Rows go in with one ``executemany`` per table (``common.insert_rows``), never one service call per user.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from seatdesk.db.models import (
    Account,
    Invitation,
    Permission,
    PermissionHistory,
    Preset,
    PresetPermission,
    SeatAssignment,
    Team,
    User,
    UserPermission,
    UserTeam,
    db,
)
from seatdesk.domain import permissions as perms
from seatdesk.domain import seats as st
from seatdesk.domain.crm_export import LAST_LOGIN, CrmExport, ExportRow, LineProblem
from seatdesk.domain.errors import DomainError
from seatdesk.domain.names import name_sort_key
from seatdesk.i18n import N_, Msg, Nn_, tr
from seatdesk.services import Change
from seatdesk.services.common import (
    NEED_USERS_AND_BILLING,
    get_account,
    get_actor,
    insert_rows,
    name_key,
    plain_name,
    planning_date,
    record,
    record_many,
    require_users,
    user_can,
)
from seatdesk.services.seats import (
    FREE_TOOLS_MORE_SEATS,
    add_purchase,
    chunks,
    free_seats,
    move_seats,
    quote_purchase,
    seat_summaries,
    take_seats,
    usable_seat_types,
)
from seatdesk.services.teams import ADD_EDIT_TEAMS, MAX_NAME, NEED_ADD_EDIT_TEAMS
from seatdesk.services.users import email_key, normalize_email

KEEP, BY_ROLE, VIEW_ONLY_NO_EDIT = "keep", "by_role", "view_only_without_edit"
SEAT_RULES = (KEEP, BY_ROLE, VIEW_ONLY_NO_EDIT)
SEAT_RULE_LABELS = {
    KEEP: N_("Keep each user's seat"),
    BY_ROLE: N_("Seat by role and permissions"),
    VIEW_ONLY_NO_EDIT: N_("View-Only Seat for users without edit permissions"),
}
SEAT_RULE_HELP = {
    KEEP: N_("The seat named in the file, if it has a seat column. Otherwise users already in the account "
             "keep their seat and new users get the seat their permissions need."),
    BY_ROLE: N_("Each user gets the seat their role and permissions need: a Sales Seat for sequences, a Service "
                "Seat for the help desk, a Core Seat for anything that creates or edits, else a View-Only Seat."),
    VIEW_ONLY_NO_EDIT: N_("Users whose permissions only view get a View-Only Seat, which frees their paid seat. "
                          "The others keep their seat as with the first rule."),
}

NEW, UPDATED, UNCHANGED, LEFT_OUT = "new", "updated", "unchanged", "left_out"
STATUS_LABELS = {NEW: N_("New"), UPDATED: N_("Updated"), UNCHANGED: N_("Unchanged"), LEFT_OUT: N_("Left out")}

#: How often (rows) the progress is told while checking; each table is one statement when writing.
PROGRESS_STEP = 2000


@dataclass(frozen=True)
class PlannedUser:
    """What the import does with one line of the file."""

    row: ExportRow
    status: str
    email: str = ""
    user_id: int | None = None
    seats_before: tuple[str, ...] = ()
    seats: tuple[str, ...] = ()
    permissions: frozenset[str] | None = None  # to store; None: left as they are
    permissions_before: frozenset[str] = frozenset()
    preset_id: int | None = None
    preset_before: int | None = None
    role: str = ""  # the permission set's name as stored, "" for none
    teams: tuple[str, ...] = ()  # teams to join (names as stored or as they will be created)
    super_admin: bool = False
    partner: bool = False
    deactivated: bool = False
    first_name: str = ""  # names and last active date as they will be
    last_name: str = ""
    last_active: object = None


@dataclass
class ImportPreview:
    """What confirming would do: each line, the problems by line, the teams and seats to add.

    ``refusal`` is why confirming would be refused (nothing would be written), or None.
    """

    account_id: int
    rule: str
    users: list[PlannedUser]
    problems: list[LineProblem]
    new_teams: list[str] = field(default_factory=list)
    to_buy: dict[str, int] = field(default_factory=dict)
    cost_now_cents: int = 0
    currency: str = ""
    freed: dict[str, int] = field(default_factory=dict)  # paid seats users give back (still billed, R12)
    refusal: DomainError | None = None

    def count(self, status: str) -> int:
        return sum(1 for user in self.users if user.status == status)

    def digest(self) -> tuple:
        """What the person confirming agreed to: each line's status and seats, the teams to make, the seats
        to buy and their cost."""
        return (tuple((u.row.line, u.status, u.seats) for u in self.users), tuple(self.new_teams),
                tuple(sorted(self.to_buy.items())), self.cost_now_cents)


class ImportCancelled(DomainError):
    """The progress dialog was cancelled: nothing was written."""


@lru_cache(maxsize=200_000)
def _normalized(email: str) -> str | None:
    """The address normalised, or None when it is not valid; remembered, as the import checks the file's
    addresses again after its preview (email-validator takes ~40 µs an address)."""
    try:
        return normalize_email(email)
    except DomainError:
        return None


def _name_key(name: str) -> str:
    """Names that read the same are one name (as ``common.clean_name`` compares teams and permission sets)."""
    return name_key(name)


def _rank(seat_type: str) -> int:
    return st.SEAT_TYPE_ORDER.get(seat_type, 99)


class _Rules:
    """The account's facts the seat rule needs, read once."""

    def __init__(self, account: Account):
        self.model = account.seat_model
        self.usable = set(usable_seat_types(account))
        self.legacy = {}  # hub -> its paid seat at the account's tier
        for sub in account.subscriptions:
            seat = st.legacy_seat_type(sub.hub, sub.tier)
            if seat is not None:
                self.legacy[sub.hub] = seat

    def by_permissions(self, granted: frozenset[str], super_admin: bool) -> tuple[str, ...]:
        """The seat the permissions need (R5; the catalog's seat column): Sales for sequences, Service for
        the help desk, Core for anything that creates or edits (or a super admin, R16), else View-Only."""
        needs = {perms.seat_needed(p) for p in granted}
        if self.model == st.LEGACY:
            wanted = [self.legacy.get("sales") if perms.SALES_SEAT in needs else None,
                      self.legacy.get("service") if perms.SERVICE_SEAT in needs else None]
            return tuple(seat for seat in wanted if seat)
        if perms.SALES_SEAT in needs and st.SALES in self.usable:
            return (st.SALES,)
        if perms.SERVICE_SEAT in needs and st.SERVICE in self.usable:
            return (st.SERVICE,)
        if super_admin or needs - {perms.ANY_SEAT}:
            return (st.CORE,)
        return (st.VIEW_ONLY,)

    def holdable(self, seat_type: str) -> bool:
        return seat_type in st.seat_types_for_model(self.model) and (not st.is_paid(seat_type)
                                                                      or seat_type in self.usable
                                                                      or seat_type in self.legacy.values())

    def free_seat(self) -> tuple[str, ...]:
        return (st.VIEW_ONLY,) if self.model == st.SEAT_BASED else ()


def _existing(account: Account) -> dict[str, dict]:
    """{email key: the user's row, seats, permissions, teams} of every user of the account (four queries)."""
    users = {}
    for uid, key, status, admin, partner, first, last, preset, last_active in (
            User.select(User.id, User.email_key, User.status, User.is_super_admin, User.is_partner_employee,
                        User.first_name, User.last_name, User.preset, User.last_active)
            .where(User.account == account).tuples()):
        users[uid] = {"id": uid, "key": key, "status": status, "super_admin": bool(admin), "partner": bool(partner),
                      "first_name": first, "last_name": last, "preset": preset, "last_active": last_active,
                      "seats": [], "permissions": set(), "teams": set()}
    for uid, seat_type in (SeatAssignment.select(SeatAssignment.user, SeatAssignment.seat_type)
                           .where(SeatAssignment.account == account).tuples()):
        users[uid]["seats"].append(seat_type)
    for uid, key in (UserPermission.select(UserPermission.user, Permission.key).join(Permission)
                     .switch(UserPermission).join(User).where(User.account == account).tuples()):
        users[uid]["permissions"].add(key)
    for uid, team_id in (UserTeam.select(UserTeam.user, UserTeam.team).join(Team)
                         .where(Team.account == account).tuples()):
        users[uid]["teams"].add(team_id)
    return {user["key"]: user for user in users.values()}


def _preview(account: Account, actor: User, export: CrmExport, rule: str,
             progress: Callable[[int, int], bool] | None) -> ImportPreview:
    """Every decision of the import, from the file and the account as they are; writes nothing."""
    if rule not in SEAT_RULES:
        raise ValueError(rule)
    rules = _Rules(account)
    existing = _existing(account)
    sets: dict[str, tuple[int, str]] = {}
    for preset_id, name in Preset.select(Preset.id, Preset.name).where(Preset.account == account).tuples():
        sets[_name_key(name)] = (preset_id, name)
    set_names = {preset_id: name for preset_id, name in sets.values()}
    set_permissions: dict[int, set[str]] = {}
    for preset_id, key in (PresetPermission.select(PresetPermission.preset, Permission.key).join(Permission)
                           .switch(PresetPermission).join(Preset).where(Preset.account == account).tuples()):
        set_permissions.setdefault(preset_id, set()).add(key)
    teams = {_name_key(name): (team_id, name) for team_id, name in
             Team.select(Team.id, Team.name).where(Team.account == account).tuples()}
    new_teams: dict[str, str] = {}
    may_give_super_admin = actor.is_super_admin
    problems = list(export.problems)
    planned: list[PlannedUser] = []
    first_line: dict[str, int] = {}
    total = len(export.rows)
    with_login = LAST_LOGIN in export.columns

    def problem(row: ExportRow, message: str, left_out: bool = False, **params) -> None:
        problems.append(LineProblem(row.line, row.email, message, params, left_out))

    for done, row in enumerate(export.rows, start=1):
        if progress is not None and done % PROGRESS_STEP == 0 and not progress(done, total):
            raise ImportCancelled(N_("The import was cancelled: nothing was changed."), code="cancelled")
        if not row.email:
            problem(row, N_("No email address on this line."), True)
            planned.append(PlannedUser(row, LEFT_OUT))
            continue
        email = _normalized(row.email)
        if email is None:
            problem(row, N_("Not a valid email address."), True)
            planned.append(PlannedUser(row, LEFT_OUT))
            continue
        key = email_key(email)
        if key in first_line:
            problem(row, N_("Listed twice: already on line {line}."), True, line=first_line[key])
            planned.append(PlannedUser(row, LEFT_OUT, email))
            continue
        first_line[key] = row.line
        user = existing.get(key)

        # role (the CRM's permission set) and permissions
        preset_id = user["preset"] if user else None
        role_name = set_names.get(preset_id, "")
        if row.role:
            found = sets.get(_name_key(row.role))
            if found is None:
                problem(row, N_("No permission set named {role} in this account: the user is imported without one. "
                                "Create it on the Permission sets page, then import again."), role=row.role)
            else:
                preset_id, role_name = found
        granted = row.permissions
        if granted is None and row.role and preset_id is not None and _name_key(row.role) in sets:
            granted = frozenset(set_permissions.get(preset_id, ()))
        super_admin = user["super_admin"] if user else row.super_admin
        if row.super_admin and not user and not may_give_super_admin:
            super_admin = False
            problem(row, N_("Only a super admin can give super admin rights: the user is imported without them."))
        known = granted if granted is not None else (frozenset(user["permissions"]) if user else frozenset())

        # seat (R5, R13, R16)
        by_permissions = rules.by_permissions(known, super_admin)
        current = tuple(sorted(user["seats"], key=_rank)) if user else ()
        kept: tuple[str, ...]
        partner = user["partner"] if user else False
        if row.seat is not None and rules.holdable(row.seat):
            kept = (row.seat,)
            partner = partner or row.seat == st.PARTNER
        else:
            if row.seat is not None:
                problem(row, N_("This account can't hold the seat {seat}: the seat rule chooses this user's seat."),
                        seat=Msg(st.SEAT_TYPE_LABELS[row.seat]))
            kept = current if user else by_permissions
        if rule == BY_ROLE:
            seats = by_permissions
        elif rule == VIEW_ONLY_NO_EDIT and not super_admin and not (known - perms.allowed_permissions(True)):
            seats = rules.free_seat()
        else:
            seats = kept
        if rules.model == st.SEAT_BASED and super_admin and seats == (st.VIEW_ONLY,):
            seats = (st.CORE,)  # R16: a super admin is never View-Only
        if rules.model == st.SEAT_BASED and not seats:
            seats = by_permissions
        deactivated = bool(user and user["status"] == "deactivated")
        if deactivated and set(seats) != set(current):
            problem(row, N_("The user is deactivated, so their seat stays as it is. Reactivate the user to change it."))
            seats = current
        view_only = st.VIEW_ONLY in seats
        if granted is None and not user:
            granted = perms.default_permissions(view_only)  # "Don't restrict access" (F1)
        if granted is not None and not super_admin:
            granted = granted & perms.allowed_permissions(view_only)

        if user and user["id"] == actor.id and (
                set(seats) != set(current) or preset_id != user["preset"]
                or (granted is not None and granted != user["permissions"])):
            # like deactivating oneself, an import can't take the acting user's own rights away (or give more)
            problem(row, N_("Your own seat and permissions stay as they are. To change them, choose another user "
                            "in Acting as, then import again."))
            seats, granted, preset_id, role_name = current, None, user["preset"], set_names.get(user["preset"], "")

        # teams: joined, created when the account lacks them
        joined = []
        for name in (plain_name(team) for team in row.teams):
            if not name:
                continue
            team_key = _name_key(name)
            if len(name) > MAX_NAME:
                problem(row, Nn_("A team name has at most {n} character.", "A team name has at most {n} characters."),
                        n=MAX_NAME)
                continue
            if team_key in teams:
                if user and teams[team_key][0] in user["teams"]:
                    continue
                joined.append(teams[team_key][1])
            else:
                new_teams.setdefault(team_key, name)
                joined.append(new_teams[team_key])

        first_name = plain_name(row.first_name) or (user["first_name"] if user else "")
        last_name = plain_name(row.last_name) or (user["last_name"] if user else "")
        last_active = row.last_login if with_login or not user else user["last_active"]
        status = NEW
        if user:
            changed = (
                first_name != user["first_name"] or last_name != user["last_name"]
                or last_active != user["last_active"] or partner != user["partner"]
                or preset_id != user["preset"] or joined or set(seats) != set(current)
                or (granted is not None and not super_admin and granted != user["permissions"]))
            status = UPDATED if changed else UNCHANGED
        planned.append(PlannedUser(
            row, status, email, user["id"] if user else None, current, tuple(sorted(seats, key=_rank)),
            granted, frozenset(user["permissions"]) if user else frozenset(), preset_id,
            user["preset"] if user else None, role_name, tuple(joined), super_admin, partner, deactivated,
            first_name, last_name, last_active))
    left_out = {u.row.line for u in planned if u.status == LEFT_OUT}
    problems = [p if p.left_out or p.line not in left_out else replace(p, left_out=True) for p in problems]
    problems.sort(key=lambda p: (p.line, not p.left_out))
    preview = ImportPreview(account.id, rule, planned, problems, list(new_teams.values()), currency=account.currency)
    _count_seats(account, actor, preview)
    return preview


def _count_seats(account: Account, actor: User, preview: ImportPreview) -> None:
    """The paid seats to buy (and their cost now), those left unassigned, and why confirming is refused."""
    delta: dict[str, int] = {}
    for user in preview.users:
        if user.status == LEFT_OUT:
            continue
        for seat_type in set(user.seats) - set(user.seats_before):
            delta[seat_type] = delta.get(seat_type, 0) + 1
        for seat_type in set(user.seats_before) - set(user.seats):
            delta[seat_type] = delta.get(seat_type, 0) - 1
            if st.is_paid(seat_type):
                preview.freed[seat_type] = preview.freed.get(seat_type, 0) + 1
    summaries = {s.seat_type: s for s in seat_summaries(account.id)}
    refusal = None
    for seat_type in sorted(delta, key=_rank):
        if not st.is_paid(seat_type):
            continue
        summary = summaries.get(seat_type)
        assigned, total = (summary.assigned, summary.total) if summary else (0, 0)
        short = assigned + delta[seat_type] - total
        if short <= 0:
            continue
        preview.to_buy[seat_type] = short
        if seat_type in free_seats(account):
            refusal = refusal or DomainError(FREE_TOOLS_MORE_SEATS, code="free_tools")
            continue
        try:
            preview.cost_now_cents += quote_purchase(account.id, seat_type, short, maximum=10**9).cost_now_cents
        except DomainError as error:  # no subscription sells it (R5)
            refusal = refusal or error
    gives_paid = any(st.is_paid(t) for u in preview.users if u.status != LEFT_OUT
                     for t in set(u.seats) - set(u.seats_before))
    if not any(u.status in (NEW, UPDATED) for u in preview.users):
        refusal = DomainError(N_("There is nothing to import: every line is left out or already as in the file."),
                              code="nothing_to_import")
    elif (gives_paid or preview.to_buy) and not user_can(actor, perms.ADD_EDIT_USERS, perms.MODIFY_BILLING):
        refusal = DomainError(NEED_USERS_AND_BILLING, code="permission")
    elif preview.new_teams and not user_can(actor, ADD_EDIT_TEAMS):
        refusal = DomainError(NEED_ADD_EDIT_TEAMS, code="permission")
    preview.refusal = refusal


def preview_import(account_id: int, actor_id: int | None, export: CrmExport, rule: str = KEEP,
                   progress: Callable[[int, int], bool] | None = None) -> ImportPreview:
    """What importing ``export`` into the account (or plan) ``account_id`` with the seat ``rule`` would do;
    writes nothing. ``progress(rows checked, rows)`` returning False cancels.

    Raises:
        DomainError: the acting user may not add and edit users (R18), or the preview was cancelled.
    """
    account = get_account(account_id)
    actor = get_actor(account, actor_id)
    require_users(actor)
    return _preview(account, actor, export, rule, progress)


def import_users(account_id: int, actor_id: int | None, export: CrmExport, rule: str = KEEP,
                 progress: Callable[[int, int], bool] | None = None, confirmed: tuple | None = None) -> Change:
    """Import ``export`` as its preview says, in one transaction: teams, seats bought, users added and
    updated, seats, permissions and their history, invitations, the event log (R31).

    ``result`` is the preview it carried out. Refused, writing nothing, for the preview's refusal,
    when ``progress(done, total)`` returns False, or when ``confirmed`` (the ``digest()`` of the preview
    the person saw) differs from what importing now would do: another desk changed the account meanwhile.
    """
    with db.atomic():
        account = get_account(account_id)
        actor = get_actor(account, actor_id)
        require_users(actor)
        checking = None if progress is None else (lambda done, total: progress(done // 2, total))  # first half
        preview = _preview(account, actor, export, rule, checking)
        if preview.refusal is not None:
            raise preview.refusal
        if confirmed is not None and preview.digest() != confirmed:
            raise DomainError(N_("The account changed since the preview (seats, users or teams): check the new "
                                 "preview, then import again."), code="preview_stale")
        total = len(preview.users)

        def step(done: int) -> None:
            if progress is not None and not progress(done, total):
                raise ImportCancelled(N_("The import was cancelled: nothing was changed."), code="cancelled")

        team_ids = _write_teams(account, actor, preview)
        for seat_type, count in sorted(preview.to_buy.items(), key=lambda item: _rank(item[0])):
            add_purchase(account, actor, seat_type, count, maximum=10**9)
        step(total * 6 // 10)
        set_names = dict(Preset.select(Preset.id, Preset.name).where(Preset.account == account).tuples())
        notices = _write_existing(account, actor, [u for u in preview.users if u.status == UPDATED], set_names)
        step(total * 7 // 10)
        new_ids, more = _write_new(account, actor, [u for u in preview.users if u.status == NEW])
        notices += more
        step(total * 9 // 10)
        _write_teams_joined(preview, team_ids, new_ids)
        record(account, actor, "users_imported", n=preview.count(NEW), updated=preview.count(UPDATED),
               left_out=preview.count(LEFT_OUT), rule=rule)
        step(total)
        return Change(all_users=True, seats=True, billing=bool(preview.to_buy) or bool(notices),
                      accounts=bool(preview.new_teams), notices=notices, result=preview)


def _write_teams(account: Account, actor: User, preview: ImportPreview) -> dict[str, int]:
    insert_rows(Team, [{"account": account.id, "name": name} for name in preview.new_teams])
    record_many(account, actor, "team_created", [{"team": name} for name in preview.new_teams])
    return {_name_key(name): team_id for team_id, name in
            Team.select(Team.id, Team.name).where(Team.account == account).tuples()}


def _user(planned: PlannedUser, user_id: int, status: str) -> User:
    """A user row as the seat services need it (id, email, flags), without reading it again."""
    return User(id=user_id, email=planned.email, status=status, is_super_admin=planned.super_admin,
                is_partner_employee=planned.partner)


def _write_existing(account: Account, actor: User, users: list[PlannedUser], set_names: dict[int, str]) -> list:
    """Names, last active date, permission set, permissions, then seats (moved as Manage paid users moves
    them: given back before any is taken, R10 and R13 kept, each move in the permission history)."""
    if not users:
        return []
    db.executemany(
        f'UPDATE "{User._meta.table_name}" SET first_name = ?, last_name = ?, sort_name = ?, last_active = ?, preset_id = ?, '
        'is_partner_employee = ? WHERE id = ?',
        [(u.first_name, u.last_name, name_sort_key(u.first_name, u.last_name, u.email),
          u.last_active.isoformat() if u.last_active else None, u.preset_id, bool(u.partner), u.user_id)
         for u in users])
    _write_permissions(account, actor, users, set_names)  # before the seats: a View-Only Seat then strips nothing
    moves = [(_user(u, u.user_id, "active"), set(u.seats_before), set(u.seats)) for u in users
             if set(u.seats) != set(u.seats_before) and not u.deactivated]
    return move_seats(account, actor, moves)


def _write_permissions(account: Account, actor: User, users: list[PlannedUser], set_names: dict[int, str]) -> None:
    """Each updated user's permissions become the file's (as far as the seat allows), with the permission
    history of what was added and removed and of the permission set (R19)."""
    ids = dict(Permission.select(Permission.key, Permission.id).tuples())
    removed_links, added_links, history = [], [], []
    day = planning_date(account)
    for u in users:
        change: dict = {}
        if u.permissions is not None and not u.super_admin:
            added, removed = u.permissions - u.permissions_before, u.permissions_before - u.permissions
            removed_links += [(u.user_id, ids[k]) for k in sorted(removed)]
            added_links += [{"user": u.user_id, "permission": ids[k]} for k in sorted(added)]
            if added or removed:
                change["permissions"] = {"added": sorted(added), "removed": sorted(removed)}
        if u.preset_id != u.preset_before:
            change["preset"] = {"from": set_names.get(u.preset_before), "to": set_names.get(u.preset_id)}
        if change:
            history.append({"user": u.user_id, "actor": actor, "planning_date": day, "change": change})
    db.executemany(f'DELETE FROM "{UserPermission._meta.table_name}" WHERE user_id = ? AND permission_id = ?', removed_links)
    insert_rows(UserPermission, added_links)
    insert_rows(PermissionHistory, history)


def _write_new(account: Account, actor: User, users: list[PlannedUser]) -> tuple[dict[str, int], list]:
    """The new users with their seats, permissions, history and (for those who never logged in) an
    invitation token, no email queued: they are users of the live account already. Returns {email: id}
    and what to tell about the seats (a scheduled removal cancelled, R10)."""
    if not users:
        return {}, []
    day = planning_date(account)
    status = {u.email: "active" if u.last_active else "invited" for u in users}
    insert_rows(User, [
        {"account": account.id, "email": u.email, "email_key": email_key(u.email), "first_name": u.first_name,
         "last_name": u.last_name, "status": status[u.email], "sort_name": name_sort_key(u.first_name, u.last_name,
                                                                                          u.email),
         "is_super_admin": u.super_admin, "is_partner_employee": u.partner, "preset": u.preset_id,
         "last_active": u.last_active, "created_on": day} for u in users])
    ids: dict[str, int] = {}
    for part in chunks([email_key(u.email) for u in users]):
        ids.update(User.select(User.email_key, User.id).where(User.account == account, User.email_key.in_(part))
                   .tuples())
    made = {u.email: _user(u, ids[email_key(u.email)], status[u.email]) for u in users}
    record_many(account, actor, "user_created", [{"user_id": made[u.email].id, "email": u.email} for u in users])
    by_seat: dict[str, list[User]] = {}
    for u in users:
        for seat_type in u.seats:
            by_seat.setdefault(seat_type, []).append(made[u.email])
    notices = []
    for seat_type in sorted(by_seat, key=_rank):
        notices += take_seats(account, actor, by_seat[seat_type], seat_type)
    permission_ids = dict(Permission.select(Permission.key, Permission.id).tuples())
    insert_rows(UserPermission, [{"user": made[u.email].id, "permission": permission_ids[k]}
                                 for u in users for k in sorted(u.permissions or ())])
    insert_rows(PermissionHistory, [
        {"user": made[u.email].id, "actor": actor, "planning_date": day,
         "change": {"created": True, "seat": {"from": [], "to": list(u.seats)},
                    "permissions": {"added": sorted(u.permissions or ()), "removed": []},
                    "super_admin": u.super_admin}} for u in users])
    insert_rows(Invitation, [{"user": made[u.email].id, "token": secrets.token_urlsafe(24)}
                             for u in users if status[u.email] == "invited"])
    return {u.email: made[u.email].id for u in users}, notices


def _write_teams_joined(preview: ImportPreview, team_ids: dict[str, int], new_ids: dict[str, int]) -> None:
    links = set()
    for u in preview.users:
        user_id = u.user_id if u.status == UPDATED else new_ids.get(u.email)
        if user_id is None:
            continue
        for name in u.teams:
            links.add((user_id, team_ids[_name_key(name)]))
    insert_rows(UserTeam, [{"user": user_id, "team": team_id} for user_id, team_id in sorted(links)])


def describe_seats(seat_types) -> str:
    """Seat types as the preview shows them: their labels, or a dash for none (legacy: no paid seat)."""
    return ", ".join(tr(st.SEAT_TYPE_LABELS[t]) for t in seat_types) or "–"
