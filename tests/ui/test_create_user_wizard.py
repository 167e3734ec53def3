"""The create-user wizard (F1, F2) and the outbox, driven as a person uses them, then the database checked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton, QWizard

from seatdesk import i18n
from seatdesk.db.models import (
    Event,
    Invitation,
    OutboxMessage,
    PermissionHistory,
    SeatAssignment,
    SeatPurchase,
    Team,
    User,
    UserPermission,
    UserTeam,
)
from seatdesk.domain import permissions as perms
from seatdesk.domain import seats as st
from seatdesk.services import seats as seats_service
from seatdesk.services.common import granted_permissions
from seatdesk.ui.create_user_wizard import ACCESS, ADD, DONE, INVITE, CreateUserWizard
from seatdesk.ui.outbox_dialog import OutboxDialog
from seatdesk.ui.purchase_dialog import PurchaseSeatsDialog
from seatdesk.ui.widgets import permission_tree
from tests.conftest import answer_boxes, make_account
from tests.ui.dialog_helpers import shown
from tests.ui.test_seat_dialogs import add_user, button, dialog_of, open_window


def open_wizard(win) -> CreateUserWizard:
    button(win, "create_user_button").click()
    return dialog_of(win, CreateUserWizard)


def next_button(wizard) -> QPushButton:
    """The button that goes on: Next, then on the invitation page the commit button (Create user / Send)."""
    which = QWizard.WizardButton.CommitButton if wizard.currentId() == INVITE else QWizard.WizardButton.NextButton
    return wizard.button(which)


def type_lines(qtbot, widget, text):
    """Type ``text`` as a person does: keyClicks per line, Return between lines (keyClicks can't send \\n)."""
    for i, line in enumerate(text.split("\n")):
        if i:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        qtbot.keyClicks(widget, line)


def tick(qtbot, check):
    """Click a check box on its box (a click in the middle of a wide check box hits nothing)."""
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))


def go_on(wizard, qtbot):
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)


def service_access_wizard(win, qtbot, email) -> CreateUserWizard:
    """Legacy Create user: ``email``, Next, then the Service tab's Service Access and its tier switched on."""
    wizard = open_wizard(win)
    qtbot.keyClicks(wizard.ui.emails_edit, email)
    go_on(wizard, qtbot)
    wizard.ui.legacy_tabs.setCurrentWidget(wizard.ui.service_tab)
    tick(qtbot, wizard.ui.service_access_check)
    tick(qtbot, wizard.ui.service_tier_check)
    return wizard


def snapshot():
    return tuple(m.select().count() for m in (User, SeatAssignment, UserPermission, PermissionHistory, Invitation,
                                                OutboxMessage, SeatPurchase, Event))


def write_csv(path, text, encoding="utf-8"):
    path.write_bytes(text.encode(encoding))
    return str(path)


def problems(wizard):
    table = wizard.ui.import_problems_table
    return [tuple(table.item(r, c).text() for c in range(4)) for r in range(table.rowCount())]


# -- seat-based (F1) ---------------------------------------------------------------------------

def test_typed_addresses_with_a_template_adjusted_then_team_and_preset(seat_window, qtbot):
    win, account = seat_window
    team = Team.create(account=account, name="Support")
    wizard = open_wizard(win)
    type_lines(qtbot, wizard.ui.emails_edit, "ann@example.com, bob@example.com;\ncy@example.com")
    go_on(wizard, qtbot)
    assert wizard.currentId() == ACCESS
    assert "3 users" in wizard.ui.batch_label.text() and "every user in the batch" in wizard.ui.batch_label.text()
    combo = wizard.ui.seat_type_combo
    combo.setCurrentIndex(combo.findData(st.CORE))
    assert "Marketing Hub" in wizard.ui.seat_description_label.text()
    qtbot.mouseClick(wizard.ui.restrict_template_radio, Qt.MouseButton.LeftButton)
    wizard.ui.template_combo.setCurrentIndex(wizard.ui.template_combo.findData("sales_rep"))
    quotes = next(i for i in permission_tree.permission_items(wizard.ui.permissions_tree)
                  if i.data(0, Qt.ItemDataRole.UserRole) == "quotes")
    quotes.setCheckState(0, Qt.CheckState.Unchecked)
    assert "Quotes" not in wizard.ui.review_access_view.toPlainText()
    assert "Sequences" in wizard.ui.review_access_view.toPlainText()
    go_on(wizard, qtbot)
    assert wizard.currentId() == INVITE
    assert shown(next_button(wizard).text()) == "Create 3 users"
    assert User.select().count() == 1  # nothing written before the last step
    go_on(wizard, qtbot)
    assert wizard.currentId() == DONE
    wanted = perms.TEMPLATE_PERMISSIONS["sales_rep"] - {"quotes"}
    new = list(User.select().where(User.email != "admin@example.com").order_by(User.id))
    assert [u.email for u in new] == ["ann@example.com", "bob@example.com", "cy@example.com"]
    for user in new:
        assert seats_service.seats_of(user) == [st.CORE] and granted_permissions(user) == set(wanted)
        assert PermissionHistory.get(PermissionHistory.user == user).change["created"]
    assert [m.recipient for m in OutboxMessage.select().order_by(OutboxMessage.id)] == [u.email for u in new]
    copy = wizard.findChildren(QPushButton, "copy_invite_link_button")
    assert len(copy) == 3
    copy[1].click()
    token = Invitation.get(Invitation.user == new[1]).token
    assert QGuiApplication.clipboard().text().endswith(token)
    wizard.ui.team_combo.setCurrentIndex(wizard.ui.team_combo.findData(team.id))
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert UserTeam.select().where(UserTeam.team == team).count() == 3
    assert win.page("users_tab").model.total_count() == 4  # the window shows them


def test_an_excel_csv_with_problems_is_listed_by_line_then_the_valid_ones_go_on(seat_window, qtbot, tmp_path):
    win, account = seat_window
    add_user(account, "taken@example.com")
    path = write_csv(tmp_path / "users.csv",
                     "Prénom;Nom;Adresse e-mail\r\nRené;Dupré;rene@example.com\r\nX;Y;pas une adresse\r\n"
                     "A;B;Taken@example.com\r\nC;D;RENE@example.com\r\nZoé;Lefèvre;zoe@example.com\r\n", "cp1252")
    wizard = open_wizard(win)
    wizard.ui.csv_path_edit.setText(path)
    before = snapshot()
    go_on(wizard, qtbot)
    assert wizard.currentId() == ADD
    assert problems(wizard) == [
        ("A CSV file", "3", "pas une adresse", "Not a valid email address."),
        ("A CSV file", "4", "Taken@example.com", "Already a user of this account."),
        ("A CSV file", "5", "RENE@example.com", "Listed twice: already on line 2 of A CSV file."),
    ]
    assert "2 valid addresses" in wizard.ui.problems_label.text()
    go_on(wizard, qtbot)  # seen: go on with the valid ones
    assert wizard.currentId() == ACCESS
    qtbot.mouseClick(wizard.ui.restrict_scratch_radio, Qt.MouseButton.LeftButton)
    assert wizard.checked_permissions() == frozenset()
    for item in permission_tree.permission_items(wizard.ui.permissions_tree):
        if item.data(0, Qt.ItemDataRole.UserRole) in ("contacts_view", "reports_view"):
            item.setCheckState(0, Qt.CheckState.Checked)
    go_on(wizard, qtbot)
    tick(qtbot, wizard.ui.no_invite_check)
    assert snapshot() == before
    go_on(wizard, qtbot)
    assert wizard.currentId() == DONE
    rene = User.get(User.email == "rene@example.com")
    assert (rene.first_name, rene.last_name) == ("René", "Dupré")
    assert seats_service.seats_of(rene) == [st.VIEW_ONLY]  # the default seat is free
    assert granted_permissions(rene) == {"contacts_view", "reports_view"}
    assert OutboxMessage.select().count() == 0
    assert "No email is sent" in wizard.ui.outcome_label.text()


def test_a_csv_dropped_on_the_page_and_a_101_row_csv_refused(seat_window, qtbot, tmp_path):
    win, _account = seat_window
    wizard = open_wizard(win)
    path = write_csv(tmp_path / "many.csv", "Email\n" + "".join(f"u{i}@example.com\n" for i in range(101)))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(path)])
    page = wizard.ui.add_users_page
    for event_class in (QDragEnterEvent, QDropEvent):  # Qt delivers a drop only after an accepted enter
        event = event_class(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
        assert QApplication.sendEvent(page, event)
    assert wizard.ui.csv_path_edit.text() == path
    assert "101 users" in wizard.ui.csv_status_label.text()
    before = snapshot()
    seen = []
    answer_boxes(wizard, seen=seen)
    go_on(wizard, qtbot)
    qtbot.waitUntil(lambda: bool(seen))
    assert "101 users" in seen[0] and "several imports" in seen[0]
    assert wizard.currentId() == ADD and snapshot() == before


def test_salesforce_records_all_checked_and_unchecking_leaves_one_out(db_path, qtbot, tmp_path, monkeypatch):
    account = make_account(st.SEAT_BASED)
    account.salesforce_integration = True
    account.save()
    export = write_csv(tmp_path / "sf.csv", "Id,FirstName,LastName,Email,IsActive\n"
                                            "0051,Sam,Sales,sam@example.com,true\n0052,Una,Used,una@example.com,true\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (export, "")))
    with open_window(db_path) as win:
        wizard = open_wizard(win)
        assert wizard.ui.salesforce_button.isEnabled()
        qtbot.mouseClick(wizard.ui.salesforce_button, Qt.MouseButton.LeftButton)
        table = wizard.ui.salesforce_table
        assert table.rowCount() == 2
        assert all(table.item(r, 0).checkState() == Qt.CheckState.Checked for r in range(2))
        table.item(1, 0).setCheckState(Qt.CheckState.Unchecked)
        go_on(wizard, qtbot)
        go_on(wizard, qtbot)
        go_on(wizard, qtbot)
        assert wizard.currentId() == DONE
        assert [u.email for u in User.select().where(User.email != "admin@example.com")] == ["sam@example.com"]


def test_salesforce_is_off_without_the_integration_and_says_why(seat_window):
    win, _account = seat_window
    wizard = open_wizard(win)
    assert not wizard.ui.salesforce_button.isEnabled()
    assert "Salesforce integration" in wizard.ui.salesforce_button.toolTip()


def test_seat_types_the_users_cant_get_are_disabled_with_the_reason(seat_window, qtbot):
    win, _account = seat_window
    wizard = open_wizard(win)
    qtbot.keyClicks(wizard.ui.emails_edit, "p@example.com")
    go_on(wizard, qtbot)
    combo = wizard.ui.seat_type_combo

    def enabled(seat_type):
        return combo.model().item(combo.findData(seat_type)).isEnabled()

    assert not enabled(st.SERVICE) and "Professional or Enterprise" in combo.itemData(
        combo.findData(st.SERVICE), Qt.ItemDataRole.ToolTipRole)
    assert not enabled(st.PARTNER) and enabled(st.SALES) and enabled(st.VIEW_ONLY)
    tick(qtbot, wizard.ui.partner_check)
    assert enabled(st.PARTNER)
    tick(qtbot, wizard.ui.super_admin_check)
    assert not enabled(st.VIEW_ONLY) and combo.currentData() == st.CORE
    assert "can't be a super admin" in wizard.ui.super_admin_note.text()


def test_missing_seats_declined_goes_back_then_bought_goes_on(seat_window, qtbot):
    win, account = seat_window
    available = seats_service.seat_summary(account.id, st.CORE).available
    wizard = open_wizard(win)
    qtbot.keyClicks(wizard.ui.emails_edit, " ".join(f"n{i}@example.com" for i in range(available + 2)))
    go_on(wizard, qtbot)
    combo = wizard.ui.seat_type_combo
    combo.setCurrentIndex(combo.findData(st.CORE))
    before = snapshot()
    seen = []
    timer = answer_boxes(wizard, "no", seen)
    go_on(wizard, qtbot)
    qtbot.waitUntil(lambda: bool(seen))
    timer.stop()
    assert "2 more seats are needed" in seen[0] and "now" in seen[0]
    assert wizard.currentId() == ACCESS and snapshot() == before
    timer = answer_boxes(wizard)
    go_on(wizard, qtbot)
    qtbot.waitUntil(lambda: wizard.findChild(PurchaseSeatsDialog) is not None)
    timer.stop()
    purchase = wizard.findChild(PurchaseSeatsDialog)
    assert purchase.ui.seat_count_spin.value() == 2
    purchase.ui.continue_button.click()
    purchase.ui.save_continue_button.click()
    purchase.ui.complete_purchase_button.click()
    qtbot.waitUntil(lambda: wizard.currentId() == INVITE)
    assert User.select().count() == 1  # bought, not yet created
    go_on(wizard, qtbot)
    assert wizard.currentId() == DONE
    assert seats_service.seat_summary(account.id, st.CORE).available == 0


@pytest.mark.parametrize("page", [ADD, ACCESS, INVITE])
def test_cancel_at_any_page_leaves_the_database_unchanged(seat_window, qtbot, page):
    win, _account = seat_window
    wizard = open_wizard(win)
    qtbot.keyClicks(wizard.ui.emails_edit, "c1@example.com c2@example.com")
    before = snapshot()
    while wizard.currentId() < page:
        go_on(wizard, qtbot)
    assert wizard.currentId() == page
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert not wizard.isVisible() and snapshot() == before


def test_switching_language_keeps_the_wizard_where_it_is(seat_window, qtbot):
    win, _account = seat_window
    wizard = open_wizard(win)
    qtbot.keyClicks(wizard.ui.emails_edit, "l1@example.com l2@example.com")
    go_on(wizard, qtbot)
    qtbot.mouseClick(wizard.ui.restrict_scratch_radio, Qt.MouseButton.LeftButton)
    win.language_combo.setCurrentIndex(i18n.LANGUAGES.index("de"))
    assert wizard.currentId() == ACCESS and wizard.ui.restrict_scratch_radio.isChecked()
    assert shown(wizard.ui.restrict_scratch_radio.text()) == "Von Grund auf neu beginnen"
    assert wizard.ui.access_tabs.tabText(0) == "Benutzerlizenz zuweisen"
    assert "Weiter" in shown(wizard.button(QWizard.WizardButton.NextButton).text())
    assert "2 Benutzer" in wizard.ui.batch_label.text()
    assert wizard.ui.emails_edit.toPlainText() == "l1@example.com l2@example.com"


# -- legacy (F2) -------------------------------------------------------------------------------

def test_legacy_sales_access_switches_then_send(legacy_window, qtbot):
    win, account = legacy_window
    seats_service.buy_seats(account.id, account.acting_user_id, "sales_professional", 1)
    wizard = open_wizard(win)
    qtbot.keyClicks(wizard.ui.emails_edit, "rep@example.com")
    go_on(wizard, qtbot)
    ui = wizard.ui
    assert ui.seat_stack.currentWidget() is ui.legacy_page
    assert not ui.sales_tier_check.isEnabled()
    tick(qtbot, ui.sales_access_check)
    assert ui.sales_tier_check.isEnabled() and ui.sales_tier_check.text() == "Sales Professional"
    tick(qtbot, ui.sales_tier_check)
    go_on(wizard, qtbot)
    assert shown(next_button(wizard).text()) == "Send"
    go_on(wizard, qtbot)
    assert wizard.currentId() == DONE
    rep = User.get(User.email == "rep@example.com")
    assert seats_service.seats_of(rep) == ["sales_professional"]
    assert OutboxMessage.select().where(OutboxMessage.recipient == "rep@example.com").count() == 1


def test_legacy_checkout_buys_the_missing_seat_then_sends(legacy_window, qtbot):
    win, account = legacy_window
    for i in range(seats_service.seat_summary(account.id, "service_starter").available):
        add_user(account, f"taken{i}@example.com", ("service_starter",))
    wizard = service_access_wizard(win, qtbot, "agent@example.com")
    assert "All the Service Hub seats you bought are assigned" in wizard.ui.service_seats_label.text()
    go_on(wizard, qtbot)
    assert shown(next_button(wizard).text()) == "Checkout"
    assert "Click Send" not in wizard.ui.checkout_note.text()  # only Checkout is shown
    assert "Click Checkout to buy 1 seat." in wizard.ui.checkout_note.text()
    users = User.select().count()
    go_on(wizard, qtbot)
    purchase = dialog_of(wizard, PurchaseSeatsDialog)
    assert User.select().count() == users
    purchase.ui.continue_button.click()
    purchase.ui.save_continue_button.click()
    purchase.ui.complete_purchase_button.click()
    qtbot.waitUntil(lambda: wizard.currentId() == DONE)
    agent = User.get(User.email == "agent@example.com")
    assert seats_service.seats_of(agent) == ["service_starter"]


def test_legacy_super_admin_gets_paid_access_afterwards(legacy_window, qtbot):
    win, _account = legacy_window
    wizard = open_wizard(win)
    qtbot.keyClicks(wizard.ui.emails_edit, "boss@example.com")
    go_on(wizard, qtbot)
    tick(qtbot, wizard.ui.sales_access_check)
    tick(qtbot, wizard.ui.super_admin_check)
    assert not wizard.ui.sales_access_check.isEnabled() and not wizard.ui.sales_access_check.isChecked()
    assert "Manage paid users" in wizard.ui.super_admin_note.text()
    go_on(wizard, qtbot)
    go_on(wizard, qtbot)
    boss = User.get(User.email == "boss@example.com")
    assert boss.is_super_admin and seats_service.seats_of(boss) == []


# -- outbox (R21) ------------------------------------------------------------------------------

def test_outbox_lists_exports_and_accepts_with_the_same_email(seat_window, qtbot, tmp_path):
    win, _account = seat_window
    wizard = open_wizard(win)
    qtbot.keyClicks(wizard.ui.emails_edit, "o1@example.com o2@example.com")
    wizard.ui.invite_language_combo.setCurrentIndex(i18n.LANGUAGES.index("nl"))
    for _step in range(3):
        go_on(wizard, qtbot)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    button(win, "outbox_button").click()
    outbox = dialog_of(win, OutboxDialog)
    assert outbox.model.rowCount() == 2
    assert {outbox.model.text(r, 3) for r in range(2)} == {"Nederlands"}
    seen = []
    timer = answer_boxes(outbox, seen=seen)
    files = outbox.export([r.id for r in outbox.model.visible_rows()], str(tmp_path))
    assert len(files) == 2 and all(f.suffix == ".eml" for f in files)
    row = next(r for r in range(2) if outbox.model.text(r, 2) == "o1@example.com")
    outbox.ui.outbox_table.selectRow(row)
    assert "o1@example.com" in outbox.ui.message_view.toPlainText()
    outbox.accept_invitation("someone@example.com")
    qtbot.waitUntil(lambda: any("not to someone@example.com" in s for s in seen))
    assert User.get(User.email == "o1@example.com").status == "invited"
    outbox.accept_invitation("O1@example.com")
    timer.stop()
    assert User.get(User.email == "o1@example.com").status == "active"
    assert outbox.model.text(row, 5) == "Accepted"
    qtbot.mouseClick(outbox.ui.close_button, Qt.MouseButton.LeftButton)
    assert not outbox.isVisible()


def test_the_salesforce_integration_is_an_account_setting_in_the_menu(seat_window):
    win, account = seat_window
    action = win.salesforce_action
    assert not action.isChecked()
    action.trigger()
    assert action.isChecked() and type(account).get_by_id(account.id).salesforce_integration
    wizard = open_wizard(win)
    assert wizard.ui.salesforce_button.isEnabled()
