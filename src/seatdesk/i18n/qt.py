"""The bridge between the gettext catalog and Qt: Qt's ``translate()`` answered by gettext.

Also installs Qt's own ``qtbase_<lang>.qm`` for standard buttons and sets the
application locale, so that a language change reaches every open window
through ``QEvent.LanguageChange``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from seatdesk import i18n


class GettextTranslator(QTranslator):
    """Answers Qt's translate() calls (forms, Qt widgets) from the gettext catalog.

    The designer comment (disambiguation) is the gettext context. A miss returns
    the source text, never None: PySide6 6.12 drops a reference to None each time
    a Python translate() returns it, and the interpreter aborts later. Qt's own
    catalog is installed after this one, so it is asked first for Qt's strings.
    """

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: D401
        if not source_text:
            return ""
        return i18n.lookup(source_text, disambiguation or None) or source_text

    def isEmpty(self) -> bool:  # without this Qt sends no LanguageChange
        return False


class QtLanguageSwitcher:
    """Keeps the application's translators in step with ``seatdesk.i18n``."""

    def __init__(self, app: QCoreApplication):
        self._app = app
        self._gettext = GettextTranslator(app)
        self._qtbase: QTranslator | None = None
        self._installed = False

    def apply(self, language: str) -> None:
        """Install the translators of ``language``; Qt then retranslates every widget."""
        app = self._app
        if self._installed:
            app.removeTranslator(self._gettext)
        if self._qtbase is not None:
            app.removeTranslator(self._qtbase)
            self._qtbase = None
        QLocale.setDefault(QLocale(language))
        from PySide6.QtWidgets import QApplication

        if isinstance(app, QApplication):  # setDefault reaches no open widget (date edits, spin boxes)
            for window in app.topLevelWidgets():
                window.setLocale(QLocale(language))
        # Ours first, Qt's after: the last installed translator is asked first, and ours never misses.
        app.installTranslator(self._gettext)
        self._installed = True
        if language != i18n.DEFAULT_LANGUAGE:
            qtbase = QTranslator(app)
            path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qtbase.load(f"qtbase_{language}", path):
                app.installTranslator(qtbase)
                self._qtbase = qtbase
        # Deliver the LanguageChange events now, so every window is retranslated when this returns.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


_switcher: QtLanguageSwitcher | None = None


def install(app: QCoreApplication) -> QtLanguageSwitcher:
    """Connect the application to the i18n layer (once per process) and apply the current language."""
    global _switcher
    if _switcher is None or _switcher._app is not app:
        if _switcher is not None:
            i18n.remove_language_listener(_switcher.apply)
        _switcher = QtLanguageSwitcher(app)
        i18n.add_language_listener(_switcher.apply)
    _switcher.apply(i18n.current_language())
    return _switcher


def date_display_format(locale: QLocale | None = None) -> str:
    """The current language's short date format for a QDateEdit, with a four-digit year.

    Qt's short formats write two-digit years in English and German (M/d/yy, dd.MM.yy): a planning
    date a trainer reads aloud must say 2026. Use it as ``edit.setDisplayFormat(date_display_format())``.
    """
    import re

    pattern = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    return re.sub(r"(?<!y)yy(?!y)", "yyyy", pattern)
