"""Bulk dialog titles and counts: every count through ngettext, never "of 0 selected users"."""

from __future__ import annotations

from seatdesk import i18n
from seatdesk.domain import seats as st
from seatdesk.services import bulk
from seatdesk.services import users as users_service
from seatdesk.ui.bulk_dialog import BulkDialog
from tests.conftest import make_account
from tests.ui.dialog_helpers import dialogs, opened, shown  # noqa: F401  (dialogs: fixture)


def test_no_selected_user_gives_no_zero_count_and_a_greyed_button(dialogs, qtbot):
    account = make_account(st.SEAT_BASED)
    dialog = opened(BulkDialog(account.id, account.acting_user_id, [], bulk.CHANGE_SEAT))
    assert dialog.windowTitle() == "Change seat"
    assert "0" not in dialog.ui.bulk_selection_label.text()
    assert shown(dialog.ui.bulk_selection_label.text()) == "No user is selected. Select users in the table first."
    assert not dialog.ui.bulk_confirm_button.isEnabled()
    assert dialog.ui.bulk_confirm_button.toolTip() == dialog.ui.bulk_selection_label.text()


def test_titles_count_the_users_in_each_language(dialogs, qtbot):
    account = make_account(st.SEAT_BASED)
    ids = [users_service.create_user(account.id, account.acting_user_id, f"u{i}@example.com",
                                     seat_types=(st.VIEW_ONLY,), status="active").result.id for i in range(2)]
    one = opened(BulkDialog(account.id, account.acting_user_id, ids[:1], bulk.DEACTIVATE))
    two = opened(BulkDialog(account.id, account.acting_user_id, ids, bulk.CHANGE_SEAT))
    assert one.windowTitle() == "Deactivate 1 user"
    assert two.windowTitle() == "Change the seat of 2 users"
    i18n.set_language("fr")
    one = opened(BulkDialog(account.id, account.acting_user_id, ids[:1], bulk.DEACTIVATE))
    two = opened(BulkDialog(account.id, account.acting_user_id, ids, bulk.CHANGE_SEAT))
    assert one.windowTitle() == "Désactiver 1 utilisateur"
    assert two.windowTitle() == "Changer la licence de 2 utilisateurs"


def test_giving_a_seat_to_a_selection_with_a_deactivated_user_is_refused_with_the_right_reason(dialogs, qtbot):
    account = make_account(st.SEAT_BASED)
    ids = [users_service.create_user(account.id, account.acting_user_id, f"u{i}@example.com",
                                     seat_types=(st.VIEW_ONLY,), status="active").result.id for i in range(3)]
    users_service.deactivate_user(account.id, account.acting_user_id, ids[0])
    dialog = opened(BulkDialog(account.id, account.acting_user_id, ids, bulk.CHANGE_SEAT))
    qtbot.waitExposed(dialog)
    dialog.ui.bulk_choice_combo.setCurrentIndex(dialog.ui.bulk_choice_combo.findData(st.CORE))
    refusal = dialog.ui.bulk_count_label.text()
    assert refusal.startswith("1 of the selected users is deactivated")
    assert "unassign" not in refusal  # the action gives a Core Seat: it takes none away
    button = dialog.ui.bulk_confirm_button
    assert not button.isEnabled() and button.toolTip() == refusal
    label, buttons = dialog.ui.bulk_count_label, button
    gap = buttons.mapTo(dialog, buttons.rect().topLeft()).y() - label.mapTo(dialog, label.rect().bottomLeft()).y()
    assert gap >= 12  # the buttons don't sit against the sentence
