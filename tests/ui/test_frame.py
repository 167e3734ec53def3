"""The window as a frame of pages: lazy pages, navigation, keyboard, remembered settings, small screens."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView

from seatdesk import i18n
from seatdesk.app import create_main_window
from seatdesk.db.database import close_database
from seatdesk.domain import seats as st
from seatdesk.services import demo
from seatdesk.ui.create_user_wizard import CreateUserWizard
from tests.conftest import dispose
from tests.ui.test_seat_dialogs import add_user

PAGES = (("users_tab", None), ("seats_tab", None), ("teams_page", None), ("permission_sets_page", None),
         ("billing_tab", "overview"),
         ("billing_tab", "subscriptions"), ("pricing_page", None), ("plans_compare_page", None),
         ("events_page", None))


def choose(win, name):
    win.account_combo.setCurrentIndex(win.account_combo.findText(name))


def test_only_the_first_page_is_built_at_start(seat_window):
    win, _account = seat_window
    assert win.current_page() is win.page("users_tab")
    assert win.page("users_tab").built and win.page("users_tab").model.rowCount() > 0
    assert not any(win.page(name).built for name in ("seats_tab", "billing_tab", "events_page"))
    assert win.findChild(QTableView, "seats_table") is None  # built when first shown
    win.show_page("seats_tab")
    assert win.findChild(QTableView, "seats_table") is not None


def test_the_navigation_shows_each_page(demo_window):
    win = demo_window
    tree = win.ui.navigation
    seen = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        for item in [top] + [top.child(j) for j in range(top.childCount())]:
            if item.data(0, Qt.ItemDataRole.UserRole):
                tree.setCurrentItem(item)
                page = win.current_page()
                seen.append(page.objectName() if page.objectName() != "billing_tab"
                            else page.current_tab().objectName())
    assert seen == ["users_tab", "seats_tab", "teams_page", "permission_sets_page", "overview_tab",
                    "subscriptions_tab", "pricing_page", "plans_compare_page", "reclaim_page", "events_page"]
    win.show_billing(True)  # a flow that opens a page selects it in the navigation
    assert tree.currentItem().data(0, Qt.ItemDataRole.UserRole) == ("billing_tab", "overview")


def test_a_change_in_a_hidden_page_shows_when_it_is_shown(seat_window):
    win, account = seat_window
    seats = win.show_page("seats_tab")
    win.show_page("users_tab")
    add_user(account, "late@example.com", (st.CORE,))
    win.refresh_all()
    assert seats.stale  # not read while hidden
    win.show_page("seats_tab")
    assert "late@example.com" in {r.email for r in seats.model.all_rows()}


def test_shortcuts_find_create_reload_and_export(seat_window, qtbot, tmp_path, monkeypatch):
    win, account = seat_window
    win.show_page("seats_tab")
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    win.find_action.trigger()  # Ctrl+F: the search of the page shown
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.findChild(QLineEdit, "seats_search_edit"))
    add_user(account, "outside@example.com", (st.VIEW_ONLY,))  # another window wrote it
    win.reload_action.trigger()  # F5
    assert "outside@example.com" in {r.email for r in win.page("seats_tab").model.all_rows()}
    target = tmp_path / "seats.csv"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    win.export_action.trigger()  # Ctrl+E
    assert "outside@example.com" in target.read_text(encoding="utf-8-sig")
    win.create_user_action.trigger()  # Ctrl+N
    qtbot.waitUntil(lambda: isinstance(win.flows.dialog, CreateUserWizard))
    assert win.current_page() is win.page("users_tab")
    win.flows.dialog.reject()
    keys = {a.objectName(): a.shortcut().toString() for a in
            (win.find_action, win.create_user_action, win.reload_action, win.export_action)}
    assert keys == {"find_action": "Ctrl+F", "create_user_action": "Ctrl+N", "reload_action": "F5",
                    "export_action": "Ctrl+E"}


def test_tab_leaves_the_table(seat_window, qtbot):
    win, _account = seat_window
    table = win.page("users_tab").table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    assert not table.tabKeyNavigation()
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table


def test_window_page_account_and_columns_are_remembered(qtbot, tmp_path):
    win = create_main_window(tmp_path / "demo.sqlite3", "en")
    demo.fill_demo()
    win.reload_accounts()
    win.show()
    choose(win, "Contoso Legacy")
    win.resize(790, 590)  # within the offscreen screen (800 x 600): a restored window is kept on screen
    QApplication.processEvents()
    size = (win.width(), win.height())  # at least the window's minimum size
    assert size != (1180, 760)  # not the form's default
    users = win.page("users_tab")
    users.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    users.table.horizontalHeader().resizeSection(1, 333)
    win.show_page("events_page")
    dispose(win)  # closes it: what it remembers is written
    close_database()
    again = create_main_window(tmp_path / "demo.sqlite3", "en")
    try:
        assert again.account_combo.currentText() == "Contoso Legacy"
        assert again.current_page() is again.page("events_page")
        # The offscreen screen is 800 px wide and a restored window is kept on it: the height tells.
        assert again.height() == size[1] == 590
        table = again.show_page("users_tab").table
        assert table.horizontalHeader().sectionSize(1) == 333
        assert table.horizontalHeader().sortIndicatorSection() == 1
        emails = [r.email for r in again.page("users_tab").model.visible_rows()]
        assert emails == sorted(emails, key=str.casefold, reverse=True)
    finally:
        dispose(again)
        close_database()


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_the_window_fits_a_small_screen_in_every_language(demo_window, language):
    win = demo_window
    win.language_combo.setCurrentIndex(win.language_combo.findData(language))
    win.resize(1000, 680)  # pages that wrap (seat boxes, hub panels) are measured at the small size
    for account in ("Northwind Traders", "Contoso Legacy", "Fabrikam Free Tools"):
        choose(win, account)
        for page, tab in PAGES:
            win.show_page(page, tab)
            hint = win.minimumSizeHint()
            assert hint.width() <= 1000 and hint.height() <= 680, (account, page, tab, hint)
    win.resize(1000, 680)
    QApplication.processEvents()
    assert (win.width(), win.height()) == (1000, 680)
    assert win.language_combo.isVisible()  # the toolbar needs no overflow menu
    assert win.account_bar.second_language_combo.isVisible()


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_every_subscription_column_is_in_view_at_1280_px(demo_window, language):
    win = demo_window
    win.resize(1280, 800)
    win.language_combo.setCurrentIndex(win.language_combo.findData(language))
    choose(win, "Northwind Traders")
    table = win.show_page("billing_tab", "subscriptions").subscriptions.ui.subscriptions_table
    QApplication.processEvents()
    header = table.horizontalHeader()
    assert not table.horizontalScrollBar().isVisible()
    assert header.sectionPosition(header.count() - 1) + header.sectionSize(header.count() - 1) \
        <= table.viewport().width()
    for column in range(header.count()):  # every title fits its column (it wraps, it is not cut)
        title = table.model().headerData(column, Qt.Orientation.Horizontal)
        longest = max(header.fontMetrics().horizontalAdvance(word) for word in title.split(" "))
        assert longest <= header.sectionSize(column), title
        for row in range(table.model().rowCount()):  # and so does every amount (money never breaks)
            text = table.model().text(row, column)
            if any(ch.isdigit() for ch in text) and "\n" not in text and " " not in text:
                assert table.fontMetrics().horizontalAdvance(text) <= header.sectionSize(column), text


def test_the_price_note_names_no_install_path_and_opens_the_data_folder(seat_window, monkeypatch, tmp_path):
    from PySide6.QtGui import QDesktopServices

    from seatdesk.resources import resources_dir

    win, _account = seat_window
    page = win.show_page("billing_tab", "subscriptions")
    note = page.ui.catalog_note_label.text()
    assert "Sample prices" in note and str(resources_dir()) not in note and "price_catalog.json" in note
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    monkeypatch.setattr("seatdesk.paths.data_dir", lambda: tmp_path / "data")
    page.ui.catalog_note_label.linkActivated.emit("folder")
    assert opened == [str(tmp_path / "data")] and (tmp_path / "data").is_dir()


def test_tab_walks_the_users_page_top_to_bottom(seat_window, qtbot):
    win, _account = seat_window
    page = win.page("users_tab")
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    page.ui.create_user_button.setFocus()
    order = []
    for _ in range(8):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget().objectName())
    assert order[:7] == ["users_search_edit", "users_seat_filter_combo", "users_status_filter_combo",
                         "users_permission_filter_combo", "users_team_filter_combo", "users_export_button",
                         "users_actions_button"]
    assert order[7] == "users_table"


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_every_button_and_label_of_each_page_has_its_own_mnemonic(demo_window, language):
    from seatdesk.ui.dialogs import mnemonic_of
    from seatdesk.ui.frame import page_mnemonic_widgets

    win = demo_window
    win.language_combo.setCurrentIndex(win.language_combo.findData(language))
    bar = win.account_bar
    for account in ("Northwind Traders", "Contoso Legacy"):
        choose(win, account)
        for page, tab in PAGES:
            shown_page = win.show_page(page, tab)
            widgets = [bar.account_label, bar.acting_label, bar.planning_label, bar.language_label]
            widgets += [w for w in page_mnemonic_widgets(shown_page) if w.isVisibleTo(win)]
            letters = [mnemonic_of(w.text()) for w in widgets]
            letters += [mnemonic_of(m.title()) for m in (win.account_menu, win.users_menu, win.view_menu,
                                                         win.help_menu)]
            where = (language, account, page, tab)
            assert all(letters), (where, [w.text() for w in widgets])
            assert len(letters) == len(set(letters)), (where, sorted(letters), [w.text() for w in widgets])
    assert any(w.objectName() == "create_user_button" for w in page_mnemonic_widgets(win.page("users_tab")))


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_no_two_items_of_a_menu_share_a_letter(seat_window, language):
    """Alt+letter reaches one item of each menu, with every plan item shown (a plan is shown)."""
    from seatdesk.services.plans import create_plan
    from seatdesk.ui.dialogs import mnemonic_of

    win, account = seat_window
    plan = create_plan(account.id, account.acting_user_id, "Menus").result
    win.reload_accounts(select=plan.id)
    win.language_combo.setCurrentIndex(win.language_combo.findData(language))
    assert win.approval_pack_action.isVisible()
    menus = (win.account_menu, win.users_menu, win.view_menu, win.second_language.menu, win.help_menu)
    for menu in menus:
        letters = [mnemonic_of(a.text()) for a in menu.actions() if a.isVisible() and a.text()]
        taken = [letter for letter in letters if letter]
        assert len(taken) == len(set(taken)), (menu.title(), [a.text() for a in menu.actions()])
    titles = [mnemonic_of(a.text()) for a in win.menuBar().actions()]  # the menu bar's own letters
    assert all(titles) and len(titles) == len(set(titles)), [a.text() for a in win.menuBar().actions()]
