"""The command line, run as a user runs it."""

from __future__ import annotations

import os
import subprocess
import sys

from seatdesk import __version__


def run(*args, env_extra=None):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SEATDESK_NO_DIALOGS": "1", **(env_extra or {})}
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
    assert result.returncode == 2 and "Onbekende of onvolledige optie" in result.stderr


def test_not_a_database_is_refused_clearly(tmp_path):
    path = tmp_path / "x.sqlite3"
    path.write_text("hello" * 200)
    result = run("--db", str(path), "--lang", "en")
    assert result.returncode == 2
    assert "is not a seatdesk database" in result.stderr
    assert path.read_text() == "hello" * 200
