"""Users of an account (R13, R14, R16, R17): create, deactivate, reactivate, remove, super admin."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field, replace

from seatdesk.db.models import (
    Account,
    Invitation,
    Permission,
    PermissionHistory,
    Preset,
    SeatAssignment,
    Team,
    User,
    UserPermission,
    UserTeam,
    db,
)
from seatdesk.domain import permissions as perms
from seatdesk.domain import seats as st
from seatdesk.domain.errors import DomainError
from seatdesk.domain.imports import SALESFORCE, SOURCE_LABELS, TYPED, Candidate
from seatdesk.domain.names import name_sort_key
from seatdesk.i18n import N_, Msg, tr
from seatdesk.services import Change, Notice
from seatdesk.services.common import (
    get_account,
    get_actor,
    get_user,
    insert_rows,
    planning_date,
    record,
    record_many,
    require_paid_access,
    require_users,
)
from seatdesk.services.history import record_history
from seatdesk.services.seats import VIEW_ONLY_NO_SUPER_ADMIN, hold_refusal, seats_of, take_seats

REMOVE_ACCESS_FIRST = N_("To remove a user who has a seat, first remove their Sales Hub or Service Hub access in user permissions.")
REMOVE_SEAT_FIRST = N_("{email} holds a paid seat. To remove a user who has a seat, first take the seat away: under Assign seat choose View-Only Seat and save, then remove the user.")
SUPER_ADMIN_PAID_LATER = N_("Creating a Super Admin? Add their paid Sales Hub and Service Hub access after creating the user, with Manage paid users.")
ONLY_SUPER_ADMIN = N_("Only a super admin can give or remove super admin rights.")
SALESFORCE_NEEDS = N_("Importing from Salesforce needs the Salesforce integration (Professional and Enterprise only). All Salesforce users are selected by default; clear the ones you don't want.")


def normalize_email(email: str) -> str:
    """Check an address's syntax (email-validator, no network) and return it normalised.

    Raises:
        DomainError: the address is not valid.
    """
    from email_validator import (  # imported on first use: start-up
        EmailNotValidError,
        validate_email,
    )

    try:
        return validate_email(email.strip(), check_deliverability=False).normalized
    except EmailNotValidError:
        raise DomainError(N_("{email} is not a valid email address."), code="bad_email",
                          email=email.strip()) from None


def email_key(email: str) -> str:
    return email.casefold()


# -- adding users (F1, F2, R17, R20) --------------------------------------------------------------

@dataclass(frozen=True)
class Problem:
    """Why one address of a batch can't be added, with where it was read."""

    candidate: Candidate
    message: str
    params: dict = field(default_factory=dict)

    def translated(self) -> str:
        return tr(self.message, **self.params)


@dataclass(frozen=True)
class BatchCheck:
    """The addresses that can be added (normalised) and the problems of the others."""

    valid: list[Candidate]
    problems: list[Problem]


def _existing_keys(account: Account, keys: list[str]) -> set[str]:
    found: set[str] = set()
    for i in range(0, len(keys), 500):
        chunk = keys[i:i + 500]
        found |= {k for (k,) in User.select(User.email_key)
                  .where(User.account == account, User.email_key.in_(chunk)).tuples()}
    return found


def check_new_users(account_id: int, candidates: list[Candidate]) -> BatchCheck:
    """Check every address before anything is written (R17, R20): syntax, twice in the batch, already a user."""
    account = get_account(account_id)
    valid: list[Candidate] = []
    problems: list[Problem] = []
    first_seen: dict[str, Candidate] = {}
    for candidate in candidates:
        if not candidate.email.strip():
            problems.append(Problem(candidate, N_("No email address on this line.")))
            continue
        try:
            email = normalize_email(candidate.email)
        except DomainError:
            problems.append(Problem(candidate, N_("Not a valid email address.")))
            continue
        key = email_key(email)
        first = first_seen.get(key)
        if first is not None:
            problems.append(Problem(candidate, N_("Listed twice: already on line {line} of {source}."),
                                    {"line": first.line, "source": Msg(SOURCE_LABELS[first.source])}))
            continue
        first_seen[key] = candidate
        valid.append(replace(candidate, email=email))
    existing = _existing_keys(account, list(first_seen))
    for candidate in [c for c in valid if email_key(c.email) in existing]:
        valid.remove(candidate)
        problems.append(Problem(candidate, N_("Already a user of this account.")))
    order = list(SOURCE_LABELS)
    problems.sort(key=lambda p: (order.index(p.candidate.source), p.candidate.line))
    return BatchCheck(valid, problems)


def salesforce_refusal(account: Account) -> DomainError | None:
    """Why this account can't import Salesforce records, or None (R20: Sales/Service Hub Pro or Enterprise)."""
    tiers = {s.hub: s.tier for s in account.subscriptions}
    high = any(tiers.get(hub) in ("professional", "enterprise") for hub in ("sales", "service"))
    if not high or not account.salesforce_integration:
        return DomainError(SALESFORCE_NEEDS, code="salesforce")
    return None


@dataclass(frozen=True)
class NewUsers:
    """What the create-user wizard decided for every user of the batch (R20: the same for all)."""

    candidates: list[Candidate]
    seat_types: tuple[str, ...] = ()
    permissions: frozenset[str] | None = None  # None: the seat's defaults ("Don't restrict access")
    super_admin: bool = False
    partner: bool = False
    invite: bool = True
    language: str = "en"


def _check_access(account: Account, new: NewUsers) -> tuple[tuple[str, ...], frozenset[str]]:
    """The seat types and permissions every user of ``new`` gets, or the rule that refuses them."""
    seat_types = tuple(new.seat_types)
    if account.seat_model == st.SEAT_BASED:
        if not seat_types:
            seat_types = (st.CORE,) if new.super_admin else (st.VIEW_ONLY,)
        if len(seat_types) != 1:
            raise DomainError(N_("Choose one seat for the new users."), code="one_seat")
    else:
        hubs = [st.legacy_hub(t) for t in seat_types]
        if len(hubs) != len(set(hubs)):
            raise DomainError(N_("A user can have only one Sales Hub seat and one Service Hub seat."),
                              code="two_seats_one_hub")
        if new.super_admin and seat_types:
            raise DomainError(SUPER_ADMIN_PAID_LATER, code="super_admin_paid_later")
    view_only = st.VIEW_ONLY in seat_types
    if new.super_admin and view_only:
        raise DomainError(VIEW_ONLY_NO_SUPER_ADMIN, code="view_only_super_admin")
    for seat_type in seat_types:
        refusal = hold_refusal(account.id, seat_type, partner=new.partner, super_admin=new.super_admin)
        if refusal is not None:
            raise refusal
    granted = perms.default_permissions(view_only) if new.permissions is None else frozenset(new.permissions)
    unknown = granted - set(perms.PERMISSION_KEYS)
    if unknown:
        raise DomainError(N_("Unknown permissions: {permissions}."), code="unknown_permission",
                          permissions=", ".join(sorted(unknown)))
    refused = granted - perms.allowed_permissions(view_only)
    if refused:
        raise DomainError(N_("A View-Only Seat can only view, so it can't have these permissions: {permissions}."),
                          code="view_only_permissions",
                          permissions=", ".join(tr(perms.PERMISSION_LABELS[k]) for k in sorted(refused)))
    return seat_types, granted


def _add_users(account: Account, actor: User | None, people: list[Candidate], seat_types: tuple[str, ...],
               granted: frozenset[str], *, super_admin: bool, partner: bool,
               status: str) -> tuple[list[User], list[Notice]]:
    """Insert ``people`` (checked) with their seats, permissions, history, invitation tokens and events.

    Returns the users in the order of ``people`` and what to tell about the seats (R10).
    """
    day = planning_date(account)
    insert_rows(User, [
        {"account": account, "email": c.email, "email_key": email_key(c.email), "first_name": c.first_name.strip(),
         "last_name": c.last_name.strip(), "status": status,
         "sort_name": name_sort_key(c.first_name.strip(), c.last_name.strip(), c.email), "is_super_admin": super_admin,
         "is_partner_employee": partner, "created_on": day} for c in people])
    by_key = {u.email_key: u for u in User.select().where(
        User.account == account, User.email_key.in_([email_key(c.email) for c in people]))}
    users = [by_key[email_key(c.email)] for c in people]
    record_many(account, actor, "user_created", [{"user_id": u.id, "email": u.email} for u in users])
    notices = []
    for seat_type in seat_types:
        notices += take_seats(account, actor, users, seat_type)
    if granted:
        ids = [pid for (pid,) in Permission.select(Permission.id).where(Permission.key.in_(sorted(granted))).tuples()]
        insert_rows(UserPermission, [{"user": u.id, "permission": pid} for u in users for pid in ids])
    change = {"created": True, "seat": {"from": [], "to": list(seat_types)},
              "permissions": {"added": sorted(granted), "removed": []}, "super_admin": super_admin}
    insert_rows(PermissionHistory, [{"user": u, "actor": actor, "planning_date": day, "change": change}
                                    for u in users])
    if status == "invited":
        insert_rows(Invitation, [{"user": u, "token": secrets.token_urlsafe(24)} for u in users])
    return users, notices


def _check_actor(account: Account, actor: User, new: NewUsers) -> None:
    """May ``actor`` give what ``new`` asks (R18), from where it comes?"""
    require_users(actor)
    if any(st.is_paid(t) for t in new.seat_types):
        require_paid_access(actor)
    if new.super_admin and not actor.is_super_admin:
        raise DomainError(ONLY_SUPER_ADMIN, code="permission")
    if any(c.source == SALESFORCE for c in new.candidates):
        refusal = salesforce_refusal(account)
        if refusal is not None:
            raise refusal


def check_access(account_id: int, actor_id: int, new: NewUsers) -> tuple[tuple[str, ...], frozenset[str]]:
    """The seat types and permissions ``new`` gives, checked as ``create_users`` will check them; writes nothing.

    The wizard asks it before going on, so a refusal is seen on the page where the choice is made.
    """
    account = get_account(account_id)
    _check_actor(account, get_actor(account, actor_id), new)
    return _check_access(account, new)


def create_users(account_id: int, actor_id: int, new: NewUsers) -> Change:
    """Create every user of the batch with the same seat and permissions, in one transaction (F1, F2).

    Queues one invitation email per user unless ``new.invite`` is False (R21). Refused, writing nothing,
    when an address can't be added, a rule forbids the access chosen, or paid seats are missing (R6).
    """
    from seatdesk.services.outbox import queue_invitations

    with db.atomic():
        account = get_account(account_id)
        actor = get_actor(account, actor_id)
        _check_actor(account, actor, new)
        check = check_new_users(account.id, new.candidates)
        if check.problems:
            problem = check.problems[0]
            raise DomainError(N_("{email} can't be added: {problem}"), code="bad_batch",
                              email=problem.candidate.email, problem=problem.translated())
        if not check.valid:
            raise DomainError(N_("Add at least one email address."), code="no_users")
        seat_types, granted = _check_access(account, new)
        users, notices = _add_users(account, actor, check.valid, seat_types, granted,
                                    super_admin=new.super_admin, partner=new.partner, status="invited")
        if new.invite:
            queue_invitations(account, actor, users, new.language)
        return Change(users={u.id for u in users}, seats=True, billing=bool(notices), notices=notices,
                      result=users)


def create_user(account_id: int, actor_id: int | None, email: str, first_name: str = "", last_name: str = "",
                *, seat_types=(), permissions=(), super_admin=False, partner=False,
                status: str = "invited") -> Change:
    """Add one user with exactly these seat(s) and permissions, no email (the first user, the demo, tests).

    ``actor_id`` None is only for the first user of a new account (R23) and the demo.
    """
    with db.atomic():
        account = get_account(account_id)
        email = normalize_email(email)
        new = NewUsers([Candidate(TYPED, 1, email, first_name, last_name)], tuple(seat_types),
                       frozenset(permissions), super_admin=super_admin, partner=partner)
        actor = get_actor(account, actor_id) if actor_id is not None else None
        if actor is not None:
            _check_actor(account, actor, new)
        if _existing_keys(account, [email_key(email)]):
            raise DomainError(N_("{email} is already a user of this account."), code="duplicate_email", email=email)
        seat_types, granted = _check_access(account, new)
        users, _notices = _add_users(account, actor, new.candidates, seat_types, granted,
                                     super_admin=super_admin, partner=partner, status=status)
        user = users[0]
        return Change(users={user.id}, seats=True, result=user)


def add_to_team_and_preset(account_id: int, actor_id: int, user_ids: list[int], team_id: int | None,
                           preset_id: int | None) -> Change:
    """After creation: add the new users to a team and give them preset settings (F1 step 8)."""
    with db.atomic():
        account = get_account(account_id)
        actor = get_actor(account, actor_id)
        require_users(actor)
        users = [get_user(account, uid) for uid in user_ids]
        team = Team.get_or_none((Team.id == team_id) & (Team.account == account)) if team_id else None
        preset = Preset.get_or_none((Preset.id == preset_id) & (Preset.account == account)) if preset_id else None
        if (team_id and team is None) or (preset_id and preset is None):
            raise DomainError(N_("This team or preset no longer exists. Choose another one."), code="no_team")
        if team is None and preset is None:
            return Change()
        if team is not None:
            linked = {uid for (uid,) in UserTeam.select(UserTeam.user).where(UserTeam.team == team).tuples()}
            insert_rows(UserTeam, [{"user": u.id, "team": team.id} for u in users if u.id not in linked])
        if preset is not None:
            User.update(preset=preset).where(User.id.in_(user_ids)).execute()
        record_many(account, actor, "team_preset_set", [
            {"user_id": u.id, "email": u.email, "team": team.name if team else None,
             "preset": preset.name if preset else None} for u in users])
        return Change(users=set(user_ids))


def _refuse_self(actor: User, user: User, message) -> None:
    if actor.id == user.id:
        raise DomainError(message, code="self")


def _set_status(account_id: int, actor_id: int, user_id: int, status: str) -> Change:
    with db.atomic():
        account = get_account(account_id)
        actor = get_actor(account, actor_id)
        require_users(actor)
        user = get_user(account, user_id)
        if status == "deactivated":
            _refuse_self(actor, user, N_("You can't deactivate yourself. To do it, choose another user in Acting as."))
            if user.status == "deactivated":
                return Change()
        elif user.status != "deactivated":
            return Change()
        user.status = status
        user.save()
        record(account, actor, "user_deactivated" if status == "deactivated" else "user_reactivated",
               user_id=user.id, email=user.email)
        return Change(users={user.id})


def deactivate_user(account_id: int, actor_id: int, user_id: int) -> Change:
    """Deactivate a user; their seats stay assigned (R13 explains how to free them)."""
    return _set_status(account_id, actor_id, user_id, "deactivated")


def reactivate_user(account_id: int, actor_id: int, user_id: int) -> Change:
    return _set_status(account_id, actor_id, user_id, "active")


def _check_removable(account, actor, user) -> None:
    _refuse_self(actor, user, N_("You can't remove yourself. To do it, choose another user in Acting as."))
    if any(st.is_paid(t) for t in seats_of(user)):
        if account.seat_model == st.SEAT_BASED:  # the way out on the user page (F3)
            raise DomainError(REMOVE_SEAT_FIRST, code="holds_paid_seat", email=user.email)
        raise DomainError(REMOVE_ACCESS_FIRST, code="holds_paid_seat")


def removal_refusal(account_id: int, actor_id: int, user_id: int) -> DomainError | None:
    """Why ``remove_user`` would refuse (permission, oneself, a paid seat held: R14), or None; writes nothing.

    A window asks this before its "can't be undone" question, so a removal that can only be refused
    is never confirmed first.
    """
    try:
        account = get_account(account_id)
        actor = get_actor(account, actor_id)
        require_users(actor)
        _check_removable(account, actor, get_user(account, user_id))
    except DomainError as error:
        return error
    return None


def remove_user(account_id: int, actor_id: int, user_id: int) -> Change:
    """Remove a user from the account; refused while they hold a paid seat (R14)."""
    with db.atomic():
        account = get_account(account_id)
        actor = get_actor(account, actor_id)
        require_users(actor)
        user = get_user(account, user_id)
        _check_removable(account, actor, user)
        record(account, actor, "user_removed", user_id=user.id, email=user.email,
               seat_types=seats_of(user))
        SeatAssignment.delete().where(SeatAssignment.user == user).execute()
        user.delete_instance()
        return Change(users={user_id}, seats=True)


def set_super_admin(account_id: int, actor_id: int, user_id: int, value: bool) -> Change:
    """Make a user super admin or not; only a super admin may (R18); never a View-Only user (R16)."""
    with db.atomic():
        account = get_account(account_id)
        actor = get_actor(account, actor_id)
        if not actor.is_super_admin:
            raise DomainError(ONLY_SUPER_ADMIN, code="permission")
        user = get_user(account, user_id)
        if value and st.VIEW_ONLY in seats_of(user):
            raise DomainError(VIEW_ONLY_NO_SUPER_ADMIN, code="view_only_super_admin")
        if value == user.is_super_admin:
            return Change()
        if not value:
            _refuse_self(actor, user, N_("You can't remove your own super admin rights. To do it, choose another super admin in Acting as."))
        user.is_super_admin = value
        user.save()
        record_history(account, actor, user, {"super_admin": value})
        record(account, actor, "super_admin_changed", user_id=user.id, email=user.email, value=value)
        return Change(users={user.id})
