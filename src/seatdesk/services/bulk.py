"""Bulk actions on the users selected in a table: change seat, add to or remove from a team,
deactivate, reactivate. Each is one transaction, refused as a whole when one user breaks a rule.

``preview`` runs the same action and rolls it back, so the count shown before confirming and
the refusal are exactly what the action will do.
"""

from __future__ import annotations

from dataclasses import dataclass

from seatdesk.db.models import SeatAssignment, Team, User, UserTeam, db
from seatdesk.domain import seats as st
from seatdesk.domain.errors import DomainError
from seatdesk.i18n import N_, Nn_
from seatdesk.services import Change, Notice
from seatdesk.services.common import (
    get_account,
    get_actor,
    insert_rows,
    record_many,
    require_paid_access,
    require_users,
)
from seatdesk.services.seats import UNASSIGN_KEEPS_PAYING, chunks, move_seats

CHANGE_SEAT, ADD_TO_TEAM, REMOVE_FROM_TEAM, DEACTIVATE, REACTIVATE, SET_PERMISSIONS = (
    "change_seat", "add_to_team", "remove_from_team", "deactivate", "reactivate", "set_permissions")
KINDS = (CHANGE_SEAT, ADD_TO_TEAM, REMOVE_FROM_TEAM, DEACTIVATE, REACTIVATE, SET_PERMISSIONS)


@dataclass(frozen=True)
class BulkAction:
    """What to do with the selection.

    ``seat_type`` for CHANGE_SEAT (None with ``hub`` in legacy: take that hub's seat away);
    ``team_id`` for the team actions.
    """

    kind: str
    seat_type: str | None = None
    hub: str | None = None
    team_id: int | None = None
    template: str | None = None  # SET_PERMISSIONS: a template's key, or a permission set's (services.permission_sets)


class _Preview(Exception):
    """Raised inside the transaction to roll a preview back."""

    def __init__(self, change: Change):
        super().__init__()
        self.change = change


def selected_users(account, user_ids: list[int]) -> list[User]:
    """The users of a selection (refused when one of them is gone), with what the actions read."""
    users = []
    for part in chunks(sorted(set(user_ids))):
        users.extend(User.select(User.id, User.email, User.status, User.is_super_admin, User.is_partner_employee,
                                 User.account, User.preset).where(User.account == account, User.id.in_(part)))
    if len(users) != len(set(user_ids)):
        raise DomainError(N_("Some of the selected users no longer exist. Select them again."), code="no_user")
    return users


def held_seats(users: list[User]) -> dict[int, set[str]]:
    held: dict[int, set[str]] = {u.id: set() for u in users}
    for part in chunks([u.id for u in users]):
        for user_id, seat_type in (SeatAssignment.select(SeatAssignment.user, SeatAssignment.seat_type)
                                   .where(SeatAssignment.user.in_(part)).tuples()):
            held[user_id].add(seat_type)
    return held


def _change_seat(account, actor, users: list[User], action: BulkAction) -> Change:
    held = held_seats(users)
    moves = []
    for user in users:
        old = held[user.id]
        if account.seat_model == st.SEAT_BASED:
            new = {action.seat_type}
        else:
            hub = st.legacy_hub(action.seat_type) if action.seat_type else action.hub
            new = {t for t in old if st.legacy_hub(t) != hub} | ({action.seat_type} if action.seat_type else set())
        if new != old:
            moves.append((user, old, new))
    if any(st.is_paid(t) for _u, old, new in moves for t in old ^ new):
        require_paid_access(actor)
    notices = move_seats(account, actor, moves)
    billing = bool(notices)
    if any(st.is_paid(t) for _u, old, new in moves for t in old - new):
        notices.append(Notice(UNASSIGN_KEEPS_PAYING))
    return Change(users={u.id for u, _o, _n in moves}, seats=True, billing=billing, notices=notices,
                  result=len(moves))


def _team(account, actor, users: list[User], action: BulkAction) -> Change:
    team = Team.get_or_none((Team.id == action.team_id) & (Team.account == account))
    if team is None:
        raise DomainError(N_("This team or preset no longer exists. Choose another one."), code="no_team")
    members = {u for (u,) in UserTeam.select(UserTeam.user).where(UserTeam.team == team).tuples()}
    if action.kind == ADD_TO_TEAM:
        affected = [u for u in users if u.id not in members]
        insert_rows(UserTeam, [{"user": u.id, "team": team.id} for u in affected])
        key = "added"
    else:
        affected = [u for u in users if u.id in members]
        for part in chunks([u.id for u in affected]):
            UserTeam.delete().where(UserTeam.team == team, UserTeam.user.in_(part)).execute()
        key = "removed"
    record_many(account, actor, "teams_changed", [{"user_id": u.id, "email": u.email, key: [team.name]} for u in affected])
    return Change(users={u.id for u in affected}, result=len(affected))


def set_status(account, actor, users: list[User], action: BulkAction) -> Change:
    if action.kind == DEACTIVATE:
        if any(u.id == actor.id for u in users):
            raise DomainError(N_("You can't deactivate yourself. To do it, choose another user in Acting as."), code="self")
        affected = [u for u in users if u.status != "deactivated"]
        status, kind = "deactivated", "user_deactivated"
    else:
        affected = [u for u in users if u.status == "deactivated"]
        status, kind = "active", "user_reactivated"
    for part in chunks([u.id for u in affected]):
        User.update(status=status).where(User.id.in_(part)).execute()
    record_many(account, actor, kind, [{"user_id": u.id, "email": u.email} for u in affected])
    return Change(users={u.id for u in affected}, result=len(affected))


def _set_permissions(account, actor, users: list[User], action: BulkAction) -> Change:
    """R25 in bulk: every selected user gets the permissions of a template or of one of the account's
    permission sets, as far as their seat allows (a View-Only Seat keeps only viewing and
    administration); super admins have them all already (R18)."""
    from seatdesk.services.permission_sets import template_permissions
    from seatdesk.services.user_page import give_permissions

    wanted = template_permissions(account.id, action.template) if action.template else None
    if wanted is None:
        raise DomainError(N_("Choose a template for the permissions."), code="no_template")
    affected = give_permissions(account, actor, users, wanted)
    record_many(account, actor, "permissions_set", [{"user_id": u.id, "email": u.email} for u in affected])
    return Change(users={u.id for u in affected}, result=len(affected))


_RUN = {CHANGE_SEAT: _change_seat, ADD_TO_TEAM: _team, REMOVE_FROM_TEAM: _team, DEACTIVATE: set_status,
        REACTIVATE: set_status, SET_PERMISSIONS: _set_permissions}


def run(account_id: int, actor_id: int, user_ids: list[int], action: BulkAction) -> Change:
    """Apply ``action`` to the selected users in one transaction; ``Change.result`` is the count changed."""
    if not user_ids:
        raise DomainError(N_("Select at least one user first."), code="no_selection")
    from seatdesk.services.backups import BULK_BACKUP_FROM, make_backup

    if len(user_ids) >= BULK_BACKUP_FROM:  # many users changed at once: a copy to go back to
        make_backup("bulk")
    return _apply(account_id, actor_id, user_ids, action)


def _apply(account_id: int, actor_id: int, user_ids: list[int], action: BulkAction) -> Change:
    with db.atomic():
        account = get_account(account_id)
        actor = get_actor(account, actor_id)
        require_users(actor)
        return _RUN[action.kind](account, actor, selected_users(account, user_ids), action)


def preview(account_id: int, actor_id: int, user_ids: list[int], action: BulkAction) -> int:
    """How many of the selected users ``action`` changes; raises its refusal; writes nothing."""
    if not user_ids:
        raise DomainError(N_("Select at least one user first."), code="no_selection")
    try:
        with db.atomic():
            raise _Preview(_apply(account_id, actor_id, user_ids, action))
    except _Preview as done:
        return done.change.result


NOTHING_TO_CHANGE = N_("None of the selected users would change.")
CONFIRM = {
    CHANGE_SEAT: Nn_("Change the seat of {n} user to {seat}?", "Change the seat of {n} users to {seat}?"),
    ADD_TO_TEAM: Nn_("Add {n} user to the team {team}?", "Add {n} users to the team {team}?"),
    REMOVE_FROM_TEAM: Nn_("Remove {n} user from the team {team}?", "Remove {n} users from the team {team}?"),
    DEACTIVATE: Nn_("Deactivate {n} user?", "Deactivate {n} users?"),
    REACTIVATE: Nn_("Reactivate {n} user?", "Reactivate {n} users?"),
    SET_PERMISSIONS: Nn_("Give {n} user the permissions of the template {template}?",
                         "Give {n} users the permissions of the template {template}?"),
}
