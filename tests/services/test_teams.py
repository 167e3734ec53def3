"""Teams (R26): create, rename, delete (users stay), move members; Add and edit teams needed."""

from __future__ import annotations

import pytest

from seatdesk.db.models import Event, Team, User, UserTeam
from seatdesk.domain import seats as st
from seatdesk.domain.errors import DomainError
from seatdesk.services import teams
from seatdesk.services.events import describe
from tests.services.test_rules import add_user


def test_create_rename_delete_keeps_the_users(seat_account):
    admin = seat_account.acting_user_id
    team = teams.create_team(seat_account.id, admin, "  Sales   EMEA ").result
    assert team.name == "Sales EMEA"
    users = [add_user(seat_account, f"t{i}@example.com", (st.VIEW_ONLY,)) for i in range(3)]
    UserTeam.insert_many([{"user": u.id, "team": team.id} for u in users]).execute()
    teams.rename_team(seat_account.id, admin, team.id, "Sales Europe")
    assert Team.get_by_id(team.id).name == "Sales Europe"
    assert teams.team_rows(seat_account.id) == [(team.id, "Sales Europe", 3)]
    change = teams.delete_team(seat_account.id, admin, team.id)
    assert change.result == 3 and change.users == {u.id for u in users}
    assert Team.select().count() == 0 and UserTeam.select().count() == 0
    assert User.select().where(User.id.in_([u.id for u in users])).count() == 3  # the users stay
    texts = [describe(e.kind, e.data, "EUR") for e in Event.select().where(Event.kind.startswith("team_"))]
    assert texts == ["Team Sales EMEA created", "Team Sales EMEA renamed Sales Europe",
                     "Team Sales Europe deleted; its 3 users stay in the account"]


def test_names_are_checked_and_the_permission_is_needed(seat_account):
    admin = seat_account.acting_user_id
    teams.create_team(seat_account.id, admin, "Support")
    for name, code in (("", "team_name_empty"), ("support", "team_name_taken"), ("x" * 101, "team_name_long")):
        with pytest.raises(DomainError) as refused:
            teams.create_team(seat_account.id, admin, name)
        assert refused.value.code == code
    clerk = add_user(seat_account, "clerk@example.com", (st.VIEW_ONLY,))
    with pytest.raises(DomainError) as refused:
        teams.create_team(seat_account.id, clerk.id, "Finance")
    assert "Add and edit teams" in refused.value.translated()
    assert Team.select().count() == 1


def test_members_move_to_another_team_or_out(seat_account):
    admin = seat_account.acting_user_id
    a = teams.create_team(seat_account.id, admin, "A").result
    b = teams.create_team(seat_account.id, admin, "B").result
    users = [add_user(seat_account, f"m{i}@example.com", (st.VIEW_ONLY,)) for i in range(3)]
    UserTeam.insert_many([{"user": u.id, "team": a.id} for u in users] + [{"user": users[0].id, "team": b.id}]).execute()
    assert teams.move_members(seat_account.id, admin, [users[0].id, users[1].id], a.id, b.id).result == 2
    assert sorted(teams.member_ids(b.id)) == sorted([users[0].id, users[1].id])  # no duplicate link
    assert teams.member_ids(a.id) == [users[2].id]
    teams.move_members(seat_account.id, admin, [users[2].id], a.id, None)
    assert teams.member_ids(a.id) == []
    last = Event.select().order_by(Event.id.desc()).get()
    assert describe(last.kind, last.data, "EUR") == "1 user taken out of the team A"
