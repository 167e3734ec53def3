"""R25: a user moved to a View-Only Seat keeps only viewing and administration permissions."""

from __future__ import annotations

from seatdesk.db.models import Permission, PermissionHistory, UserPermission
from seatdesk.domain import permissions as perms
from seatdesk.domain import seats as st
from seatdesk.services import bulk
from seatdesk.services import seats as seats_service
from seatdesk.services.user_page import describe_change
from tests.services.test_rules import add_user

EDITING = ("contacts_view", "contacts_edit", "marketing_email", "social", "campaigns", perms.ADD_EDIT_USERS)


def granted(user) -> set[str]:
    return {key for (key,) in Permission.select(Permission.key).join(UserPermission)
            .where(UserPermission.user == user).tuples()}


def test_change_seat_to_view_only_takes_every_editing_permission(seat_account):
    admin = seat_account.acting_user_id
    seats_service.buy_seats(seat_account.id, admin, st.CORE, 1)
    marketer = add_user(seat_account, "marketer@example.com", (st.CORE,), permissions=EDITING)
    seats_service.change_seat(seat_account.id, admin, marketer.id, st.VIEW_ONLY)
    assert granted(marketer) == {"contacts_view", perms.ADD_EDIT_USERS}  # viewing and administration stay
    entry = next(e for e in PermissionHistory.select().where(PermissionHistory.user == marketer)
                 if e.change.get("reason") == "view_only")
    assert set(entry.change["permissions"]["removed"]) == {"contacts_edit", "marketing_email", "social", "campaigns"}
    assert describe_change(entry.change).startswith("Permissions removed with the View-Only Seat:")


def test_bulk_change_seat_to_view_only_does_the_same_for_every_user(seat_account):
    admin = seat_account.acting_user_id
    seats_service.buy_seats(seat_account.id, admin, st.CORE, 2)
    users = [add_user(seat_account, f"m{i}@example.com", (st.CORE,), permissions=EDITING) for i in range(2)]
    bulk.run(seat_account.id, admin, [u.id for u in users], bulk.BulkAction(bulk.CHANGE_SEAT, seat_type=st.VIEW_ONLY))
    for user in users:
        assert granted(user) <= perms.allowed_permissions(view_only=True)
        assert "contacts_view" in granted(user)


def test_bulk_set_permissions_gives_a_template_as_far_as_each_seat_allows(seat_account):
    admin = seat_account.acting_user_id
    seats_service.buy_seats(seat_account.id, admin, st.CORE, 1)
    core = add_user(seat_account, "core@example.com", (st.CORE,), permissions=("deals_edit",))
    viewer = add_user(seat_account, "viewer@example.com", (st.VIEW_ONLY,))
    action = bulk.BulkAction(bulk.SET_PERMISSIONS, template="marketer")
    ids = [core.id, viewer.id, admin]
    assert bulk.preview(seat_account.id, admin, ids, action) == 2  # the super admin has them all already
    assert bulk.run(seat_account.id, admin, ids, action).result == 2
    assert granted(core) == perms.TEMPLATE_PERMISSIONS["marketer"]
    assert granted(viewer) == perms.TEMPLATE_PERMISSIONS["marketer"] & perms.allowed_permissions(view_only=True)
    assert bulk.preview(seat_account.id, admin, ids, action) == 0  # nothing left to change
