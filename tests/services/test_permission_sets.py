"""Permission sets (R26): create, rename, edit, duplicate, delete (users keep their permissions), apply
to users (as far as each seat allows, with the permission history); Add and edit users needed."""

from __future__ import annotations

import pytest

from seatdesk.db.models import Event, PermissionHistory, Preset, PresetPermission, User
from seatdesk.domain import permissions as perms
from seatdesk.domain import seats as st
from seatdesk.domain.errors import DomainError
from seatdesk.services import bulk
from seatdesk.services import permission_sets as ps
from seatdesk.services.common import granted_permissions
from seatdesk.services.events import describe
from seatdesk.services.user_page import describe_change, history_rows
from tests.services.test_rules import add_user, refused

SALES_REP = perms.TEMPLATE_PERMISSIONS["sales_rep"]


def stored(preset_id: int) -> frozenset[str]:
    return ps.template_permissions(Preset.get_by_id(preset_id).account_id, f"set:{preset_id}")


def test_create_from_a_template_a_set_or_nothing(seat_account):
    admin = seat_account.acting_user_id
    reps = ps.create_set(seat_account.id, admin, "  Sales   reps ", "sales_rep").result
    assert reps.name == "Sales reps" and stored(reps.id) == SALES_REP
    copy = ps.create_set(seat_account.id, admin, "Reps too", f"set:{reps.id}").result
    assert stored(copy.id) == SALES_REP
    empty = ps.create_set(seat_account.id, admin, "Nothing yet").result
    assert stored(empty.id) == frozenset()
    rows = ps.set_rows(seat_account.id)
    assert [(r.name, r.users, r.permissions) for r in rows] == [
        ("Nothing yet", 0, frozenset()), ("Reps too", 0, SALES_REP), ("Sales reps", 0, SALES_REP)]
    refused("no_template", ps.create_set, seat_account.id, admin, "Other", "set:99999")
    refused("no_template", ps.create_set, seat_account.id, admin, "Other", "no_such_template")
    assert Preset.select().count() == 3
    texts = [describe(e.kind, e.data, "EUR") for e in Event.select().where(Event.kind.startswith("permission_set"))]
    assert texts[0] == "Permission set Sales reps created"


def test_names_are_checked_and_add_and_edit_users_is_needed(seat_account):
    admin = seat_account.acting_user_id
    first = ps.create_set(seat_account.id, admin, "Support").result
    for name, code in (("", "set_name_empty"), ("  ", "set_name_empty"), ("SUPPORT", "set_name_taken"),
                       ("x" * 101, "set_name_long")):
        refused(code, ps.create_set, seat_account.id, admin, name)
    second = ps.create_set(seat_account.id, admin, "Finance").result
    refused("set_name_taken", ps.rename_set, seat_account.id, admin, second.id, "support ")
    ps.rename_set(seat_account.id, admin, first.id, "support")  # its own name in another case
    assert Preset.get_by_id(first.id).name == "support"
    clerk = add_user(seat_account, "clerk@example.com", (st.CORE,), permissions=["add_edit_teams"])
    for action, args in ((ps.create_set, ("Other",)), (ps.rename_set, (first.id, "Other")),
                         (ps.edit_set, (first.id, ["contacts_view"])), (ps.duplicate_set, (first.id, "Other")),
                         (ps.delete_set, (first.id,)), (ps.apply_set, (first.id, [clerk.id]))):
        with pytest.raises(DomainError) as refusal:
            action(seat_account.id, clerk.id, *args)
        assert refusal.value.code == "permission"
        assert "Add and edit users" in refusal.value.translated()
    assert sorted(p.name for p in Preset.select()) == ["Finance", "support"]
    assert PresetPermission.select().count() == 0


def test_edit_and_duplicate(seat_account):
    admin = seat_account.acting_user_id
    team = ps.create_set(seat_account.id, admin, "Team leads", "sales_rep").result
    change = ps.edit_set(seat_account.id, admin, team.id, SALES_REP - {"quotes"} | {"reports_view"})
    assert change.result == {"added": ["reports_view"], "removed": ["quotes"]}
    assert ps.edit_set(seat_account.id, admin, team.id, SALES_REP - {"quotes"} | {"reports_view"}).result == {}
    refused("unknown_permission", ps.edit_set, seat_account.id, admin, team.id, ["fly_to_the_moon"])
    copy = ps.duplicate_set(seat_account.id, admin, team.id, "Team leads 2").result
    assert stored(copy.id) == stored(team.id) == SALES_REP - {"quotes"} | {"reports_view"}
    refused("set_name_taken", ps.duplicate_set, seat_account.id, admin, team.id, "team LEADS")
    refused("no_set", ps.edit_set, seat_account.id, admin, 99999, [])
    assert Preset.select().count() == 2


def test_apply_gives_what_each_seat_allows_with_the_history(seat_account):
    admin = seat_account.acting_user_id
    full = ps.create_set(seat_account.id, admin, "Everything").result
    ps.edit_set(seat_account.id, admin, full.id, perms.PERMISSION_KEYS)
    core = add_user(seat_account, "core@example.com", (st.CORE,), permissions=["tickets_edit"])
    viewer = add_user(seat_account, "viewer@example.com", (st.VIEW_ONLY,), permissions=["contacts_view"])
    boss = User.get_by_id(admin)  # a super admin: has every permission already (R18)
    change = ps.apply_set(seat_account.id, admin, full.id, [core.id, viewer.id, boss.id])
    assert change.result == 3 and change.users == {core.id, viewer.id, boss.id}
    assert granted_permissions(User.get_by_id(core.id)) == set(perms.PERMISSION_KEYS)
    assert granted_permissions(User.get_by_id(viewer.id)) == set(perms.allowed_permissions(True))
    assert all(User.get_by_id(u).preset_id == full.id for u in (core.id, viewer.id, boss.id))
    entry = history_rows(seat_account.id, viewer.id)[0]
    assert entry.actor == "admin@example.com"
    assert entry.change["preset"] == {"from": None, "to": "Everything"}
    assert sorted(entry.change["permissions"]["added"]) == sorted(perms.allowed_permissions(True) - {"contacts_view"})
    assert "Preset settings: None → Everything" in describe_change(entry.change)
    assert "permissions" not in history_rows(seat_account.id, boss.id)[0].change
    before = PermissionHistory.select().count()
    assert ps.apply_set(seat_account.id, admin, full.id, [core.id]).result == 0  # nothing changes
    assert PermissionHistory.select().count() == before
    refused("no_selection", ps.apply_set, seat_account.id, admin, full.id, [])
    refused("no_user", ps.apply_set, seat_account.id, admin, full.id, [core.id, 99999])
    last = Event.select().where(Event.kind == "permission_set_applied").order_by(Event.id).first()
    assert describe(last.kind, last.data, "EUR") == "Permission set Everything given to 3 users"


def test_apply_takes_away_what_the_set_does_not_hold(seat_account):
    admin = seat_account.acting_user_id
    viewing = ps.create_set(seat_account.id, admin, "Viewing", "reporting").result
    user = add_user(seat_account, "u@example.com", (st.CORE,), permissions=SALES_REP)
    ps.apply_set(seat_account.id, admin, viewing.id, [user.id])
    assert granted_permissions(User.get_by_id(user.id)) == {"contacts_view", "reports_view"}
    assert set(history_rows(seat_account.id, user.id)[0].change["permissions"]["removed"]) == SALES_REP - {"contacts_view"}


def test_delete_keeps_the_users_and_their_permissions(seat_account):
    admin = seat_account.acting_user_id
    reps = ps.create_set(seat_account.id, admin, "Reps", "sales_rep").result
    users = [add_user(seat_account, f"r{i}@example.com", (st.CORE,)) for i in range(3)]
    ps.apply_set(seat_account.id, admin, reps.id, [u.id for u in users])
    assert [r.users for r in ps.set_rows(seat_account.id)] == [3]
    change = ps.delete_set(seat_account.id, admin, reps.id)
    assert change.result == 3 and change.users == {u.id for u in users}
    assert Preset.select().count() == 0 and PresetPermission.select().count() == 0
    for user in users:
        again = User.get_by_id(user.id)
        assert again.preset_id is None
        assert granted_permissions(again) == set(SALES_REP)  # they keep their permissions
        assert history_rows(seat_account.id, user.id)[0].change == {"preset": {"from": "Reps", "to": None}}
    event = Event.select().where(Event.kind == "permission_set_deleted").get()
    assert describe(event.kind, event.data, "EUR") == "Permission set Reps deleted; its 3 users keep their permissions"
    refused("no_set", ps.delete_set, seat_account.id, admin, reps.id)


def test_the_bulk_action_and_the_template_lists_offer_the_sets(seat_account):
    admin = seat_account.acting_user_id
    assert [key for key, _n, shipped in ps.template_choices(seat_account.id)] == [k for k, _l, _p in perms.TEMPLATES]
    reps = ps.create_set(seat_account.id, admin, "Reps", "sales_rep").result
    ps.edit_set(seat_account.id, admin, reps.id, SALES_REP | {"dashboards_edit"})
    choices = ps.template_choices(seat_account.id)
    assert choices[-1] == (f"set:{reps.id}", "Reps", False)
    viewer = add_user(seat_account, "v@example.com", (st.VIEW_ONLY,))
    core = add_user(seat_account, "c@example.com", (st.CORE,))
    action = bulk.BulkAction(bulk.SET_PERMISSIONS, template=f"set:{reps.id}")
    assert bulk.run(seat_account.id, admin, [viewer.id, core.id], action).result == 2
    assert granted_permissions(User.get_by_id(core.id)) == set(SALES_REP | {"dashboards_edit"})
    assert granted_permissions(User.get_by_id(viewer.id)) == {"contacts_view"}  # all a View-Only Seat may hold
    with pytest.raises(DomainError):
        bulk.run(seat_account.id, admin, [core.id], bulk.BulkAction(bulk.SET_PERMISSIONS, template="set:99999"))
