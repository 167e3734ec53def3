"""Keyboard: every visible button and field label of each dialog page has a mnemonic of its own, in EN/FR/DE/NL."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton, QWizard

from seatdesk import i18n
from seatdesk.domain import seats as st
from seatdesk.i18n import qt as i18n_qt
from seatdesk.ui.dialogs import mnemonic_of, mnemonic_widgets
from tests.ui.dialog_helpers import dialogs  # noqa: F401  (fixture)
from tests.ui.dialog_tour import tour


def _qt_standard(top, widget) -> bool:
    """Qt's own standard buttons (qtbase's Cancel has no mnemonic in any language): exempt."""
    if isinstance(top, QWizard) and widget is top.button(QWizard.WizardButton.CancelButton):
        return True
    box = widget.parentWidget()
    return isinstance(box, QDialogButtonBox) and box.standardButton(widget) != QDialogButtonBox.StandardButton.NoButton


def keyboard_problems(top) -> list[str]:
    """Clashes and missing mnemonics among the widgets of ``top`` a person sees now."""
    widgets = [w for w in mnemonic_widgets(top) if w.isVisibleTo(top)]
    if isinstance(top, QWizard):
        widgets += [top.button(b) for b in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                                            QWizard.WizardButton.CommitButton, QWizard.WizardButton.FinishButton,
                                            QWizard.WizardButton.CancelButton)
                    if top.button(b).isVisibleTo(top) and top.button(b) not in widgets]
    problems, seen = [], {}
    for widget in widgets:
        letter = mnemonic_of(widget.text())
        if not letter:
            if isinstance(widget, QPushButton) and not _qt_standard(top, widget):
                problems.append(f"no mnemonic on {widget.objectName() or type(widget).__name__} {widget.text()!r}")
            continue
        if letter in seen:
            problems.append(f"'{letter}' on both {seen[letter].text()!r} and {widget.text()!r}")
        seen[letter] = widget
    return problems


@pytest.mark.parametrize("model", [st.SEAT_BASED, st.LEGACY])
@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_every_dialog_page_has_distinct_mnemonics(dialogs, qtbot, language, model):
    i18n_qt.install(QApplication.instance())
    i18n.set_language(language)
    found = {}
    for name, top in tour(model):
        problems = keyboard_problems(top)
        if problems:
            found[name] = problems
    assert not found


def test_the_check_fails_on_a_clash_and_on_a_button_without_mnemonic(dialogs, qtbot):
    from seatdesk.services import bulk
    from seatdesk.ui.bulk_dialog import BulkDialog
    from tests.conftest import make_account
    from tests.ui.dialog_helpers import opened

    account = make_account(st.SEAT_BASED)
    dialog = opened(BulkDialog(account.id, account.acting_user_id, [], bulk.CHANGE_SEAT))
    assert keyboard_problems(dialog) == []
    dialog.ui.bulk_confirm_button.setText("Change seat")
    assert any("no mnemonic" in p for p in keyboard_problems(dialog))
    dialog.ui.bulk_confirm_button.setText("&" + dialog.ui.cancel_button.text().replace("&", ""))
    assert any("on both" in p for p in keyboard_problems(dialog))


def tab_chain(top) -> list:
    """The widgets Tab visits in ``top``, in order, from the top-left one (the chain is a ring).

    Tab is pressed as a person does (focusNextPrevChild, the handler of the Tab key) and the focused
    widget read each time. Widgets inside a table (one button per row) are left out: the table holds them.
    """
    from PySide6.QtWidgets import QAbstractItemView

    def in_table(widget) -> bool:
        parent = widget.parentWidget()
        while parent is not None and parent is not top:
            if isinstance(parent, QAbstractItemView):
                return True
            parent = parent.parentWidget()
        return False

    found = []
    for _ in range(200):
        top.focusNextPrevChild(True)
        widget = top.focusWidget()
        if widget is None or widget in found:
            break
        found.append(widget)
    found = [w for w in found if not in_table(w)]
    if not found:
        return found

    def where(widget):
        point = widget.mapTo(top, widget.rect().topLeft())
        return point.y(), point.x()

    first = min(range(len(found)), key=lambda i: where(found[i]))
    return found[first:] + found[:first]


def tab_order_problems(top) -> list[str]:
    """Where Tab jumps back up the dialog (a widget above the one before it): reading order is top to bottom."""
    chain = tab_chain(top)
    ys = [w.mapTo(top, w.rect().topLeft()).y() for w in chain]
    return [f"{chain[i - 1].objectName()} -> {chain[i].objectName()}" for i in range(1, len(chain))
            if ys[i] + 8 < ys[i - 1]]


@pytest.mark.parametrize("model", [st.SEAT_BASED, st.LEGACY])
def test_tab_goes_through_each_dialog_page_in_reading_order(dialogs, qtbot, model):
    i18n_qt.install(QApplication.instance())
    found = {name: problems for name, top in tour(model) if (problems := tab_order_problems(top))}
    assert not found


def test_mnemonics_follow_a_language_switch_of_an_open_dialog(dialogs, qtbot):
    from seatdesk.services import seats as seats_service
    from seatdesk.ui.remove_dialog import RemoveSeatsDialog
    from tests.conftest import make_account
    from tests.ui.dialog_helpers import opened

    account = make_account(st.SEAT_BASED)
    seats_service.buy_seats(account.id, account.acting_user_id, st.CORE, 2)
    i18n_qt.install(QApplication.instance())
    dialog = opened(RemoveSeatsDialog(account.id, account.acting_user_id, st.CORE))
    assert keyboard_problems(dialog) == []
    for language in ("de", "fr", "nl"):
        i18n.set_language(language)
        assert keyboard_problems(dialog) == [], language
        assert mnemonic_of(dialog.ui.confirm_remove_button.text())
