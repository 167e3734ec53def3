"""The user page as a new user meets it: a removal that can only be refused, a super admin's permissions."""

from __future__ import annotations

import pytest

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


@pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen platform and a popup menu
def test_team_is_a_dropdown_of_check_boxes_and_actions_a_button_with_a_menu(dialogs, qtbot):
    from PySide6.QtWidgets import QComboBox, QPushButton

    from seatdesk.db.models import Team

    account = make_account(st.SEAT_BASED)
    for name in ("Support", "Finance"):
        Team.create(account=account.id, name=name)
    user = add_user(account, "member@example.com", (st.VIEW_ONLY,))
    dialog = opened(UserDialog(account.id, account.acting_user_id, user.id))
    qtbot.waitExposed(dialog)
    team = dialog.ui.team_button
    assert isinstance(team, QComboBox)  # drawn like the Preset settings dropdown under it
    assert team.parentWidget() is not None and team.isVisible()
    assert dialog.ui.team_label.buddy() is team
    assert team.text() == "No team"
    team.showPopup()
    assert dialog.team_menu.isVisible()
    dialog.team_menu.hide()
    for action in dialog.team_menu.actions():
        action.trigger()
    assert team.text() == "Finance and Support"
    actions = dialog.ui.user_actions_button
    assert isinstance(actions, QPushButton) and actions.menu() is dialog.actions_menu


def test_shipped_preset_names_are_shown_in_the_language_and_stored_unchanged(dialogs, qtbot):
    from seatdesk import i18n
    from seatdesk.db.models import Preset

    account = make_account(st.SEAT_BASED)
    Preset.create(account=account.id, name="Marketing defaults")
    Preset.create(account=account.id, name="Team Nord")
    user = add_user(account, "member@example.com", (st.VIEW_ONLY,))
    for language, shown in (("fr", "Valeurs par défaut Marketing"), ("de", "Marketing-Standardwerte"),
                            ("nl", "Marketingstandaarden")):
        i18n.set_language(language)
        dialog = opened(UserDialog(account.id, account.acting_user_id, user.id))
        entries = [dialog.ui.preset_combo.itemText(i) for i in range(dialog.ui.preset_combo.count())]
        assert shown in entries and "Team Nord" in entries and "Marketing defaults" not in entries
    assert {p.name for p in Preset.select()} == {"Marketing defaults", "Team Nord"}


def test_permission_history_wraps_what_changed_and_writes_both_dates_alike(dialogs, qtbot):
    from PySide6.QtCore import QRect, Qt

    from seatdesk import i18n
    from seatdesk.i18n import format_date
    from seatdesk.services import user_page as page
    from seatdesk.ui.user_dialog import PermissionHistoryDialog

    account = make_account(st.SEAT_BASED)
    user = add_user(account, "member@example.com", (st.CORE,))
    i18n.set_language("fr")
    dialog = opened(PermissionHistoryDialog(account.id, user.id, "History"))
    dialog.resize(520, 360)  # narrow: the change can't fit on one line
    qtbot.waitExposed(dialog)
    model, table = dialog.model, dialog.table
    last = model.columnCount() - 1
    text = model.index(0, last).data()
    rect = table.fontMetrics().boundingRect(QRect(0, 0, table.columnWidth(last) - 8, 10_000),
                                            Qt.TextFlag.TextWordWrap, text)
    assert rect.height() > table.fontMetrics().height()  # the case the test is about: a long change
    qtbot.waitUntil(lambda: table.rowHeight(0) >= rect.height(), timeout=2000)  # the whole text, wrapped
    row = page.history_rows(account.id, user.id)[0]
    planning = model.index(0, 1).data()
    assert planning == format_date(row.planning_date, "short")
    assert model.index(0, 0).data().startswith(planning.split()[0][:2])  # same numeric day first


def test_permissions_in_the_sentence_are_lower_case_except_in_german(dialogs, qtbot):
    from seatdesk import i18n

    account = make_account(st.SEAT_BASED)
    user = add_user(account, "member@example.com", (st.CORE,), permissions=("contacts_view", "contacts_edit"))
    expected = {"en": "Permissions: view contacts and companies and edit contacts and companies",
                "fr": "\u00a0: voir les contacts", "nl": ": contactpersonen en bedrijven bekijken",
                "de": ": Kontakte und Unternehmen anzeigen"}
    for language, part in expected.items():
        i18n.set_language(language)
        dialog = opened(UserDialog(account.id, account.acting_user_id, user.id))
        text = dialog.ui.permissions_label.text()
        assert part in text, (language, text)
