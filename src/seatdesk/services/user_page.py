"""The user page (F3): one user's seat, teams and preset, saved together; its permission history;
reset password. Deactivate, reactivate, remove super admin and remove from account are in ``users``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from seatdesk.db.models import (
    OutboxMessage,
    Permission,
    PermissionHistory,
    Preset,
    Team,
    User,
    UserPermission,
    UserTeam,
    db,
)
from seatdesk.domain import permissions as perms
from seatdesk.domain import seats as st
from seatdesk.domain.errors import DomainError
from seatdesk.i18n import N_, _, format_list, in_sentence, language_of, tr
from seatdesk.services import Change, Notice
from seatdesk.services.common import (
    get_account,
    get_actor,
    get_user,
    insert_rows,
    record,
    require_paid_access,
    require_users,
)
from seatdesk.services.outbox import PASSWORD_RESET, SENDER
from seatdesk.services.seats import (
    UNASSIGN_KEEPS_PAYING,
    check_one_seat_per_hub,
    move_seats,
    seats_of,
    usable_seat_types,
)

RESET_LINK = "https://login.seatdesk.example/reset?user={user_id}"


@dataclass(frozen=True)
class UserDetails:
    """What the user page shows of one user."""

    id: int
    email: str
    first_name: str
    last_name: str
    status: str
    is_super_admin: bool
    is_partner_employee: bool
    seat_types: tuple[str, ...]
    team_ids: frozenset[int]
    preset_id: int | None
    last_active: dt.date | None
    permissions: tuple[str, ...]

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip() or self.email


@dataclass(frozen=True)
class UserEdit:
    """What Save writes: the seats wanted (one in the seat-based model, one per hub in legacy), teams, preset."""

    seat_types: frozenset[str]
    team_ids: frozenset[int]
    preset_id: int | None
    permissions: frozenset[str] | None = None  # None: unchanged (and always for a super admin: R18)


def user_details(account_id: int, user_id: int) -> UserDetails:
    user = get_user(get_account(account_id), user_id)
    teams = frozenset(t for (t,) in UserTeam.select(UserTeam.team).where(UserTeam.user == user).tuples())
    keys = tuple(k for (k,) in UserPermission.select(Permission.key).join(Permission)
                 .where(UserPermission.user == user).order_by(Permission.position).tuples())
    return UserDetails(user.id, user.email, user.first_name, user.last_name, user.status, user.is_super_admin,
                       user.is_partner_employee, tuple(sorted(seats_of(user), key=st.SEAT_TYPE_ORDER.get)),
                       teams, user.preset_id, user.last_active, keys)


def seat_slots(account_id: int) -> list[tuple[str | None, list[str]]]:
    """The Seat assignment dropdowns: seat-based, one (None, seat types); legacy, one per hub (hub, seat types)."""
    account = get_account(account_id)
    usable = usable_seat_types(account)
    if account.seat_model == st.SEAT_BASED:
        return [(None, usable)]
    return [(hub, [t for t in usable if st.legacy_hub(t) == hub]) for hub in st.LEGACY_HUBS]


def _check_seats(account, user: User, wanted: frozenset[str]) -> None:
    if account.seat_model == st.SEAT_BASED:
        if len(wanted) != 1:
            raise DomainError(N_("Choose one seat for this user."), code="one_seat")
    else:
        check_one_seat_per_hub(user, wanted)


def set_permissions(user: User, wanted: frozenset[str], view_only: bool) -> dict:
    """Give ``user`` exactly ``wanted``, with the rules of creation (R25); returns what was added and removed."""
    unknown = set(wanted) - set(perms.PERMISSION_KEYS)
    if unknown:
        raise DomainError(N_("Unknown permissions: {permissions}."), code="unknown_permission",
                          permissions=", ".join(sorted(unknown)))
    refused = set(wanted) - perms.allowed_permissions(view_only)
    if refused:
        raise DomainError(N_("A View-Only Seat can only view, so it can't have these permissions: {permissions}."),
                          code="view_only_permissions",
                          permissions=format_list([tr(perms.PERMISSION_LABELS[k]) for k in sorted(refused)]))
    current = {k for (k,) in UserPermission.select(Permission.key).join(Permission)
               .where(UserPermission.user == user).tuples()}
    added, removed = set(wanted) - current, current - set(wanted)
    if removed:
        ids = [p for (p,) in Permission.select(Permission.id).where(Permission.key.in_(sorted(removed))).tuples()]
        UserPermission.delete().where(UserPermission.user == user, UserPermission.permission.in_(ids)).execute()
    if added:
        ids = dict(Permission.select(Permission.key, Permission.id).where(Permission.key.in_(sorted(added))).tuples())
        insert_rows(UserPermission, [{"user": user.id, "permission": ids[k]} for k in sorted(added)])
    return {"added": sorted(added), "removed": sorted(removed)} if added or removed else {}


def give_permissions(account, actor: User, users: list[User], wanted: frozenset[str],
                     also=None) -> list[User]:
    """Give each of ``users`` ``wanted`` as far as their seat allows (a View-Only Seat keeps viewing and
    administration only, R25), with the permission history (R19); super admins have every permission
    already (R18) and keep what is stored. ``also(user)`` adds more of the change to each history row
    (the preset). Returns the users whose permissions or history changed.
    """
    from seatdesk.db.models import SeatAssignment
    from seatdesk.services.history import record_history

    view_only = {u for (u,) in SeatAssignment.select(SeatAssignment.user)
                 .where(SeatAssignment.account == account, SeatAssignment.seat_type == st.VIEW_ONLY).tuples()}
    changed = []
    for user in users:
        change = dict(also(user)) if also is not None else {}
        if not user.is_super_admin:
            seat_view_only = user.id in view_only
            granted = set_permissions(user, wanted & perms.allowed_permissions(seat_view_only), seat_view_only)
            if granted:
                change["permissions"] = granted
        if change:
            record_history(account, actor, user, change)
            changed.append(user)
    return changed


def save_user(account_id: int, actor_id: int, user_id: int, edit: UserEdit) -> Change:
    """Save the user page: seat, teams and preset in one transaction, with the permission history (R19).

    Choosing View-Only unassigns the paid seat, which stays bought (R12); a deactivated user's seat
    does not change (R13); paid access needs Add and edit users and Modify billing (R18).
    """
    from seatdesk.services.history import record_history

    with db.atomic():
        account = get_account(account_id)
        actor = get_actor(account, actor_id)
        require_users(actor)
        user = get_user(account, user_id)
        old = frozenset(seats_of(user))
        notices: list[Notice] = []
        billing = False
        if edit.seat_types != old:
            _check_seats(account, user, edit.seat_types)
            if any(st.is_paid(t) for t in old ^ edit.seat_types):
                require_paid_access(actor)
            notices = move_seats(account, actor, [(user, set(old), set(edit.seat_types))])
            billing = bool(notices)  # R10: a scheduled removal was cancelled
            if any(st.is_paid(t) for t in old - edit.seat_types):
                notices.append(Notice(UNASSIGN_KEEPS_PAYING))
        teams = {t.id: t for t in Team.select().where(Team.account == account)}
        if not edit.team_ids <= set(teams) or (
                edit.preset_id is not None
                and not Preset.select().where(Preset.id == edit.preset_id, Preset.account == account).exists()):
            raise DomainError(N_("This team or preset no longer exists. Choose another one."), code="no_team")
        current = {t for (t,) in UserTeam.select(UserTeam.team).where(UserTeam.user == user).tuples()}
        added, removed = edit.team_ids - current, current - edit.team_ids
        history: dict = {}
        if added or removed:
            insert_rows(UserTeam, [{"user": user.id, "team": t} for t in sorted(added)])
            UserTeam.delete().where(UserTeam.user == user, UserTeam.team.in_(sorted(removed))).execute()
            history["teams"] = {"added": sorted(teams[t].name for t in added),
                                "removed": sorted(teams[t].name for t in removed)}
            for key, names in history["teams"].items():
                if names:
                    record(account, actor, "teams_changed", user_id=user.id, email=user.email, **{key: names})
        if edit.preset_id != user.preset_id:
            names = dict(Preset.select(Preset.id, Preset.name).where(Preset.account == account).tuples())
            history["preset"] = {"from": names.get(user.preset_id), "to": names.get(edit.preset_id)}
            User.update(preset=edit.preset_id).where(User.id == user.id).execute()
            record(account, actor, "preset_changed", user_id=user.id, email=user.email, preset=history["preset"]["to"])
        if edit.permissions is not None and not user.is_super_admin:
            granted = set_permissions(user, edit.permissions, view_only=st.VIEW_ONLY in edit.seat_types)
            if granted:
                history["permissions"] = granted
        if history:
            record_history(account, actor, user, history)
        changed = bool(history) or edit.seat_types != old
        return Change(users={user.id} if changed else set(), seats=edit.seat_types != old,
                      billing=billing, notices=notices)


# -- the permission history (R19) --------------------------------------------------------------

@dataclass(frozen=True)
class HistoryRow:
    id: int
    at: dt.datetime
    planning_date: dt.date
    actor: str
    change: dict


def _seat_list(seat_types) -> str:
    return format_list([tr(st.SEAT_TYPE_LABELS.get(t, t)) for t in seat_types]) if seat_types else _("No paid seat")


def describe_change(change: dict) -> str:
    """One history entry in the current language: what changed."""
    parts = []
    if change.get("created"):
        parts.append(_("User created"))
    seat = change.get("seat")
    if seat:
        parts.append(_("Seat: {old} → {new}").format(old=_seat_list(seat["from"]), new=_seat_list(seat["to"]))
                     if seat["from"] else _("Seat: {new}").format(new=_seat_list(seat["to"])))
    granted = change.get("permissions") or {}
    removed_text = (_("Permissions removed with the View-Only Seat: {permissions}") if change.get("reason") == "view_only"
                    else _("Permissions removed: {permissions}"))
    for key, text in (("added", _("Permissions added: {permissions}")), ("removed", removed_text)):
        if granted.get(key):
            parts.append(text.format(permissions=format_list(
                [in_sentence(tr(perms.PERMISSION_LABELS.get(k, k))) for k in granted[key]])))
    if "super_admin" in change and (change["super_admin"] or not change.get("created")):
        parts.append(_("Made super admin") if change["super_admin"] else _("Super admin rights removed"))
    teams = change.get("teams") or {}
    if teams.get("added"):
        parts.append(_("Added to teams: {teams}").format(teams=format_list(teams["added"])))
    if teams.get("removed"):
        parts.append(_("Removed from teams: {teams}").format(teams=format_list(teams["removed"])))
    if "preset" in change:
        parts.append(_("Preset settings: {old} → {new}").format(
            old=change["preset"]["from"] or _("None"), new=change["preset"]["to"] or _("None")))
    return "\n".join(parts)  # one change a line: no separator to punctuate in each language


def history_rows(account_id: int, user_id: int) -> list[HistoryRow]:
    """The user's permission history, newest first."""
    user = get_user(get_account(account_id), user_id)
    Actor = User.alias()
    query = (PermissionHistory.select(PermissionHistory.id, PermissionHistory.at, PermissionHistory.planning_date,
                                      Actor.email, PermissionHistory.change)
             .join(Actor, on=(PermissionHistory.actor == Actor.id), join_type=JOIN.LEFT_OUTER)
             .where(PermissionHistory.user == user).order_by(PermissionHistory.id.desc()))
    return [HistoryRow(hid, at, day, actor or "", change) for hid, at, day, actor, change in query.tuples()]


# -- reset password ----------------------------------------------------------------------------

def resend_invitation(account_id: int, actor_id: int, user_id: int, language: str) -> Change:
    """Queue the invite email again for a user who hasn't accepted yet, written in ``language``."""
    from seatdesk.services.outbox import open_invitation_link, queue_invitations

    with db.atomic():
        account = get_account(account_id)
        actor = get_actor(account, actor_id)
        require_users(actor)
        user = get_user(account, user_id)
        open_invitation_link(account_id, user_id)  # refuses when the invitation was accepted
        queue_invitations(account, actor, [user], language)
        record(account, actor, "invitation_resent", user_id=user.id, email=user.email)
        return Change(notices=[Notice(N_("An invitation email for {email} is in the outbox."),
                                      {"email": user.email})])


def reset_password(account_id: int, actor_id: int, user_id: int, language: str) -> Change:
    """Queue a password reset email in the outbox, written in ``language`` (F3 Actions)."""
    with db.atomic():
        account = get_account(account_id)
        actor = get_actor(account, actor_id)
        require_users(actor)
        user = get_user(account, user_id)
        if user.status == "deactivated":
            raise DomainError(N_("{email} is deactivated. Reactivate the user before resetting their password."),
                              code="deactivated", email=user.email)
        if user.status == "invited":
            raise DomainError(N_("{email} hasn't set a password yet: they set one with their invite link. "
                                 "Copy the invite link from the outbox to send it again."),
                              code="invited", email=user.email)
        link = RESET_LINK.format(user_id=user.id)
        with language_of(language):
            subject = _("Reset your password for {account}").format(account=account.name)
            body = _("Hello,\n\nA new password was requested for your {account} account ({email}). "
                     "Choose it with this link:\n\n{link}\n\nIf you didn't expect this email, ask your "
                     "administrator.\n\n{sender}").format(account=account.name, email=user.email, link=link,
                                                           sender=SENDER)
        OutboxMessage.create(account=account, user=user, kind=PASSWORD_RESET, recipient=user.email,
                             language=language, subject=subject, body=body, link=link)
        record(account, actor, "password_reset", user_id=user.id, email=user.email)
        return Change(notices=[Notice(N_("A password reset email for {email} is in the outbox."),
                                      {"email": user.email})])

