"""Names people type are shown as typed, never as markup (issue 14): `<b>`, links, `<img src=file:...>`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from seatdesk.db.models import Team
from seatdesk.domain import seats as st
from tests.ui.test_seat_dialogs import add_user

HOSTILE = "<img src=file:///etc/passwd><b>Bold</b>"


def test_a_user_s_name_shows_as_typed_on_the_user_page(seat_window):
    win, account = seat_window
    user = add_user(account, "markup@example.com", (st.CORE,), first_name=HOSTILE)
    win.flows.open_user(user.id)
    dialog = win.flows.dialog
    assert dialog.ui.user_name_label.textFormat() == Qt.TextFormat.PlainText
    assert HOSTILE in dialog.ui.user_name_label.text()
    dialog.reject()


def test_a_team_s_name_shows_as_typed_in_its_question_box(seat_window, monkeypatch):
    win, account = seat_window
    page = win.show_page("teams_page")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (HOSTILE, True))
    page.ui.new_team_button.click()
    page.select_team(Team.get().id)
    assert page.ui.members_label.textFormat() == Qt.TextFormat.PlainText
    seen = []

    def answer():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append((box.textFormat(), box.text()))
            box.reject()

    from PySide6.QtCore import QTimer

    timer = QTimer(win, interval=20)
    timer.timeout.connect(answer)
    timer.start()
    page.ui.delete_team_button.click()
    timer.stop()
    assert seen and seen[0][0] == Qt.TextFormat.PlainText and HOSTILE in seen[0][1]
