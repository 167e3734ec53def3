"""Teams (R26): created, renamed and deleted by a user with Add and edit teams; members moved between them.

Deleting a team keeps its users: they only lose the team. One transaction per action, each in the
event log.
"""

from __future__ import annotations

from seatdesk.db.models import Team, User, UserTeam, db
from seatdesk.domain.errors import DomainError
from seatdesk.i18n import N_, Nn_
from seatdesk.services import Change
from seatdesk.services.common import (
    clean_name,
    get_account,
    get_actor,
    insert_rows,
    record,
    require,
)
from seatdesk.services.seats import chunks

ADD_EDIT_TEAMS = "add_edit_teams"
NEED_ADD_EDIT_TEAMS = N_("You need Add and edit teams permissions to change teams.")
MAX_NAME = 100


def _require_teams(actor: User) -> None:
    require(actor, NEED_ADD_EDIT_TEAMS, ADD_EDIT_TEAMS)


def _clean_name(account, name: str, keep: Team | None = None) -> str:
    """The name as stored: trimmed, not empty, not too long, no other team of the account with it."""
    others = [t.name for t in Team.select(Team.id, Team.name).where(Team.account == account)
              if keep is None or t.id != keep.id]
    return clean_name(name, others, MAX_NAME, (N_("Type a name for the team."), "team_name_empty"),
                      (Nn_("A team name has at most {n} character.", "A team name has at most {n} characters."),
                       "team_name_long"),
                      (N_("There is already a team named {name}. Choose another name."), "team_name_taken"))


def _get_team(account, team_id: int) -> Team:
    team = Team.get_or_none((Team.id == team_id) & (Team.account == account))
    if team is None:
        raise DomainError(N_("This team no longer exists. Reload the page."), code="no_team")
    return team


def create_team(account_id: int, actor_id: int, name: str) -> Change:
    """A new, empty team. Returns the Change with the team as its result."""
    with db.atomic():
        account = get_account(account_id)
        actor = get_actor(account, actor_id)
        _require_teams(actor)
        team = Team.create(account=account, name=_clean_name(account, name))
        record(account, actor, "team_created", team=team.name)
        return Change(accounts=True, result=team)


def rename_team(account_id: int, actor_id: int, team_id: int, name: str) -> Change:
    with db.atomic():
        account = get_account(account_id)
        actor = get_actor(account, actor_id)
        _require_teams(actor)
        team = _get_team(account, team_id)
        new = _clean_name(account, name, keep=team)
        if new != team.name:
            record(account, actor, "team_renamed", old_name=team.name, team=new)
            team.name = new
            team.save()
        return Change(accounts=True, all_users=True, result=team)


def delete_team(account_id: int, actor_id: int, team_id: int) -> Change:
    """The team goes; its users stay in the account without it. ``result`` is how many it had."""
    with db.atomic():
        account = get_account(account_id)
        actor = get_actor(account, actor_id)
        _require_teams(actor)
        team = _get_team(account, team_id)
        members = [user_id for (user_id,) in UserTeam.select(UserTeam.user).where(UserTeam.team == team).tuples()]
        UserTeam.delete().where(UserTeam.team == team).execute()
        record(account, actor, "team_deleted", team=team.name, n=len(members))
        team.delete_instance()
        return Change(users=set(members), accounts=True, result=len(members))


def move_members(account_id: int, actor_id: int, user_ids: list[int], from_team_id: int,
                 to_team_id: int | None) -> Change:
    """Take these users out of one team and, with ``to_team_id``, into another (all or nothing)."""
    with db.atomic():
        account = get_account(account_id)
        actor = get_actor(account, actor_id)
        _require_teams(actor)
        source = _get_team(account, from_team_id)
        target = _get_team(account, to_team_id) if to_team_id is not None else None
        if target is not None and target.id == source.id:
            return Change()
        ids = [u for (u,) in UserTeam.select(UserTeam.user).where(UserTeam.team == source,
                                                                  UserTeam.user.in_(list(user_ids))).tuples()]
        for part in chunks(ids):
            UserTeam.delete().where(UserTeam.team == source, UserTeam.user.in_(part)).execute()
        if target is not None:
            already = {u for (u,) in UserTeam.select(UserTeam.user).where(UserTeam.team == target).tuples()}
            insert_rows(UserTeam, [{"user": u, "team": target.id} for u in ids if u not in already])
        record(account, actor, "team_members_moved", n=len(ids), team=source.name,
               target=target.name if target is not None else "")
        return Change(users=set(ids), result=len(ids))


def team_rows(account_id: int) -> list[tuple[int, str, int]]:
    """(id, name, members) of every team of the account, by name."""
    from peewee import JOIN, fn

    query = (Team.select(Team.id, Team.name, fn.COUNT(UserTeam.id))
             .join(UserTeam, JOIN.LEFT_OUTER).where(Team.account == account_id)
             .group_by(Team.id).order_by(Team.name))
    return list(query.tuples())


def member_ids(team_id: int) -> list[int]:
    return [u for (u,) in UserTeam.select(UserTeam.user).where(UserTeam.team == team_id).tuples()]
