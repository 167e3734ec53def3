"""The command line, run as a user runs it."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile

import pytest

from seatdesk import __version__


def run(*args, env_extra=None):
    # A settings folder of its own: a language remembered by the user's seatdesk must not leak in.
    with tempfile.TemporaryDirectory(prefix="seatdesk-settings-") as settings:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SEATDESK_NO_DIALOGS": "1", "XDG_CONFIG_HOME": settings,
               "XDG_DATA_HOME": settings, **(env_extra or {})}
        return subprocess.run([sys.executable, "-m", "seatdesk", *args], capture_output=True, text=True, env=env,
                              timeout=60)


def test_version_and_help():
    assert run("--version").stdout.strip() == f"seatdesk {__version__}"
    result = run("--help", "--lang", "de")
    assert result.returncode == 0 and "--demo" in result.stdout and "Datenbankdatei" in result.stdout


def test_bad_language_is_refused_clearly():
    result = run("--lang", "xx", env_extra={"LANG": "fr_FR.UTF-8"})
    assert result.returncode == 2
    assert "Langue inconnue xx" in result.stderr


def test_unknown_option_is_refused_clearly():
    result = run("--frobnicate", "--lang", "nl")
    assert result.returncode == 2
    assert result.stderr == ("seatdesk: De opdrachtregel is ongeldig: onbekende opties: --frobnicate. "
                             "Voer seatdesk --help uit om de opties te zien.\n")


def test_argparse_texts_read_whole_in_the_chosen_language():
    result = run("--help", "--lang", "fr")
    assert result.returncode == 0
    assert result.stdout.startswith("utilisation\u00a0: seatdesk")
    assert "options\u00a0:" in result.stdout and "afficher cette aide et quitter" in result.stdout
    assert "usage" not in result.stdout and "show this help" not in result.stdout
    assert "formez vos équipes" in " ".join(result.stdout.split())
    result = run("--db", env_extra={"LANG": "de_DE.UTF-8"})
    assert result.returncode == 2
    assert result.stderr == ("seatdesk: Die Befehlszeile ist ungültig: Option --db: ein Wert wird erwartet. "
                             "Mit seatdesk --help sehen Sie die Optionen.\n")
    result = run("--demo-users", "x", "--lang", "fr")
    assert "option --demo-users\u00a0: --demo-users attend un nombre" in result.stderr


def _without_display(language):
    env = {key: value for key, value in os.environ.items()
           if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["SEATDESK_NO_DIALOGS"] = "1"
    return subprocess.run([sys.executable, "-m", "seatdesk", "--lang", language, "--db", os.devnull + "-none"],
                          capture_output=True, text=True, env=env, timeout=60)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland display variables are Linux's")
@pytest.mark.parametrize(("language", "expected"), [
    ("en", "seatdesk needs a desktop to show its window"),
    ("fr", "seatdesk a besoin d'un bureau graphique pour afficher sa fenêtre"),
])
def test_no_display_is_explained_instead_of_a_qt_abort(language, expected):
    result = _without_display(language)
    assert result.returncode == 3, result.stderr
    assert expected in result.stderr
    assert "QT_QPA_PLATFORM=offscreen" in result.stderr and "README" in result.stderr
    assert "Aborted" not in result.stderr and "qt.qpa" not in result.stderr


def test_no_display_rule():
    from seatdesk.cli import no_display

    if sys.platform.startswith("linux"):
        assert no_display({})
        assert not no_display({"DISPLAY": ":0"})
        assert not no_display({"WAYLAND_DISPLAY": "wayland-0"})
        assert not no_display({"QT_QPA_PLATFORM": "offscreen"})


def test_not_a_database_is_refused_clearly(tmp_path):
    path = tmp_path / "x.sqlite3"
    path.write_text("hello" * 200)
    result = run("--db", str(path), "--lang", "en")
    assert result.returncode == 2
    assert "is not a seatdesk database" in result.stderr
    assert path.read_text() == "hello" * 200


def test_an_os_error_is_explained_in_the_chosen_language(qapp, monkeypatch, capsys, tmp_path):
    import errno

    from seatdesk import app, cli, i18n

    def refuse(*_args, **_kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(tmp_path))

    monkeypatch.setenv("SEATDESK_NO_DIALOGS", "1")
    monkeypatch.setattr(app, "create_main_window", refuse)
    i18n.set_language("fr")
    try:
        assert cli.run(tmp_path / "x.sqlite3", "fr", demo=False) == 2
    finally:
        i18n.set_language("en")
    err = capsys.readouterr().err
    assert "Impossible d'ouvrir la base de données\u00a0: accès refusé." in err
    assert "Permission denied" not in err


def test_the_language_chosen_in_the_window_is_remembered_and_lang_wins(monkeypatch):
    from seatdesk import cli, i18n
    from seatdesk.ui.settings import remember_language

    chosen = []
    monkeypatch.setattr(cli, "run", lambda db, language, demo, users, train=None, smoke_test=False, **_kw:
                        chosen.append(language) or 0)
    remember_language("nl")  # the window's language combo does this (own settings folder per test)
    try:
        assert cli.main(["--db", "x.sqlite3"]) == 0
        assert cli.main(["--db", "x.sqlite3", "--lang", "de"]) == 0
    finally:
        i18n.set_language("en")
    assert chosen == ["nl", "de"]


def test_demo_users_load_with_a_progress_dialog(qapp, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QApplication

    from seatdesk import cli
    from seatdesk.db.database import close_database
    from seatdesk.db.models import User
    from seatdesk.ui import progress

    shown = []
    real = progress.Progress.__call__
    monkeypatch.setattr(progress.Progress, "__call__", lambda self, done: shown.append(done) or real(self, done))
    monkeypatch.setattr(QApplication, "exec", lambda self=None: 0)
    monkeypatch.setattr("seatdesk.services.demo.DEMO_USERS_STEP", 50)
    try:
        assert cli.run(tmp_path / "big.sqlite3", "en", demo=True, demo_users=120) == 0
        assert shown == [50, 100, 120]
        assert User.select().count() >= 120
    finally:
        from tests.conftest import dispose

        windows = [w for w in QApplication.topLevelWidgets() if w.objectName() == "MainWindow"]
        for window in windows:
            dispose(window)
        close_database()


def test_demo_users_without_demo_is_refused_clearly():
    result = run("--demo-users", "5", "--lang", "fr")
    assert result.returncode == 2
    assert "--demo-users s'utilise avec --demo" in result.stderr


def test_devtools_without_a_command_shows_its_usage():
    result = subprocess.run([sys.executable, "-m", "seatdesk.devtools"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and "screenshots" in result.stderr


def test_an_empty_db_path_and_a_missing_lang_value_are_refused_clearly():
    result = run("--db", "", "--lang", "de")
    assert result.returncode == 2
    assert "--db" in result.stderr and "Pfad" in result.stderr
    result = run("--lang", "--demo", env_extra={"LANG": "fr_FR.UTF-8"})
    assert result.returncode == 2
    assert "--lang" in result.stderr and "Langue inconnue" not in result.stderr  # not "--demo" taken as a language


def test_an_option_error_started_from_a_desktop_shows_a_box(qapp, monkeypatch):
    """No terminal to read (a desktop launcher): the refusal opens a message box too."""
    import io

    from PySide6.QtWidgets import QMessageBox

    from seatdesk import cli

    shown = []
    monkeypatch.delenv("SEATDESK_NO_DIALOGS", raising=False)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")  # as on a desktop (offscreen, no box would be seen)
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    assert cli.main(["--frobnicate", "--lang", "en"]) == 2
    assert shown and "--frobnicate" in shown[0]


@pytest.mark.parametrize("error, expected", [
    (RuntimeError("boom"), "Something unexpected went wrong (RuntimeError)"),
    (__import__("sqlite3").OperationalError("database is locked"), "Another seatdesk is changing this account"),
])
def test_an_error_no_handler_expected_gets_a_translated_box_with_details(qapp, monkeypatch, error, expected):
    """The last resort behind the action handlers: a box in the user's language, the traceback as details."""
    from PySide6.QtWidgets import QMessageBox

    from seatdesk import cli

    shown = []
    monkeypatch.delenv("SEATDESK_NO_DIALOGS", raising=False)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")  # as on a desktop
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.text(), box.detailedText())))
    try:
        raise error
    except Exception as caught:  # noqa: BLE001 - what the excepthook receives
        cli.unexpected_error(type(caught), caught, caught.__traceback__)
    assert shown and shown[0][0].startswith(expected)
    assert "Traceback" in shown[0][1]


def test_train_opens_the_panel_on_the_scenario(qapp, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QApplication

    from seatdesk import cli
    from seatdesk.db.database import close_database

    monkeypatch.setattr(QApplication, "exec", lambda self=None: 0)
    try:
        assert cli.run(tmp_path / "own.sqlite3", "en", demo=False, train="02_remove_and_cancel") == 0
        window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "MainWindow")
        panel = window.training_panel
        assert panel is not None and panel.isVisible()
        assert panel.ui.scenario_combo.currentData() == "02_remove_and_cancel"
        assert panel.session is None  # the trainee types their name, then starts
    finally:
        from tests.conftest import dispose

        for window in [w for w in QApplication.topLevelWidgets() if w.objectName() == "MainWindow"]:
            dispose(window)
        close_database()


def test_an_unknown_scenario_is_refused_with_the_known_ones():
    result = run("--train", "nothing_like_it", "--lang", "de")
    assert result.returncode == 2
    assert "Unbekanntes Szenario nothing_like_it" in result.stderr and "01_add_seats" in result.stderr


def test_the_smoke_test_for_packagers_checks_the_window_in_german(tmp_path):
    """What CI runs on the bundle (README, "Bundle"), here on the source: every check passes."""
    result = run("--smoke-test", "--lang", "de", "--demo", "--db", str(tmp_path / "smoke.sqlite3"))
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"seatdesk {__version__}: main window shown" and lines[-1] == "smoke test passed"
    assert "'Benutzer & Teams'" in lines[1] and "Qt: 'Abbrechen'" in lines[1]  # ours and Qt's catalogs
    assert "plans_compare_page" in result.stdout and "(pyqtgraph " in result.stdout
    assert "PDF with a chart written" in result.stdout
    assert "smoke" not in run("--help").stdout  # for packagers, not in the users' help
