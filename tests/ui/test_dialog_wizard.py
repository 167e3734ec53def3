"""The create-user wizard as a new user meets it: no typed word dropped, a live problem list, a plain access page."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QToolBox, QWizard

from seatdesk.db.models import User
from seatdesk.domain import seats as st
from seatdesk.domain.imports import split_addresses
from seatdesk.ui.create_user_wizard import ACCESS, ADD, CreateUserWizard
from tests.conftest import make_account
from tests.ui.dialog_helpers import dialogs, opened  # noqa: F401  (dialogs: fixture)
from tests.ui.test_create_user_wizard import problems, type_lines


def open_wizard(account):
    return opened(CreateUserWizard(account.id, account.acting_user_id))


def test_a_mistyped_address_between_good_ones_is_listed_not_dropped():
    assert [c.email for c in split_addresses("ann@x.com; bob(at)x.com; carl@x.com")] == [
        "ann@x.com", "bob(at)x.com", "carl@x.com"]
    assert [c.email for c in split_addresses("Jean-Luc\tO'Neil\tJ.\tjl@x.com\tx.com")] == ["jl@x.com", "x.com"]


def test_the_problem_list_follows_the_input_as_it_is_typed(dialogs, qtbot):
    wizard = open_wizard(make_account(st.SEAT_BASED))
    edit = wizard.ui.emails_edit
    type_lines(qtbot, edit, "ann@x.com; bob(at)x.com; carl@x.com")
    qtbot.waitUntil(lambda: wizard.ui.import_problems_table.isVisible(), timeout=2000)
    listed = problems(wizard)
    assert [row[2] for row in listed] == ["bob(at)x.com"]
    assert "1 address can't be added" in wizard.ui.problems_label.text()
    for _ in range(len("bob(at)x.com; carl@x.com")):
        qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, "bob@x.com; carl@x.com")
    qtbot.waitUntil(lambda: not wizard.ui.import_problems_table.isVisible(), timeout=2000)
    assert wizard.currentId() == ADD
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == ACCESS
    assert User.select().count() == 1  # nothing written before the commit page


def test_after_the_live_list_next_goes_on_with_the_valid_addresses(dialogs, qtbot):
    wizard = open_wizard(make_account(st.SEAT_BASED))
    type_lines(qtbot, wizard.ui.emails_edit, "ann@x.com; bob(at)x.com")
    qtbot.waitUntil(lambda: wizard.ui.import_problems_table.isVisible(), timeout=2000)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == ACCESS
    assert "You are adding 1 user." in wizard.ui.batch_label.text()


def sentences(text):
    text = re.sub(r"<[^>]+>", " ", text)
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.strip()) > 12]


def test_the_access_page_has_tabs_and_says_each_sentence_once(dialogs, qtbot):
    account = make_account(st.SEAT_BASED)
    wizard = open_wizard(account)
    qtbot.keyClicks(wizard.ui.emails_edit, "a1@x.com a2@x.com")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == ACCESS
    assert wizard.findChild(QToolBox) is None
    tabs = wizard.findChild(QTabWidget, "access_tabs")
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Assign seat", "Choose how to restrict access", "Review access"]
    page = wizard.currentPage()
    said = []
    for label in page.findChildren(QLabel):
        said += sentences(label.text())
    said += sentences(wizard.ui.review_access_view.toHtml())
    said += sentences(wizard.ui.seat_type_combo.currentText())
    duplicated = {s for s in said if said.count(s) > 1}
    assert not duplicated
    combo = wizard.ui.seat_type_combo
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert not any("—" in t for t in texts), texts
    assert "View-Only Seat (free)" in texts


def test_four_users_are_spoken_of_in_the_plural_and_permissions_are_listed_one_per_line(dialogs, qtbot):
    from seatdesk import i18n
    from seatdesk.services import seats as seats_service
    from seatdesk.ui.create_user_wizard import DONE, INVITE
    from tests.ui.dialog_helpers import shown
    from tests.ui.test_create_user_wizard import go_on, type_lines

    account = make_account(st.SEAT_BASED)
    seats_service.buy_seats(account.id, account.acting_user_id, st.CORE, 4)
    wizard = open_wizard(account)
    assert shown(wizard.ui.csv_choose_button.text()) == "Choose file…"
    type_lines(qtbot, wizard.ui.emails_edit, "a@x.com, b@x.com, c@x.com, d@x.com")
    go_on(wizard, qtbot)
    wizard.ui.seat_type_combo.setCurrentIndex(wizard.ui.seat_type_combo.findData(st.CORE))
    qtbot.mouseClick(wizard.ui.restrict_template_radio, Qt.MouseButton.LeftButton)
    go_on(wizard, qtbot)
    assert wizard.currentId() == INVITE
    assert shown(wizard.ui.no_invite_check.text()) == "Don't send an invite email when these users are added to HubSpot"
    assert wizard.ui.no_invite_hint.text().startswith("Use this if the users already have")
    review = wizard.ui.final_review_view.toHtml()
    assert re.search(r"<li[^>]*>[^<]*(Contacts|CRM)", review)  # a group, its permissions as bullets under it
    plain = wizard.ui.final_review_view.toPlainText()
    assert not re.search(r"\w and [A-Z]", plain)  # no label capitalised in the middle of a sentence
    i18n.set_language("fr")
    assert "CRM:" not in wizard.ui.final_review_view.toPlainText()
    i18n.set_language("en")
    go_on(wizard, qtbot)
    assert wizard.currentId() == DONE
    assert wizard.ui.done_label.text() == "4 users were created."
    assert wizard.ui.copy_link_hint.text().startswith("When these users create their accounts")
    assert wizard.ui.outcome_label.text().startswith("The new users get a welcome email")
    assert "Once the users have set a password" in wizard.ui.outcome_label.text()


def test_super_admin_lines_up_under_the_seat_controls(dialogs, qtbot):
    account = make_account(st.SEAT_BASED)
    wizard = open_wizard(account)
    qtbot.waitExposed(wizard)
    type_lines_ = __import__("tests.ui.test_create_user_wizard", fromlist=["type_lines"]).type_lines
    type_lines_(qtbot, wizard.ui.emails_edit, "a@x.com")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == ACCESS
    partner, admin = wizard.ui.partner_check, wizard.ui.super_admin_check
    at = lambda w: w.mapTo(wizard, w.rect().topLeft())  # noqa: E731
    assert at(admin).x() == at(partner).x()
    assert 0 < at(admin).y() - at(partner).y() < 3 * partner.height()  # right under it, no gap
