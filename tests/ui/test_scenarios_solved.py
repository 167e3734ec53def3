"""Every shipped training scenario (R32) solved as a trainee does: started with ``training.start``, the main
window opened on the practice database, each step done through the real pages and dialogs, and
``training.check`` ticking exactly one more step after each. Also: a wrong action ticks nothing, and Reset
puts back every row of every table."""

from __future__ import annotations

import contextlib
import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFileDialog, QPushButton

from seatdesk import i18n
from seatdesk.db.database import close_database
from seatdesk.db.models import Event, SeatRemoval, Subscription, User, db
from seatdesk.domain import seats as st
from seatdesk.i18n import _
from seatdesk.services import seats as seats_service
from seatdesk.services import training
from seatdesk.ui.change_seat_dialog import ChangeSeatDialog
from seatdesk.ui.create_user_wizard import ACCESS, DONE
from seatdesk.ui.paid_users_dialog import ManagePaidUsersDialog
from seatdesk.ui.purchase_dialog import PurchaseSeatsDialog
from seatdesk.ui.remove_dialog import RemoveSeatsDialog
from seatdesk.ui.user_dialog import UserDialog
from tests.conftest import answer_boxes
from tests.ui.test_create_user_wizard import go_on, open_wizard, service_access_wizard, type_lines
from tests.ui.test_pricing_page import checkout, choose
from tests.ui.test_seat_dialogs import button, open_window
from tests.ui.test_users_at_scale import open_user_page

# -- the practice session and its window ------------------------------------------------------------


@contextlib.contextmanager
def practice(key: str, language: str = "en"):
    """Start scenario ``key`` in ``language`` and open the window on its practice database, on its account."""
    i18n.set_language(language)
    scenario = training.find_scenario(key)
    assert scenario is not None, key
    session = training.start(scenario, "Tess Trainee", language)
    try:
        with open_window(training.training_folder() / "practice.sqlite3", language) as win:
            combo = win.account_combo
            combo.setCurrentIndex(combo.findData(session.account_id))
            assert win.context.account_id == session.account_id
            answer_boxes(win)  # every question answered yes, every message read
            yield win, session
    finally:
        close_database()
        i18n.set_language("en")


def step_done(session) -> None:
    """``check`` ticks exactly one more step, the next one."""
    before = len(session.done_at)
    assert not session.finished
    training.check(session)
    assert len(session.done_at) == before + 1, session.scenario.steps[before].text


def nothing_ticked(session) -> None:
    before = len(session.done_at)
    training.check(session)
    assert len(session.done_at) == before


def users_of(session, status: str, seats: list[str]) -> list[User]:
    """The account's users (not super admins) with ``status`` holding exactly ``seats`` (by data, never by name)."""
    query = User.select().where(User.account == session.account_id, User.status == status, ~User.is_super_admin)
    return [u for u in query.order_by(User.id) if seats_service.seats_of(u) == seats]


def shown_user_page(win, qtbot, user_id: int) -> UserDialog:
    """Click the user's name in the Users tab (scrolled to it first) and get the user page."""
    page = win.show_page("users_tab")
    page.table.scrollTo(page.model.index(page.model.rows_of([user_id])[0], 0))
    return open_user_page(win, qtbot, user_id)


def close_user_page(win, qtbot, page: UserDialog) -> None:
    qtbot.mouseClick(page.ui.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.flows.dialog is None)


def buy(win, qtbot, seat_type: str, count: int) -> None:
    """Add seats under ``seat_type``: the arrows up to ``count``, Continue, Save & continue, Complete purchase."""
    button(win, f"add_seats_button_{seat_type}").click()
    dialog = shown_dialog(win, PurchaseSeatsDialog)
    for _click in range(count - dialog.ui.seat_count_spin.value()):
        qtbot.keyClick(dialog.ui.seat_count_spin, Qt.Key.Key_Up)
    assert dialog.ui.seat_count_spin.value() == count
    for step in (dialog.ui.continue_button, dialog.ui.save_continue_button, dialog.ui.complete_purchase_button):
        qtbot.mouseClick(step, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def shown_dialog(win, cls):
    """The dialog of ``cls`` shown now (those closed before may wait for their deletion)."""
    dialog = next((d for d in win.findChildren(cls) if d.isVisible()), None)
    assert dialog is not None, cls.__name__
    return dialog


def remove_one(win, qtbot, seat_type: str) -> None:
    """Remove unassigned seats under ``seat_type``: 1, confirm, Back to Account & Billing."""
    button(win, f"remove_unassigned_button_{seat_type}").click()
    dialog = shown_dialog(win, RemoveSeatsDialog)
    assert dialog.ui.remove_count_spin.value() == 1
    qtbot.mouseClick(dialog.ui.confirm_remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ui.back_to_billing_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def finish_wizard(wizard, qtbot) -> None:
    from PySide6.QtWidgets import QWizard

    qtbot.waitUntil(lambda: wizard.currentId() == DONE)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)


def change_seat(win, qtbot, user_id: int, seat: tuple, select_row: bool = False) -> None:
    """Seats tab › Change seat: the user (their row selected first, or chosen in the User dropdown), ``seat``
    (type, hub) in the Seat dropdown, Save."""
    page = win.show_page("seats_tab")
    if select_row:
        page.table.selectRow(next(r for r in range(page.model.rowCount()) if page.model.row_at(r).id == user_id))
    button(win, "change_seat_button").click()
    dialog = shown_dialog(win, ChangeSeatDialog)
    if select_row:
        assert dialog.ui.user_combo.currentData() == user_id
    else:
        dialog.ui.user_combo.setCurrentIndex(dialog.ui.user_combo.findData(user_id))
    combo = dialog.ui.seat_combo
    combo.setCurrentIndex(next(i for i in range(combo.count()) if combo.itemData(i) == seat))
    qtbot.mouseClick(dialog.ui.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.flows.dialog is None)


def paid_users(win, ticks: dict[int, tuple[str, bool]]) -> None:
    """Users › Actions › Manage paid users: tick or clear a seat type's box next to users, Save."""
    win.show_page("users_tab").manage_paid_users_action.trigger()
    dialog = shown_dialog(win, ManagePaidUsersDialog)
    table = dialog.ui.paid_users_table
    rows = {dialog._rows[r].id: r for r in range(table.rowCount())}
    for user_id, (seat_type, on) in ticks.items():
        item = table.item(rows[user_id], 2 + dialog.seat_types.index(seat_type))
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
    dialog.findChild(QPushButton, "save_button").click()
    assert not dialog.isVisible()


# -- one solver per shipped scenario ----------------------------------------------------------------

def solve_add_seats(win, session, qtbot, tmp_path):
    buy(win, qtbot, st.CORE, 2)
    step_done(session)


def solve_remove_and_cancel(win, session, qtbot, tmp_path):
    [demo_removal] = seats_service.scheduled_removals(session.account_id)
    remove_one(win, qtbot, st.CORE)
    step_done(session)
    new = seats_service.scheduled_removals(session.account_id)[-1]
    cancels = button(win, "cancel_removal_button").parent().findChildren(QPushButton, "cancel_removal_button")
    assert len(cancels) == 2  # the demo's removal and the new one, in date then id order
    qtbot.mouseClick(cancels[-1], Qt.MouseButton.LeftButton)
    assert SeatRemoval.get_by_id(new.id).state == "cancelled"
    assert SeatRemoval.get_by_id(demo_removal.id).state == "scheduled"
    step_done(session)


def solve_create_users_emails(win, session, qtbot, tmp_path):
    wizard = open_wizard(win)
    type_lines(qtbot, wizard.ui.emails_edit, "intern1@example.com\nintern2@example.com")
    go_on(wizard, qtbot)
    assert wizard.currentId() == ACCESS
    wizard.ui.seat_type_combo.setCurrentIndex(wizard.ui.seat_type_combo.findData(st.VIEW_ONLY))
    go_on(wizard, qtbot)
    go_on(wizard, qtbot)
    finish_wizard(wizard, qtbot)
    step_done(session)


def solve_create_users_csv(win, session, qtbot, tmp_path):
    csv = training.training_folder() / "new-users.csv"
    assert csv.read_text(encoding="utf-8").startswith("Email,")  # written by start, where the brief says
    assert str(training.training_folder()) in _(session.scenario.brief).format(folder=training.training_folder())
    wizard = open_wizard(win)
    with pytest.MonkeyPatch.context() as patch:  # the file dialog answers with the scenario's file
        patch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(csv), "")))
        qtbot.mouseClick(wizard.ui.csv_choose_button, Qt.MouseButton.LeftButton)
    assert wizard.ui.csv_path_edit.text() == str(csv)
    go_on(wizard, qtbot)
    assert wizard.currentId() == ACCESS and wizard.ui.seat_type_combo.currentData() == st.VIEW_ONLY
    go_on(wizard, qtbot)
    go_on(wizard, qtbot)
    finish_wizard(wizard, qtbot)
    assert User.select().where(User.email == "sanne.kok@example.com").exists()
    step_done(session)


def solve_legacy_paid_user(win, session, qtbot, tmp_path):
    wizard = service_access_wizard(win, qtbot, "new.agent@example.com")
    go_on(wizard, qtbot)
    go_on(wizard, qtbot)  # Checkout: no Service Starter seat is left
    purchase = shown_dialog(wizard, PurchaseSeatsDialog)
    for step in (purchase.ui.continue_button, purchase.ui.save_continue_button, purchase.ui.complete_purchase_button):
        qtbot.mouseClick(step, Qt.MouseButton.LeftButton)
    finish_wizard(wizard, qtbot)
    step_done(session)


def solve_change_seat(win, session, qtbot, tmp_path):
    rep = users_of(session, "active", ["sales_professional"])[0]
    change_seat(win, qtbot, rep.id, (None, "sales"), select_row=True)
    assert seats_service.seats_of(User.get_by_id(rep.id)) == []
    step_done(session)
    newcomer = users_of(session, "active", [])[0]
    change_seat(win, qtbot, newcomer.id, ("sales_professional", None))
    step_done(session)
    assert len(seats_service.scheduled_removals(session.account_id)) == 1  # the seat was free: the removal stays


def solve_manage_paid_users(win, session, qtbot, tmp_path):
    rep = users_of(session, "active", ["sales_professional"])[0]
    paid_users(win, {rep.id: ("sales_professional", False)})
    step_done(session)
    page = shown_user_page(win, qtbot, rep.id)
    page.remove_action.trigger()
    qtbot.waitUntil(lambda: win.flows.dialog is None)
    assert User.get_or_none(User.id == rep.id) is None
    step_done(session)


def solve_user_actions(win, session, qtbot, tmp_path):
    invited = users_of(session, "invited", [st.VIEW_ONLY])[0]
    page = shown_user_page(win, qtbot, invited.id)
    page.resend_invitation_action.trigger()
    step_done(session)
    close_user_page(win, qtbot, page)
    holder = users_of(session, "deactivated", [st.CORE])[0]
    page = shown_user_page(win, qtbot, holder.id)
    page.reactivate_action.trigger()
    step_done(session)
    page.ui.seat_assignment_combo.setCurrentIndex(page.ui.seat_assignment_combo.findData(st.VIEW_ONLY))
    qtbot.mouseClick(page.ui.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.flows.dialog is None)
    step_done(session)
    page = shown_user_page(win, qtbot, holder.id)
    page.deactivate_action.trigger()
    step_done(session)
    close_user_page(win, qtbot, page)
    assert User.get_by_id(holder.id).status == "deactivated"
    assert seats_service.seats_of(User.get_by_id(holder.id)) == [st.VIEW_ONLY]


def solve_reassign_cancels_removal(win, session, qtbot, tmp_path):
    [removal] = seats_service.scheduled_removals(session.account_id)
    newcomer = users_of(session, "active", [])[0]
    paid_users(win, {newcomer.id: ("sales_professional", True)})
    assert SeatRemoval.get_by_id(removal.id).state == "cancelled"
    step_done(session)


def solve_planning_date_renewal(win, session, qtbot, tmp_path):
    remove_one(win, qtbot, st.CORE)
    step_done(session)
    renewal = Subscription.get(Subscription.account == session.account_id, Subscription.hub == "marketing").renewal_date
    win.planning_date_edit.setDate(QDate(renewal + dt.timedelta(days=1)))
    win.planning_date_edit.editingFinished.emit()
    assert seats_service.scheduled_removals(session.account_id) == []
    step_done(session)


def change_tier(win, hub: str, tier: str):
    """Pricing & Features: ``tier`` chosen under ``hub``, Buy now, then the checkout completed."""
    page = win.show_page("pricing_page")
    choose(page.findChild(QComboBox, f"tier_combo_{hub}"), tier)
    page.findChild(QPushButton, f"buy_now_button_{hub}").click()
    checkout(win).ui.checkout_complete_button.click()
    return page


def solve_free_tools_to_starter(win, session, qtbot, tmp_path):
    change_tier(win, "marketing", "starter")
    step_done(session)


def solve_build_a_bundle(win, session, qtbot, tmp_path):
    page = win.show_page("pricing_page")
    page.ui.pricing_tabs.setCurrentWidget(page.ui.bundle_tab)
    for hub in ("marketing", "sales", "service", "content", "operations"):
        page.findChild(QCheckBox, f"bundle_check_{hub}").setChecked(hub in ("sales", "service"))
    for hub in ("sales", "service"):
        choose(page.findChild(QComboBox, f"bundle_tier_combo_{hub}"), "starter")
    page.ui.bundle_buy_now_button.click()
    checkout(win).ui.checkout_complete_button.click()
    step_done(session)


def solve_schedule_lower_tier(win, session, qtbot, tmp_path):
    page = change_tier(win, "marketing", "free")
    step_done(session)
    page.findChild(QPushButton, "cancel_change_button_marketing").click()
    step_done(session)


SOLVERS = {
    "01_add_seats": solve_add_seats,
    "02_remove_and_cancel": solve_remove_and_cancel,
    "03_create_users_emails": solve_create_users_emails,
    "04_create_users_csv": solve_create_users_csv,
    "05_legacy_paid_user": solve_legacy_paid_user,
    "06_change_seat": solve_change_seat,
    "07_manage_paid_users": solve_manage_paid_users,
    "08_user_actions": solve_user_actions,
    "09_reassign_cancels_removal": solve_reassign_cancels_removal,
    "10_planning_date_renewal": solve_planning_date_renewal,
    "11_free_tools_to_starter": solve_free_tools_to_starter,
    "12_build_a_bundle": solve_build_a_bundle,
    "13_schedule_lower_tier": solve_schedule_lower_tier,
}
#: Each scenario solved in one language, the four in turn: every language solves some.
CASES = [(key, i18n.LANGUAGES[n % len(i18n.LANGUAGES)]) for n, key in enumerate(SOLVERS)]


def test_every_shipped_scenario_has_a_solver_here():
    found, problems = training.scenarios()
    assert problems == []
    assert [s.key for s in found] == list(SOLVERS)
    assert len(found) >= 11


@pytest.mark.parametrize(("key", "language"), CASES)
def test_scenario_solved_through_the_window(qtbot, tmp_path, key, language):
    with practice(key, language) as (win, session):
        scenario = session.scenario
        if language != "en":  # the scenario's texts come out of the catalogs in the session's language
            for text in (scenario.title, scenario.brief, *(t for s in scenario.steps for t in (s.text, s.hint))):
                assert _(text) != text, (language, text)
        nothing_ticked(session)  # the demo's own events are not the trainee's
        SOLVERS[key](win, session, qtbot, tmp_path)
        assert session.finished and len(session.done_at) == len(scenario.steps)
        assert session.done_at == sorted(session.done_at)
        result = session.result()
        assert (result.title, result.steps_done, result.finished) == (_(scenario.title), len(scenario.steps), True)


def test_wrong_actions_tick_nothing(qtbot, tmp_path):
    """01_add_seats wants two Core Seats in one purchase: Sales Seats, or 1 then 1, don't do."""
    with practice("01_add_seats") as (win, session):
        buy(win, qtbot, st.SALES, 2)
        nothing_ticked(session)
        for _purchase in range(2):  # checked after each, as the training panel does after each action
            buy(win, qtbot, st.CORE, 1)
            nothing_ticked(session)
        buy(win, qtbot, st.CORE, 2)
        step_done(session)


def test_steps_tick_only_in_order(qtbot, tmp_path):
    """02_remove_and_cancel: a step's goal done before the previous step was done counts for nothing."""
    with practice("02_remove_and_cancel") as (win, session):
        [demo_removal] = seats_service.scheduled_removals(session.account_id)
        qtbot.mouseClick(button(win, "cancel_removal_button"), Qt.MouseButton.LeftButton)  # step 2's kind, first
        assert SeatRemoval.get_by_id(demo_removal.id).state == "cancelled"
        nothing_ticked(session)
        remove_one(win, qtbot, st.CORE)
        step_done(session)
        nothing_ticked(session)  # the earlier cancel is before step 1 was done


def every_row() -> dict[str, list[tuple]]:
    """Every row of every table of the open database, in rowid order."""
    tables = [name for (name,) in db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_stat%' ORDER BY name")]
    return {table: db.execute_sql(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall() for table in tables}


def test_reset_restores_every_row_of_the_start(qtbot, tmp_path):
    with practice("02_remove_and_cancel") as (win, session):
        start = every_row()
        assert start["event"] and start["user"]
        remove_one(win, qtbot, st.CORE)
        step_done(session)
        buy(win, qtbot, st.CORE, 3)
        wizard = open_wizard(win)
        qtbot.keyClicks(wizard.ui.emails_edit, "reset.me@example.com")
        for _step in range(3):
            go_on(wizard, qtbot)
        finish_wizard(wizard, qtbot)
        session.hints = 2
        changed = every_row()
        assert changed != start
        assert len(changed["event"]) > len(start["event"]) and len(changed["user"]) == len(start["user"]) + 1
        training.reset(session)
        assert every_row() == start
        assert (session.done_at, session.hints, session.mistakes) == ([], 0, 0)
        win.refresh_all()
        assert Event.select().count() == len(start["event"])
        remove_one(win, qtbot, st.CORE)  # the scenario starts over: step 1 ticks again
        step_done(session)
