"""The outbox as a person reads it: which kind of email each row is, every column within the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from seatdesk import i18n
from seatdesk.db.models import Account, User, db
from seatdesk.domain import seats as st
from seatdesk.i18n import qt as i18n_qt
from seatdesk.services import outbox
from seatdesk.services import users as users_service
from seatdesk.ui.outbox_dialog import OutboxDialog
from tests.conftest import make_account
from tests.ui.dialog_helpers import dialogs, opened  # noqa: F401  (dialogs: fixture)


def queue_invitations(account, count=3):
    users = [users_service.create_user(account.id, account.acting_user_id,
                                       f"someone.with.a.long.address{i}@example.com", seat_types=(st.VIEW_ONLY,)).result
             for i in range(count)]
    with db.atomic():
        outbox.queue_invitations(Account.get_by_id(account.id), User.get_by_id(account.acting_user_id),
                                 [User.get_by_id(u.id) for u in users], "en")


def test_the_kind_of_email_is_under_type_and_no_column_is_cut_at_the_right(dialogs, qtbot):
    account = make_account(st.SEAT_BASED)
    queue_invitations(account)
    i18n_qt.install(QApplication.instance())
    for language, header in (("en", "Type"), ("fr", "Type"), ("de", "Art"), ("nl", "Type")):
        i18n.set_language(language)
        dialog = opened(OutboxDialog(account.id))
        qtbot.waitExposed(dialog)
        model, table = dialog.model, dialog.ui.outbox_table
        assert model.headerData(1, Qt.Orientation.Horizontal) == header
        last = model.columnCount() - 1
        right = table.columnViewportPosition(last) + table.columnWidth(last)
        assert right <= table.viewport().width(), language
        assert table.horizontalScrollBar().maximum() == 0, language
