"""Command line: ``seatdesk [--db PATH] [--lang en|fr|de|nl] [--demo] [--version] [--help]``."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from seatdesk import __version__, i18n
from seatdesk.i18n import _


class UsageError(Exception):
    """A bad command-line value; the message is already translated."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse's own text is English only
        raise UsageError(_("Unknown or incomplete option: {detail}. Run seatdesk --help to see the options.").format(
            detail=message))


def _system_language() -> str:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        if os.environ.get(variable):
            return i18n.language_from_locale_name(os.environ[variable])
    try:
        from PySide6.QtCore import QLocale

        return i18n.language_from_locale_name(QLocale.system().name())
    except ImportError:  # pragma: no cover
        return i18n.DEFAULT_LANGUAGE


def _requested_language(argv: list[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def _demo_users(text: str) -> int:
    from seatdesk.services.demo import MAX_DEMO_USERS

    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= MAX_DEMO_USERS:
        raise argparse.ArgumentTypeError(_("--demo-users takes a number of users from 0 to {n}").format(
            n=MAX_DEMO_USERS))
    return value


def build_parser() -> argparse.ArgumentParser:
    from seatdesk.paths import default_database_path

    parser = _Parser(prog="seatdesk", add_help=False,
                     description=_("Plan and teach the seats (paid user licences) of a CRM account, offline."))
    parser.add_argument("--db", metavar=_("PATH"),
                        help=_("database file (default: {path})").format(path=default_database_path()))
    parser.add_argument("--lang", metavar="en|fr|de|nl",
                        help=_("language of the window (default: the system's, else English)"))
    parser.add_argument("--demo", action="store_true",
                        help=_("fill an empty database with the demo accounts"))
    parser.add_argument("--demo-users", metavar="N", type=_demo_users, default=0,
                        help=_("with --demo: add N users to the demo account, for trials at scale"))
    parser.add_argument("--version", action="store_true", help=_("show the version and exit"))
    parser.add_argument("-h", "--help", action="store_true", help=_("show this help and exit"))
    return parser


def _report(message: str) -> None:
    """Tell the user: on stderr, and in a message box when there is no terminal to read."""
    print(f"seatdesk: {message}", file=sys.stderr if sys.stderr else sys.stdout)
    if (sys.stderr is None or not sys.stderr.isatty()) and not os.environ.get("SEATDESK_NO_DIALOGS"):
        from PySide6.QtWidgets import QApplication, QMessageBox

        if QApplication.instance() is not None:
            QMessageBox.critical(None, "seatdesk", message)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    requested = _requested_language(argv)
    language = requested if requested in i18n.LANGUAGES else _system_language()
    i18n.set_language(language)
    if requested is not None and requested not in i18n.LANGUAGES:
        _report(_("Unknown language {lang}. Choose one of: {languages}.").format(
            lang=requested, languages=", ".join(i18n.LANGUAGES)))
        return 2
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as error:
        _report(str(error))
        return 2
    if args.help:
        parser.print_help()
        return 0
    if args.version:
        print(f"seatdesk {__version__}")
        return 0
    return run(Path(args.db) if args.db else None, language, args.demo, args.demo_users)


def run(db_path: Path | None, language: str, demo: bool, demo_users: int = 0) -> int:
    """Start the window on ``db_path`` (default: the per-user data folder)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from seatdesk.app import create_main_window, database_is_empty
    from seatdesk.domain.errors import DomainError
    from seatdesk.paths import default_database_path
    from seatdesk.services.demo import fill_demo, fill_demo_users

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("seatdesk")
    app.setApplicationVersion(__version__)
    try:
        window = create_main_window(db_path or default_database_path(), language)
        if database_is_empty() and demo:
            first = fill_demo()[0]
            if demo_users:
                fill_demo_users(first, demo_users)
            window.reload_accounts(select=first)
    except DomainError as error:
        _report(error.translated())
        return 2
    window.show()
    if database_is_empty():
        QTimer.singleShot(0, window.new_account)
    return app.exec()
