"""The gettext-Qt bridge: forms and Qt's own strings translated, no reference lost."""

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox

from seatdesk import i18n
from seatdesk.i18n import qt as i18n_qt


def test_forms_and_standard_buttons_are_translated(qapp):
    i18n_qt.install(qapp)
    i18n.set_language("fr")
    assert QCoreApplication.translate("MainWindow", "Users & Teams") == "Utilisateurs et équipes"
    assert QCoreApplication.translate("MainWindow", "not in any catalog") == "not in any catalog"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"
    i18n.set_language("en")
    assert QCoreApplication.translate("MainWindow", "Users & Teams") == "Users & Teams"


def test_switching_languages_with_a_window_open_loses_no_reference(qapp, tmp_path):
    """PySide6 6.12 drops references to None/True returned to or passed through Qt; a count that
    keeps falling aborts Python 3.11 at exit. The window must not let them fall."""
    from seatdesk.app import create_main_window
    from seatdesk.db.database import close_database
    from seatdesk.services.demo import fill_demo
    from tests.conftest import dispose

    window = create_main_window(tmp_path / "refs.sqlite3", "en")
    fill_demo()
    window.reload_accounts()
    window.show()
    from tests.conftest import free_leftovers

    def counts():  # after freeing what earlier tests left (freeing it lowers the counts rightly)
        free_leftovers()
        return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)

    before = counts()
    for _ in range(10):
        i18n.set_language("de")
        i18n.set_language("en")
        window.refresh_all()
        qapp.processEvents()
    after = counts()
    dispose(window)
    close_database()
    assert all(a >= b - 20 for a, b in zip(after, before, strict=True)), (before, after)


def test_date_edits_get_four_digit_years():
    from PySide6.QtCore import QDate, QLocale

    for name in ("en_US", "fr_FR", "de_DE", "nl_NL"):
        locale = QLocale(name)
        text = locale.toString(QDate(2026, 12, 1), i18n_qt.date_display_format(locale))
        assert "2026" in text, (name, text)
