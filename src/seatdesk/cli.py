"""Command line: ``seatdesk [--db PATH] [--lang en|fr|de|nl] [--demo] [--version] [--help]``."""

from __future__ import annotations

import argparse
import os
import sys
from contextlib import contextmanager
from pathlib import Path

from seatdesk import __version__, i18n
from seatdesk.i18n import N_, Nn_, _, ngettext


class UsageError(Exception):
    """A bad command-line value; the message is already translated."""


#: argparse's own texts (Python's "argparse" gettext domain), translated in seatdesk's catalog so
#: that usage lines, section titles and errors read whole in the chosen language.
ARGPARSE_TEXTS = (
    N_("usage: "),
    N_("options"),
    N_("positional arguments"),
    N_("show this help message and exit"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("expected one argument"),
    N_("expected at least one argument"),
    N_("expected at most one argument"),
    N_("ignored explicit argument %r"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("invalid %(type)s value: %(value)r"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("one of the arguments %s is required"),
    N_("not allowed with argument %s"),
)
ARGPARSE_PLURALS = (Nn_("expected %s argument", "expected %s arguments"),)


@contextmanager
def _argparse_in_current_language():
    """Let argparse's gettext calls answer from seatdesk's catalog while the command line is read.

    argparse looks its texts up with the module-level ``_`` and ``ngettext`` it imported from
    ``gettext`` (the system's language, not ``--lang``); they are swapped for the duration only.
    """
    saved = argparse._, argparse.ngettext
    argparse._ = i18n._
    argparse.ngettext = i18n.ngettext
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved


class _Parser(argparse.ArgumentParser):
    def format_help(self) -> str:
        # argparse writes section headings as "%s:"; French wants its no-break space before the colon.
        text = super().format_help()
        for group in self._action_groups:
            if group.title:
                heading = i18n.label_value(group.title, "").rstrip()
                text = text.replace(f"\n{group.title}:\n", f"\n{heading}\n")
        return text

    def error(self, message: str):  # argparse would print its text and exit: seatdesk reports it
        raise UsageError(_("The command line is not valid: {detail}. Run seatdesk --help to see the options.")
                         .format(detail=message))


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
            value = argv[i + 1]
            return None if value.startswith("-") else value  # "--lang --demo": argparse says a value is missing
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


def about_text() -> str:
    """What seatdesk is, in one sentence: for --help (and, proposed, the About box)."""
    return _("Plan the seats (paid user licences) of a CRM account and train people on its screens, offline.")


def build_parser() -> argparse.ArgumentParser:
    from seatdesk.paths import default_database_path

    parser = _Parser(prog="seatdesk", add_help=False,
                     description=about_text())
    parser.add_argument("--db", metavar=_("PATH"),
                        help=_("database file (default: {path}), or a team database on a PostgreSQL server: "
                               "postgresql://user@host:5432/database").format(path=default_database_path()))
    parser.add_argument("--lang", metavar="en|fr|de|nl",
                        help=_("language of the window (default: the last one chosen in the window, else the system's, else English)"))
    parser.add_argument("--demo", action="store_true",
                        help=_("fill an empty database with the demo accounts"))
    parser.add_argument("--demo-users", metavar="N", type=_demo_users, default=0,
                        help=_("with --demo: add N users to the demo account, for trials at scale"))
    parser.add_argument("--train", metavar=_("SCENARIO"),
                        help=_("open training mode on this scenario (its file name without .toml, e.g. 01_add_seats)"))
    parser.add_argument("--version", action="store_true", help=_("show the version and exit"))
    parser.add_argument("-h", "--help", action="store_true", help=_("show this help and exit"))
    # For packagers and CI, hidden from users (README, "Bundle"): check the window's data files, then exit.
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    return parser


def boxes_can_be_seen() -> bool:
    """Whether a message box would reach a person: not in scripts (SEATDESK_NO_DIALOGS) nor offscreen,
    where a box nobody can close would wait forever."""
    offscreen = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in ("offscreen", "minimal")
    return not offscreen and not os.environ.get("SEATDESK_NO_DIALOGS")


def _report(message: str) -> None:
    """Tell the user: on stderr, and in a message box when there is no terminal to read."""
    print(f"seatdesk: {message}", file=sys.stderr if sys.stderr else sys.stdout)
    if (sys.stderr is None or not sys.stderr.isatty()) and boxes_can_be_seen():
        from PySide6.QtWidgets import QApplication, QMessageBox

        if QApplication.instance() is None and not no_display():  # started from a desktop, no window yet
            _report.app = QApplication([sys.argv[0] if sys.argv else "seatdesk"])
        if QApplication.instance() is not None:
            QMessageBox.critical(None, "seatdesk", message)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    requested = _requested_language(argv)
    language = requested if requested in i18n.LANGUAGES else (_remembered_language() or _system_language())
    i18n.set_language(language)
    if requested is not None and requested not in i18n.LANGUAGES:
        _report(_("Unknown language {lang}. Choose one of: {languages}.").format(
            lang=requested, languages=", ".join(i18n.LANGUAGES)))
        return 2
    with _argparse_in_current_language():
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
    if args.demo_users and not args.demo:
        _report(_("--demo-users goes with --demo: seatdesk --demo --demo-users {n} --db PATH").format(
            n=args.demo_users))
        return 2
    if args.db is not None and not args.db.strip():
        _report(_("--db needs the path of a database file: seatdesk --db PATH"))
        return 2
    if args.train is not None:
        from seatdesk.services.training import scenarios

        known = [s.key for s in scenarios()[0]]
        if args.train not in known:
            _report(_("Unknown scenario {scenario}. Choose one of: {scenarios}.").format(
                scenario=args.train, scenarios=", ".join(known)))
            return 2
    target = _database_target(args.db)
    return run(target, language, args.demo, args.demo_users, args.train, args.smoke_test,
               remembered=args.db is None and target is not None)


def _database_target(given: str | None) -> Path | str | None:
    """The database to open: --db, else the one set in the settings (a team's server, README "A team
    database"), else None (the file in the per-user data folder). A connection string stays text."""
    from seatdesk.db.engines import POSTGRESQL, engine_of

    if not given:
        try:
            from seatdesk.ui.settings import remembered_database
        except ImportError:  # pragma: no cover - Qt missing: the error comes with the window
            return None
        given = remembered_database()
        if not given:
            return None
    return given.strip() if engine_of(given) == POSTGRESQL else Path(given)


def _remembered_language() -> str | None:
    """The language chosen in the window last time (the --lang option wins over it)."""
    try:
        from seatdesk.ui.settings import remembered_language
    except ImportError:  # pragma: no cover - Qt missing: the error comes with the window
        return None
    language = remembered_language()
    return language if language in i18n.LANGUAGES else None


def no_display(environ=None) -> bool:
    """True when Qt would find no display and abort: Linux (or another X11 system) without DISPLAY,
    WAYLAND_DISPLAY or an explicit QT_QPA_PLATFORM. Windows and macOS always have one."""
    environ = os.environ if environ is None else environ
    if sys.platform.startswith(("win", "darwin")):
        return False
    return not any(environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def _fill_demo_users(account_id: int, count: int) -> None:
    """--demo-users with a progress dialog; a cancel adds none of them (the demo accounts stay)."""
    from seatdesk.services.demo import DemoCancelled, fill_demo_users
    from seatdesk.ui.progress import Progress

    progress = Progress(None, ngettext("Adding {n} demo user…", "Adding {n} demo users…", count).format(
        n=i18n.format_number(count)), count)
    try:
        fill_demo_users(account_id, count, progress)
    except DemoCancelled:
        pass
    finally:
        progress.close()


def run(db_path: Path | str | None, language: str, demo: bool, demo_users: int = 0, train: str | None = None,
        smoke_test: bool = False, remembered: bool = False) -> int:
    """Start the window on ``db_path`` (default: the per-user data folder); ``smoke_test``: see seatdesk.smoke.
    ``remembered``: ``db_path`` is the team database of the settings; when it can't be opened, the window
    opens the file on this computer and says why (the setting stays: the next start tries it again)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from seatdesk.app import database_is_empty
    from seatdesk.db.engines import POSTGRESQL, engine_of
    from seatdesk.domain.errors import DomainError
    from seatdesk.paths import default_database_path
    from seatdesk.services.demo import fill_demo

    if QApplication.instance() is None and no_display():
        _report(_("seatdesk needs a desktop to show its window, and none was found (DISPLAY and WAYLAND_DISPLAY "
                  "are not set). Start seatdesk from a desktop session. For scripts and tests without a screen, "
                  "set QT_QPA_PLATFORM=offscreen. On a server without a desktop, install the X11 libraries "
                  "listed in the README and run seatdesk under Xvfb (xvfb-run seatdesk)."))
        return 3
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("seatdesk")
    app.setApplicationVersion(__version__)
    if not smoke_test:  # from the first page read on: a translated box, never a silent traceback
        sys.excepthook = unexpected_error
    db_path = db_path or default_database_path()
    fell_back = None
    try:
        try:
            window = _window_on(db_path, language)
        except DomainError as error:
            if remembered and engine_of(str(db_path)) == POSTGRESQL:
                fell_back = error
                window = _window_on(default_database_path(), language)
            elif error.code != "db_damaged" or not _offer_latest_backup(Path(db_path), error):
                raise
            else:
                window = _window_on(db_path, language)
        if database_is_empty() and demo:
            first = fill_demo(language)[0]  # practice data in the session's language (R33)
            if demo_users:
                _fill_demo_users(first, demo_users)
            window.reload_accounts(select=first)
    except DomainError as error:
        _report(error.translated())
        return 2
    except OSError as error:  # the data folder or the file is out of reach: say why in the user's language
        _report(_("The database can't be opened: {reason}. Check that the file and its folder can be read and "
                  "written, or choose another file with --db.").format(reason=i18n.os_error_reason(error)))
        return 2
    window.show()
    first_step = window.new_account if train is None and not smoke_test and database_is_empty() else None
    if fell_back is not None:
        _say_fell_back(window, fell_back, first_step)
        first_step = None  # after the box
    if smoke_test:
        from seatdesk.smoke import smoke_test as check_window

        return check_window(app, window)
    if train is not None:  # the panel open on the scenario: the trainee types their name and starts
        window.show_training_panel(True)
        window.training_panel.choose(train)
    elif first_step is not None:
        QTimer.singleShot(0, first_step)
    return app.exec()


def _window_on(db_path, language: str):
    """The main window on ``db_path``; a database error on the way (a server going away while the first
    pages are read) as the refusal the user is told.

    Raises:
        DomainError: the database can't be opened or read.
    """
    from seatdesk.app import create_main_window
    from seatdesk.db.engines import DATABASE_ERRORS
    from seatdesk.services.common import database_refusal

    try:
        return create_main_window(db_path, language)
    except DATABASE_ERRORS as error:
        from seatdesk.db.database import close_database

        close_database()
        raise database_refusal(error) from None


def _say_fell_back(window, error, then=None) -> None:
    """The team database of the settings could not be opened at the start: why, and what seatdesk did; then
    ``then`` (the new-account dialog of an empty local file), once the box is closed."""
    from PySide6.QtCore import QTimer

    from seatdesk.ui.messages import fell_back_note, show_refusal

    note = fell_back_note()
    print(f"seatdesk: {error.translated()} {note}", file=sys.stderr if sys.stderr else sys.stdout)

    def say() -> None:
        if boxes_can_be_seen():
            show_refusal(window, error, note)
        if then is not None:
            then()

    QTimer.singleShot(0, say)


def _offer_latest_backup(db_path: Path, error) -> bool:
    """A damaged database: offer to put back its latest backup (the damaged file is kept). True when done."""
    from PySide6.QtWidgets import QMessageBox

    from seatdesk.i18n import format_datetime
    from seatdesk.services import backups

    found = backups.backups(db_path)
    if not found or not boxes_can_be_seen():
        return False
    box = QMessageBox(QMessageBox.Icon.Warning, "seatdesk", "\n\n".join((error.translated(), _(
        "The latest backup of this file is from {date}. Put it back? The damaged file is kept beside it.").format(
        date=format_datetime(found[0].made)))), QMessageBox.StandardButton.NoButton)
    box.setObjectName("damaged_database_box")
    yes = box.addButton(_("Put the backup back"), QMessageBox.ButtonRole.YesRole)
    box.addButton(_("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is yes and backups.put_back_latest(db_path) is not None


def unexpected_error(kind, error, trace) -> None:
    """An error no action handler expected: say it in the user's language, keep the details for support.

    Each action is one transaction, rolled back when it raises: nothing is half-written.
    """
    import traceback

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QMessageBox

    from seatdesk.db.engines import DATABASE_ERRORS

    details = "".join(traceback.format_exception(kind, error, trace))
    print(details, file=sys.stderr or sys.stdout)
    from seatdesk.domain.errors import DomainError

    if isinstance(error, DomainError):  # a refusal met outside an action (a broken file read by a page)
        text = error.translated()
    elif isinstance(error, DATABASE_ERRORS):
        from seatdesk.services.common import database_refusal

        text = database_refusal(error).translated()
    else:
        text = _("Something unexpected went wrong ({error}). What you were doing was not saved; the rest of "
                 "your data is safe. If it happens again, send the details to your support.").format(
            error=type(error).__name__)
    if QApplication.instance() is None or not boxes_can_be_seen():
        return  # no one could see the box (it would wait forever): the details went to stderr
    box = QMessageBox(QMessageBox.Icon.Critical, "seatdesk", text, QMessageBox.StandardButton.Ok,
                      QApplication.activeWindow())
    box.setObjectName("unexpected_error_box")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDetailedText(details)
    box.exec()
