"""Captions in a second language (R33): every page, in every pair of languages, live, and taken away again."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel

from seatdesk import i18n
from seatdesk.i18n import in_language, plain_text
from seatdesk.ui.settings import settings

#: Each page (and tab) with its heading and the heading's msgid.
HEADINGS = (("users_tab", None, "users_heading", "Users"),
            ("seats_tab", None, "seats_heading", "Seats"),
            ("teams_page", None, "teams_heading", "Teams"),
            ("permission_sets_page", None, "sets_heading", "Permission sets"),
            ("billing_tab", "overview", "products_heading", "Products & Add-ons"),
            ("billing_tab", "subscriptions", "billing_heading", "Account & Billing"),
            ("pricing_page", None, "pricing_heading", "Pricing & Features"),
            ("plans_compare_page", None, "compare_heading", "Compare and project"),
            ("reclaim_page", None, "reclaim_heading", "Reclaim"),
            ("events_page", None, "events_heading", "Event log"))
PAIRS = [pair for pair in itertools.product(i18n.LANGUAGES, repeat=2) if pair[0] != pair[1]]


def _tooltips(win) -> dict:
    """The tooltip of every label and button of the window (by widget) and of every action."""
    found = {w: w.toolTip() for w in win.findChildren(QLabel) + win.findChildren(QAbstractButton)}
    found.update({a: a.toolTip() for a in (win.create_user_action, win.export_action, win.new_plan_action)})
    return found


def _choose_language(win, language):
    win.language_combo.setCurrentIndex(win.language_combo.findData(language))


@pytest.mark.parametrize(("main", "second"), PAIRS)
def test_every_page_carries_the_second_language_and_none_takes_it_away(demo_window, main, second):
    win = demo_window
    bar, captions = win.account_bar, win.second_language
    _choose_language(win, "de" if main == "en" else "en")  # the main language changes after the choice: live
    for page, tab, _heading, _msgid in HEADINGS:  # every page built, with its own tooltips
        win.show_page(page, tab)
    before = _tooltips(win)
    bar.second_language_combo.setCurrentIndex(bar.second_language_combo.findData(second))
    assert captions.language == second and captions.actions[second].isChecked()  # the View menu follows
    assert settings().value("second_language") == second
    _choose_language(win, main)
    for page, tab, heading_name, msgid in HEADINGS:
        shown = win.show_page(page, tab)
        heading = shown.findChild(QLabel, heading_name)
        expected = plain_text(in_language(msgid, second))
        assert plain_text(heading.text()) == plain_text(in_language(msgid, main)), (page, heading.text())
        caption = shown.findChild(QLabel, heading_name + "_second_language")
        if expected == plain_text(heading.text()):  # "Pricing & Features" in English and French: no caption
            assert not heading.toolTip() and (caption is None or not caption.isVisibleTo(win))
            continue
        assert expected in heading.toolTip().split("\n"), (main, second, page, heading.toolTip())
        assert caption is not None and caption.isVisibleTo(win) and caption.text() == expected, (page, tab)
    # Buttons, the toolbar, menus, the navigation and the column headers too.
    users = win.show_page("users_tab")
    button = users.findChild(QAbstractButton, "create_user_button")
    assert plain_text(in_language("Create user", second)) in button.toolTip().split("\n")
    assert bar.language_label.toolTip().split("\n")[-1] == plain_text(in_language("Language", second))
    assert win.create_user_action.toolTip().split("\n")[-1] == plain_text(in_language("&Create user…", second))
    assert win.users_menu.toolTipsVisible()
    header = users.findChild(type(users.table), "users_table").horizontalHeader()
    titles = [header.model().headerData(i, header.orientation()) for i in range(header.count())]
    section = titles.index(in_language("Last active date", main))
    assert captions.header_caption(header, section) == in_language("Last active date", second)
    navigation = win.ui.navigation.topLevelItem(0)
    assert navigation.toolTip(0) == in_language("Users & Teams", second)

    captions.actions[None].trigger()  # View › Second language › None
    assert captions.language is None and bar.second_language_combo.currentData() == ""
    assert settings().value("second_language") == ""
    for page, tab, heading_name, _msgid in HEADINGS:
        shown = win.show_page(page, tab)
        caption = shown.findChild(QLabel, heading_name + "_second_language")
        assert caption is None or not caption.isVisibleTo(win)
    # Every tooltip is back as it was (main language's tooltips are compared in that language).
    _choose_language(win, "de" if main == "en" else "en")
    after = _tooltips(win)
    changed = {w: (before[w], after[w]) for w in before if w in after and before[w] != after[w]}
    assert not changed, list(changed.values())[:5]
    assert not win.users_menu.toolTipsVisible() and navigation.toolTip(0) == ""


def test_the_second_language_is_remembered_and_captions_dialogs(demo_window, qtbot):
    from seatdesk.ui.new_plan_dialog import NewPlanDialog
    from seatdesk.ui.second_language import SecondLanguage

    win = demo_window
    win.second_language.set_language("fr")
    dialog = NewPlanDialog(win.account_id, win.acting_user_id(), win)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.findChild(QAbstractButton, "create_plan_button").toolTip() == "Créer le plan"
    dialog.reject()
    again = SecondLanguage(win, type(win.language_combo)())  # a window opened later: the choice is kept
    assert again.language == "fr" and again.actions["fr"].isChecked() and again.combo.currentData() == "fr"
    win.second_language.set_language(None)
    assert SecondLanguage(win, type(win.language_combo)()).language is None


def test_a_tooltip_follows_a_text_changed_after_captioning(demo_window):
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent

    win = demo_window
    win.second_language.set_language("nl")
    label = win.account_bar.planning_label
    label.setText(i18n._("Language"))  # the code sets another text: the tooltip is made again when shown
    event = QHelpEvent(QEvent.Type.ToolTip, QPoint(1, 1), label.mapToGlobal(QPoint(1, 1)))
    assert not win.second_language.eventFilter(label, event)  # what the application's filter does first
    assert label.toolTip() == "Taal"
    fresh = QLabel("", win.account_bar.planning_label.parentWidget())  # a label made and filled after captioning
    win.second_language.refresh()
    fresh.setText(i18n._("Language"))
    assert not win.second_language.eventFilter(fresh, event) and fresh.toolTip() == "Taal"


def test_a_text_not_in_the_catalogs_gets_no_caption():
    assert i18n.second_language_text("Northwind Traders", "fr") is None
    assert i18n.second_language_text("&Users", "fr") == "Utilisateurs"
    assert i18n.second_language_text("Users", "en") is None  # the same in both
    i18n.set_language("de")
    assert i18n.second_language_text("Ben&utzer", "nl") == "Gebruikers"
    assert plain_text(i18n.msgid_of("Benutzer")[1]) == "Users"


def test_captions_lose_no_reference_when_languages_change(demo_window, qapp):
    """PySide6 6.12 drops a reference to None at each crossing of Qt (tests/i18n/test_qt_bridge.py):
    captioning the window again and again must not let the count fall."""
    import sys

    win = demo_window
    win.second_language.set_language("fr")

    def counts():  # after freeing what earlier tests left: freeing it lowers the counts rightly
        from tests.conftest import free_leftovers

        free_leftovers()
        return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)

    before = counts()
    for _ in range(10):
        i18n.set_language("de")
        i18n.set_language("nl")
        win.second_language.set_language(None)
        win.second_language.set_language("fr")
        qapp.processEvents()
    after = counts()
    assert all(a >= b - 20 for a, b in zip(after, before, strict=True)), (before, after)


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_the_window_with_captions_still_fits_a_small_screen(demo_window, language):
    from tests.ui.test_frame import PAGES, choose

    win = demo_window
    _choose_language(win, language)
    win.second_language.set_language("de" if language != "de" else "fr")  # German: the longest captions
    win.resize(1000, 680)
    for account in ("Northwind Traders", "Contoso Legacy", "Fabrikam Free Tools"):
        choose(win, account)
        for page, tab in (*PAGES, ("reclaim_page", None)):
            win.show_page(page, tab)
            hint = win.minimumSizeHint()
            assert hint.width() <= 1000 and hint.height() <= 680, (account, page, tab, hint)
    assert win.account_bar.second_language_combo.isVisible()
