"""Account › Team database (R34): a connection string typed, tested and opened in the window; a password in
it, or a server out of reach, is said in the dialog and changes nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel

from seatdesk.db.database import close_database, current_target, engine
from seatdesk.db.models import Account
from seatdesk.domain import seats as st
from seatdesk.ui.settings import remembered_database
from seatdesk.ui.team_database_dialog import TeamDatabaseDialog
from tests.conftest import fresh_database, make_account, postgres_only
from tests.ui.test_seat_dialogs import open_window


def drive(win, steps) -> None:
    """Open Account › Team database in ``win`` and run ``steps(dialog)`` while it is open (it is modal)."""
    from PySide6.QtCore import QTimer

    found = []

    def catch():
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, TeamDatabaseDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, catch)
            return
        found.append(dialog)
        steps(dialog)

    QTimer.singleShot(0, catch)
    win.team_database_action.trigger()
    assert found, "the dialog did not open"


def test_a_password_in_the_string_is_refused_and_nothing_is_kept(qtbot, tmp_path):
    make_file = tmp_path / "local.sqlite3"
    with open_window(make_file) as win:
        seen = {}

        def steps(dialog):
            assert dialog.ui.local_radio.isChecked() and not dialog.ui.connection_edit.isEnabled()
            dialog.ui.team_radio.setChecked(True)
            qtbot.keyClicks(dialog.ui.connection_edit, "postgresql://team:s3cret@db.example.com/seatdesk")
            dialog.ui.open_button.click()
            seen["text"] = dialog.ui.connection_result_label.text()
            seen["open"] = dialog.isVisible()
            dialog.reject()

        drive(win, steps)
        assert seen["text"].startswith("Leave the password out of the connection string")
        assert seen["open"]  # still there, to correct the string
        assert remembered_database() is None and current_target() == str(make_file)
    close_database()


def test_a_server_out_of_reach_is_said_in_the_dialog(qtbot, tmp_path):
    with open_window(tmp_path / "local.sqlite3", "de") as win:
        seen = {}

        def steps(dialog):
            dialog.ui.team_radio.setChecked(True)
            dialog.ui.connection_edit.setText("seatdesk@127.0.0.1:1/seatdesk?connect_timeout=2")  # scheme added
            dialog.ui.test_connection_button.click()
            seen["text"] = dialog.ui.connection_result_label.text()
            dialog.ui.open_button.click()
            seen["open"] = dialog.isVisible()
            dialog.reject()

        drive(win, steps)
        assert seen["text"].startswith("seatdesk erreicht den PostgreSQL-Server von postgresql://seatdesk@127.0.0.1:1")
        assert seen["open"] and engine() == "sqlite"
    close_database()


@postgres_only
def test_the_team_database_opens_in_the_window_and_is_remembered(qtbot, tmp_path):
    target = fresh_database(tmp_path)  # the PostgreSQL test database, emptied
    from seatdesk.db.database import open_database
    from seatdesk.services.accounts import sync_permission_catalog

    open_database(target)
    sync_permission_catalog()
    account = make_account(st.SEAT_BASED)
    Account.update(name="Shared account").where(Account.id == account.id).execute()
    close_database()
    with open_window(tmp_path / "local.sqlite3") as win:
        make_account(st.LEGACY)  # the local file has an account of its own
        win.reload_accounts()
        seen = {}

        def steps(dialog):
            dialog.ui.team_radio.setChecked(True)
            dialog.ui.connection_edit.setText(target)
            dialog.ui.test_connection_button.click()
            seen["test"] = dialog.ui.connection_result_label.text()
            dialog.ui.open_button.click()

        drive(win, steps)
        assert seen["test"].startswith("Connected to PostgreSQL") and "seatdesk's" in seen["test"]
        assert engine() == "postgresql" and remembered_database() == target
        assert win.account_combo.currentText() == "Shared account"
        note = win.findChild(QLabel, "team_database_label")
        assert not note.isHidden() and note.text().startswith("Team database: postgresql://")
        assert not win.backup_action.isVisible()

        def back(dialog):
            assert dialog.ui.team_radio.isChecked()
            dialog.ui.local_radio.setChecked(True)
            dialog.ui.open_button.click()

        drive(win, back)
        assert engine() == "sqlite" and remembered_database() is None
        assert win.backup_action.isVisible() and note.isHidden()
    close_database()


def test_the_cli_opens_the_remembered_database(tmp_path):
    from seatdesk.cli import _database_target
    from seatdesk.ui.settings import remember_database

    assert _database_target(None) is None
    remember_database("postgresql://team@db.example.com/seatdesk")
    assert _database_target(None) == "postgresql://team@db.example.com/seatdesk"
    assert str(_database_target(str(tmp_path / "x.sqlite3"))) == str(tmp_path / "x.sqlite3")  # --db wins
    remember_database("")
    assert _database_target(None) is None


def test_a_refused_switch_opens_the_database_before_or_else_the_local_file(qtbot, tmp_path, monkeypatch):
    """The server asked for is out of reach, and so is the database open before (its server went away too):
    the window says both and opens the file on this computer, never staying without a database."""
    from seatdesk.db import database
    from seatdesk.db.models import db
    from seatdesk.paths import default_database_path
    from tests.conftest import answer_boxes

    before = tmp_path / "before.sqlite3"
    unreachable = "postgresql://seatdesk@127.0.0.1:1/seatdesk?connect_timeout=2"
    with open_window(before) as win:
        seen = []
        answer_boxes(win, seen=seen)
        assert not win.switch_database(unreachable)  # the one before opens again
        assert current_target() == str(before) and "cannot reach" in seen[-1]
        real = database.open_database

        def before_is_gone(target):
            if str(target) == str(before):
                raise database.DatabaseOpenError("The server of the database before went away.", code="gone")
            real(target)

        monkeypatch.setattr(database, "open_database", before_is_gone)
        assert not win.switch_database(unreachable)
        assert current_target() == str(default_database_path()) and not db.is_closed()
        assert seen[-1].startswith("The server of the database before went away.")
        assert "seatdesk opened the database file on this computer instead." in seen[-1]
        assert remembered_database() is None  # nothing remembered: the next start opens what it did before
        make_account(st.SEAT_BASED)  # the window works on it
    close_database()


def test_a_remembered_team_database_out_of_reach_starts_on_the_local_file(qtbot, monkeypatch, capsys):
    from PySide6.QtWidgets import QApplication as App

    from seatdesk import cli
    from seatdesk.paths import default_database_path
    from seatdesk.ui.settings import remember_database

    remember_database("postgresql://seatdesk@127.0.0.1:1/seatdesk?connect_timeout=2")
    monkeypatch.setattr(App, "exec", lambda self=None: 0)
    assert cli.main(["--lang", "fr", "--demo"]) == 0  # demo data: no new-account dialog at the start
    err = capsys.readouterr().err
    assert "seatdesk ne parvient pas à joindre le serveur PostgreSQL" in err
    assert "seatdesk a ouvert à la place le fichier de base de données de cet ordinateur." in err
    assert "utilisez Compte › Base d'équipe… pour y revenir." in err
    assert current_target() == str(default_database_path())
    assert remembered_database().startswith("postgresql://")  # the next start tries the team database again
    from seatdesk.ui.frame import MainWindow
    from tests.conftest import dispose

    windows = [w for w in App.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    offered = {}

    def look(dialog):  # the way back: the remembered string, ready to test and open
        offered["local"] = dialog.ui.local_radio.isChecked()
        offered["text"] = dialog.ui.connection_edit.text()
        dialog.reject()

    drive(windows[0], look)
    assert offered == {"local": True, "text": "postgresql://seatdesk@127.0.0.1:1/seatdesk?connect_timeout=2"}
    for window in windows:
        dispose(window)
    close_database()


@postgres_only
def test_a_window_whose_server_went_away_asks_again_every_second_and_says_when_it_is_back(qtbot, tmp_path,
                                                                                         monkeypatch):
    import psycopg2

    from seatdesk.db.models import db
    from tests.db.test_team_database import admin

    target = fresh_database(tmp_path)
    with open_window(target) as win:
        engine_now = db.obj
        tries = []
        real_connect = type(engine_now)._connect

        def out_of_reach(self):
            tries.append(1)
            raise psycopg2.OperationalError("connection to server failed: Connection refused")

        admin("SELECT pg_terminate_backend(%s)", (db.connection().get_backend_pid(),))
        monkeypatch.setattr(type(engine_now), "_connect", out_of_reach)
        def looked() -> bool:  # the window's look every second, until it finds the connection broken
            win._check_outside_changes()
            return win.statusBar().currentMessage().startswith("The team database can't be reached right now")

        qtbot.waitUntil(looked, timeout=5000)
        for _second in range(2):
            assert looked()
        assert len(tries) == 2  # asked again each second, though the connection stayed closed
        monkeypatch.setattr(type(engine_now), "_connect", real_connect)
        win._check_outside_changes()
        assert win.statusBar().currentMessage().startswith("The team database can be reached again")
        assert not db.is_closed()
        make_account(st.SEAT_BASED)  # and takes changes again
    close_database()
