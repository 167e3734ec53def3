"""The user page as a new user meets it: a removal that can only be refused, a super admin's permissions."""

from __future__ import annotations

from seatdesk.db.models import User
from seatdesk.domain import seats as st
from seatdesk.services import users as users_service
from seatdesk.ui.user_dialog import UserDialog
from tests.conftest import answer_boxes, make_account
from tests.ui.dialog_helpers import dialogs, opened  # noqa: F401  (dialogs: fixture)


def add_user(account, email, seat_types=(), **kw):
    return users_service.create_user(account.id, account.acting_user_id, email, seat_types=seat_types,
                                     status="active", **kw).result


def test_remove_from_account_refuses_before_asking_cant_be_undone(dialogs, qtbot):
    account = make_account(st.SEAT_BASED)
    holder = add_user(account, "holder@example.com", (st.CORE,))
    dialog = opened(UserDialog(account.id, account.acting_user_id, holder.id))
    seen = []
    answer_boxes(dialog, seen=seen)
    dialog.remove_action.trigger()
    assert len(seen) == 1, seen
    assert "holds a paid seat" in seen[0] and "can't be undone" not in seen[0]
    assert User.get_or_none(User.id == holder.id) is not None


def test_remove_from_account_asks_when_it_can_be_done(dialogs, qtbot):
    account = make_account(st.SEAT_BASED)
    viewer = add_user(account, "viewer@example.com", (st.VIEW_ONLY,))
    dialog = opened(UserDialog(account.id, account.acting_user_id, viewer.id))
    seen = []
    answer_boxes(dialog, seen=seen)
    dialog.remove_action.trigger()
    assert "can't be undone" in seen[0]
    assert User.get_or_none(User.id == viewer.id) is None


def test_a_super_admins_page_says_all_permissions(dialogs, qtbot):
    account = make_account(st.SEAT_BASED)
    dialog = opened(UserDialog(account.id, account.acting_user_id, account.acting_user_id))
    assert dialog.ui.permissions_label.text() == "Permissions: all (super admin)"
    other = add_user(account, "plain@example.com", (st.CORE,))
    plain = opened(UserDialog(account.id, account.acting_user_id, other.id))
    assert "all (super admin)" not in plain.ui.permissions_label.text()
