"""Invited users: Resend invitation and Copy invite link on the user page; the demo's invitations wait in the outbox."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from seatdesk.db.models import OutboxMessage, User
from seatdesk.domain import seats as st
from seatdesk.domain.errors import DomainError
from seatdesk.services import demo
from seatdesk.services import user_page as page
from seatdesk.services import users as users_service
from seatdesk.ui.user_dialog import UserDialog
from tests.conftest import answer_boxes, dispose
from tests.services.test_rules import add_user


def test_the_demo_invitations_wait_in_the_outbox(db_path):
    demo.fill_demo()
    invited = User.select().where(User.status == "invited")
    assert invited.count() > 0
    queued = {m.recipient for m in OutboxMessage.select().where(OutboxMessage.kind == "invitation")}
    assert {u.email for u in invited} <= queued


def test_resend_and_copy_the_invitation_from_the_user_page(seat_account, qtbot):
    admin = seat_account.acting_user_id
    guest = users_service.create_user(seat_account.id, admin, "guest@example.com", seat_types=(st.VIEW_ONLY,),
                                      status="invited").result
    before = OutboxMessage.select().where(OutboxMessage.recipient == "guest@example.com").count()
    dialog = UserDialog(seat_account.id, admin, guest.id)
    try:
        _resend_and_copy(dialog, qtbot, before)
    finally:
        dispose(dialog)  # before the database closes (it would answer the next language change)


def _resend_and_copy(dialog, qtbot, before):
    assert dialog.resend_invitation_action.isVisible() and not dialog.reset_password_action.isVisible()
    seen = []
    answer_boxes(dialog, seen=seen)
    dialog.resend_invitation_action.trigger()
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert "An invitation email for guest@example.com is in the outbox." in seen[0]
    assert OutboxMessage.select().where(OutboxMessage.recipient == "guest@example.com").count() == before + 1
    dialog.copy_invite_link_action.trigger()
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert "Invite link copied" in seen[1] and "invite" in QGuiApplication.clipboard().text()


def test_an_accepted_invitation_is_not_sent_again(seat_account):
    member = add_user(seat_account, "member@example.com", (st.VIEW_ONLY,))  # active: accepted long ago
    with pytest.raises(DomainError):
        page.resend_invitation(seat_account.id, seat_account.acting_user_id, member.id, "en")
